import { GlobalSettingsElement } from './global-settings.element';

export { GlobalSettingsElement, SettingsCloseEvent } from './global-settings.element';

if (!customElements.get('lc-global-settings')) customElements.define('lc-global-settings', GlobalSettingsElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-global-settings': GlobalSettingsElement;
  }
}
