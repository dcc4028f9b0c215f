import { PickerMenuElement } from './picker-menu.element';

export { MenuPickEvent, PickerMenuElement, type PickerItem } from './picker-menu.element';

if (!customElements.get('lc-picker-menu')) customElements.define('lc-picker-menu', PickerMenuElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-picker-menu': PickerMenuElement;
  }
}
