import {
  bucketLabel,
  defaultFilters,
  formatDuration,
  periodProblem,
  reportQueryString,
} from '../../../../src/extension/workspace/reports/reports-model';
import { bucketStarts } from '../../../../src/extension/common/reports-api';

describe('reports model', () => {
  it('reads durations in s, min, h and d', () => {
    expect([0, 45, 59.6, 60, 90, 300, 3600, 7500, 75_600, 86_400, 97_200].map(formatDuration)).toEqual([
      '0 s', '45 s', '1 min', '1 min', '1 min 30 s', '5 min', '1 h', '2 h 5 min', '21 h', '1 d', '1 d 3 h',
    ]);
    expect(formatDuration(undefined)).toBe('—');
  });

  it('opens on the last seven days, by day', () => {
    expect(defaultFilters(new Date(2026, 2, 3, 15, 0))).toMatchObject({ from: '2026-02-25', to: '2026-03-03', breakdown: 'day', lineIds: [] });
  });

  it('names what is wrong with the period', () => {
    expect(periodProblem({ from: '2026-03-01', to: '2026-03-03' })).toBeUndefined();
    expect(periodProblem({ from: '', to: '2026-03-03' })).toBe('Choose the period.');
    expect(periodProblem({ from: '2026-03-04', to: '2026-03-03' })).toContain('end before it starts');
    expect(periodProblem({ from: '2025-01-01', to: '2026-03-03' })).toContain('366 days');
  });

  it('asks for the filters that are set only', () => {
    const filters = { ...defaultFilters(new Date(2026, 2, 3)), lineIds: ['a', 'b'], operatorIds: ['u1'] };
    expect(reportQueryString(filters)).toBe('from=2026-02-25&to=2026-03-03&breakdown=day&lineIds=a%2Cb&operatorIds=u1');
  });

  it('names the buckets of the chart, weeks starting on Monday', () => {
    expect(bucketStarts('2026-03-01', '2026-03-10', 'week')).toEqual(['2026-02-23', '2026-03-02', '2026-03-09']);
    expect(bucketStarts('2026-01-31', '2026-03-01', 'month')).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
    expect(bucketStarts('2026-03-01', '2026-03-02', 'day')).toEqual(['2026-03-01', '2026-03-02']);
    expect(bucketLabel('2026-03-02', 'day')).toBe('2 Mar');
    expect(bucketLabel('2026-03-02', 'week')).toBe('Week of 2 Mar');
    expect(bucketLabel('2026-03-01', 'month')).toBe('Mar 2026');
  });
});
