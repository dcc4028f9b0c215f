import { DeskSearchElement } from './desk-search.element';

export { DeskSearchElement } from './desk-search.element';

if (!customElements.get('lc-desk-search')) customElements.define('lc-desk-search', DeskSearchElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-desk-search': DeskSearchElement;
  }
}
