import '../shared/picker-menu';
import { DeskNavElement } from './desk-nav.element';

export { DeskNavElement } from './desk-nav.element';

if (!customElements.get('lc-desk-nav')) customElements.define('lc-desk-nav', DeskNavElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-desk-nav': DeskNavElement;
  }
}
