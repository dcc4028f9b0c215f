import { SessionNameElement } from './session-name.element';

export { SessionNameElement } from './session-name.element';

if (!customElements.get('lc-session-name')) customElements.define('lc-session-name', SessionNameElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-session-name': SessionNameElement;
  }
}
