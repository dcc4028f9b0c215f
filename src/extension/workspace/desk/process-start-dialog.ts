import { ProcessStartDialogElement } from './process-start-dialog.element';

export { ProcessStartDialogElement } from './process-start-dialog.element';

if (!customElements.get('lc-process-start-dialog')) customElements.define('lc-process-start-dialog', ProcessStartDialogElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-process-start-dialog': ProcessStartDialogElement;
  }
}
