import './item-bind-dialog';
import { SessionItemsElement } from './session-items.element';

export { SessionItemsElement } from './session-items.element';

if (!customElements.get('lc-session-items')) customElements.define('lc-session-items', SessionItemsElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-session-items': SessionItemsElement;
  }
}
