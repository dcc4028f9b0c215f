/**
 * The rules of the Sessions app (spec §4.7), DOM-free: the filter and its query string, saved
 * filters, the columns of the table and the fields of the tiles (system parameters of spec §4.3
 * and every custom parameter), sorting, and what is remembered per user.
 */
import type { LineDto, SessionDto } from '../../common/api';
import { INDEX_COLUMN } from '../../common/parameters/parameter-index';
import type { ParameterDefinition } from '../../common/parameters/parameter-definition';
import { SESSION_PRIORITY_LABELS, type SavedFilterQuery } from '../../common/sessions-app-api';
import { formatParameterValue } from '../parameters/parameter-format';
import { formatDateTime, stateLabel } from '../shared/format';

/** One custom parameter condition of the filter panel, as `code:operator:value`. */
export interface ParamCondition {
  code: string;
  operator: string;
  value: string;
}

export interface SessionsFilter {
  state?: string;
  lineId?: string;
  operatorId?: string;
  priority?: string;
  /** Local dates `YYYY-MM-DD`, both inclusive. */
  createdFrom?: string;
  createdTo?: string;
  search?: string;
  conditions: ParamCondition[];
}

export interface SessionsSort {
  /** A system column (`__name`, `_state`…) or a parameter code; undefined: latest activity first. */
  sort?: string;
  order: 'asc' | 'desc';
}

export const EMPTY_FILTER: SessionsFilter = { conditions: [] };

export function isFilterEmpty(filter: SessionsFilter): boolean {
  return !filter.state && !filter.lineId && !filter.operatorId && !filter.priority && !filter.createdFrom && !filter.createdTo && !filter.search && filter.conditions.length === 0;
}

/** The local day's first instant; `nextDay` for the exclusive end of an inclusive "to" date. */
export function dayStart(date: string, nextDay = false): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d + (nextDay ? 1 : 0)).toISOString();
}

/** The saved filter's fields (strings, as the server keeps them). */
export function savedQuery(filter: SessionsFilter, sort: SessionsSort): SavedFilterQuery {
  const query: SavedFilterQuery = {};
  if (filter.state) query.state = filter.state;
  if (filter.lineId) query.lineId = filter.lineId;
  if (filter.operatorId) query.operatorId = filter.operatorId;
  if (filter.priority) query.priority = filter.priority;
  if (filter.createdFrom) query.createdFrom = dayStart(filter.createdFrom);
  if (filter.createdTo) query.createdTo = dayStart(filter.createdTo, true);
  if (filter.search?.trim()) query.search = filter.search.trim();
  if (filter.conditions.length) query.params = JSON.stringify(filter.conditions.map((c) => `${c.code}:${c.operator}:${c.value}`));
  if (sort.sort) {
    query.sort = sort.sort;
    query.order = sort.order;
  }
  return query;
}

const localDate = (iso: string | undefined, dayBefore = false): string | undefined => {
  if (!iso) return undefined;
  const at = new Date(Date.parse(iso) - (dayBefore ? 1 : 0));
  return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
};

/** A saved filter back in the panel's terms. */
export function fromSaved(query: SavedFilterQuery): { filter: SessionsFilter; sort: SessionsSort } {
  let conditions: ParamCondition[] = [];
  try {
    conditions = (JSON.parse(query.params ?? '[]') as string[]).map((text) => {
      const [code, operator, ...rest] = text.split(':');
      return { code, operator, value: rest.join(':') };
    });
  } catch {
    conditions = [];
  }
  return {
    filter: {
      state: query.state,
      lineId: query.lineId,
      operatorId: query.operatorId,
      priority: query.priority,
      createdFrom: localDate(query.createdFrom),
      createdTo: localDate(query.createdTo, true),
      search: query.search,
      conditions,
    },
    sort: { sort: query.sort, order: query.order === 'asc' ? 'asc' : 'desc' },
  };
}

/** The list's query string: every session the viewer may browse (`all`), filtered and sorted. */
export function listQuery(filter: SessionsFilter, sort: SessionsSort, extra: Record<string, string> = {}): string {
  return new URLSearchParams({ all: 'true', ...savedQuery(filter, sort), ...extra }).toString();
}

// Columns and tile fields ---------------------------------------------------------------------

export interface ColumnContext {
  parameters: readonly ParameterDefinition[];
  lines: readonly LineDto[];
  groupNames: ReadonlyMap<string, string>;
  userNames?: ReadonlyMap<string, string>;
}

export interface SessionColumn {
  id: string;
  label: string;
  /** What the server orders by, when the column can be sorted. */
  sortKey?: string;
  text(session: SessionDto, context: ColumnContext): string;
}

