import '../shared/confirm-dialog';
import './parameter-dialog';
import { FormSettingsElement } from './form-settings.element';

export { FormSettingsCloseEvent, FormSettingsElement, ParametersChangeEvent } from './form-settings.element';

if (!customElements.get('lc-form-settings')) customElements.define('lc-form-settings', FormSettingsElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-form-settings': FormSettingsElement;
  }
}
