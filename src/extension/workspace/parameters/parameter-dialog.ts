import { ParameterDialogElement } from './parameter-dialog.element';

export { ParameterDialogElement, type ParameterDialogRequest } from './parameter-dialog.element';

if (!customElements.get('lc-parameter-dialog')) customElements.define('lc-parameter-dialog', ParameterDialogElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-parameter-dialog': ParameterDialogElement;
  }
}
