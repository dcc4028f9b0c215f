/**
 * The geometry of a bar chart, DOM-free: a "nice" scale from zero that covers the largest value,
 * its ticks, each bar's length as a share of the scale, and which category labels fit. The
 * element only turns these numbers into SVG.
 */

export interface BarDatum {
  label: string;
  value: number;
}

export interface ChartBar extends BarDatum {
  /** Length of the bar as a share of the axis, 0…1. */
  share: number;
  /** The value as people read it, for the bar's tooltip and label. */
  text: string;
  /** Whether the category label is drawn (long series show every n-th). */
  showLabel: boolean;
}

export interface BarChartModel {
  /** The top of the scale: at least the largest value, a nice number, never 0. */
  max: number;
  ticks: Array<{ value: number; share: number; text: string }>;
  bars: ChartBar[];
  empty: boolean;
}

export interface BarChartOptions {
  format?: (value: number) => string;
  /** About how many intervals the axis has. */
  tickCount?: number;
  /** Steps the scale may use, ascending (e.g. durations: 1 s, 5 s, 30 s, 1 min…); default 1-2-5 × 10ⁿ. */
  steps?: readonly number[];
  /** At most this many category labels are drawn. */
  maxLabels?: number;
}

/** The nice step for a rough one: the smallest candidate ≥ rough, or 1-2-5 × 10ⁿ. */
export function niceStep(rough: number, steps?: readonly number[]): number {
  if (!(rough > 0) || !Number.isFinite(rough)) return 1;
  const fit = steps?.find((step) => step >= rough);
  if (fit !== undefined) return fit;
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  // Rounding noise (0.30000000000000004) must not push the step to the next size.
  const nice = fraction <= 1.000001 ? 1 : fraction <= 2.000001 ? 2 : fraction <= 5.000001 ? 5 : 10;
  return nice * power;
}

/** Ticks from 0 to the first multiple of a nice step that covers max. */
export function niceScale(max: number, tickCount = 4, steps?: readonly number[]): { max: number; step: number; ticks: number[] } {
  const top = max > 0 && Number.isFinite(max) ? max : 1;
  const step = niceStep(top / Math.max(1, tickCount), steps);
  const intervals = Math.max(1, Math.ceil(top / step - 1e-9));
  const ticks = Array.from({ length: intervals + 1 }, (_, i) => Math.round(i * step * 1e9) / 1e9);
  return { max: ticks[ticks.length - 1], step, ticks };
}

export function barChartModel(data: readonly BarDatum[], options: BarChartOptions = {}): BarChartModel {
  const format = options.format ?? ((value: number) => String(value));
  const values = data.map((datum) => (Number.isFinite(datum.value) && datum.value > 0 ? datum.value : 0));
  const scale = niceScale(Math.max(0, ...values), options.tickCount ?? 4, options.steps);
  const every = Math.max(1, Math.ceil(data.length / Math.max(1, options.maxLabels ?? data.length)));
  return {
    max: scale.max,
    ticks: scale.ticks.map((value) => ({ value, share: value / scale.max, text: format(value) })),
    bars: data.map((datum, index) => ({
      label: datum.label,
      value: datum.value,
      share: values[index] / scale.max,
      text: format(datum.value),
      showLabel: index % every === 0,
    })),
    empty: values.every((value) => value === 0),
  };
}
