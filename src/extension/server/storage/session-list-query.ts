/**
 * The SQL of session lists: what the caller may see (scope), the filters of the desk and the
 * Sessions app, and keyset order on a system column or a custom parameter's sort key. Every value
 * is bound; column and direction names come from closed sets, never from the request.
 */
import { LineSessionState } from '@elma365/sdk-types';
import { type Expression, type ExpressionBuilder, type RawBuilder, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import type { SessionSortColumn } from '../../common/api';
import type { IndexColumn, ParameterFilter } from '../../common/parameters/parameter-index';
import { containsIgnoringCase, containsPattern } from './like-pattern';
import type { Db, LiveChatsSchema } from './schema';

/** A session's value in a list's order: text, number, or null (sorted last). */
export type SortKey = string | number | null;

/** What a session list may show, decided by the access policy per live chat. */
export interface SessionScope {
  /** Every session of the company (administrators in the Sessions app). */
  company?: boolean;
  /** Live chats where the caller sees every session. */
  allOf: string[];
  /** Live chats where the caller sees the queue and the sessions assigned to them. */
  queueAndOwnOf: string[];
  /** The caller's groups: of group queues, an operator sees only their groups'. */
  groupIds: readonly string[];
  /** The caller's own client ids (sessions where the caller is the client). */
  clientIds: string[];
}

export type SessionSort =
  | { kind: 'column'; column: SessionSortColumn; order: 'asc' | 'desc' }
  | { kind: 'param'; code: string; column: IndexColumn; order: 'asc' | 'desc' };

export const DEFAULT_SORT: SessionSort = { kind: 'column', column: '_lastActivityAt', order: 'desc' };

export interface SessionConditions {
  scope: SessionScope;
  userId: string;
  lineId?: string;
  /** Without a state, sessions in spam are left out (spec §4.10: they disappear from lists). */
  state?: LineSessionState;
  mine?: boolean;
  active?: boolean;
  operatorId?: string;
  /** A priority, or `none` for sessions without one. */
  priority?: string;
  createdFrom?: string;
  createdTo?: string;
  /** The name contains it, case-insensitively. */
  search?: string;
  /** Only sessions whose parameters pass every filter. */
  params?: Array<{ code: string; filter: ParameterFilter }>;
}

export interface SessionListFilter extends SessionConditions {
  sort?: SessionSort;
  after?: { key: SortKey; id: string };
  limit: number;
}

type Builder = ExpressionBuilder<LiveChatsSchema, 'lc_sessions'>;

const PRIORITY_RANK = sql<number>`(case lc_sessions.priority when 'low' then 1 when 'medium' then 2 when 'high' then 3 end)`;

/** The sort key's SQL and whether it can be null (nulls sort last either way). */
export function sortExpression(sort: SessionSort): { expr: RawBuilder<SortKey>; nullable: boolean } {
  if (sort.kind === 'param') {
    const column = sort.column === 'text' ? 'p.sort_text' : 'p.sort_number';
    return {
      expr: sql<SortKey>`(select ${sql.ref(column)} from lc_session_params p where p.session_id = lc_sessions.id and p.code = ${sort.code})`,
      nullable: true,
    };
  }
  switch (sort.column) {
    case '_lastActivityAt':
      return { expr: sql<SortKey>`lc_sessions.last_activity_at`, nullable: false };
    case '__createdAt':
      return { expr: sql<SortKey>`lc_sessions.created_at`, nullable: false };
    case '__name':
      // lower() matches the lc_sessions_name index (0006).
      return { expr: sql<SortKey>`lower(lc_sessions.name)`, nullable: false };
    case '_state':
      return { expr: sql<SortKey>`lc_sessions.state`, nullable: false };
    case '_priority':
      return { expr: PRIORITY_RANK as RawBuilder<SortKey>, nullable: true };
    case '_closedAt':
      return { expr: sql<SortKey>`lc_sessions.closed_at`, nullable: true };
  }
}

/** The sessions the conditions select, unordered. */
export function selectSessions(db: Db, c: SessionConditions): SelectQueryBuilder<LiveChatsSchema, 'lc_sessions', object> {
  let query = db.selectFrom('lc_sessions') as SelectQueryBuilder<LiveChatsSchema, 'lc_sessions', object>;
  if (!c.scope.company) query = query.where((eb) => visibility(eb, c.scope, c.userId));
  if (c.lineId) query = query.where('line_id', '=', c.lineId);
  if (c.state) query = query.where('state', '=', c.state);
  else query = query.where('state', '!=', LineSessionState.MarkedAsSpam);
  if (c.active) query = query.where('state', 'in', [LineSessionState.Waiting, LineSessionState.AssignedToOperator, LineSessionState.AssignedToBot]);
  if (c.mine) query = query.where('operator_id', '=', c.userId);
  if (c.operatorId) query = query.where('operator_id', '=', c.operatorId);
  if (c.priority === 'none') query = query.where('priority', 'is', null);
  else if (c.priority) query = query.where('priority', '=', c.priority);
  if (c.createdFrom) query = query.where('created_at', '>=', c.createdFrom);
  if (c.createdTo) query = query.where('created_at', '<', c.createdTo);
  if (c.search) query = query.where(containsIgnoringCase(sql.ref<string>('lc_sessions.name'), c.search));
  for (const param of c.params ?? []) query = query.where((eb) => paramCondition(eb, param.code, param.filter));
  return query;
}

/** The page after `after` in the filter's order, with each session's sort key as `sort_key`. */
export function listSessions(db: Db, filter: SessionListFilter) {
  const sort = filter.sort ?? DEFAULT_SORT;
  const { expr, nullable } = sortExpression(sort);
  const dir = sql.raw(sort.order);
  const cmp = sql.raw(sort.order === 'asc' ? '>' : '<');
  let query = selectSessions(db, filter).selectAll('lc_sessions').select(expr.as('sort_key'));
  const after = filter.after;
  if (after) {
    query = query.where(
      after.key === null
        ? sql<SqlBool>`(${expr} is null and lc_sessions.id ${cmp} ${after.id})`
        : nullable
          ? sql<SqlBool>`((${expr}, lc_sessions.id) ${cmp} (${after.key}, ${after.id}) or ${expr} is null)`
          : sql<SqlBool>`((${expr}, lc_sessions.id) ${cmp} (${after.key}, ${after.id}))`,
    );
  }
  return query
    // `nulls last` only where a key can be null: on a NOT NULL column it would keep PostgreSQL
    // from walking the column's index backwards for a descending order.
    .orderBy(nullable ? sql`${expr} ${dir} nulls last` : sql`${expr} ${dir}`)
    .orderBy('lc_sessions.id', sort.order)
    .limit(filter.limit);
}

/** Sessions of the common queue (no group) or of the queues of the caller's groups. */
export function inCallersQueues(eb: Builder, groupIds: readonly string[]): Expression<SqlBool> {
  return eb.or([eb('operator_group_id', 'is', null), ...(groupIds.length ? [eb('operator_group_id', 'in', [...groupIds])] : [])]);
}

function visibility(eb: Builder, scope: SessionScope, userId: string): Expression<SqlBool> {
  const visible: Expression<SqlBool>[] = [];
  if (scope.allOf.length) visible.push(eb('line_id', 'in', scope.allOf));
  if (scope.queueAndOwnOf.length) {
    visible.push(
      eb.and([
        eb('line_id', 'in', scope.queueAndOwnOf),
        eb.or([
          eb.and([
            eb('state', '=', LineSessionState.Waiting),
            inCallersQueues(eb, scope.groupIds),
          ]),
          eb('operator_id', '=', userId),
        ]),
      ]),
    );
  }
  if (scope.clientIds.length) visible.push(eb('client_id', 'in', scope.clientIds));
  return visible.length ? eb.or(visible) : sql<SqlBool>`1 = 0`;
}

/** The SQL condition of one parameter filter; values are bound, never spliced. */
function paramCondition(eb: Builder, code: string, filter: ParameterFilter): Expression<SqlBool> {
  const values = eb
    .selectFrom('lc_session_params as p')
    .select('p.session_id')
    .whereRef('p.session_id', '=', 'lc_sessions.id')
    .where('p.code', '=', code);
  if (filter.operator === 'empty') return eb.not(eb.exists(values));
  if (filter.operator === 'notEmpty') return eb.exists(values);
  const column = filter.column === 'text' ? 'p.sort_text' : 'p.sort_number';
  const { value } = filter as Extract<ParameterFilter, { value: unknown }>;
  switch (filter.operator) {
    case 'contains':
      return eb.exists(values.where(sql<SqlBool>`${sql.ref(column)} like ${containsPattern(String(value))} escape '\\'`));
    case 'neq':
      // A session without a value differs from any value.
      return eb.not(eb.exists(values.where(column, '=', value)));
    default: {
      const op = { eq: '=', lt: '<', lte: '<=', gt: '>', gte: '>=' }[filter.operator];
      return eb.exists(values.where(column, op as '=', value));
    }
  }
}
