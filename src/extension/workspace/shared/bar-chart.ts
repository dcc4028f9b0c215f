import { BarChartElement } from './bar-chart.element';

export { BarChartElement } from './bar-chart.element';

if (!customElements.get('lc-bar-chart')) customElements.define('lc-bar-chart', BarChartElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-bar-chart': BarChartElement;
  }
}
