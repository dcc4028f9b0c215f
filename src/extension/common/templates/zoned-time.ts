/**
 * Wall-clock fields of an instant in an IANA time zone, using only Intl.DateTimeFormat (no date
 * library, works in browsers). Intl supplies the UTC offset in force at that instant; the fields
 * are then read from the shifted instant with UTC getters, which also handles years before 1 AD.
 */

export interface ZonedTime {
  /** Proleptic Gregorian year; 0 is 1 BC. */
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  /** 0 = Sunday. */
  weekday: number;
  hour: number;
  minute: number;
  second: number;
  /** East of UTC is positive. May hold seconds for historical local mean time. */
  offsetSeconds: number;
  /** A common abbreviation such as UTC, CET or EST, or the numeric form (+03, +0530) when there is none. */
  zoneName: string;
}

interface ZoneFormatters {
  offset: Intl.DateTimeFormat;
  names: Intl.DateTimeFormat[];
}

const CACHE_LIMIT = 64;
const formatterCache = new Map<string, ZoneFormatters>();

/** The zone itself when the runtime knows it, otherwise UTC: rendering must never fail on a bad zone. */
export function resolveTimeZone(timeZone: unknown): string {
  if (typeof timeZone !== 'string' || timeZone === '') return 'UTC';
  return formattersFor(timeZone) ? timeZone : 'UTC';
}

/** `timeZone` must have passed resolveTimeZone. */
export function toZonedTime(date: Date, timeZone: string): ZonedTime {
  const formatters = formattersFor(timeZone) ?? (formattersFor('UTC') as ZoneFormatters);
  let offsetSeconds = offsetAt(formatters.offset, date);
  let local = new Date(date.getTime() + offsetSeconds * 1000);
  if (Number.isNaN(local.getTime())) {
    // Shifting the very first or last representable instant left the Date range; show it in UTC.
    offsetSeconds = 0;
    local = date;
  }
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    weekday: local.getUTCDay(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    offsetSeconds,
    zoneName: zoneNameAt(formatters.names, date, offsetSeconds),
  };
}

/** "+0100" style, as in the full date form; seconds of historical offsets are dropped. */
export function formatOffset(offsetSeconds: number, withMinutes: 'always' | 'when-needed' = 'always'): string {
  const sign = offsetSeconds < 0 ? '-' : '+';
  const minutesTotal = Math.floor(Math.abs(offsetSeconds) / 60);
  const hours = String(Math.floor(minutesTotal / 60)).padStart(2, '0');
  const minutes = String(minutesTotal % 60).padStart(2, '0');
  return withMinutes === 'when-needed' && minutes === '00' ? `${sign}${hours}` : `${sign}${hours}${minutes}`;
}

function formattersFor(timeZone: string): ZoneFormatters | undefined {
  const cached = formatterCache.get(timeZone);
  if (cached) return cached;
  let created: ZoneFormatters;
  try {
    created = {
      offset: new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }),
      // en-US knows the North American abbreviations, en-GB the European ones (CET, BST, …).
      names: ['en-US', 'en-GB'].map((locale) => new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })),
    };
  } catch {
    return undefined;
  }
  // Zones come from callers; a bounded cache cannot grow without limit.
  if (formatterCache.size >= CACHE_LIMIT) formatterCache.clear();
  formatterCache.set(timeZone, created);
  return created;
}

function zoneNamePart(format: Intl.DateTimeFormat, date: Date): string {
  return format.formatToParts(date).find((part) => part.type === 'timeZoneName')?.value ?? '';
}

/** Parses "GMT", "GMT+01:00" or "GMT-00:43:08" into seconds east of UTC. */
function offsetAt(format: Intl.DateTimeFormat, date: Date): number {
  const match = /^GMT(?:([+-])(\d{1,2}):?(\d{2})?(?::?(\d{2}))?)?$/.exec(zoneNamePart(format, date));
  if (!match || match[1] === undefined) return 0;
  const seconds = Number(match[2]) * 3600 + Number(match[3] ?? 0) * 60 + Number(match[4] ?? 0);
  return match[1] === '-' ? -seconds : seconds;
}

function zoneNameAt(formats: Intl.DateTimeFormat[], date: Date, offsetSeconds: number): string {
  for (const format of formats) {
    const name = zoneNamePart(format, date);
    // "GMT+1" is Intl's stand-in for a missing abbreviation; "GMT" alone is a real one.
    if (/^[A-Z]{2,5}$/.test(name)) return name;
  }
  return formatOffset(offsetSeconds, 'when-needed');
}
