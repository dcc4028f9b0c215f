/**
 * Values of process context variables: what each variable type accepts, and the two places they
 * are checked — the inputs of a run, and what a Script activity wrote to `Context.data`.
 * `null` clears a variable of any type. Values are stored as JSON.
 */
import type { ProcessVariable, ProcessVariableType } from '@elma365/sdk-types';
import { ProcessError } from './process-errors';

type Check = { ok: true; value: unknown } | { ok: false; expected: string };

const ok = (value: unknown): Check => ({ ok: true, value });
const no = (expected: string): Check => ({ ok: false, expected });

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const optionalString = (value: unknown): boolean => value === undefined || typeof value === 'string';
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Values that survive a JSON round trip unchanged (no functions, no NaN, not too deep). */
function isJsonValue(value: unknown, depth = 0): boolean {
  if (depth > 32) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((item) => isJsonValue(item, depth + 1));
  if (isObject(value)) return Object.values(value).every((item) => item === undefined || isJsonValue(item, depth + 1));
  return false;
}

const nonEmptyString = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0 && value.length <= 200;

/** One value of a type (an element, for array variables). */
function checkOne(type: ProcessVariableType, value: unknown): Check {
  switch (type) {
    case 'STRING':
    case 'LINK':
      return typeof value === 'string' ? ok(value) : no('a string');
    case 'FLOAT':
      return typeof value === 'number' && Number.isFinite(value) ? ok(value) : no('a number');
    case 'INTEGER':
      return Number.isSafeInteger(value) ? ok(value) : no('a whole number');
    case 'BOOLEAN':
      return typeof value === 'boolean' ? ok(value) : no('true or false');
    case 'DATETIME':
      return typeof value === 'string' && ISO_DATETIME.test(value) && !Number.isNaN(Date.parse(value)) ? ok(value) : no('an ISO 8601 date-time string');
    case 'SYS_USER':
      return nonEmptyString(value) ? ok(value) : no('a user id');
    case 'LINE_SESSION':
      if (nonEmptyString(value)) return ok(value);
      // A session reference is stored as its id, whichever form it came in.
      if (isObject(value) && nonEmptyString(value.id)) return ok(value.id);
      return no('a live chat session id or {id}');
    case 'PHONE':
      return isObject(value) && nonEmptyString(value.tel) && optionalString(value.type) ? ok(value) : no('a phone {tel, type?}');
    case 'EMAIL':
      return isObject(value) && nonEmptyString(value.email) && optionalString(value.type) ? ok(value) : no('an e-mail {email, type?}');
    case 'FULL_NAME':
      return isObject(value) && optionalString(value.firstname) && optionalString(value.lastname) && optionalString(value.middlename)
        ? ok(value)
        : no('a full name {firstname, lastname, middlename?}');
    case 'MONEY':
      return isObject(value) && Number.isSafeInteger(value.cents) && typeof value.currency === 'string' && /^[A-Z]{3}$/.test(value.currency)
        ? ok(value)
        : no('money {cents, currency}');
    case 'ENUM':
    case 'STATUS':
      return isObject(value) && nonEmptyString(value.code) && optionalString(value.name) ? ok(value) : no('a variant {code, name}');
    default:
      // JSON, apps, files, tables, roles, accounts…: any JSON value; their shape is the platform's business.
      return isJsonValue(value) ? ok(value) : no('a JSON value');
  }
}

/** What a type accepts, in words: the answer of a check that nothing passes. */
const expectedOf = (type: ProcessVariableType): string => (checkOne(type, Symbol('nothing')) as { expected: string }).expected;

/** Checks a variable's value; returns it as stored (a session `{id}` becomes its id). */
export function checkVariableValue(variable: ProcessVariable, value: unknown): Check {
  if (value === null) return ok(null);
  if (!variable.array) return checkOne(variable.type, value);
  if (!Array.isArray(value)) return no(`a list of ${expectedOf(variable.type)}`);
  const stored: unknown[] = [];
  for (const item of value) {
    const checked = checkOne(variable.type, item);
    if (!checked.ok) return no(`a list of ${checked.expected}`);
    stored.push(checked.value);
  }
  return ok(stored);
}

const describeValue = (value: unknown): string => {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)?.slice(0, 40) ?? ''}`.trim();
};

/**
 * The inputs of a run, checked against the template's variables by type; user ids must name
 * existing users. Throws `process/invalid-input` listing every problem.
 */
export async function checkInputs(
  variables: readonly ProcessVariable[],
  inputs: unknown,
  userExists: (id: string) => Promise<boolean>,
): Promise<Record<string, unknown>> {
  if (!isObject(inputs)) throw new ProcessError('process/invalid-input', 'Inputs must be an object of variable code → value.');
  const byCode = new Map(variables.map((variable) => [variable.code, variable]));
  const problems: string[] = [];
  const context: Record<string, unknown> = {};
  for (const [code, value] of Object.entries(inputs)) {
    if (value === undefined) continue;
    const variable = byCode.get(code);
    if (!variable) {
      problems.push(`"${code}" is not a variable of this process`);
      continue;
    }
    const checked = checkVariableValue(variable, value);
    if (!checked.ok) {
      problems.push(`"${code}" must be ${checked.expected}, not ${describeValue(value)}`);
      continue;
    }
    if (variable.type === 'SYS_USER' && checked.value !== null) {
      const ids = Array.isArray(checked.value) ? (checked.value as string[]) : [checked.value as string];
      for (const id of ids) if (!(await userExists(id))) problems.push(`"${code}": there is no user ${JSON.stringify(id)}`);
    }
    context[code] = checked.value;
  }
  if (problems.length > 0) throw new ProcessError('process/invalid-input', `The inputs are not valid: ${problems.join('; ')}.`);
  return context;
}

/**
 * What a Script activity left in `Context.data`: values it changed are checked against their
 * variables' types. Throws `process/invalid-value` naming the variables at fault.
 */
export function checkContextWrites(
  variables: readonly ProcessVariable[],
  before: Readonly<Record<string, unknown>>,
  after: unknown,
): Record<string, unknown> {
  if (!isObject(after)) throw new ProcessError('process/invalid-value', 'Context.data must stay an object.');
  const byCode = new Map(variables.map((variable) => [variable.code, variable]));
  const problems: string[] = [];
  const context: Record<string, unknown> = {};
  for (const [code, value] of Object.entries(after)) {
    const variable = byCode.get(code);
    if (!variable) {
      problems.push(`"${code}" is not a variable of this process`);
      continue;
    }
    if (JSON.stringify(value) === JSON.stringify(before[code])) {
      context[code] = before[code];
      continue;
    }
    const checked = checkVariableValue(variable, value);
    if (!checked.ok) problems.push(`"${code}" must be ${checked.expected}, not ${describeValue(value)}`);
    else context[code] = checked.value;
  }
  if (problems.length > 0) throw new ProcessError('process/invalid-value', `The script wrote values of the wrong type to Context.data: ${problems.join('; ')}.`);
  return context;
}
