import { OfflineBannerElement } from './offline-banner.element';

export { OfflineBannerElement } from './offline-banner.element';

if (!customElements.get('lc-offline-banner')) customElements.define('lc-offline-banner', OfflineBannerElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-offline-banner': OfflineBannerElement;
  }
}
