/**
 * The wording shared by parameter errors: how a parameter is named and how an offending value is
 * shown. Describing a value never throws, whatever the value is.
 */

const SHOWN_TEXT_MAX = 60;
const SHOWN_KEYS_MAX = 5;

/** `"Contact phone" (contact_phone)`. */
export function parameterLabel(def: { readonly code: string; readonly name: string }): string {
  return `"${def.name}" (${def.code})`;
}

/** A short, safe rendering of any value for an error message: `42`, `"abc"`, `an object with keys "a", "b"`. */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${value.toString()}n`;
    case 'boolean':
      return String(value);
    case 'undefined':
      return 'undefined';
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      return describeObject(value as object | null);
  }
}

function describeObject(value: object | null): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length} ${value.length === 1 ? 'item' : 'items'}`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : `the Date ${value.toISOString()}`;
  const keys = Object.keys(value);
  if (keys.length === 0) return 'an empty object';
  const shown = keys.slice(0, SHOWN_KEYS_MAX).map(quote).join(', ');
  return `an object with keys ${shown}${keys.length > SHOWN_KEYS_MAX ? ', …' : ''}`;
}

function quote(text: string): string {
  return JSON.stringify(text.length > SHOWN_TEXT_MAX ? `${text.slice(0, SHOWN_TEXT_MAX)}…` : text);
}
