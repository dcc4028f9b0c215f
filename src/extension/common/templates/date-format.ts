/**
 * DateTime() format strings: checking them when a template is saved and applying them when it is
 * rendered, plus the full form a date takes when shown without DateTime().
 *
 * Tokens (longest match wins): YYYY YY MMMM MMM MM M DDDD DDD DD D hh mm ss. Everything else,
 * including single h, m and s, is copied as it is.
 */
import { DATE_LOCALES, type DateLocale } from './date-locales';
import { formatOffset, toZonedTime, type ZonedTime } from './zoned-time';

export type DateToken = 'YYYY' | 'YY' | 'MMMM' | 'MMM' | 'MM' | 'M' | 'DDDD' | 'DDD' | 'DD' | 'D' | 'hh' | 'mm' | 'ss';

export type DateFormatPart = { token: DateToken } | { literal: string };

const TOKENS: readonly DateToken[] = ['YYYY', 'YY', 'MMMM', 'MMM', 'MM', 'M', 'DDDD', 'DDD', 'DD', 'D', 'hh', 'mm', 'ss'];

export function parseDateFormat(format: string): DateFormatPart[] {
  const parts: DateFormatPart[] = [];
  let literal = '';
  let i = 0;
  while (i < format.length) {
    const token = TOKENS.find((candidate) => format.startsWith(candidate, i));
    if (token) {
      if (literal) parts.push({ literal });
      literal = '';
      parts.push({ token });
      i += token.length;
    } else {
      literal += format[i];
      i += 1;
    }
  }
  if (literal) parts.push({ literal });
  return parts;
}

/**
 * The first mistake in a format, with its offset inside the format. Runs of Y, M or D that no
 * token fits ("YYY", "MMMMM") would render half as a token and half as text, which is never meant.
 */
export function findDateFormatMistake(format: string): { message: string; hint: string; offset: number } | undefined {
  for (const run of format.matchAll(/Y+|M+|D+/g)) {
    const text = run[0];
    const letter = text[0];
    if (letter === 'Y' && text.length !== 2 && text.length !== 4) {
      return { message: `Unknown date token "${text}"`, hint: 'use YY or YYYY', offset: run.index };
    }
    if (text.length > 4) {
      return { message: `Unknown date token "${text}"`, hint: `use at most ${letter.repeat(4)}`, offset: run.index };
    }
  }
  return undefined;
}

export function formatDate(date: Date, format: string, locale: DateLocale, timeZone: string): string {
  const time = toZonedTime(date, timeZone);
  return parseDateFormat(format)
    .map((part) => ('literal' in part ? part.literal : renderToken(part.token, time, locale)))
    .join('');
}

/** `2025-04-05 10:56:06 +0000 UTC`: local time in the zone, its offset and its abbreviation. */
export function formatFullDate(date: Date, timeZone: string): string {
  const time = toZonedTime(date, timeZone);
  const clock = [time.hour, time.minute, time.second].map(pad2).join(':');
  return `${fullYear(time.year)}-${pad2(time.month)}-${pad2(time.day)} ${clock} ${formatOffset(time.offsetSeconds)} ${time.zoneName}`;
}

function renderToken(token: DateToken, time: ZonedTime, locale: DateLocale): string {
  const names = DATE_LOCALES[locale];
  switch (token) {
    case 'YYYY':
      return fullYear(time.year);
    case 'YY':
      return pad2(Math.abs(time.year) % 100);
    case 'MMMM':
      return names.months[time.month - 1];
    case 'MMM':
      return names.shortMonths[time.month - 1];
    case 'MM':
      return pad2(time.month);
    case 'M':
      return String(time.month);
    case 'DDDD':
      return names.weekdays[time.weekday];
    case 'DDD':
      return names.shortWeekdays[time.weekday];
    case 'DD':
      return pad2(time.day);
    case 'D':
      return String(time.day);
    case 'hh':
      return pad2(time.hour);
    case 'mm':
      return pad2(time.minute);
    case 'ss':
      return pad2(time.second);
  }
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

function fullYear(year: number): string {
  const digits = String(Math.abs(year)).padStart(4, '0');
  return year < 0 ? `-${digits}` : digits;
}
