/**
 * A small bar chart in SVG, horizontal (one row per category) or vertical (one column per
 * bucket). Hovering a bar shows its value (an SVG title); the chart is an image with an
 * accessible name, and the page beside it carries the same figures as a table.
 */
import { html, LitElement, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { barChartModel, type BarDatum } from './bar-chart-model';
import { barChartStyles } from './bar-chart.styles';
import { tokens } from './ui.styles';

const WIDTH = 640;
const ROW = 28;
const LABEL_WIDTH = 170;
const VALUE_SPACE = 80;
const AXIS = 22;
const PLOT_HEIGHT = 200;
const LEFT_AXIS = 56;

const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export class BarChartElement extends LitElement {
  static override styles = [tokens, barChartStyles];

  @property() orientation: 'horizontal' | 'vertical' = 'vertical';
  /** The chart's accessible name, e.g. "Response speed per operator". */
  @property() label = '';
  @property({ attribute: false }) data: readonly BarDatum[] = [];
  @property({ attribute: false }) format?: (value: number) => string;
  /** Steps the value axis may use (e.g. readable durations). */
  @property({ attribute: false }) steps?: readonly number[];

  override render() {
    return this.orientation === 'horizontal' ? this.renderHorizontal() : this.renderVertical();
  }

  private renderHorizontal() {
    const model = barChartModel(this.data, { format: this.format, steps: this.steps, tickCount: 4 });
    const plot = WIDTH - LABEL_WIDTH - VALUE_SPACE;
    const height = model.bars.length * ROW + AXIS;
    return html`<svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label=${this.label} data-testid="bar-chart">
      ${model.ticks.map(
        (tick) => svg`<line class="grid" x1=${LABEL_WIDTH + tick.share * plot} x2=${LABEL_WIDTH + tick.share * plot} y1="0" y2=${height - AXIS}></line>
          <text class="tick" x=${LABEL_WIDTH + tick.share * plot} y=${height - 6} text-anchor="middle">${tick.text}</text>`,
      )}
      ${model.bars.map((bar, index) => {
        const y = index * ROW;
        return svg`<g class="bar" data-testid="bar">
          <title>${bar.label}: ${bar.text}</title>
          <text class="label" x=${LABEL_WIDTH - 8} y=${y + ROW / 2 + 4} text-anchor="end">${clip(bar.label, 24)}</text>
          <rect x=${LABEL_WIDTH} y=${y + 5} width=${Math.max(bar.share * plot, bar.value > 0 ? 2 : 0)} height=${ROW - 10} rx="3"></rect>
          <text class="value" x=${LABEL_WIDTH + bar.share * plot + 6} y=${y + ROW / 2 + 4}>${bar.text}</text>
        </g>`;
      })}
    </svg>`;
  }

  private renderVertical() {
    const model = barChartModel(this.data, { format: this.format, steps: this.steps, tickCount: 4, maxLabels: 12 });
    const plot = WIDTH - LEFT_AXIS - 8;
    const slot = model.bars.length ? plot / model.bars.length : plot;
    const barWidth = Math.max(2, Math.min(48, slot * 0.7));
    const top = 10;
    const height = top + PLOT_HEIGHT + AXIS + 4;
    const yOf = (share: number) => top + PLOT_HEIGHT - share * PLOT_HEIGHT;
    return html`<svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label=${this.label} data-testid="bar-chart">
      ${model.ticks.map(
        (tick) => svg`<line class="grid" x1=${LEFT_AXIS} x2=${WIDTH - 8} y1=${yOf(tick.share)} y2=${yOf(tick.share)}></line>
          <text class="tick" x=${LEFT_AXIS - 6} y=${yOf(tick.share) + 4} text-anchor="end">${tick.text}</text>`,
      )}
      ${model.bars.map((bar, index) => {
        const centre = LEFT_AXIS + slot * index + slot / 2;
        const barHeight = Math.max(bar.share * PLOT_HEIGHT, bar.value > 0 ? 2 : 0);
        return svg`<g class="bar" data-testid="bar">
          <title>${bar.label}: ${bar.text}</title>
          <rect class="hit" x=${centre - slot / 2} y=${top} width=${slot} height=${PLOT_HEIGHT}></rect>
          <rect x=${centre - barWidth / 2} y=${top + PLOT_HEIGHT - barHeight} width=${barWidth} height=${barHeight} rx="2"></rect>
          ${bar.showLabel ? svg`<text class="tick" x=${centre} y=${height - 8} text-anchor="middle">${clip(bar.label, 14)}</text>` : nothing}
        </g>`;
      })}
    </svg>`;
  }
}
