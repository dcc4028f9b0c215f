/**
 * Form settings of the Sessions app (spec §4.6), DOM-free: the system properties shown read-only
 * before the custom ones, and the edits of the list of custom parameters that "Save all" sends.
 */
import type { ParameterDefinition } from '../../common/parameters/parameter-definition';
import { moveItem } from '../shared/reorder';

/** The session's own fields, listed before the custom ones; they cannot be changed. */
export const SYSTEM_PARAMETERS: readonly { readonly name: string; readonly type: string }[] = [
  { name: 'Live Chat', type: 'Live chat' },
  { name: 'Operator', type: 'Users' },
  { name: 'Operator group', type: 'User group' },
  { name: 'Priority', type: 'Category' },
  { name: 'State', type: 'Category' },
  { name: 'Date created', type: 'Date/Time' },
  { name: 'External chat name', type: 'String' },
];

/** Inserts a parameter at `index` (the end when absent or out of range). */
export function insertDefinition(list: readonly ParameterDefinition[], def: ParameterDefinition, index = list.length): ParameterDefinition[] {
  const at = Math.max(0, Math.min(index, list.length));
  return [...list.slice(0, at), def, ...list.slice(at)];
}

/** Replaces the parameter that had the code `code`, in place. */
export function replaceDefinition(list: readonly ParameterDefinition[], code: string, def: ParameterDefinition): ParameterDefinition[] {
  return list.map((item) => (item.code === code ? def : item));
}

export function removeDefinition(list: readonly ParameterDefinition[], code: string): ParameterDefinition[] {
  return list.filter((item) => item.code !== code);
}

/** Moves the parameter at `from` so that it ends up at `to`. */
export function moveDefinition(list: readonly ParameterDefinition[], from: number, to: number): ParameterDefinition[] {
  return moveItem(list, from, to);
}

/** Whether the list differs from what the server has (order included). */
export function hasChanges(saved: readonly ParameterDefinition[], list: readonly ParameterDefinition[]): boolean {
  return JSON.stringify(saved.map(canonical)) !== JSON.stringify(list.map(canonical));
}

/** The definition with its keys in one order, so that comparing JSON text compares content. */
function canonical(def: ParameterDefinition): unknown {
  return { code: def.code, name: def.name, type: def.type, required: def.required, array: def.array, data: def.data ?? null };
}

/** Whether the server has a parameter with this code (its code can no longer change). */
export function isSavedCode(saved: readonly ParameterDefinition[], code: string): boolean {
  return saved.some((def) => def.code === code);
}

/** Parameters removed from the list that the server has: their values go with them on Save all. */
export function removedDefinitions(saved: readonly ParameterDefinition[], list: readonly ParameterDefinition[]): ParameterDefinition[] {
  return saved.filter((def) => !list.some((item) => item.code === def.code));
}
