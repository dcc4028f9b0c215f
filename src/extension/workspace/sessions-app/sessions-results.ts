import { SessionsResultsElement } from './sessions-results.element';

export { SessionsResultsElement } from './sessions-results.element';

if (!customElements.get('lc-sessions-results')) customElements.define('lc-sessions-results', SessionsResultsElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-sessions-results': SessionsResultsElement;
  }
}
