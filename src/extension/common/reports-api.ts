/**
 * The Web API contract of the Reports page (spec §9): the query every report takes (period,
 * filters, breakdown) and the shapes of Operator efficiency and Live chat efficiency. Durations
 * are seconds. The period is a range of whole days in UTC, `from` and `to` both included.
 */
import { z } from 'zod';

export const REPORT_MAX_DAYS = 366;
/** Ids in one filter list; a filter longer than this is not a filter a person picked. */
export const REPORT_FILTER_MAX = 200;
export const REPORT_BREAKDOWNS = ['day', 'week', 'month'] as const;
export type ReportBreakdown = (typeof REPORT_BREAKDOWNS)[number];

const DAY_MS = 86_400_000;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00.000Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'Not a calendar date');

/** `a,b,c` → ['a', 'b', 'c']; an empty or missing list is no filter. */
const idList = z
  .string()
  .max(REPORT_FILTER_MAX * 65)
  .optional()
  .transform((value) => (value ? [...new Set(value.split(',').map((id) => id.trim()).filter(Boolean))] : undefined))
  .pipe(z.array(z.string().min(1).max(64)).max(REPORT_FILTER_MAX).optional());

export const reportQuery = z
  .strictObject({
    from: isoDate,
    to: isoDate,
    lineIds: idList,
    operatorGroupIds: idList,
    channelIds: idList,
    operatorIds: idList,
    breakdown: z.enum(REPORT_BREAKDOWNS).optional().default('day'),
  })
  .refine((query) => query.from <= query.to, { message: 'The period must not end before it starts', path: ['to'] })
  .refine((query) => periodDays(query.from, query.to) <= REPORT_MAX_DAYS, {
    message: `The period must not be longer than ${REPORT_MAX_DAYS} days`,
    path: ['to'],
  });
export type ReportQuery = z.infer<typeof reportQuery>;

/** Days in the period, both ends included. */
export function periodDays(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00.000Z`) - Date.parse(`${from}T00:00:00.000Z`)) / DAY_MS) + 1;
}

/** The period as a half-open range of instants: [from 00:00, the day after `to` 00:00) UTC. */
export function periodRange(from: string, to: string): { start: string; end: string } {
  const start = new Date(`${from}T00:00:00.000Z`);
  const end = new Date(Date.parse(`${to}T00:00:00.000Z`) + DAY_MS);
  return { start: start.toISOString(), end: end.toISOString() };
}

// ---------------------------------------------------------------------------------------------
// Responses

export interface OperatorEfficiencyRow {
  operatorId: string;
  name: string;
  /** Replies that answered a client: the count behind responseSpeed and waitingTime. */
  responses: number;
  /** Average seconds from the first unanswered client message to the operator's reply. */
  responseSpeed?: number;
  /** The longest of those waits, in seconds. */
  waitingTime?: number;
  /** Sessions the operator closed in the period: the count behind sessionDuration. */
  closedSessions: number;
  /** Average seconds from the creation of those sessions to their closing. */
  sessionDuration?: number;
}

export interface OperatorEfficiencyReport {
  from: string;
  to: string;
  rows: OperatorEfficiencyRow[];
}

export interface LineEfficiencyRow {
  lineId: string;
  name: string;
  /** Sessions taken in the period that got an operator reply: the count behind firstResponseSpeed. */
  firstResponses: number;
  /** Average seconds from taking the session to the first operator reply after it. */
  firstResponseSpeed?: number;
  /** Sessions closed in the period. */
  processedRequests: number;
}

export interface ReportSeriesPoint {
  /** First day of the bucket (YYYY-MM-DD; weeks start on Monday). */
  start: string;
  processedRequests: number;
}

export interface LineEfficiencyReport {
  from: string;
  to: string;
  breakdown: ReportBreakdown;
  rows: LineEfficiencyRow[];
  /** Processed requests of all the live chats in the report, one point per bucket of the period. */
  series: ReportSeriesPoint[];
}

/** The first day of the bucket a day (YYYY-MM-DD) falls in; weeks start on Monday (ISO). */
export function bucketStart(day: string, breakdown: ReportBreakdown): string {
  if (breakdown === 'day') return day;
  if (breakdown === 'month') return `${day.slice(0, 7)}-01`;
  const time = Date.parse(`${day}T00:00:00.000Z`);
  const sinceMonday = (new Date(time).getUTCDay() + 6) % 7;
  return new Date(time - sinceMonday * DAY_MS).toISOString().slice(0, 10);
}

/** Every bucket of the period, in order: the chart shows empty buckets as zero. */
export function bucketStarts(from: string, to: string, breakdown: ReportBreakdown): string[] {
  const starts: string[] = [];
  const end = Date.parse(`${to}T00:00:00.000Z`);
  for (let time = Date.parse(`${from}T00:00:00.000Z`); time <= end; time += DAY_MS) {
    const start = bucketStart(new Date(time).toISOString().slice(0, 10), breakdown);
    if (starts[starts.length - 1] !== start) starts.push(start);
  }
  return starts;
}
