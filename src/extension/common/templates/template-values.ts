/**
 * How the untyped values handed to render() are read, shown and compared. Values come from the
 * session and its client and cannot be trusted to match the declared types, so every function here
 * accepts anything and never throws.
 */
import { formatFullDate } from './date-format';

const MAX_LIST_DEPTH = 4;

/** Reads a dot path through own properties; a flat key with the whole path ("client.name") also works. */
export function lookupPath(values: unknown, path: string): unknown {
  try {
    let current: unknown = values;
    for (const key of path.split('.')) {
      current = ownProperty(current, key);
      if (current === undefined) break;
    }
    return current !== undefined || !path.includes('.') ? current : ownProperty(values, path);
  } catch {
    return undefined;
  }
}

function ownProperty(holder: unknown, key: string): unknown {
  if (holder === null || (typeof holder !== 'object' && typeof holder !== 'function')) return undefined;
  // Own properties only: a variable named "constructor" must not reach Object.prototype.
  return Object.prototype.hasOwnProperty.call(holder, key) ? (holder as Record<string, unknown>)[key] : undefined;
}

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(?:(Z)|([+-])(\d{2}):?(\d{2})?)?$/i;

/**
 * A Date, an ISO 8601 string or epoch milliseconds as a valid Date. An ISO string without an
 * offset is read as UTC, so the result never depends on the machine's own time zone.
 */
export function toDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value === 'number') return checked(new Date(value));
  if (typeof value !== 'string') return undefined;
  const match = ISO_DATE.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0));
  const millis = Number((match[7] ?? '0').padEnd(3, '0').slice(0, 3));
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return undefined;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as they are.
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millis);
  if (date.getUTCDate() !== day) return undefined; // 31 April and the like
  const offsetMinutes = match[9] === undefined ? 0 : (match[9] === '-' ? -1 : 1) * (Number(match[10]) * 60 + Number(match[11] ?? 0));
  return checked(new Date(date.getTime() - offsetMinutes * 60_000));
}

function checked(date: Date): Date | undefined {
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The text a value shows as; anything that has no sensible text shows as empty. */
export function toText(value: unknown, timeZone: string, depth = 0): string {
  try {
    switch (typeof value) {
      case 'string':
        return value;
      case 'number':
        return Number.isFinite(value) ? String(value) : '';
      case 'bigint':
        return String(value);
      case 'boolean':
        return value ? 'true' : 'false';
      case 'object':
        if (value === null) return '';
        if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : formatFullDate(value, timeZone);
        if (Array.isArray(value)) {
          if (depth >= MAX_LIST_DEPTH) return '';
          return value.map((item: unknown) => toText(item, timeZone, depth + 1)).filter((text) => text !== '').join(', ');
        }
        return JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? String(item) : item)) ?? '';
      default:
        return '';
    }
  } catch {
    return ''; // cycles, throwing getters or toJSON
  }
}

/** What a bare `{if {$var}}` tests: false for missing values, blank text, false, NaN and empty lists or objects. */
export function isEmptyValue(value: unknown): boolean {
  try {
    switch (typeof value) {
      case 'string':
        return value.trim() === '';
      case 'number':
        return Number.isNaN(value);
      case 'boolean':
        return !value;
      case 'bigint':
        return false;
      case 'object':
        if (value === null) return true;
        if (value instanceof Date) return Number.isNaN(value.getTime());
        if (Array.isArray(value)) return value.length === 0;
        return Object.keys(value).length === 0;
      default:
        return true;
    }
  } catch {
    return true;
  }
}

/** A number, or text that is exactly a decimal number, as a number. */
export function toComparableNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}
