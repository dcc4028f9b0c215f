import { ImportButtonElement } from './import-button.element';

export { ImportButtonElement, ImportDoneEvent } from './import-button.element';

if (!customElements.get('lc-import-button')) customElements.define('lc-import-button', ImportButtonElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-import-button': ImportButtonElement;
  }
  interface HTMLElementEventMap {
    'lc-import-done': import('./import-button.element').ImportDoneEvent;
  }
}
