/**
 * The columns of an export of sessions (spec §4.7) and each session's row. Always: what a person
 * reads (name, state, live chat, channel, client, operator, group, priority, bound items) and
 * every custom parameter; with *system information* the dates and the ids behind the names; with
 * *names* a column of names beside each column of user or app item ids. Never messages.
 */
import { FieldType, type LineSessionPriority, type LineSessionState, type TEmail, type TEnum, type TFullName, type TMoney, type TPhone } from '@elma365/sdk-types';
import type { SessionDto } from '../../common/api';
import type { Line } from '../../common/line';
import type { ParameterDefinition } from '../../common/parameters/parameter-definition';
import type { ParameterAppItemRef } from '../../common/parameters/parameter-value';
import { SESSION_PRIORITY_LABELS, SESSION_STATE_LABELS } from '../../common/sessions-app-api';
import type { ExportCell } from './export-cells';

export interface ExportOptions {
  systemInfo: boolean;
  names: boolean;
}

/** Names looked up for a page of sessions: users, app items (`appCode/id`), groups. */
export interface ExportNames {
  users: ReadonlyMap<string, string>;
  items: ReadonlyMap<string, string>;
  groups: ReadonlyMap<string, string>;
}

interface Column {
  title: string;
  cell(session: SessionDto, names: ExportNames): ExportCell;
}

const instant = (iso: string | undefined): ExportCell => (iso ? new Date(iso) : undefined);
/** Types whose values are ids of users or app items: they get a column of names with the option. */
const REFERENCES: ReadonlySet<string> = new Set([FieldType.SYS_USER, FieldType.SYS_COLLECTION]);

export function exportColumns(definitions: readonly ParameterDefinition[], lines: readonly Line[], options: ExportOptions): { titles: string[]; row(session: SessionDto, names: ExportNames): ExportCell[] } {
  const channels = new Map(lines.flatMap((line) => line.channels.map((channel) => [channel.id, channel] as const)));
  const columns: Column[] = [];
  const add = (title: string, cell: Column['cell']) => columns.push({ title, cell });
  if (options.systemInfo) add('ID', (s) => s.id);
  add('Name', (s) => s.name);
  add('State', (s) => SESSION_STATE_LABELS[s.state as LineSessionState] ?? s.state);
  add('Live chat', (s) => s.lineName);
  add('Channel', (s) => channels.get(s.channelId)?.name);
  add('Client', (s) => s.clientName);
  add('Operator', (s) => s.operatorName);
  add('Operator group', (s, names) => (s.operatorGroupId ? (names.groups.get(s.operatorGroupId) ?? s.operatorGroupId) : undefined));
  add('Priority', (s) => (s.priority ? SESSION_PRIORITY_LABELS[s.priority as LineSessionPriority] : undefined));
  if (options.systemInfo) {
    add('Created', (s) => instant(s.createdAt));
    add('Accepted', (s) => instant(s.acceptedAt));
    add('Closed', (s) => instant(s.closedAt));
    add('Last activity', (s) => instant(s.lastActivityAt));
    add('Live chat ID', (s) => s.lineId);
    add('Channel ID', (s) => s.channelId);
    add('Channel type', (s) => channels.get(s.channelId)?.type);
    add('Client ID', (s) => s.clientId);
    add('Operator ID', (s) => s.operatorId);
    add('Operator group ID', (s) => s.operatorGroupId);
  }
  add('App items', (s) => s.items.map((item) => `${item.appCode}/${item.itemId}`).join(', ') || undefined);
  if (options.names) add('App items (names)', (s) => s.items.map((item) => item.name).join(', ') || undefined);
  for (const def of definitions) {
    add(def.name, (s) => parameterCell(def, s.params[def.code]));
    if (options.names && REFERENCES.has(def.type)) add(`${def.name} (names)`, (s, names) => referenceNames(def, s.params[def.code], names));
  }
  return { titles: columns.map((column) => column.title), row: (session, names) => columns.map((column) => column.cell(session, names)) };
}

/** The ids of users and app items the sessions' parameters refer to (looked up when names are exported). */
export function referencedIds(definitions: readonly ParameterDefinition[], sessions: readonly SessionDto[]): { users: string[]; items: ParameterAppItemRef[] } {
  const users = new Set<string>();
  const items: ParameterAppItemRef[] = [];
  for (const def of definitions) {
    if (!REFERENCES.has(def.type)) continue;
    for (const session of sessions) {
      for (const value of asList(session.params[def.code])) {
        if (def.type === FieldType.SYS_USER && typeof value === 'string') users.add(value);
        else if (def.type === FieldType.SYS_COLLECTION && isRef(value)) items.push(value);
      }
    }
  }
  return { users: [...users], items };
}

const asList = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const isRef = (value: unknown): value is ParameterAppItemRef => typeof value === 'object' && value !== null && typeof (value as ParameterAppItemRef).id === 'string';

function referenceNames(def: ParameterDefinition, value: unknown, names: ExportNames): ExportCell {
  const list = asList(value).map((item) =>
    def.type === FieldType.SYS_USER ? (names.users.get(String(item)) ?? String(item)) : isRef(item) ? (names.items.get(`${item.code}/${item.id}`) ?? item.id) : '',
  );
  return list.filter(Boolean).join(', ') || undefined;
}

/** A parameter's value as a cell: a single number or instant keeps its type, anything else reads as text. */
export function parameterCell(def: ParameterDefinition, value: unknown): ExportCell {
  if (value === undefined || value === null) return undefined;
  if (def.type === FieldType.JSON) return JSON.stringify(value);
  if (Array.isArray(value)) return value.map((item) => String(scalarCell(def, item) ?? '')).filter(Boolean).join(', ') || undefined;
  return scalarCell(def, value);
}

function scalarCell(def: ParameterDefinition, value: unknown): ExportCell {
  switch (def.type) {
    case FieldType.FLOAT:
      return typeof value === 'number' ? value : undefined;
    case FieldType.BOOLEAN:
      return value === true ? 'Yes' : value === false ? 'No' : undefined;
    case FieldType.DATETIME:
      // A date or a time alone stays text; a full instant becomes a date-time cell.
      return typeof value === 'string' && value.includes('T') ? new Date(value) : (value as string);
    case FieldType.ENUM:
      return (value as TEnum).name;
    case FieldType.MONEY:
      return (value as TMoney).cents / 100;
    case FieldType.PHONE:
      return (value as TPhone).tel;
    case FieldType.EMAIL:
      return (value as TEmail).email;
    case FieldType.FULL_NAME: {
      const name = value as TFullName;
      return [name.lastname, name.firstname, name.middlename].filter(Boolean).join(' ');
    }
    case FieldType.SYS_COLLECTION:
      return (value as ParameterAppItemRef).id;
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}
