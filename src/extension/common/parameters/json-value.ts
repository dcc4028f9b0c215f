/**
 * JSON parameter values: what counts as JSON (only what survives a trip through JSON text
 * unchanged) and how big it may be.
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export const JSON_VALUE_MAX_BYTES = 64 * 1024;
const DEPTH_MAX = 64;

/**
 * The value as JSON would give it back (a fresh copy, `-0` read as `0`), or `undefined` when it
 * holds something JSON cannot carry: `undefined`, functions, symbols, bigints, non-finite numbers,
 * class instances such as Date or Map, holes in arrays, or nesting deeper than 64 levels.
 */
export function canonicalJson(value: unknown): JsonValue | undefined {
  // A budget of nodes stops shared sub-objects (a = [b, b], b = [c, c]…) from costing exponential time;
  // every node costs at least one byte of JSON text, so the size limit would refuse more anyway.
  const budget = { nodes: JSON_VALUE_MAX_BYTES };
  if (!isJson(value, 0, budget)) return undefined;
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}

/** The size of the value written as JSON, in UTF-8 bytes. */
export function jsonByteLength(value: JsonValue | readonly JsonValue[]): number {
  const text = JSON.stringify(value);
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    // A surrogate pair (4 bytes) is counted as two halves of 2; a lone surrogate is escaped by stringify.
    else if (unit >= 0xd800 && unit <= 0xdfff) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}

function isJson(value: unknown, depth: number, budget: { nodes: number }): boolean {
  if (--budget.nodes < 0 || depth > DEPTH_MAX) return false;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object':
      break;
    default:
      return false;
  }
  if (value === null) return true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (!(i in value) || !isJson(value[i], depth + 1, budget)) return false;
    }
    return true;
  }
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return false;
  const record = value as Record<string, unknown>;
  return Object.keys(record).every((key) => isJson(record[key], depth + 1, budget));
}
