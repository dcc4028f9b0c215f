/**
 * Routing conditions on custom session parameters: the operators are the session list's
 * (filterOperatorsFor), and values compare by the same sort keys, so a rule and a list filter
 * with the same operator and operand agree.
 */
import { FieldType, type TMoney } from '@elma365/sdk-types';
import { isLiveChatsError } from '../errors';
import { filterOperatorsFor, sortKeyOf, SORT_TEXT_MAX, type ParameterSortKey } from '../parameters/parameter-index';
import type { ParameterDefinition } from '../parameters/parameter-types';
import type { ParameterValue } from '../parameters/parameter-value';
import { normalizeScalar } from '../parameters/scalar-value';

export type ParamPredicate = (value: ParameterValue | undefined) => boolean;

type Prepared =
  | { ok: true; operand: ParameterSortKey | string | undefined; currency: string | undefined }
  | { ok: false; problem: string };

/** What is wrong with `operator` and `value` for the parameter, or undefined. */
export function paramProblem(def: ParameterDefinition, operator: unknown, value: unknown): string | undefined {
  const prepared = prepare(def, operator, value);
  return prepared.ok ? undefined : prepared.problem;
}

/** The test of one parameter row; call only when paramProblem found nothing. */
export function compileParam(def: ParameterDefinition, operator: string, value: unknown): ParamPredicate {
  const prepared = prepare(def, operator, value);
  if (!prepared.ok) throw new Error(prepared.problem); // compile-condition checks first
  const single = { ...def, array: false } as ParameterDefinition;
  switch (operator) {
    case 'empty':
      return isEmpty;
    case 'notEmpty':
      return (stored) => !isEmpty(stored);
    case 'contains': {
      const fragment = prepared.operand as string;
      const phone = def.type === FieldType.PHONE;
      return (stored) => {
        const text = keyOf(single, stored)?.text;
        if (text === undefined) return false;
        return (phone ? text.replace(/[^0-9+]/g, '') : text).includes(fragment);
      };
    }
  }
  const operand = prepared.operand as ParameterSortKey;
  const { currency } = prepared;
  const compare = operand.number !== undefined ? numberComparison(operator, operand.number) : textComparison(operator, operand.text ?? '');
  const negated = operator === 'neq';
  return (stored) => {
    const key = keyOf(single, stored);
    if (key === undefined) return negated;
    if (currency !== undefined && (stored as TMoney).currency !== currency) return negated;
    return compare(key);
  };
}

function prepare(def: ParameterDefinition, operator: unknown, value: unknown): Prepared {
  const allowed = filterOperatorsFor(def);
  if (typeof operator !== 'string' || !(allowed as readonly string[]).includes(operator)) {
    const hint = allowed.length > 0 ? `allowed: ${allowed.join(', ')}` : 'it cannot be used in conditions';
    return { ok: false, problem: `operator ${JSON.stringify(operator) ?? 'undefined'} is not allowed (${hint})` };
  }
  if (operator === 'empty' || operator === 'notEmpty') return { ok: true, operand: undefined, currency: undefined };
  if (operator === 'contains') {
    const fragment = typeof value === 'string' ? (def.type === FieldType.PHONE ? value.replace(/[^0-9+]/g, '') : value.trim().toLowerCase()) : '';
    if (fragment === '' || fragment.length > SORT_TEXT_MAX) return { ok: false, problem: `"contains" expects a text of 1 to ${SORT_TEXT_MAX} characters` };
    return { ok: true, operand: fragment, currency: undefined };
  }
  const single = { ...def, array: false, required: true } as ParameterDefinition;
  try {
    const normalized = normalizeScalar(single, value);
    const key = sortKeyOf(single, normalized);
    if (key === undefined) return { ok: false, problem: 'expects a value' };
    const currency = def.type === FieldType.MONEY ? (normalized as TMoney).currency : undefined;
    return { ok: true, operand: key, currency };
  } catch (error) {
    return { ok: false, problem: isLiveChatsError(error) ? error.message : 'is not a valid value' };
  }
}

function isEmpty(stored: ParameterValue | undefined): boolean {
  return stored === undefined || stored === null || stored === '' || (Array.isArray(stored) && stored.length === 0);
}

/** The sort key of a stored value, or undefined when it is missing or not of the parameter's shape. */
function keyOf(single: ParameterDefinition, stored: ParameterValue | undefined): ParameterSortKey | undefined {
  if (stored === undefined || stored === null || Array.isArray(stored)) return undefined;
  try {
    const key = sortKeyOf(single, stored);
    if (key === undefined) return undefined;
    if (key.number !== undefined) return Number.isFinite(key.number) ? key : undefined;
    return typeof key.text === 'string' ? key : undefined;
  } catch {
    return undefined; // a stored value of another shape is as good as missing
  }
}

function numberComparison(operator: string, operand: number): (key: ParameterSortKey) => boolean {
  switch (operator) {
    case 'eq':
      return (key) => key.number === operand;
    case 'neq':
      return (key) => key.number !== operand;
    case 'lt':
      return (key) => key.number !== undefined && key.number < operand;
    case 'lte':
      return (key) => key.number !== undefined && key.number <= operand;
    case 'gt':
      return (key) => key.number !== undefined && key.number > operand;
    default:
      return (key) => key.number !== undefined && key.number >= operand;
  }
}

function textComparison(operator: string, operand: string): (key: ParameterSortKey) => boolean {
  switch (operator) {
    case 'eq':
      return (key) => key.text === operand;
    case 'neq':
      return (key) => key.text !== operand;
    case 'lt':
      return (key) => key.text !== undefined && key.text < operand;
    case 'lte':
      return (key) => key.text !== undefined && key.text <= operand;
    case 'gt':
      return (key) => key.text !== undefined && key.text > operand;
    default:
      return (key) => key.text !== undefined && key.text >= operand;
  }
}
