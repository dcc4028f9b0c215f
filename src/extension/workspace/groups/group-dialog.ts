import { GroupDialogElement } from './group-dialog.element';

export { GroupDialogElement, GroupSaveEvent } from './group-dialog.element';

if (!customElements.get('lc-group-dialog')) customElements.define('lc-group-dialog', GroupDialogElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-group-dialog': GroupDialogElement;
  }
}
