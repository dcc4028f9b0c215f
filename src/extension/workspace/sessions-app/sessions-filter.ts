import { SessionsFilterElement } from './sessions-filter.element';

export { SessionsFilterElement } from './sessions-filter.element';

if (!customElements.get('lc-sessions-filter')) customElements.define('lc-sessions-filter', SessionsFilterElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-sessions-filter': SessionsFilterElement;
  }
}
