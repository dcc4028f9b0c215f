/**
 * The host side of what a Script activity calls: host objects (`System`, the extensions' script
 * namespaces, what their functions return) are sent to the sandbox as JSON in which every
 * function is a numbered entry of a table here; a call from the script names the entry and
 * carries its arguments as JSON. Plain objects go over with their own properties; class
 * instances only with their prototype methods and getters (never their fields, which often hold
 * services the script has no business reaching).
 */
import { types } from 'node:util';
import { isErrorCode, truncate } from './process-errors';

type AnyFunction = (...args: unknown[]) => unknown;

export const FUNCTION_KEY = '__lcFunction';
/** Largest JSON text accepted from a script in one call, in characters. */
export const MAX_CALL_JSON = 1_000_000;

export type CallReply = { ok: true; value?: string } | { ok: false; error: string };

const MAX_DEPTH = 32;

export class HostBridge {
  private readonly functions = new Map<number, { fn: AnyFunction; self: unknown }>();
  private next = 1;

  /** A host value as JSON-ready data, its functions replaced by table entries. */
  encode(value: unknown): unknown {
    return this.encodeValue(value, undefined, 0, new Set());
  }

  /** Runs a call the script made; never rejects. */
  async call(id: unknown, argsJson: unknown): Promise<CallReply> {
    const entry = typeof id === 'number' ? this.functions.get(id) : undefined;
    if (!entry) return failure({ message: 'The script called a host function that does not exist.' });
    if (typeof argsJson !== 'string' || argsJson.length > MAX_CALL_JSON) {
      return failure({ code: 'process/invalid-value', message: `The arguments of a host call must be JSON of at most ${MAX_CALL_JSON} characters.` });
    }
    let args: unknown[];
    try {
      args = unpackArgs(JSON.parse(argsJson));
    } catch {
      return failure({ message: 'The arguments of a host call are not valid.' });
    }
    try {
      const result = await entry.fn.apply(entry.self, args);
      const encoded = this.encode(result);
      return encoded === undefined ? { ok: true } : { ok: true, value: JSON.stringify(encoded) };
    } catch (error) {
      if (error instanceof Error) {
        const code = (error as { code?: unknown }).code;
        return failure({ ...(isErrorCode(code) ? { code } : {}), message: error.message || error.name });
      }
      return failure({ message: String(error) });
    }
  }

  private register(fn: AnyFunction, self: unknown): Record<string, number> {
    const id = this.next++;
    this.functions.set(id, { fn, self });
    return { [FUNCTION_KEY]: id };
  }

  private encodeValue(value: unknown, owner: unknown, depth: number, seen: Set<object>): unknown {
    switch (typeof value) {
      case 'undefined':
        return undefined;
      case 'string':
      case 'boolean':
        return value;
      case 'number':
        return Number.isFinite(value) ? value : null;
      case 'bigint':
        return value.toString();
      case 'function':
        return this.register(value as AnyFunction, owner);
      case 'symbol':
        return null;
    }
    if (value === null || depth > MAX_DEPTH || seen.has(value as object) || types.isPromise(value)) return null;
    if (types.isDate(value)) return Number.isNaN((value as Date).getTime()) ? null : (value as Date).toISOString();
    const object = value as object;
    seen.add(object);
    try {
      if (Array.isArray(object)) return object.map((item) => this.encodeValue(item, undefined, depth + 1, seen) ?? null);
      if (object instanceof Map) return this.encodeValue(Object.fromEntries(object), undefined, depth + 1, seen);
      if (object instanceof Set) return this.encodeValue([...object], undefined, depth + 1, seen);
      if (object instanceof Error) {
        const code = (object as { code?: unknown }).code;
        return { name: object.name, message: object.message, ...(typeof code === 'string' ? { code } : {}) };
      }
      const out: Record<string, unknown> = {};
      for (const key of exposedKeys(object)) {
        const encoded = this.encodeValue((object as Record<string, unknown>)[key], object, depth + 1, seen);
        if (encoded !== undefined) out[key] = encoded;
      }
      return out;
    } finally {
      seen.delete(object);
    }
  }
}

/** `[count, {index: value}]` from the sandbox: indexes left out were undefined. */
function unpackArgs(packed: unknown): unknown[] {
  if (!Array.isArray(packed) || !Number.isSafeInteger(packed[0]) || packed[0] < 0 || packed[0] > 100 || typeof packed[1] !== 'object' || packed[1] === null) {
    throw new Error('malformed arguments');
  }
  const present = packed[1] as Record<string, unknown>;
  return Array.from({ length: packed[0] as number }, (_, index) => (Object.hasOwn(present, index) ? present[index] : undefined));
}

function failure(error: { code?: string; message: string }): CallReply {
  return { ok: false, error: JSON.stringify({ ...error, message: truncate(error.message) }) };
}

/** Own enumerable keys of a plain object; prototype methods and getters of a class instance. */
function exposedKeys(object: object): string[] {
  const proto = Object.getPrototypeOf(object);
  if (proto === Object.prototype || proto === null) return Object.keys(object);
  const keys = new Set<string>();
  for (let level = proto; level && level !== Object.prototype; level = Object.getPrototypeOf(level)) {
    for (const name of Object.getOwnPropertyNames(level)) {
      if (name === 'constructor' || name.startsWith('_')) continue;
      const descriptor = Object.getOwnPropertyDescriptor(level, name);
      if (descriptor && (typeof descriptor.value === 'function' || descriptor.get)) keys.add(name);
    }
  }
  return [...keys];
}
