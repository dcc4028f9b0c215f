import '../shared/bar-chart';
import { ReportsPageElement } from './reports-page.element';

export { ReportsPageElement } from './reports-page.element';

if (!customElements.get('lc-reports-page')) customElements.define('lc-reports-page', ReportsPageElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-reports-page': ReportsPageElement;
  }
}