const channelOf = (session: SessionDto, context: ColumnContext) =>
  context.lines.find((line) => line.id === session.lineId)?.channels.find((channel) => channel.id === session.channelId);

export const SYSTEM_COLUMNS: readonly SessionColumn[] = [
  { id: 'name', label: 'Name', sortKey: '__name', text: (s) => s.name },
  { id: 'state', label: 'State', sortKey: '_state', text: (s) => stateLabel(s.state) },
  { id: 'line', label: 'Live chat', text: (s) => s.lineName },
  { id: 'channel', label: 'Channel', text: (s, c) => channelOf(s, c)?.name ?? '' },
  { id: 'client', label: 'Client', text: (s) => s.clientName },
  { id: 'operator', label: 'Operator', text: (s) => s.operatorName ?? '' },
  { id: 'group', label: 'Operator group', text: (s, c) => (s.operatorGroupId ? (c.groupNames.get(s.operatorGroupId) ?? '') : '') },
  { id: 'priority', label: 'Priority', sortKey: '_priority', text: (s) => (s.priority ? SESSION_PRIORITY_LABELS[s.priority] : '') },
  { id: 'created', label: 'Created', sortKey: '__createdAt', text: (s) => formatDateTime(s.createdAt) },
  { id: 'closed', label: 'Closed', sortKey: '_closedAt', text: (s) => formatDateTime(s.closedAt) },
  { id: 'activity', label: 'Last activity', sortKey: '_lastActivityAt', text: (s) => formatDateTime(s.lastActivityAt) },
];

export const DEFAULT_COLUMNS = ['name', 'state', 'line', 'client', 'operator', 'priority', 'created'];
export const DEFAULT_TILE_FIELDS = ['state', 'line', 'client', 'operator', 'created'];

/** Every column the table may show: the system ones, then one per custom parameter. */
export function allColumns(parameters: readonly ParameterDefinition[]): SessionColumn[] {
  return [
    ...SYSTEM_COLUMNS,
    ...parameters.map((def) => ({
      id: `param:${def.code}`,
      label: def.name,
      sortKey: INDEX_COLUMN[def.type] && !def.array ? def.code : undefined,
      text: (s: SessionDto, c: ColumnContext) => formatParameterValue(def, s.params[def.code], { userName: (id) => c.userNames?.get(id) }),
    })),
  ];
}

/** The chosen columns that still exist, in the order of `all`; the name always first. */
export function visibleColumns(all: readonly SessionColumn[], chosen: readonly string[]): SessionColumn[] {
  return all.filter((column) => column.id === 'name' || chosen.includes(column.id));
}

/** A click on a sortable header: ascending first, then descending, then back to the default order. */
export function nextSort(current: SessionsSort, sortKey: string): SessionsSort {
  if (current.sort !== sortKey) return { sort: sortKey, order: 'asc' };
  return current.order === 'asc' ? { sort: sortKey, order: 'desc' } : { order: 'desc' };
}

// Remembered per user -----------------------------------------------------------------------------

export type SessionsView = 'table' | 'tiles';

export interface SessionsAppPrefs {
  view: SessionsView;
  columns: string[];
  tileFields: string[];
}

export const DEFAULT_PREFS: SessionsAppPrefs = { view: 'table', columns: DEFAULT_COLUMNS, tileFields: DEFAULT_TILE_FIELDS };

const prefsKey = (userId: string): string => `live-chats.sessions-app.${userId}`;
const strings = (value: unknown): string[] | undefined => (Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined);

/** What the user chose last time; the defaults when nothing (or something unreadable) is stored. */
export function loadPrefs(storage: Pick<Storage, 'getItem'>, userId: string): SessionsAppPrefs {
  try {
    const stored = JSON.parse(storage.getItem(prefsKey(userId)) ?? '{}') as Record<string, unknown>;
    return {
      view: stored.view === 'tiles' ? 'tiles' : 'table',
      columns: strings(stored.columns) ?? DEFAULT_COLUMNS,
      tileFields: strings(stored.tileFields) ?? DEFAULT_TILE_FIELDS,
    };
  } catch {
    return DEFAULT_PREFS;
  }
}

export function savePrefs(storage: Pick<Storage, 'setItem'>, userId: string, prefs: SessionsAppPrefs): void {
  try {
    storage.setItem(prefsKey(userId), JSON.stringify(prefs));
  } catch {
    // A full or disabled storage only loses the choice.
  }
}

/** Adds or removes one id of a chosen list. */
export function toggle(list: readonly string[], id: string, on: boolean): string[] {
  return on ? [...new Set([...list, id])] : list.filter((item) => item !== id);
}
