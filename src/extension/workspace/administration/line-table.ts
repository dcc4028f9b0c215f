import { LineTableElement } from './line-table.element';

export { LineOpenEvent, LinesDeleteEvent, LineTableElement } from './line-table.element';

if (!customElements.get('lc-line-table')) customElements.define('lc-line-table', LineTableElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-line-table': LineTableElement;
  }
}
