/** Sessions: lookups, conditional state changes, message sequence numbers, lists and counters. */
import { LineSessionPriority, LineSessionState } from '@elma365/sdk-types';
import { inject, injectable } from 'inversify';
import { sql } from 'kysely';
import type { RoutingTarget } from '../../common/routing/route-session';
import type { Session, SessionStatus } from '../../common/session';
import { LiveChatsDb } from '../kernel/host-services';
import type { Db, SessionsTable, Tx } from './schema';
import { inCallersQueues, listSessions, selectSessions, type SessionConditions, type SessionListFilter, type SortKey } from './session-list-query';

export function toSession(row: SessionsTable): Session {
  return {
    id: row.id,
    name: row.name,
    lineId: row.line_id,
    channelId: row.channel_id,
    clientId: row.client_id,
    state: row.state as LineSessionState,
    priority: (row.priority ?? undefined) as LineSessionPriority | undefined,
    operatorId: row.operator_id ?? undefined,
    operatorGroupId: row.operator_group_id ?? undefined,
    beforeSpam: row.before_spam ? (JSON.parse(row.before_spam) as SessionStatus['beforeSpam']) : undefined,
    createdAt: row.created_at,
    acceptedAt: row.accepted_at ?? undefined,
    closedAt: row.closed_at ?? undefined,
    lastActivityAt: row.last_activity_at,
    lastSeq: Number(row.last_seq),
    lastClientSeq: Number(row.last_client_seq),
  };
}

export type { SessionListFilter, SessionScope } from './session-list-query';

/** A session of a list with its key in the list's order (what a cursor carries). */
export interface ListedSession {
  session: Session;
  key: SortKey;
}

export interface StatusChange {
  status: SessionStatus;
  acceptedAt?: string | null;
  closedAt?: string | null;
  at: string;
}

@injectable()
export class SessionRepository {
  constructor(@inject(LiveChatsDb) private readonly db: Db) {}

  async get(id: string, tx: Tx = this.db): Promise<Session | undefined> {
    const row = await tx.selectFrom('lc_sessions').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toSession(row) : undefined;
  }

  /** The session with the version that a following `changeStatus` is conditional on. */
  async getVersioned(id: string, tx: Tx): Promise<{ session: Session; version: number } | undefined> {
    const row = await tx.selectFrom('lc_sessions').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? { session: toSession(row), version: Number(row.version) } : undefined;
  }

  async findByChannelClient(channelId: string, clientId: string, tx: Tx): Promise<{ session: Session; version: number } | undefined> {
    const row = await tx
      .selectFrom('lc_sessions')
      .selectAll()
      .where('channel_id', '=', channelId)
      .where('client_id', '=', clientId)
      .executeTakeFirst();
    return row ? { session: toSession(row), version: Number(row.version) } : undefined;
  }

  async insert(session: Session, tx: Tx): Promise<void> {
    await tx
      .insertInto('lc_sessions')
      .values({
        id: session.id,
        name: session.name,
        line_id: session.lineId,
        channel_id: session.channelId,
        client_id: session.clientId,
        state: session.state,
        priority: session.priority ?? null,
        operator_id: session.operatorId ?? null,
        operator_group_id: session.operatorGroupId ?? null,
        before_spam: null,
        created_at: session.createdAt,
        accepted_at: session.acceptedAt ?? null,
        closed_at: null,
        last_activity_at: session.lastActivityAt,
        last_seq: 0,
        last_client_seq: 0,
        version: 0,
        routing_target: null,
      })
      .execute();
  }

  /**
   * Marks a queued session as awaiting automatic assignment to the target. Routing does this in
   * the transaction that queued it, without bumping the version.
   */
  async setRoutingTarget(id: string, target: RoutingTarget | undefined, tx: Tx): Promise<void> {
    await tx.updateTable('lc_sessions').set({ routing_target: target ? JSON.stringify(target) : null }).where('id', '=', id).execute();
  }

  /** The targets queued sessions await automatic assignment to, the one waited for longest first. */
  async pendingTargets(): Promise<{ lineId: string; target: string }[]> {
    const rows = await this.db
      .selectFrom('lc_sessions')
      .select(['line_id', 'routing_target', (eb) => eb.fn.min(sql<string>`coalesce(accepted_at, created_at)`).as('since')])
      .where('state', '=', LineSessionState.Waiting)
      .where('routing_target', 'is not', null)
      .groupBy(['line_id', 'routing_target'])
      .orderBy('since')
      .execute();
    return rows.map((row) => ({ lineId: row.line_id, target: row.routing_target! }));
  }

