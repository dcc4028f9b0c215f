import { GroupPickerElement } from './group-picker.element';

export { GroupPickerElement, GroupsChangeEvent } from './group-picker.element';

if (!customElements.get('lc-group-picker')) customElements.define('lc-group-picker', GroupPickerElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-group-picker': GroupPickerElement;
  }
}
