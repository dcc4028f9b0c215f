import '../shared/group-picker';
import './line-processes';
import './line-routing';
import './template-field';
import { LineSettingsElement } from './line-settings.element';

export { LineSettingsElement } from './line-settings.element';

if (!customElements.get('lc-line-settings')) customElements.define('lc-line-settings', LineSettingsElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-line-settings': LineSettingsElement;
  }
}
