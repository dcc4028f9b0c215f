import { ConfirmDialogElement } from './confirm-dialog.element';

export { ConfirmDialogElement } from './confirm-dialog.element';

if (!customElements.get('lc-confirm-dialog')) customElements.define('lc-confirm-dialog', ConfirmDialogElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-confirm-dialog': ConfirmDialogElement;
  }
}
