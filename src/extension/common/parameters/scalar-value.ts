/**
 * One value of a custom session parameter, type by type: what each type accepts and the single
 * form it is stored in (see ParameterScalarValues). Structured values may carry other properties
 * (SDK objects do); only the documented ones are read and kept.
 */
import { EmailType, FieldType, PhoneType, type TEmail, type TEnum, type TFullName, type TMoney, type TPhone } from '@elma365/sdk-types';
import { LiveChatsError } from '../errors';
import { canonicalDate, canonicalDatetime, canonicalTime } from './datetime-value';
import { canonicalJson } from './json-value';
import type { ParameterDefinition, ParameterDefinitionOf } from './parameter-definition';
import { describeValue, parameterLabel } from './parameter-label';
import type { ParameterAppItemRef, ParameterScalarValue } from './parameter-value';

export const STRING_VALUE_MAX = 10_000;
export const LINK_VALUE_MAX = 2_000;
export const FULL_NAME_PART_MAX = 200;
export const DEFAULT_PHONE_TYPE = PhoneType.Main;
export const DEFAULT_EMAIL_TYPE = EmailType.Main;

/** Ids of users and app items: what the platform's UUIDs and the host's ids look like, nothing that needs escaping. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;
const PHONE_TEXT = /^\+?[0-9 ().-]+$/;
const EMAIL_TEXT =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59}))$/;
const PHONE_TYPES: ReadonlySet<string> = new Set(Object.values(PhoneType));
const EMAIL_TYPES: ReadonlySet<string> = new Set(Object.values(EmailType));

/** Whole cents for an amount in major units, or `undefined` when the amount has finer precision or is too large. */
export function amountToCents(amount: number): number | undefined {
  if (!Number.isFinite(amount)) return undefined;
  const scaled = amount * 100;
  const cents = Math.round(scaled);
  // Binary fractions make 0.29 * 100 come out as 28.999…; anything further from a whole cent is a sub-cent amount.
  if (Math.abs(scaled - cents) > 1e-9 * Math.max(1, Math.abs(scaled))) return undefined;
  return Number.isSafeInteger(cents) ? cents + 0 : undefined;
}

/** The stored form of one (non-empty) value, or a LiveChatsError; `index` places it in a list. */
export function normalizeScalar(def: ParameterDefinition, value: unknown, index?: number): ParameterScalarValue {
  const refuse = (expected: string): never => {
    const where = index === undefined ? '' : ` item ${index + 1}`;
    throw new LiveChatsError('params/invalid-value', `${parameterLabel(def)}${where} expects ${expected}; got ${describeValue(value)}`);
  };
  switch (def.type) {
    case FieldType.STRING:
      return typeof value === 'string' && value.length <= STRING_VALUE_MAX ? value : refuse(`text of at most ${STRING_VALUE_MAX} characters`);
    case FieldType.FLOAT:
      return numberValue(def, value) ?? refuse(def.data.additionalType === 'integer' ? 'a whole number, like 42' : 'a finite number, like 3.14');
    case FieldType.BOOLEAN:
      return typeof value === 'boolean' ? value : refuse('true or false');
    case FieldType.DATETIME:
      return datetimeValue(def, value) ?? refuse(DATETIME_EXPECTED[def.data.additionalType]);
    case FieldType.ENUM:
      return enumValue(def, value) ?? refuse(`one of the codes ${listCodes(def)}`);
    case FieldType.MONEY:
      return moneyValue(def, value) ?? refuse(moneyExpected(def));
    case FieldType.PHONE:
      return phoneValue(value) ?? refuse('a phone number of 5 to 20 digits like {tel: "+15550100"}');
    case FieldType.EMAIL:
      return emailValue(value) ?? refuse('an email address like {email: "name@example.com"}');
    case FieldType.FULL_NAME:
      return fullNameValue(value) ?? refuse('a full name like {firstname: "Ann", lastname: "Lee"} with at least one part filled in');
    case FieldType.LINK:
      return linkValue(value) ?? refuse('an http or https link like "https://example.com/page"');
    case FieldType.SYS_USER:
      return idOf(value) ?? refuse('a user id');
    case FieldType.SYS_COLLECTION:
      return appItemValue(def, value) ?? refuse(`an item of the app ${def.data.namespace}.${def.data.code}: its id or {namespace, code, id}`);
    case FieldType.JSON:
      return canonicalJson(value) ?? refuse('a JSON value (plain objects, lists, text, finite numbers, true/false, null)');
  }
}

const DATETIME_EXPECTED = {
  datetime: 'a date and time in ISO 8601 with a time zone, like "2025-04-05T10:56:06Z", or a Date',
  date: 'a date like "2025-04-05", or a Date',
  time: 'a time of day like "10:56:06"',
} as const;

function numberValue(def: ParameterDefinitionOf<FieldType.FLOAT>, value: unknown): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  if (def.data.additionalType === 'integer' && !Number.isSafeInteger(value)) return undefined;
  return value + 0; // -0 becomes 0
}

function datetimeValue(def: ParameterDefinitionOf<FieldType.DATETIME>, value: unknown): string | undefined {
  switch (def.data.additionalType) {
    case 'datetime':
      return canonicalDatetime(value);
    case 'date':
      return canonicalDate(value);
    case 'time':
      return canonicalTime(value);
  }
}

