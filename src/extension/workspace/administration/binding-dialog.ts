import { BindingDialogElement } from './binding-dialog.element';

export { BindingDialogElement } from './binding-dialog.element';

if (!customElements.get('lc-binding-dialog')) customElements.define('lc-binding-dialog', BindingDialogElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-binding-dialog': BindingDialogElement;
  }
}
