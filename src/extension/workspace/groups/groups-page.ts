import '../shared/confirm-dialog';
import './group-dialog';
import { GroupsPageElement } from './groups-page.element';

export { GroupsCloseEvent, GroupsPageElement } from './groups-page.element';

if (!customElements.get('lc-groups-page')) customElements.define('lc-groups-page', GroupsPageElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-groups-page': GroupsPageElement;
  }
}
