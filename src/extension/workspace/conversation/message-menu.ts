import { MessageMenuElement } from './message-menu.element';

export { MessageMenuElement } from './message-menu.element';
export type { MessageMenuItem, MessageMenuRequest } from './message-menu.element';

if (!customElements.get('lc-message-menu')) customElements.define('lc-message-menu', MessageMenuElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-message-menu': MessageMenuElement;
  }
}
