import '../shared/confirm-dialog';
import './global-settings';
import './line-create-dialog';
import './line-settings';
import './line-table';
import './line-wizard';
import { AdminScreenElement } from './admin-screen.element';

export { AdminScreenElement } from './admin-screen.element';

if (!customElements.get('lc-admin-screen')) customElements.define('lc-admin-screen', AdminScreenElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-admin-screen': AdminScreenElement;
  }
}
