/**
 * How custom session parameter values read on screen, type by type (About the session, the
 * session lists). Values arrive in the stored shapes of common/parameters, but a screen must never
 * break on one that does not: anything unexpected is shown as plain text, nothing here throws.
 */
import { FieldType } from '@elma365/sdk-types';
import type { ParameterDefinition } from '../../common/parameters/parameter-definition';

export interface FormatContext {
  /** BCP 47 locale; the browser's when absent. */
  locale?: string;
  /** IANA zone for date-times; the browser's when absent. */
  timeZone?: string;
  /** The name of a user by id (Users parameters); the id shows when it is unknown. */
  userName?: (id: string) => string | undefined;
}

/** One parameter of a session as a screen shows it. */
export interface ParameterEntry {
  code: string;
  name: string;
  /** Empty when the session has no value. */
  text: string;
  /** A link to open for Link, Email and Phone values (single values only). */
  href?: string;
}

const JSON_TEXT_MAX = 200;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The value as text; '' when there is none. A list reads "a, b, c". */
export function formatParameterValue(def: ParameterDefinition, value: unknown, context: FormatContext = {}): string {
  if (value === undefined || value === null) return '';
  try {
    if (def.type === FieldType.JSON) return formatJson(value);
    if (Array.isArray(value)) {
      return value
        .map((item: unknown) => formatScalar(def, item, context))
        .filter((item) => item !== '')
        .join(', ');
    }
    return formatScalar(def, value, context);
  } catch {
    return fallback(value);
  }
}

function formatScalar(def: ParameterDefinition, value: unknown, context: FormatContext): string {
  switch (def.type) {
    case FieldType.STRING:
    case FieldType.LINK:
      return typeof value === 'string' ? value : fallback(value);
    case FieldType.FLOAT:
      return typeof value === 'number' ? formatNumber(value, def.data?.additionalType === 'integer', context.locale) : fallback(value);
    case FieldType.BOOLEAN:
      return value === true ? 'Yes' : value === false ? 'No' : fallback(value);
    case FieldType.DATETIME:
      return typeof value === 'string' ? formatDatetime(value, def.data?.additionalType ?? 'datetime', context) : fallback(value);
    case FieldType.ENUM:
      return isRecord(value) ? text(value.name) || text(value.code) : fallback(value);
    case FieldType.MONEY:
      return isRecord(value) && typeof value.cents === 'number' && typeof value.currency === 'string'
        ? formatMoney(value.cents, value.currency, context.locale)
        : fallback(value);
    case FieldType.PHONE:
      return isRecord(value) ? text(value.tel) : fallback(value);
    case FieldType.EMAIL:
      return isRecord(value) ? text(value.email) : fallback(value);
    case FieldType.FULL_NAME:
      return isRecord(value) ? [value.firstname, value.middlename, value.lastname].map(text).filter(Boolean).join(' ') : fallback(value);
    case FieldType.SYS_USER:
      return typeof value === 'string' ? (context.userName?.(value) ?? value) : fallback(value);
    case FieldType.SYS_COLLECTION:
      return isRecord(value) && typeof value.id === 'string' ? `${text(value.code) || 'item'} #${value.id}` : fallback(value);
    default:
      return fallback(value);
  }
}

function formatNumber(value: number, integer: boolean, locale: string | undefined): string {
  if (!Number.isFinite(value)) return '';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: integer ? 0 : 10 }).format(value);
}

function formatMoney(cents: number, currency: string, locale: string | undefined): string {
  const amount = cents / 100;
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
  } catch {
    // Not an ISO 4217 code the browser knows.
    return `${amount.toFixed(2)} ${currency}`;
  }
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_ONLY = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

function formatDatetime(value: string, kind: 'datetime' | 'date' | 'time', context: FormatContext): string {
  if (kind === 'time') {
    const match = TIME_ONLY.exec(value);
    if (!match) return value;
    return match[3] && match[3] !== '00' ? `${match[1]}:${match[2]}:${match[3]}` : `${match[1]}:${match[2]}`;
  }
  const dateOnly = DATE_ONLY.exec(value);
  if (dateOnly) {
    // A calendar date has no zone: shown as written, whatever the browser's zone.
    const date = new Date(Date.UTC(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3])));
    return Number.isNaN(date.getTime()) ? value : date.toLocaleDateString(context.locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const day: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', timeZone: context.timeZone };
  if (kind === 'date') return date.toLocaleDateString(context.locale, day);
  return date.toLocaleString(context.locale, { ...day, hour: '2-digit', minute: '2-digit' });
}

function formatJson(value: unknown): string {
  const json = JSON.stringify(value) ?? '';
  return json.length > JSON_TEXT_MAX ? `${json.slice(0, JSON_TEXT_MAX)}…` : json;
}

function fallback(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  try {
    return formatJson(value);
  } catch {
    return '';
  }
}

/** Where a single Link, Email or Phone value leads; only web links, mail and phone numbers. */
export function parameterHref(def: ParameterDefinition, value: unknown): string | undefined {
  if (Array.isArray(value)) return undefined;
  switch (def.type) {
    case FieldType.LINK:
      return typeof value === 'string' && /^https?:\/\//i.test(value) ? value : undefined;
    case FieldType.EMAIL:
      return isRecord(value) && typeof value.email === 'string' && value.email.includes('@') ? `mailto:${value.email}` : undefined;
    case FieldType.PHONE:
      return isRecord(value) && typeof value.tel === 'string' && /^\+?[0-9]+$/.test(value.tel) ? `tel:${value.tel}` : undefined;
    default:
      return undefined;
  }
}

/** Every parameter in the order of its definition, with or without a value. */
export function parameterEntries(
  defs: readonly ParameterDefinition[],
  params: Readonly<Record<string, unknown>> | undefined,
  context: FormatContext = {},
): ParameterEntry[] {
  return defs.map((def) => {
    const value = params?.[def.code];
    const entry: ParameterEntry = { code: def.code, name: def.name, text: formatParameterValue(def, value, context) };
    const href = entry.text ? parameterHref(def, value) : undefined;
    return href ? { ...entry, href } : entry;
  });
}

/** The first `max` parameters that have a value, for a compact line in a list, and how many more there are. */
export function parameterSummary(
  defs: readonly ParameterDefinition[],
  params: Readonly<Record<string, unknown>> | undefined,
  context: FormatContext = {},
  max = 3,
): { items: ParameterEntry[]; more: number } {
  const filled = parameterEntries(defs, params, context).filter((entry) => entry.text !== '');
  return { items: filled.slice(0, max), more: Math.max(0, filled.length - max) };
}

/** Whether showing these parameters needs the names of users. */
export function needsUserNames(defs: readonly ParameterDefinition[]): boolean {
  return defs.some((def) => def.type === FieldType.SYS_USER);
}
