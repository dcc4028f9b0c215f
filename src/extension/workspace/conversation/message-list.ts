import './attachment-list';
import { MessageListElement } from './message-list.element';

export { MessageListElement } from './message-list.element';

if (!customElements.get('lc-message-list')) customElements.define('lc-message-list', MessageListElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-message-list': MessageListElement;
  }
}
