import { SessionsExportElement } from './sessions-export.element';

export { SessionsExportElement } from './sessions-export.element';

if (!customElements.get('lc-sessions-export')) customElements.define('lc-sessions-export', SessionsExportElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-sessions-export': SessionsExportElement;
  }
}
