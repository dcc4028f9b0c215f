/**
 * The outbox: side effects written in the same transaction as the change that causes them, then
 * claimed and delivered by the worker. A claim is a conditional update, so of several workers (on
 * one host instance or many) exactly one delivers a row; a claim that is never finished expires.
 */
import { randomUUID } from 'node:crypto';
import { inject, injectable } from 'inversify';
import { LiveChatsDb } from '../kernel/host-services';
import type { Db, OutboxTable, Tx } from '../storage/schema';

export type OutboxStatus = 'pending' | 'delivering' | 'done' | 'dead';

export interface OutboxEntry {
  id: string;
  kind: string;
  payload: unknown;
  attempts: number;
}

@injectable()
export class OutboxRepository {
  constructor(@inject(LiveChatsDb) private readonly db: Db) {}

  async add(kind: string, payload: unknown, at: string, tx: Tx): Promise<string> {
    const id = randomUUID();
    await tx
      .insertInto('lc_outbox')
      .values({ id, kind, payload: JSON.stringify(payload), status: 'pending', attempts: 0, next_attempt_at: at, locked_until: null, last_error: null, created_at: at, updated_at: at })
      .execute();
    return id;
  }

  /** Claims up to `limit` due rows for `leaseMs`; returns the ones this caller won. */
  async claimDue(now: Date, limit: number, leaseMs: number): Promise<OutboxEntry[]> {
    const at = now.toISOString();
    const candidates = await this.db
      .selectFrom('lc_outbox')
      .selectAll()
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', at)]),
          eb.and([eb('status', '=', 'delivering'), eb('locked_until', '<', at)]),
        ]),
      )
      .orderBy('next_attempt_at')
      .limit(limit)
      .execute();
    const won: OutboxEntry[] = [];
    for (const row of candidates) {
      const result = await this.db
        .updateTable('lc_outbox')
        .set({ status: 'delivering', attempts: row.attempts + 1, locked_until: new Date(now.getTime() + leaseMs).toISOString(), updated_at: at })
        .where('id', '=', row.id)
        .where('status', '=', row.status)
        .where('attempts', '=', row.attempts)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 1) won.push(toEntry(row, row.attempts + 1));
    }
    return won;
  }

  async finish(id: string, at: string): Promise<void> {
    await this.db.updateTable('lc_outbox').set({ status: 'done', locked_until: null, last_error: null, updated_at: at }).where('id', '=', id).execute();
  }

  /** Schedules another attempt, or gives up (dead letter, visible to administrators). */
  async fail(id: string, error: string, retryAt: string | undefined, at: string): Promise<void> {
    await this.db
      .updateTable('lc_outbox')
      .set({ status: retryAt ? 'pending' : 'dead', next_attempt_at: retryAt ?? at, locked_until: null, last_error: error.slice(0, 2000), updated_at: at })
      .where('id', '=', id)
      .execute();
  }

  async list(status?: OutboxStatus, limit = 100): Promise<(OutboxEntry & { status: OutboxStatus; lastError?: string; createdAt: string })[]> {
    let query = this.db.selectFrom('lc_outbox').selectAll();
    if (status) query = query.where('status', '=', status);
    const rows = await query.orderBy('created_at', 'desc').limit(limit).execute();
    return rows.map((row) => ({ ...toEntry(row, row.attempts), status: row.status as OutboxStatus, lastError: row.last_error ?? undefined, createdAt: row.created_at }));
  }
}

function toEntry(row: OutboxTable, attempts: number): OutboxEntry {
  return { id: row.id, kind: row.kind, payload: JSON.parse(row.payload) as unknown, attempts: Number(attempts) };
}
