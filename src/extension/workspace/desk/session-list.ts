import { SessionListElement } from './session-list.element';

export { SessionListElement } from './session-list.element';

if (!customElements.get('lc-session-list')) customElements.define('lc-session-list', SessionListElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-session-list': SessionListElement;
  }
}
