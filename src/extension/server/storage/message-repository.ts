/** Messages of sessions, in sequence order. */
import { LineMessageType } from '@elma365/sdk-types';
import { inject, injectable } from 'inversify';
import type { Message, MessageAuthorKind } from '../../common/message';
import { LiveChatsDb } from '../kernel/host-services';
import type { Db, MessagesTable, Tx } from './schema';

function toMessage(row: MessagesTable): Message {
  return {
    id: row.id,
    sessionId: row.session_id,
    seq: Number(row.seq),
    type: row.type as LineMessageType,
    body: row.body,
    authorKind: row.author_kind as MessageAuthorKind,
    authorUserId: row.author_user_id ?? undefined,
    clientMessageId: row.client_message_id ?? undefined,
    createdAt: row.created_at,
  };
}

export interface NewMessage extends Message {
  idempotencyKey?: string;
}

@injectable()
export class MessageRepository {
  constructor(@inject(LiveChatsDb) private readonly db: Db) {}

  async insert(message: NewMessage, tx: Tx): Promise<void> {
    await tx
      .insertInto('lc_messages')
      .values({
        id: message.id,
        session_id: message.sessionId,
        seq: message.seq,
        type: message.type,
        body: message.body,
        author_kind: message.authorKind,
        author_user_id: message.authorUserId ?? null,
        client_message_id: message.clientMessageId ?? null,
        idempotency_key: message.idempotencyKey ?? null,
        created_at: message.createdAt,
      })
      .execute();
  }

  async findByIdempotencyKey(key: string): Promise<Message | undefined> {
    const row = await this.db.selectFrom('lc_messages').selectAll().where('idempotency_key', '=', key).executeTakeFirst();
    return row ? toMessage(row) : undefined;
  }

  /** Messages after `since` in sequence order; `limit + 1` rows tell whether more follow. */
  async listSince(sessionId: string, since: number, limit: number, includeSystem: boolean): Promise<Message[]> {
    let query = this.db.selectFrom('lc_messages').selectAll().where('session_id', '=', sessionId).where('seq', '>', since);
    if (!includeSystem) query = query.where('type', '!=', LineMessageType.System);
    const rows = await query.orderBy('seq').limit(limit).execute();
    return rows.map(toMessage);
  }

  async last(sessionId: string): Promise<Message | undefined> {
    const row = await this.db.selectFrom('lc_messages').selectAll().where('session_id', '=', sessionId).orderBy('seq', 'desc').limit(1).executeTakeFirst();
    return row ? toMessage(row) : undefined;
  }
}
