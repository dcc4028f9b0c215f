/**
 * What the session list sorts and filters custom parameters on. Each stored value also writes one
 * sort key into an indexed column (text or number, by type); a query-string filter becomes a
 * column, an operator from the type's allow-list and an operand in the sort key's own form, which
 * the storage layer binds as a query parameter. Nothing here produces SQL text.
 */
import { FieldType, type TEmail, type TEnum, type TFullName, type TMoney, type TPhone } from '@elma365/sdk-types';
import { LiveChatsError } from '../errors';
import type { ParameterDefinition, ParameterType } from './parameter-definition';
import { describeValue, parameterLabel } from './parameter-label';
import {
  normalizeParameterValue,
  type ParameterAppItemRef,
  type ParameterScalarValue,
  type ParameterValue,
} from './parameter-value';
import { amountToCents } from './scalar-value';

export const FILTER_OPERATOR_VALUES = ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'contains', 'empty', 'notEmpty'] as const;
export type FilterOperator = (typeof FILTER_OPERATOR_VALUES)[number];
export type PresenceOperator = 'empty' | 'notEmpty';
export type ValueOperator = Exclude<FilterOperator, PresenceOperator>;

export type IndexColumn = 'text' | 'number';

export interface ParameterSortKey {
  text?: string;
  number?: number;
}

/** Text keys keep this many characters: enough to sort by, small enough to index. */
export const SORT_TEXT_MAX = 200;
/** The longest operand a query string may carry. */
export const FILTER_RAW_MAX = 2_000;

/** The column each type's sort key goes to; JSON has none and can be neither sorted nor filtered. */
export const INDEX_COLUMN: Readonly<Record<ParameterType, IndexColumn | undefined>> = {
  [FieldType.STRING]: 'text',
  [FieldType.FLOAT]: 'number',
  [FieldType.BOOLEAN]: 'number',
  [FieldType.DATETIME]: 'text',
  [FieldType.ENUM]: 'text',
  [FieldType.MONEY]: 'number',
  [FieldType.PHONE]: 'text',
  [FieldType.EMAIL]: 'text',
  [FieldType.FULL_NAME]: 'text',
  [FieldType.LINK]: 'text',
  [FieldType.SYS_USER]: 'text',
  [FieldType.SYS_COLLECTION]: 'text',
  [FieldType.JSON]: undefined,
};

const EQUALITY = ['eq', 'neq', 'empty', 'notEmpty'] as const;
const ORDERED = ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'empty', 'notEmpty'] as const;
const TEXTUAL = ['eq', 'neq', 'contains', 'empty', 'notEmpty'] as const;
const PRESENCE = ['empty', 'notEmpty'] as const;

export const FILTER_OPERATORS: Readonly<Record<ParameterType, readonly FilterOperator[]>> = {
  [FieldType.STRING]: TEXTUAL,
  [FieldType.FLOAT]: ORDERED,
  [FieldType.BOOLEAN]: EQUALITY,
  [FieldType.DATETIME]: ORDERED,
  [FieldType.ENUM]: EQUALITY,
  [FieldType.MONEY]: ORDERED,
  [FieldType.PHONE]: TEXTUAL,
  [FieldType.EMAIL]: TEXTUAL,
  [FieldType.FULL_NAME]: ['contains', 'empty', 'notEmpty'],
  [FieldType.LINK]: TEXTUAL,
  [FieldType.SYS_USER]: EQUALITY,
  [FieldType.SYS_COLLECTION]: EQUALITY,
  [FieldType.JSON]: [],
};

/**
 * The operators a parameter accepts. A list parameter indexes only its first item, so comparing
 * against it would silently ignore the rest: lists can only be asked whether they are empty.
 */
export function filterOperatorsFor(def: ParameterDefinition): readonly FilterOperator[] {
  const operators = FILTER_OPERATORS[def.type];
  return def.array ? operators.filter((operator) => (PRESENCE as readonly string[]).includes(operator)) : operators;
}

/** The key of a stored (normalized) value; a list is keyed by its first item; JSON has no key. */
export function sortKeyOf(def: ParameterDefinition, value: ParameterValue | undefined): ParameterSortKey | undefined {
  if (value === undefined || def.type === FieldType.JSON) return undefined;
  const first = def.array ? (value as ParameterScalarValue[])[0] : (value as ParameterScalarValue);
  if (first === undefined) return undefined;
  return scalarKey(def.type, first);
}

