import '../shared/group-picker';
import './rule-list';
import { LineRoutingElement } from './line-routing.element';

export { LineRoutingElement } from './line-routing.element';

if (!customElements.get('lc-line-routing')) customElements.define('lc-line-routing', LineRoutingElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-line-routing': LineRoutingElement;
  }
}
