/**
 * How the Apps pages show an item, DOM-free: each field of the app as a label and its values in
 * words (a phone with its kind, a full name, an account with its channel, a file with its size),
 * App fields as links to the items they point to, and the few fields the items table shows.
 */
import { FieldType, type HostAppItem } from '@elma365/sdk-types';
import type { LinkedItem } from '../../apps/app-routes';
import { fieldLabel, type FormApp, type FormAppField } from '../../apps/form-widget-rules';

export interface FieldView {
  code: string;
  label: string;
  /** The value in words, one line per entry of an array field; empty when the field is empty. */
  lines: string[];
  /** App fields: the items pointed to. */
  links?: LinkedItem[];
}

/** The field the platform keeps the item's name in. */
const NAME_FIELD = '__name';
/** Fields too bulky for a table cell. */
const NOT_IN_TABLE: ReadonlySet<string> = new Set([FieldType.FILE, FieldType.ACCOUNT, FieldType.SYS_COLLECTION, FieldType.TABLE, FieldType.JSON]);
const TABLE_FIELDS = 3;

const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');
const withKind = (main: string, kind: unknown): string => (main && text(kind) ? `${main} (${text(kind)})` : main);

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** One value of a field in words ('' when there is nothing to show). */
export function formatValue(type: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  const fields = record(value);
  switch (type) {
    case FieldType.FULL_NAME:
      return [fields.firstname, fields.middlename, fields.lastname].map(text).filter(Boolean).join(' ');
    case FieldType.PHONE:
      return withKind(text(fields.tel), fields.type);
    case FieldType.EMAIL:
      return withKind(text(fields.email), fields.type);
    case FieldType.ACCOUNT: {
      const name = text(fields.name) || text(fields.id);
      return name && text(fields.type) ? `${name} · ${text(fields.type)}` : name;
    }
    case FieldType.FILE:
      return typeof fields.size === 'number' ? `${text(fields.name)} (${formatSize(fields.size)})` : text(fields.name);
    case FieldType.BOOLEAN:
      return value === true ? 'Yes' : value === false ? 'No' : '';
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value).trim();
  }
}

/** The item's fields in the app's order, the name first. */
export function fieldViews(app: FormApp, item: HostAppItem, linked: Readonly<Record<string, LinkedItem[]>> = {}): FieldView[] {
  const views: FieldView[] = [];
  const nameField = app.fields.find((field) => field.code === NAME_FIELD);
  views.push({ code: NAME_FIELD, label: nameField ? fieldLabel(nameField) : 'Name', lines: [item.name] });
  for (const field of app.fields.filter((candidate) => candidate.code !== NAME_FIELD)) {
    if (field.type === FieldType.SYS_COLLECTION) {
      views.push({ code: field.code, label: fieldLabel(field), lines: [], links: linked[field.code] ?? [] });
      continue;
    }
    const raw = item.data[field.code];
    const values = Array.isArray(raw) ? raw : [raw];
    views.push({ code: field.code, label: fieldLabel(field), lines: values.map((value) => formatValue(field.type, value)).filter(Boolean) });
  }
  return views;
}

/** The fields the items table shows beside the name: the first few that read well in a cell. */
export function tableFields(app: FormApp): FormAppField[] {
  return app.fields.filter((field) => field.code !== NAME_FIELD && !NOT_IN_TABLE.has(field.type)).slice(0, TABLE_FIELDS);
}

/** A field's values in one table cell. */
export function cellText(field: FormAppField, item: HostAppItem): string {
  const raw = item.data[field.code];
  return (Array.isArray(raw) ? raw : [raw])
    .map((value) => formatValue(field.type, value))
    .filter(Boolean)
    .join(', ');
}
