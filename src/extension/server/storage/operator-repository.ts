/**
 * Operators' working status, and the row an assignment locks so that concurrent assignments to
 * one operator (on one host instance or many) count the operator's sessions one after another.
 */
import { LineSessionState, OperatorStatusType } from '@elma365/sdk-types';
import { inject, injectable } from 'inversify';
import type { OperatorPresence } from '../../common/operators';
import { LiveChatsDb } from '../kernel/host-services';
import type { Db, Tx } from './schema';

@injectable()
export class OperatorRepository {
  constructor(@inject(LiveChatsDb) private readonly db: Db) {}

  async presences(userIds: readonly string[], tx: Tx = this.db): Promise<Map<string, OperatorPresence>> {
    if (userIds.length === 0) return new Map();
    const rows = await tx.selectFrom('lc_operators').select(['user_id', 'status', 'last_seen_at']).where('user_id', 'in', [...userIds]).execute();
    return new Map(rows.map((row) => [row.user_id, { status: row.status as OperatorStatusType, lastSeenAt: row.last_seen_at }]));
  }

  async setStatus(userId: string, status: OperatorStatusType, at: string): Promise<void> {
    await this.db
      .insertInto('lc_operators')
      .values({ user_id: userId, status, last_seen_at: at, changed_at: at, lock_seq: 0 })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ status, last_seen_at: at, changed_at: at }))
      .execute();
  }

  /** A heartbeat: the user is still there. Only known operators have a row to touch. */
  async touch(userId: string, at: string): Promise<void> {
    await this.db.updateTable('lc_operators').set({ last_seen_at: at }).where('user_id', '=', userId).where('last_seen_at', '<', at).execute();
  }

  /** Online operators not seen since `cutoff`: they are Offline now. */
  async staleOnline(cutoff: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('lc_operators')
      .select('user_id')
      .where('status', '=', OperatorStatusType.Online)
      .where('last_seen_at', '<', cutoff)
      .execute();
    return rows.map((row) => row.user_id);
  }

  /** Flips to Offline only if still Online and still not seen since `cutoff`. */
  async expire(userId: string, cutoff: string, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('lc_operators')
      .set({ status: OperatorStatusType.Offline, changed_at: at })
      .where('user_id', '=', userId)
      .where('status', '=', OperatorStatusType.Online)
      .where('last_seen_at', '<', cutoff)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /**
   * Locks the operators' rows until the transaction ends, in id order so that two transactions
   * locking overlapping sets cannot deadlock. On PostgreSQL a second locker waits here, and then
   * (read committed) counts what the first committed.
   */
  async lock(userIds: readonly string[], at: string, tx: Tx): Promise<void> {
    for (const userId of [...new Set(userIds)].sort()) {
      await tx
        .insertInto('lc_operators')
        .values({ user_id: userId, status: OperatorStatusType.Offline, last_seen_at: at, changed_at: at, lock_seq: 0 })
        .onConflict((oc) => oc.column('user_id').doNothing())
        .execute();
      await tx.updateTable('lc_operators').set((eb) => ({ lock_seq: eb('lock_seq', '+', 1) })).where('user_id', '=', userId).execute();
    }
  }

  /** Sessions assigned to each of the users on the live chat. */
  async activeCounts(lineId: string, userIds: readonly string[], tx: Tx = this.db): Promise<Map<string, number>> {
    if (userIds.length === 0) return new Map();
    const rows = await tx
      .selectFrom('lc_sessions')
      .select(['operator_id', (eb) => eb.fn.countAll<string | number>().as('n')])
      .where('line_id', '=', lineId)
      .where('state', '=', LineSessionState.AssignedToOperator)
      .where('operator_id', 'in', [...userIds])
      .groupBy('operator_id')
      .execute();
    const counts = new Map(userIds.map((id) => [id, 0]));
    for (const row of rows) if (row.operator_id) counts.set(row.operator_id, Number(row.n));
    return counts;
  }
}
