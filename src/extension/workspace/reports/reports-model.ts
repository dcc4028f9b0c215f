/**
 * The rules of the Reports page, DOM-free: the filters and their defaults, what the server is
 * asked, and how durations and buckets read on screen.
 */
import { periodDays, REPORT_MAX_DAYS, type ReportBreakdown } from '../../common/reports-api';

export interface ReportFilters {
  lineIds: string[];
  operatorGroupIds: string[];
  channelIds: string[];
  operatorIds: string[];
  from: string;
  to: string;
  breakdown: ReportBreakdown;
}

export const BREAKDOWN_LABELS: Record<ReportBreakdown, string> = { day: 'Day', week: 'Week', month: 'Month' };

/** Steps of a count axis: whole numbers only (larger scales go on 1-2-5 × 10ⁿ). */
export const COUNT_STEPS: readonly number[] = [1, 2, 5];

/** Steps of a duration axis, in seconds: readable ticks (30 s, 1 min, 5 min, 1 h…), not 1-2-5 seconds. */
export const DURATION_STEPS: readonly number[] = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10_800, 21_600, 43_200, 86_400, 172_800, 604_800];

const localDay = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** The last seven days up to today. */
export function defaultFilters(now: Date): ReportFilters {
  const weekAgo = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 6);
  return { lineIds: [], operatorGroupIds: [], channelIds: [], operatorIds: [], from: localDay(weekAgo), to: localDay(now), breakdown: 'day' };
}

/** What is wrong with the period, in words; undefined when the report can be built. */
export function periodProblem(filters: Pick<ReportFilters, 'from' | 'to'>): string | undefined {
  if (!filters.from || !filters.to) return 'Choose the period.';
  if (filters.from > filters.to) return 'The period must not end before it starts.';
  if (periodDays(filters.from, filters.to) > REPORT_MAX_DAYS) return `The period must not be longer than ${REPORT_MAX_DAYS} days.`;
  return undefined;
}

/** The query string of both reports; empty filters are left out (no filter = all). */
export function reportQueryString(filters: ReportFilters): string {
  const params = new URLSearchParams({ from: filters.from, to: filters.to, breakdown: filters.breakdown });
  for (const key of ['lineIds', 'operatorGroupIds', 'channelIds', 'operatorIds'] as const) {
    if (filters[key].length) params.set(key, filters[key].join(','));
  }
  return params.toString();
}

/** Seconds as people read them: "45 s", "1 min 30 s", "2 h 5 min", "1 d 3 h"; "—" for no value. */
export function formatDuration(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds)) return '—';
  const total = Math.round(seconds);
  if (total < 60) return `${total} s`;
  const [d, h, m, s] = [Math.floor(total / 86_400), Math.floor((total % 86_400) / 3600), Math.floor((total % 3600) / 60), total % 60];
  if (d > 0) return h > 0 ? `${d} d ${h} h` : `${d} d`;
  if (h > 0) return m > 0 ? `${h} h ${m} min` : `${h} h`;
  return s > 0 ? `${m} min ${s} s` : `${m} min`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A bucket's name on the chart's axis: "2 Mar", "week of 2 Mar", "Mar 2026". */
export function bucketLabel(start: string, breakdown: ReportBreakdown): string {
  const [year, month, day] = start.split('-').map(Number);
  const name = MONTHS[month - 1] ?? '';
  if (breakdown === 'month') return `${name} ${year}`;
  return breakdown === 'week' ? `Week of ${day} ${name}` : `${day} ${name}`;
}
