/**
 * Time of day and day of week of an instant in an IANA time zone, for routing conditions. Intl is
 * slow next to a rule, so each zone keeps one formatter and the offsets it has seen per quarter
 * hour (zone transitions fall on quarter hours), and the last answer is kept for the next rule.
 */
import type { DayOfWeek } from './routing-condition';

export interface LocalClock {
  /** Minutes since local midnight, 0–1439. */
  minutes: number;
  day: DayOfWeek;
}

const BUCKET_MS = 15 * 60_000;
const DAY_MS = 86_400_000;
const ZONES_MAX = 64;
const OFFSETS_MAX = 20_000;
const OFFSET = /^GMT(?:([+-])(\d{1,2})(?::?(\d{2}))?(?::?(\d{2}))?)?$/;

interface ZoneState {
  format: Intl.DateTimeFormat | undefined;
  /** Offset from UTC in ms by quarter-hour bucket; undefined when the zone cannot say. */
  offsets: Map<number, number | undefined>;
}

const zones = new Map<string, ZoneState>();
let lastMs = Number.NaN;
let lastZone: unknown;
let lastClock: LocalClock | undefined;

/** Undefined when the instant or the zone is not valid: conditions on the clock then do not match. */
export function localClock(now: unknown, timeZone: unknown): LocalClock | undefined {
  if (!(now instanceof Date) || typeof timeZone !== 'string') return undefined;
  const ms = now.getTime();
  if (!Number.isFinite(ms)) return undefined;
  if (ms === lastMs && timeZone === lastZone) return lastClock;
  const offset = offsetAt(ms, timeZone);
  const clock = offset === undefined ? undefined : clockOf(ms + offset);
  lastMs = ms;
  lastZone = timeZone;
  lastClock = clock;
  return clock;
}

function clockOf(local: number): LocalClock {
  const days = Math.floor(local / DAY_MS);
  const minutes = Math.floor((local - days * DAY_MS) / 60_000);
  // 1970-01-01 was a Thursday, ISO day 4.
  const day = ((((days + 3) % 7) + 7) % 7) + 1;
  return { minutes, day: day as DayOfWeek };
}

function offsetAt(ms: number, timeZone: string): number | undefined {
  const zone = zoneState(timeZone);
  if (zone.format === undefined) return undefined;
  const bucket = Math.floor(ms / BUCKET_MS);
  if (zone.offsets.has(bucket)) return zone.offsets.get(bucket);
  if (zone.offsets.size >= OFFSETS_MAX) zone.offsets.clear();
  const offset = readOffset(zone.format, bucket * BUCKET_MS);
  zone.offsets.set(bucket, offset);
  return offset;
}

function zoneState(timeZone: string): ZoneState {
  let zone = zones.get(timeZone);
  if (zone === undefined) {
    if (zones.size >= ZONES_MAX) zones.clear();
    let format: Intl.DateTimeFormat | undefined;
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    } catch {
      format = undefined; // not a time zone the runtime knows
    }
    zone = { format, offsets: new Map() };
    zones.set(timeZone, zone);
  }
  return zone;
}

function readOffset(format: Intl.DateTimeFormat, ms: number): number | undefined {
  try {
    const name = format.formatToParts(ms).find((part) => part.type === 'timeZoneName')?.value ?? '';
    const match = OFFSET.exec(name);
    if (match === null) return undefined;
    if (match[1] === undefined) return 0;
    const size = Number(match[2]) * 3_600_000 + Number(match[3] ?? 0) * 60_000 + Number(match[4] ?? 0) * 1_000;
    return match[1] === '-' ? -size : size;
  } catch {
    return undefined; // an instant outside the range Intl formats
  }
}
