import { OperatorPickerElement } from './operator-picker.element';

export { OperatorPickerElement } from './operator-picker.element';
export { OperatorPickEvent } from './desk-events';

if (!customElements.get('lc-operator-picker')) customElements.define('lc-operator-picker', OperatorPickerElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-operator-picker': OperatorPickerElement;
  }
}
