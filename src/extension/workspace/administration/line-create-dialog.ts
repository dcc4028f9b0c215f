import '../shared/group-picker';
import { LineCreateDialogElement } from './line-create-dialog.element';

export { LineCreateDialogElement } from './line-create-dialog.element';

if (!customElements.get('lc-line-create-dialog')) customElements.define('lc-line-create-dialog', LineCreateDialogElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-line-create-dialog': LineCreateDialogElement;
  }
}
