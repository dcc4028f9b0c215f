/**
 * A session from a messenger client, with its first message, written as a messenger channel would
 * write it (no messenger channel is built yet): for what only such sessions allow, like spam.
 */
import type { TestHost } from './test-host';

export async function insertMessengerSession(host: TestHost, lineId: string, at = new Date().toISOString()): Promise<string> {
  const db = host.database.kysely as any;
  const suffix = Math.random().toString(36).slice(2, 10);
  const channelId = `tg-${suffix}`;
  await db.insertInto('lc_channels').values({ id: channelId, line_id: lineId, type: 'telegramBot', name: 'Telegram', state: 'active', created_at: at }).execute();
  await db.insertInto('lc_clients').values({ id: `cl-${suffix}`, channel_type: 'telegramBot', external_id: suffix, name: 'Spammy Sender', user_id: null, created_at: at }).execute();
  const id = `s-${suffix}`;
  await db
    .insertInto('lc_sessions')
    .values({ id, name: 'Spammy Sender', line_id: lineId, channel_id: channelId, client_id: `cl-${suffix}`, state: 'waiting', priority: null, operator_id: null, operator_group_id: null, before_spam: null, created_at: at, accepted_at: null, closed_at: null, last_activity_at: at, last_seq: 1, last_client_seq: 1, version: 0, routing_target: null })
    .execute();
  await db
    .insertInto('lc_messages')
    .values({ id: `m-${suffix}`, session_id: id, seq: 1, type: 'text', body: 'Buy now', author_kind: 'client', author_user_id: null, client_message_id: null, idempotency_key: null, created_at: at })
    .execute();
  return id;
}
