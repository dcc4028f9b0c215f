import { ItemBindDialogElement } from './item-bind-dialog.element';

export { ItemBindDialogElement } from './item-bind-dialog.element';

if (!customElements.get('lc-item-bind-dialog')) customElements.define('lc-item-bind-dialog', ItemBindDialogElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-item-bind-dialog': ItemBindDialogElement;
  }
}
