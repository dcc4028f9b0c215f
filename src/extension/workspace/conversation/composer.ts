import '../response-templates/response-picker';
import '../shared/confirm-dialog';
import './attachment-tray';
import { ComposerElement } from './composer.element';

export { ComposerElement } from './composer.element';

if (!customElements.get('lc-composer')) customElements.define('lc-composer', ComposerElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-composer': ComposerElement;
  }
}