function enumValue(def: ParameterDefinitionOf<FieldType.ENUM>, value: unknown): TEnum | undefined {
  const code = typeof value === 'string' ? value : isRecord(value) ? value.code : undefined;
  const item = def.data.enumItems.find((candidate) => candidate.code === code);
  return item === undefined ? undefined : { code: item.code, name: item.name };
}

function listCodes(def: ParameterDefinitionOf<FieldType.ENUM>): string {
  const codes = def.data.enumItems.map((item) => JSON.stringify(item.code));
  return codes.length > 10 ? `${codes.slice(0, 10).join(', ')}, …` : codes.join(', ');
}

function moneyValue(def: ParameterDefinitionOf<FieldType.MONEY>, value: unknown): TMoney | undefined {
  if (!isRecord(value)) return undefined;
  const wanted = def.data?.currency;
  let currency: string | undefined;
  if (value.currency === undefined || value.currency === null) currency = wanted;
  else if (typeof value.currency === 'string' && /^[A-Za-z]{3}$/.test(value.currency)) currency = value.currency.toUpperCase();
  if (currency === undefined || (wanted !== undefined && currency !== wanted)) return undefined;
  let cents: number | undefined;
  if (value.cents !== undefined) cents = typeof value.cents === 'number' && Number.isSafeInteger(value.cents) ? value.cents + 0 : undefined;
  else if (typeof value.amount === 'number') cents = amountToCents(value.amount);
  return cents === undefined ? undefined : { cents, currency };
}

function moneyExpected(def: ParameterDefinitionOf<FieldType.MONEY>): string {
  const currency = def.data?.currency;
  return currency === undefined
    ? 'money like {cents: 1050, currency: "USD"} or {amount: 10.5, currency: "USD"}'
    : `money in ${currency} like {cents: 1050, currency: "${currency}"} or {amount: 10.5}`;
}

function phoneValue(value: unknown): TPhone | undefined {
  const text = typeof value === 'string' ? value : isRecord(value) ? value.tel : undefined;
  const type = isRecord(value) ? kindOf(value.type, PHONE_TYPES, DEFAULT_PHONE_TYPE) : DEFAULT_PHONE_TYPE;
  if (typeof text !== 'string' || type === undefined) return undefined;
  const trimmed = text.trim();
  if (!PHONE_TEXT.test(trimmed)) return undefined;
  const digits = trimmed.replace(/[^0-9]/g, '');
  if (digits.length < 5 || digits.length > 20) return undefined;
  return { tel: `${trimmed.startsWith('+') ? '+' : ''}${digits}`, type: type as PhoneType };
}

function emailValue(value: unknown): TEmail | undefined {
  const text = typeof value === 'string' ? value : isRecord(value) ? value.email : undefined;
  const type = isRecord(value) ? kindOf(value.type, EMAIL_TYPES, DEFAULT_EMAIL_TYPE) : DEFAULT_EMAIL_TYPE;
  if (typeof text !== 'string' || type === undefined) return undefined;
  const trimmed = text.trim();
  if (trimmed.length > 254) return undefined;
  const match = EMAIL_TEXT.exec(trimmed);
  if (!match) return undefined;
  const domain = match[1] as string;
  const local = trimmed.slice(0, trimmed.length - domain.length - 1);
  if (local.length > 64) return undefined;
  // Only the domain is case-insensitive by the standard; the local part is kept as written.
  return { email: `${local}@${domain.toLowerCase()}`, type: type as EmailType };
}

/** A phone or e-mail kind: absent means the default, otherwise one of the enum's values in any case. */
function kindOf(kind: unknown, allowed: ReadonlySet<string>, fallback: string): string | undefined {
  if (kind === undefined || kind === null) return fallback;
  if (typeof kind !== 'string') return undefined;
  const lower = kind.toLowerCase();
  return allowed.has(lower) ? lower : undefined;
}

function fullNameValue(value: unknown): TFullName | undefined {
  if (!isRecord(value)) return undefined;
  const parts: string[] = [];
  for (const key of ['firstname', 'lastname', 'middlename'] as const) {
    const part = value[key];
    if (part === undefined || part === null) parts.push('');
    else if (typeof part === 'string' && part.trim().length <= FULL_NAME_PART_MAX) parts.push(part.trim());
    else return undefined;
  }
  const [firstname = '', lastname = '', middlename = ''] = parts;
  if (firstname === '' && lastname === '' && middlename === '') return undefined;
  return middlename === '' ? { firstname, lastname } : { firstname, lastname, middlename };
}

function linkValue(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed.length > LINK_VALUE_MAX) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return undefined;
  return url.href.length <= LINK_VALUE_MAX ? url.href : undefined;
}

/** A bare id, or the id of a ref object (`UserItemRef`, `ApplicationItemRef`). */
function idOf(value: unknown): string | undefined {
  const id = typeof value === 'string' ? value : isRecord(value) ? value.id : undefined;
  return typeof id === 'string' && ID_PATTERN.test(id) ? id : undefined;
}

function appItemValue(def: ParameterDefinitionOf<FieldType.SYS_COLLECTION>, value: unknown): ParameterAppItemRef | undefined {
  const { namespace, code } = def.data;
  if (isRecord(value)) {
    // A ref into another app is refused rather than silently relabelled.
    if (value.namespace !== undefined && value.namespace !== namespace) return undefined;
    if (value.code !== undefined && value.code !== code) return undefined;
  }
  const id = idOf(value);
  return id === undefined ? undefined : { namespace, code, id };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

