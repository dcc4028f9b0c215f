import '../administration/line-wizard';
import '../groups/groups-page';
import '../operator-status/offline-banner';
import '../parameters/form-settings';
import '../reports/reports-page';
import '../response-templates/articles-page';
import '../response-templates/templates-page';
import '../shared/picker-menu';
import './desk-nav';
import './desk-search';
import './session-list';
import './session-page';
import { DeskScreenElement } from './desk-screen.element';

export { DeskScreenElement } from './desk-screen.element';

if (!customElements.get('lc-desk-screen')) customElements.define('lc-desk-screen', DeskScreenElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-desk-screen': DeskScreenElement;
  }
}
