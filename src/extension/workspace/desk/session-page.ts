import '../conversation/composer';
import '../conversation/message-list';
import './session-about';
import './session-name';
import { SessionPageElement } from './session-page.element';

export { SessionPageElement } from './session-page.element';

if (!customElements.get('lc-session-page')) customElements.define('lc-session-page', SessionPageElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-session-page': SessionPageElement;
  }
}
