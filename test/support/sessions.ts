/**
 * Sessions written straight into the database, many at once and with exactly the facts a list
 * test needs (state, operator, priority, dates, name, parameters), as if they had lived a while.
 */
import { randomUUID } from 'node:crypto';
import type { TestHost } from './test-host';

export interface SessionSeed {
  name: string;
  lineId: string;
  channelId: string;
  state?: string;
  operatorId?: string;
  operatorGroupId?: string;
  priority?: string;
  createdAt: string;
  lastActivityAt?: string;
  closedAt?: string;
  clientName?: string;
  /** code → [stored JSON value, sort_text, sort_number]. */
  params?: Record<string, [unknown, string | null, number | null]>;
}

export async function insertSessions(host: TestHost, seeds: readonly SessionSeed[]): Promise<string[]> {
  const db = host.database.kysely as any;
  const ids: string[] = [];
  for (let start = 0; start < seeds.length; start += 100) {
    const batch = seeds.slice(start, start + 100).map((seed) => ({ seed, id: `s-${randomUUID()}`, clientId: `cl-${randomUUID()}` }));
    await db
      .insertInto('lc_clients')
      .values(batch.map(({ seed, clientId }) => ({ id: clientId, channel_type: 'telegramBot', external_id: clientId, name: seed.clientName ?? `Client of ${seed.name}`, user_id: null, created_at: seed.createdAt })))
      .execute();
    await db
      .insertInto('lc_sessions')
      .values(
        batch.map(({ seed, id, clientId }) => ({
          id,
          name: seed.name,
          line_id: seed.lineId,
          channel_id: seed.channelId,
          client_id: clientId,
          state: seed.state ?? 'waiting',
          priority: seed.priority ?? null,
          operator_id: seed.operatorId ?? null,
          operator_group_id: seed.operatorGroupId ?? null,
          before_spam: null,
          created_at: seed.createdAt,
          accepted_at: seed.operatorId ? seed.createdAt : null,
          closed_at: seed.closedAt ?? null,
          last_activity_at: seed.lastActivityAt ?? seed.createdAt,
          last_seq: 0,
          last_client_seq: 0,
          version: 0,
          routing_target: null,
        })),
      )
      .execute();
    const params = batch.flatMap(({ seed, id }) =>
      Object.entries(seed.params ?? {}).map(([code, [value, text, number]]) => ({ session_id: id, code, value: JSON.stringify(value), sort_text: text, sort_number: number })),
    );
    if (params.length) await db.insertInto('lc_session_params').values(params).execute();
    ids.push(...batch.map(({ id }) => id));
  }
  return ids;
}