/** `value` is a normalized value of a parameter of `type`, shaped as ParameterScalarValues[type]. */
function scalarKey(type: Exclude<ParameterType, FieldType.JSON>, value: ParameterScalarValue): ParameterSortKey {
  switch (type) {
    case FieldType.STRING:
      return { text: textKey((value as string).trim()) };
    case FieldType.FLOAT:
      return { number: value as number };
    case FieldType.BOOLEAN:
      return { number: value === true ? 1 : 0 };
    case FieldType.DATETIME:
    case FieldType.SYS_USER:
      return { text: value as string };
    case FieldType.ENUM:
      return { text: textKey((value as TEnum).name) };
    case FieldType.MONEY:
      return { number: (value as TMoney).cents };
    case FieldType.PHONE:
      return { text: (value as TPhone).tel };
    case FieldType.EMAIL:
      return { text: textKey((value as TEmail).email) };
    case FieldType.FULL_NAME: {
      const name = value as TFullName;
      return { text: textKey(`${name.lastname} ${name.firstname}`.trim()) };
    }
    case FieldType.LINK:
      return { text: textKey(value as string) };
    case FieldType.SYS_COLLECTION:
      return { text: (value as ParameterAppItemRef).id };
  }
}

/** Lower-cased and cut to SORT_TEXT_MAX, never in the middle of a surrogate pair. */
function textKey(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length <= SORT_TEXT_MAX) return lower;
  const cut = lower.slice(0, SORT_TEXT_MAX);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

export type ParameterFilter =
  | { column: IndexColumn; operator: PresenceOperator }
  | { column: 'text'; operator: ValueOperator; value: string }
  | { column: 'number'; operator: ValueOperator; value: number };

/**
 * Reads one filter of the session list's query string (`operator`, raw operand) for a parameter.
 * The operand is read like a written value and turned into its sort key, so it compares with the
 * stored keys: `eq` on text compares the lower-cased first 200 characters; `contains` takes a
 * fragment of 1–200 characters, matched case-insensitively. `empty`/`notEmpty` ignore the operand.
 */
export function parseParameterFilter(def: ParameterDefinition, operator: string, raw: string): ParameterFilter {
  const allowed = filterOperatorsFor(def);
  const column = INDEX_COLUMN[def.type];
  if (column === undefined || !(allowed as readonly string[]).includes(operator)) {
    const hint = allowed.length > 0 ? `allowed: ${allowed.join(', ')}` : 'it cannot be filtered';
    throw new LiveChatsError('params/invalid-value', `${parameterLabel(def)} cannot be filtered with ${describeValue(operator)}; ${hint}`);
  }
  const op = operator as FilterOperator;
  if (op === 'empty' || op === 'notEmpty') return { column, operator: op };
  const refuse = (expected: string): never => {
    throw new LiveChatsError('params/invalid-value', `${parameterLabel(def)} filter "${op}" expects ${expected}; got ${describeValue(raw)}`);
  };
  if (raw.trim() === '') refuse('a value');
  if (raw.length > FILTER_RAW_MAX) refuse(`at most ${FILTER_RAW_MAX} characters`);
  if (op === 'contains') {
    const fragment = def.type === FieldType.PHONE ? raw.replace(/[^0-9+]/g, '') : raw.trim().toLowerCase();
    if (fragment === '' || fragment.length > SORT_TEXT_MAX) refuse(`a fragment of 1 to ${SORT_TEXT_MAX} characters`);
    return { column: 'text', operator: op, value: fragment };
  }
  if (def.type === FieldType.MONEY) {
    const cents = DECIMAL.test(raw.trim()) ? amountToCents(Number(raw.trim())) : undefined;
    return { column: 'number', operator: op, value: cents ?? refuse('an amount like 10.50') };
  }
  const single = { ...def, array: false, required: true } as ParameterDefinition;
  const key = sortKeyOf(single, normalizeParameterValue(single, operandOf(def, raw)));
  if (column === 'number' && key?.number !== undefined) return { column, operator: op, value: key.number };
  if (column === 'text' && key?.text !== undefined) return { column, operator: op, value: key.text };
  return refuse('a value'); // unreachable: every filterable type has a key in its column
}

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Query strings carry text only: numbers and yes/no are read here, everything else as written. */
function operandOf(def: ParameterDefinition, raw: string): unknown {
  const text = raw.trim();
  if (def.type === FieldType.FLOAT) return DECIMAL.test(text) ? Number(text) : raw;
  if (def.type === FieldType.BOOLEAN) {
    if (text === 'true' || text === '1') return true;
    if (text === 'false' || text === '0') return false;
  }
  return raw;
}
