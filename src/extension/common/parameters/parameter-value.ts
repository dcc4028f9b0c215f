/**
 * Values of custom session parameters: checks a value that a process, the Web API or a routing
 * rule writes against the parameter's definition and turns it into the one form we store, or
 * refuses it with `params/invalid-value` naming the parameter and what it expects.
 * Whether a referenced user or app item exists is the caller's question; this code never looks.
 */
import { FieldType, type TEmail, type TEnum, type TFullName, type TMoney, type TPhone } from '@elma365/sdk-types';
import { LiveChatsError } from '../errors';
import type { ParameterDefinition, ParameterType } from './parameter-definition';
import { describeValue, parameterLabel } from './parameter-label';
import { normalizeScalar } from './scalar-value';
import { JSON_VALUE_MAX_BYTES, jsonByteLength, type JsonValue } from './json-value';

export type { JsonValue } from './json-value';

/** A link to an item of the app a SYS_COLLECTION parameter names. */
export interface ParameterAppItemRef {
  namespace: string;
  code: string;
  id: string;
}

/** The stored shape of one value, by parameter type. */
export interface ParameterScalarValues {
  [FieldType.STRING]: string;
  [FieldType.FLOAT]: number;
  [FieldType.BOOLEAN]: boolean;
  /** `YYYY-MM-DDTHH:mm:ss.sssZ`, `YYYY-MM-DD` or `HH:mm:ss` by the definition's additionalType. */
  [FieldType.DATETIME]: string;
  [FieldType.ENUM]: TEnum;
  [FieldType.MONEY]: TMoney;
  [FieldType.PHONE]: TPhone;
  [FieldType.EMAIL]: TEmail;
  [FieldType.FULL_NAME]: TFullName;
  /** An absolute http(s) URL as the URL parser writes it. */
  [FieldType.LINK]: string;
  /** A user id. */
  [FieldType.SYS_USER]: string;
  [FieldType.SYS_COLLECTION]: ParameterAppItemRef;
  [FieldType.JSON]: JsonValue;
}

export type ParameterScalarValue = ParameterScalarValues[ParameterType];

/** A stored value: one scalar, or a non-empty list of them for `array` parameters. */
export type ParameterValue = ParameterScalarValue | ParameterScalarValue[];

export const PARAMETER_ARRAY_MAX = 100;
/** How many problems one batch error lists before it only counts the rest. */
const PROBLEMS_LISTED_MAX = 20;

/** Types whose repeated values in a list mean nothing, so a list keeps the first of each. */
const DEDUPLICATED: ReadonlySet<ParameterType> = new Set([FieldType.ENUM, FieldType.SYS_USER, FieldType.SYS_COLLECTION]);

/**
 * The stored form of `value`, or `undefined` when the write clears the parameter: `undefined`,
 * `null`, blank text and an empty list all mean "no value", which a required parameter refuses.
 * Throws only LiveChatsError (`params/invalid-value`), whatever `value` is.
 */
export function normalizeParameterValue(def: ParameterDefinition, value: unknown): ParameterValue | undefined {
  try {
    return normalizeChecked(def, value);
  } catch (error) {
    if (error instanceof LiveChatsError) throw error;
    // Reading a hostile object (a throwing getter, a revoked proxy) must still end as a refusal.
    throw new LiveChatsError('params/invalid-value', `${parameterLabel(def)} could not read the value given`, { cause: error });
  }
}

function normalizeChecked(def: ParameterDefinition, value: unknown): ParameterValue | undefined {
  if (isEmptyInput(def, value)) {
    if (def.required) throw new LiveChatsError('params/invalid-value', `${parameterLabel(def)} is required; got ${describeValue(value)}`);
    return undefined;
  }
  if (!def.array) {
    const scalar = normalizeScalar(def, value);
    checkJsonSize(def, scalar);
    return scalar;
  }
  if (!Array.isArray(value)) {
    throw new LiveChatsError('params/invalid-value', `${parameterLabel(def)} expects a list of up to ${PARAMETER_ARRAY_MAX} values; got ${describeValue(value)}`);
  }
  if (value.length > PARAMETER_ARRAY_MAX) {
    throw new LiveChatsError('params/invalid-value', `${parameterLabel(def)} accepts at most ${PARAMETER_ARRAY_MAX} values; got ${value.length}`);
  }
  const items: ParameterScalarValue[] = [];
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (item === undefined || item === null) {
      throw new LiveChatsError('params/invalid-value', `${parameterLabel(def)} item ${index + 1} is empty`);
    }
    items.push(normalizeScalar(def, item, index));
  }
  const list = DEDUPLICATED.has(def.type) ? withoutRepeats(items) : items;
  checkJsonSize(def, list);
  return list;
}

/**
 * Writes several parameters at once, all or nothing; codes not in `values` are left alone. The
 * result has a key for every code written, `undefined` where the write clears the value. When
 * anything is wrong, one error lists every problem (unknown codes included).
 */
export function normalizeParameterValues(
  defs: readonly ParameterDefinition[],
  values: Readonly<Record<string, unknown>>,
): Record<string, ParameterValue | undefined> {
  if (typeof values !== 'object' || values === null || Array.isArray(values)) {
    throw new LiveChatsError('params/invalid-value', `Session parameters must be an object of values by parameter code; got ${describeValue(values)}`);
  }
  const byCode = new Map(defs.map((def) => [def.code, def]));
  const result: Record<string, ParameterValue | undefined> = {};
  const problems: LiveChatsError[] = [];
  for (const code of Object.keys(values)) {
    const def = byCode.get(code);
    if (def === undefined) {
      problems.push(new LiveChatsError('params/invalid-value', `There is no session parameter with the code ${describeValue(code)}`));
      continue;
    }
    try {
      result[code] = normalizeParameterValue(def, values[code]);
    } catch (error) {
      problems.push(error as LiveChatsError);
    }
  }
  if (problems.length === 1) throw problems[0];
  if (problems.length > 1) {
    const listed = problems.slice(0, PROBLEMS_LISTED_MAX).map((problem) => problem.message);
    const more = problems.length > PROBLEMS_LISTED_MAX ? `; and ${problems.length - PROBLEMS_LISTED_MAX} more` : '';
    throw new LiveChatsError('params/invalid-value', `${problems.length} session parameter values are invalid: ${listed.join('; ')}${more}`, {
      cause: problems,
    });
  }
  return result;
}

function isEmptyInput(def: ParameterDefinition, value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (Array.isArray(value)) return def.array && value.length === 0;
  // For JSON a blank string is a value like any other.
  return typeof value === 'string' && def.type !== FieldType.JSON && value.trim() === '';
}

/** Keeps the first of repeated enum codes, user ids or item ids. */
function withoutRepeats(items: ParameterScalarValue[]): ParameterScalarValue[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = typeof item === 'string' ? item : String((item as { id?: string; code?: string }).id ?? (item as { code?: string }).code);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function checkJsonSize(def: ParameterDefinition, value: ParameterValue): void {
  if (def.type !== FieldType.JSON) return;
  const bytes = jsonByteLength(value as JsonValue);
  if (bytes > JSON_VALUE_MAX_BYTES) {
    throw new LiveChatsError(
      'params/invalid-value',
      `${parameterLabel(def)} expects JSON of at most ${JSON_VALUE_MAX_BYTES / 1024} KB; got ${Math.ceil(bytes / 1024)} KB`,
    );
  }
}
