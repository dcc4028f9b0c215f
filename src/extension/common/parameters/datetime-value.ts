/**
 * Reading Date/Time parameter values into their stored text: an instant as ISO 8601 in UTC with
 * milliseconds, a calendar date as `YYYY-MM-DD`, a time of day as `HH:mm:ss`. Each function
 * returns `undefined` for anything it cannot read, leaving the wording of the error to the caller.
 * Date.parse is not used on its own because it quietly rolls 30 February over into March.
 */

const DATETIME_TEXT = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/;
const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_TEXT = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?$/;

const MS_PER_MINUTE = 60_000;
const YEAR_MIN = 1;
const YEAR_MAX = 9999;

/** An instant, as `YYYY-MM-DDTHH:mm:ss.sssZ`. Text must carry a time zone (`Z` or an offset). */
export function canonicalDatetime(value: unknown): string | undefined {
  const time = instantOf(value);
  return time === undefined ? undefined : new Date(time).toISOString();
}

/** A calendar date, as `YYYY-MM-DD`; an instant (Date or date-time text) gives its UTC date. */
export function canonicalDate(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const match = DATE_TEXT.exec(value);
    if (match) {
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      return isCalendarDate(year, month, day) && year >= YEAR_MIN ? value : undefined;
    }
  }
  return canonicalDatetime(value)?.slice(0, 10);
}

/** A time of day, as `HH:mm:ss` (fractions of a second are dropped); an instant gives its UTC time. */
export function canonicalTime(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const match = TIME_TEXT.exec(value);
    if (match) {
      const [hours, minutes, seconds] = [Number(match[1]), Number(match[2]), Number(match[3] ?? '0')];
      if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
      return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}`;
    }
  }
  return canonicalDatetime(value)?.slice(11, 19);
}

function instantOf(value: unknown): number | undefined {
  let time: number | undefined;
  if (value instanceof Date) time = value.getTime();
  else if (typeof value === 'string') time = parseDatetimeText(value);
  if (time === undefined || !Number.isFinite(time)) return undefined;
  const year = new Date(time).getUTCFullYear();
  return year >= YEAR_MIN && year <= YEAR_MAX ? time : undefined;
}

function parseDatetimeText(text: string): number | undefined {
  const match = DATETIME_TEXT.exec(text);
  if (!match) return undefined;
  const [year, month, day, hours, minutes] = match.slice(1, 6).map(Number) as [number, number, number, number, number];
  const seconds = Number(match[6] ?? '0');
  const millis = Number((match[7] ?? '').padEnd(3, '0').slice(0, 3));
  if (!isCalendarDate(year, month, day) || hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const offset = offsetMinutes(match[8] as string);
  if (offset === undefined) return undefined;
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hours, minutes, seconds, millis);
  return date.getTime() - offset * MS_PER_MINUTE;
}

function offsetMinutes(zone: string): number | undefined {
  if (zone === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2, 4));
  if (hours > 23 || minutes > 59) return undefined;
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
