/**
 * Values of custom session parameters as an administrator types them into a routing rule (a
 * condition's operand, "+Set session attribute value"), DOM-free: which input fits each type, how
 * the input's text becomes the stored shape the server checks, and back for editing.
 */
import { FieldType } from '@elma365/sdk-types';
import { isLiveChatsError } from '../../common/errors';
import type { ParameterDefinition } from '../../common/parameters/parameter-types';
import { normalizeParameterValue } from '../../common/parameters/parameter-value';

/** The input a value of the type is typed or picked in. */
export type ParamInputKind = 'text' | 'number' | 'yesNo' | 'date' | 'time' | 'datetime' | 'enum' | 'money' | 'user' | 'json';

export function paramInputKind(def: ParameterDefinition): ParamInputKind {
  switch (def.type) {
    case FieldType.FLOAT:
      return 'number';
    case FieldType.BOOLEAN:
      return 'yesNo';
    case FieldType.DATETIME:
      return def.data.additionalType;
    case FieldType.ENUM:
      return 'enum';
    case FieldType.MONEY:
      return 'money';
    case FieldType.SYS_USER:
      return 'user';
    case FieldType.JSON:
      return 'json';
    default:
      return 'text';
  }
}

/** What a text input shows while empty: an example of what it takes. */
export function paramPlaceholder(def: ParameterDefinition): string {
  switch (def.type) {
    case FieldType.FLOAT:
      return def.data.additionalType === 'integer' ? '42' : '3.14';
    case FieldType.MONEY:
      return def.data?.currency ? `10.50 (${def.data.currency})` : '10.50 USD';
    case FieldType.PHONE:
      return '+1 555 0100';
    case FieldType.EMAIL:
      return 'name@example.com';
    case FieldType.LINK:
      return 'https://example.com/page';
    case FieldType.FULL_NAME:
      return 'First Middle Last';
    case FieldType.SYS_COLLECTION:
      return 'Item id';
    case FieldType.JSON:
      return '{"key": "value"}';
    default:
      return '';
  }
}

export type ParseResult = { ok: true; value: unknown } | { ok: false; problem: string };

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * The text of an input read as one value of the parameter, in a shape normalizeParameterValue
 * takes. Only what the input itself cannot say is refused here (an empty input, a number that is
 * no number); whether the value fits the parameter is the parameter's own check.
 */
export function parseParamInput(def: ParameterDefinition, raw: string): ParseResult {
  const text = raw.trim();
  const kind = paramInputKind(def);
  if (text === '') return { ok: false, problem: ['yesNo', 'enum', 'user'].includes(kind) ? 'choose a value' : 'enter a value' };
  switch (def.type) {
    case FieldType.FLOAT: {
      const number = text.replace(',', '.');
      return DECIMAL.test(number) ? { ok: true, value: Number(number) } : { ok: false, problem: `enter a number, like ${paramPlaceholder(def)}` };
    }
    case FieldType.BOOLEAN:
      return text === 'yes' || text === 'no' ? { ok: true, value: text === 'yes' } : { ok: false, problem: 'choose Yes or No' };
    case FieldType.DATETIME:
      if (def.data.additionalType !== 'datetime') return { ok: true, value: text };
      {
        // A datetime-local input: the administrator's own clock.
        const instant = new Date(text);
        return Number.isNaN(instant.getTime()) ? { ok: false, problem: 'enter a date and time' } : { ok: true, value: instant.toISOString() };
      }
    case FieldType.MONEY: {
      const match = /^([+-]?[\d.,\s]+?)\s*([A-Za-z]{3})?$/.exec(text);
      const amount = match ? match[1].replace(/\s/g, '').replace(',', '.') : '';
      if (!match || !DECIMAL.test(amount)) return { ok: false, problem: `enter an amount, like ${paramPlaceholder(def)}` };
      const currency = match[2]?.toUpperCase() ?? def.data?.currency;
      return { ok: true, value: currency === undefined ? { amount: Number(amount) } : { amount: Number(amount), currency } };
    }
    case FieldType.FULL_NAME: {
      const words = text.split(/\s+/);
      if (words.length === 1) return { ok: true, value: { firstname: words[0] } };
      if (words.length === 2) return { ok: true, value: { firstname: words[0], lastname: words[1] } };
      return { ok: true, value: { firstname: words[0], middlename: words[1], lastname: words.slice(2).join(' ') } };
    }
    case FieldType.JSON:
      try {
        return { ok: true, value: JSON.parse(text) as unknown };
      } catch {
        return { ok: false, problem: 'enter valid JSON, like {"key": "value"}' };
      }
    default:
      return { ok: true, value: text };
  }
}

/** A value to set (one item for a list parameter) as the parameter stores it, or what is wrong with it. */
export function paramValueFromInput(def: ParameterDefinition, raw: string): ParseResult {
  const parsed = parseParamInput(def, raw);
  if (!parsed.ok) return parsed;
  try {
    const value = normalizeParameterValue({ ...def, required: true }, def.array ? [parsed.value] : parsed.value);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, problem: isLiveChatsError(error) ? error.message : 'is not a valid value' };
  }
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** The text an input shows for a stored value (the first item of a list). */
export function formatParamInput(def: ParameterDefinition, stored: unknown): string {
  const value = Array.isArray(stored) ? (stored[0] as unknown) : stored;
  if (value === undefined || value === null) return '';
  const record = typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const text = (key: string): string => (typeof record[key] === 'string' ? (record[key] as string) : '');
  switch (def.type) {
    case FieldType.BOOLEAN:
      return value === true ? 'yes' : value === false ? 'no' : '';
    case FieldType.DATETIME: {
      if (typeof value !== 'string') return '';
      if (def.data.additionalType === 'time') return value.slice(0, 5);
      if (def.data.additionalType === 'date') return value.slice(0, 10);
      const instant = new Date(value);
      if (Number.isNaN(instant.getTime())) return '';
      return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}T${pad(instant.getHours())}:${pad(instant.getMinutes())}`;
    }
    case FieldType.ENUM:
      return typeof value === 'string' ? value : text('code');
    case FieldType.MONEY: {
      const cents = typeof record.cents === 'number' ? record.cents : typeof record.amount === 'number' ? Math.round(record.amount * 100) : undefined;
      if (cents === undefined) return '';
      const amount = (cents / 100).toFixed(2);
      const currency = text('currency');
      return currency && currency !== def.data?.currency ? `${amount} ${currency}` : amount;
    }
    case FieldType.PHONE:
      return typeof value === 'string' ? value : text('tel');
    case FieldType.EMAIL:
      return typeof value === 'string' ? value : text('email');
    case FieldType.FULL_NAME:
      return [text('firstname'), text('middlename'), text('lastname')].filter(Boolean).join(' ');
    case FieldType.SYS_COLLECTION:
      return typeof value === 'string' ? value : text('id');
    case FieldType.JSON:
      return JSON.stringify(value);
    default:
      return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  }
}