  /** Whether sessions of the live chat already wait for the target (a new one queues behind them). */
  async hasPendingFor(lineId: string, target: string, tx: Tx): Promise<boolean> {
    const row = await tx
      .selectFrom('lc_sessions')
      .select('id')
      .where('line_id', '=', lineId)
      .where('state', '=', LineSessionState.Waiting)
      .where('routing_target', '=', target)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Queued sessions of a live chat awaiting one target, longest waiting first. */
  async pendingFor(lineId: string, target: string, limit: number): Promise<{ session: Session; version: number; target: RoutingTarget }[]> {
    const rows = await this.db
      .selectFrom('lc_sessions')
      .selectAll()
      .where('line_id', '=', lineId)
      .where('state', '=', LineSessionState.Waiting)
      .where('routing_target', '=', target)
      .orderBy(sql`coalesce(accepted_at, created_at)`)
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((row) => ({ session: toSession(row), version: Number(row.version), target: JSON.parse(row.routing_target!) as RoutingTarget }));
  }

  /**
   * Claims the session for the caller's transaction if it is unchanged since `version`: bumps the
   * version (locking the row on PostgreSQL) so that a later `changeStatus` expects `version + 1`.
   */
  async claim(id: string, version: number, tx: Tx): Promise<boolean> {
    const result = await tx
      .updateTable('lc_sessions')
      .set((eb) => ({ version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async setPriority(id: string, priority: LineSessionPriority | undefined, at: string, tx: Tx): Promise<void> {
    await tx.updateTable('lc_sessions').set({ priority: priority ?? null, last_activity_at: at }).where('id', '=', id).execute();
  }

  /** The operator of the client's latest other session on the live chat. */
  async lastOperatorOf(lineId: string, clientId: string, exceptSessionId: string, tx: Tx): Promise<string | undefined> {
    const row = await tx
      .selectFrom('lc_sessions')
      .select('operator_id')
      .where('line_id', '=', lineId)
      .where('client_id', '=', clientId)
      .where('id', '!=', exceptSessionId)
      .where('operator_id', 'is not', null)
      .orderBy('last_activity_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row?.operator_id ?? undefined;
  }

  async hasOtherSession(lineId: string, clientId: string, exceptSessionId: string, tx: Tx): Promise<boolean> {
    const row = await tx
      .selectFrom('lc_sessions')
      .select('id')
      .where('line_id', '=', lineId)
      .where('client_id', '=', clientId)
      .where('id', '!=', exceptSessionId)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  /**
   * Applies a state change only if nobody changed the session since `expectedVersion` was read:
   * of concurrent writers exactly one succeeds, on one host instance or many.
   */
  async changeStatus(id: string, expectedVersion: number, change: StatusChange, tx: Tx): Promise<boolean> {
    const { status } = change;
    const result = await tx
      .updateTable('lc_sessions')
      .set((eb) => ({
        state: status.state,
        operator_id: status.operatorId ?? null,
        operator_group_id: status.operatorGroupId ?? null,
        before_spam: status.beforeSpam ? JSON.stringify(status.beforeSpam) : null,
        ...(change.acceptedAt !== undefined ? { accepted_at: change.acceptedAt } : {}),
        ...(change.closedAt !== undefined ? { closed_at: change.closedAt } : {}),
        last_activity_at: change.at,
        version: eb('version', '+', 1),
        // Any change settles a pending automatic assignment; routing sets a new one after it.
        routing_target: null,
      }))
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async rename(id: string, name: string, at: string, tx: Tx): Promise<void> {
    await tx.updateTable('lc_sessions').set({ name, last_activity_at: at }).where('id', '=', id).execute();
  }

  /** Takes the next sequence number of the session, inside the caller's transaction. */
  async nextSeq(id: string, byClient: boolean, at: string, tx: Tx): Promise<number> {
    const row = await tx
      .updateTable('lc_sessions')
      .set((eb) => ({
        last_seq: eb('last_seq', '+', 1),
        last_activity_at: at,
        ...(byClient ? { last_client_seq: eb('last_seq', '+', 1) } : {}),
      }))
      .where('id', '=', id)
      .returning('last_seq')
      .executeTakeFirstOrThrow();
    return Number(row.last_seq);
  }

  async list(filter: SessionListFilter): Promise<ListedSession[]> {
    const rows = await listSessions(this.db, filter).execute();
    return rows.map((row) => ({ session: toSession(row as SessionsTable), key: (row as { sort_key: SortKey }).sort_key }));
  }

  /** How many sessions the conditions select. */
  async count(conditions: SessionConditions): Promise<number> {
    const row = await selectSessions(this.db, conditions)
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Client messages after the user's read marker, per session. */
  async unreadCounts(userId: string, sessionIds: string[]): Promise<Map<string, number>> {
    if (sessionIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('lc_messages as m')
      .leftJoin('lc_read_markers as r', (join) => join.onRef('r.session_id', '=', 'm.session_id').on('r.user_id', '=', userId))
      .select(['m.session_id', (eb) => eb.fn.countAll<string | number>().as('unread')])
      .where('m.session_id', 'in', sessionIds)
      .where('m.author_kind', '=', 'client')
      .where((eb) => eb('m.seq', '>', eb.fn.coalesce('r.seq', sql<number>`0`)))
      .groupBy('m.session_id')
      .execute();
    return new Map(rows.map((row) => [row.session_id, Number(row.unread)]));
  }

  /** Moves the user's read marker forward (never back). */
  async markRead(userId: string, sessionId: string, seq: number): Promise<void> {
    await this.db
      .insertInto('lc_read_markers')
      .values({ user_id: userId, session_id: sessionId, seq })
      .onConflict((oc) =>
        oc
          .columns(['user_id', 'session_id'])
          .doUpdateSet({ seq: (eb) => eb.ref('excluded.seq') })
          .where('lc_read_markers.seq', '<', seq),
      )
      .execute();
  }

  /** Waiting sessions per live chat; with `groupIds`, only the common queue and those groups' queues. */
  async queueCounts(lineIds: string[], groupIds?: readonly string[]): Promise<Map<string, number>> {
    if (lineIds.length === 0) return new Map();
    let query = this.db
      .selectFrom('lc_sessions')
      .select(['line_id', (eb) => eb.fn.countAll<string | number>().as('n')])
      .where('line_id', 'in', lineIds)
      .where('state', '=', LineSessionState.Waiting);
    if (groupIds) {
      query = query.where((eb) => inCallersQueues(eb, groupIds));
    }
    const rows = await query.groupBy('line_id').execute();
    return new Map(rows.map((row) => [row.line_id, Number(row.n)]));
  }

  /**
   * "Take the next session": waiting sessions of the live chats in the common queue or the
   * groups' queues, in the order they entered the queue (as the dispatcher serves them).
   */
  async queueHeads(lineIds: readonly string[], groupIds: readonly string[], limit: number): Promise<{ session: Session; target?: RoutingTarget }[]> {
    if (lineIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('lc_sessions')
      .selectAll()
      .where('line_id', 'in', [...lineIds])
      .where('state', '=', LineSessionState.Waiting)
      .where((eb) => inCallersQueues(eb, groupIds))
      .orderBy(sql`coalesce(accepted_at, created_at)`)
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((row) => ({ session: toSession(row), target: row.routing_target ? (JSON.parse(row.routing_target) as RoutingTarget) : undefined }));
  }

  /** Sessions assigned to the user that have client messages after the user's read marker, per live chat. */
  async unreadSessionCounts(userId: string): Promise<Map<string, number>> {
    const rows = await this.db
      .selectFrom('lc_sessions as s')
      .leftJoin('lc_read_markers as r', (join) => join.onRef('r.session_id', '=', 's.id').on('r.user_id', '=', userId))
      .select(['s.line_id', (eb) => eb.fn.countAll<string | number>().as('n')])
      .where('s.operator_id', '=', userId)
      .where('s.state', '=', LineSessionState.AssignedToOperator)
      .where((eb) => eb('s.last_client_seq', '>', eb.fn.coalesce('r.seq', sql<number>`0`)))
      .groupBy('s.line_id')
      .execute();
    return new Map(rows.map((row) => [row.line_id, Number(row.n)]));
  }
}
