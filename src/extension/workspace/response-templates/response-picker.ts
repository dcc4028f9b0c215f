import { ResponsePickerElement } from './response-picker.element';

export { ResponseInsertEvent, ResponsePickerElement } from './response-picker.element';

if (!customElements.get('lc-response-picker')) customElements.define('lc-response-picker', ResponsePickerElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-response-picker': ResponsePickerElement;
  }
}
