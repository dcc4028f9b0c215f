import '../conversation/composer';
import '../conversation/message-list';
import { MessagesScreenElement } from './messages-screen.element';

export { MessagesScreenElement } from './messages-screen.element';

if (!customElements.get('lc-messages-screen')) customElements.define('lc-messages-screen', MessagesScreenElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-messages-screen': MessagesScreenElement;
  }
}
