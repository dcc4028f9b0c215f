import { barChartModel, niceScale, niceStep } from '../../../../src/extension/workspace/shared/bar-chart-model';

describe('bar chart model', () => {
  it('picks 1-2-5 steps, or the first fitting step of a given list', () => {
    expect([0.3, 0.7, 1, 1.5, 3, 7, 12, 45, 260].map((rough) => niceStep(rough))).toEqual([0.5, 1, 1, 2, 5, 10, 20, 50, 500]);
    expect(niceStep(0.1 + 0.2)).toBe(0.5);
    expect(niceStep(40, [1, 5, 10, 30, 60, 300])).toBe(60);
    expect(niceStep(0)).toBe(1);
    expect(niceStep(Number.NaN)).toBe(1);
  });

  it('scales from zero to a nice maximum that covers the largest value', () => {
    expect(niceScale(7)).toEqual({ max: 8, step: 2, ticks: [0, 2, 4, 6, 8] });
    expect(niceScale(10)).toEqual({ max: 10, step: 5, ticks: [0, 5, 10] });
    expect(niceScale(120, 4, [30, 60, 300])).toEqual({ max: 120, step: 30, ticks: [0, 30, 60, 90, 120] });
    expect(niceScale(0).max).toBe(1);
    expect(niceScale(0.6)).toEqual({ max: 0.6, step: 0.2, ticks: [0, 0.2, 0.4, 0.6] });
  });

  it('gives every bar its share of the axis and its readable value', () => {
    const model = barChartModel(
      [
        { label: 'Olivia', value: 60 },
        { label: 'Oscar', value: 30 },
        { label: 'Nora', value: 0 },
      ],
      { format: (value) => `${value} s` },
    );
    expect(model.max).toBe(60);
    expect(model.bars.map((bar) => [bar.label, bar.share, bar.text])).toEqual([
      ['Olivia', 1, '60 s'],
      ['Oscar', 0.5, '30 s'],
      ['Nora', 0, '0 s'],
    ]);
    expect(model.ticks.map((tick) => tick.text)).toEqual(['0 s', '20 s', '40 s', '60 s']);
    expect(model.empty).toBe(false);
  });

  it('is empty when nothing is above zero, and never divides by zero', () => {
    const model = barChartModel([{ label: 'Mon', value: 0 }, { label: 'Tue', value: Number.NaN }]);
    expect(model.empty).toBe(true);
    expect(model.bars.map((bar) => bar.share)).toEqual([0, 0]);
    expect(barChartModel([]).empty).toBe(true);
  });

  it('draws every n-th category label of a long series', () => {
    const days = Array.from({ length: 31 }, (_, i) => ({ label: `d${i + 1}`, value: i }));
    const shown = barChartModel(days, { maxLabels: 8 }).bars.filter((bar) => bar.showLabel).map((bar) => bar.label);
    expect(shown).toEqual(['d1', 'd5', 'd9', 'd13', 'd17', 'd21', 'd25', 'd29']);
    expect(barChartModel(days.slice(0, 5), { maxLabels: 8 }).bars.every((bar) => bar.showLabel)).toBe(true);
  });
});
