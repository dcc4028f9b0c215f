/**
 * Where the Live Chat Messages widget finds its sessions (spec §6), read from an app item's data:
 * the accounts an Account field holds (TAccount[]: channel type + id in the channel) and the items
 * an App field points to (the SDK's ApplicationItemRef as JSON, `{namespace, code, id}`, one or
 * many; a bare id string is accepted too). Pure: the server looks the items up.
 */
import { FieldType, type HostAppField } from '@elma365/sdk-types';

/** The most accounts or pointed items the widget follows from one item. */
export const WIDGET_SOURCES_MAX = 100;

export interface AccountRef {
  type: string;
  id: string;
}

/** An item an App field points to; `appCode` is unknown for a bare id. */
export interface PointedItem {
  appCode?: string;
  id: string;
}

const asList = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The accounts of an Account field's value, each once, malformed entries skipped. */
export function accountsIn(value: unknown): AccountRef[] {
  const seen = new Set<string>();
  const accounts: AccountRef[] = [];
  for (const entry of asList(value)) {
    if (!isObject(entry) || typeof entry.type !== 'string' || typeof entry.id !== 'string' || !entry.type || !entry.id) continue;
    const key = `${entry.type}\u0000${entry.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    accounts.push({ type: entry.type, id: entry.id });
  }
  return accounts.slice(0, WIDGET_SOURCES_MAX);
}

/** The items of an App field's value, each once. */
export function pointedItems(value: unknown): PointedItem[] {
  const seen = new Set<string>();
  const items: PointedItem[] = [];
  for (const entry of asList(value)) {
    const item: PointedItem | undefined =
      typeof entry === 'string' && entry ? { id: entry }
      : isObject(entry) && typeof entry.id === 'string' && entry.id ? { id: entry.id, ...(typeof entry.code === 'string' && entry.code ? { appCode: entry.code } : {}) }
      : undefined;
    if (!item || seen.has(`${item.appCode ?? ''}/${item.id}`)) continue;
    seen.add(`${item.appCode ?? ''}/${item.id}`);
    items.push(item);
  }
  return items.slice(0, WIDGET_SOURCES_MAX);
}

/** `code` or `appField.code` (the widget's Account field setting). */
export function parseFieldPath(path: string): { appField?: string; field: string } {
  const dot = path.indexOf('.');
  return dot < 0 ? { field: path } : { appField: path.slice(0, dot), field: path.slice(dot + 1) };
}

export function fieldOfType(fields: readonly HostAppField[], code: string, type: FieldType): HostAppField | undefined {
  return fields.find((field) => field.code === code && field.type === type);
}

export const isAppField = (fields: readonly HostAppField[], code: string): boolean => fieldOfType(fields, code, FieldType.SYS_COLLECTION) !== undefined;
