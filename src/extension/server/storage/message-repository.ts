/** Messages of sessions, in sequence order. */
import { LineMessageType } from '@elma365/sdk-types';
import { inject, injectable } from 'inversify';
import type { AttachmentDto } from '../../common/attachments-api';
import type { Message, MessageAuthorKind, MessageQuote } from '../../common/message';
import { sql } from 'kysely';
import { LiveChatsDb } from '../kernel/host-services';
import { containsIgnoringCase } from './like-pattern';
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
    ...(row.quote_snapshot ? { quote: JSON.parse(row.quote_snapshot) as MessageQuote } : {}),
    ...(row.edited_at ? { editedAt: row.edited_at } : {}),
    ...(row.attachments ? { attachments: JSON.parse(row.attachments) as AttachmentDto[] } : {}),
  };
}

const SEQ_MAX = 2 ** 31 - 1;

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
        quote_of: message.quote?.messageId ?? null,
        quote_snapshot: message.quote ? JSON.stringify(message.quote) : null,
        attachments: message.attachments?.length ? JSON.stringify(message.attachments) : null,
      })
      .execute();
  }

  async get(id: string, tx?: Tx): Promise<Message | undefined> {
    const row = await (tx ?? this.db).selectFrom('lc_messages').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toMessage(row) : undefined;
  }

  /** The author's new text (spec §5.2); the message keeps its place, its quote and its creation time. */
  async editText(id: string, body: string, editedAt: string, tx: Tx): Promise<void> {
    await tx.updateTable('lc_messages').set({ body, edited_at: editedAt }).where('id', '=', id).execute();
  }

  /** The newest `limit` messages below `before`, in sequence order: a page further back in the history. */
  async listBefore(sessionId: string, before: number, limit: number, includeSystem: boolean): Promise<Message[]> {
    // seq is a 32-bit integer column: "before the end" may be asked for with any larger number.
    let query = this.db.selectFrom('lc_messages').selectAll().where('session_id', '=', sessionId).where('seq', '<', Math.min(before, SEQ_MAX));
    if (!includeSystem) query = query.where('type', '!=', LineMessageType.System);
    const rows = await query.orderBy('seq', 'desc').limit(limit).execute();
    return rows.reverse().map(toMessage);
  }

  async findByIdempotencyKey(key: string): Promise<Message | undefined> {
    const row = await this.db.selectFrom('lc_messages').selectAll().where('idempotency_key', '=', key).executeTakeFirst();
    return row ? toMessage(row) : undefined;
  }

  /**
   * Messages after `since` in sequence order; `limit + 1` rows tell whether more follow. With
   * `search`, only those whose text contains it, ignoring case.
   */
  async listSince(sessionId: string, since: number, limit: number, includeSystem: boolean, search?: string): Promise<Message[]> {
    let query = this.db.selectFrom('lc_messages').selectAll().where('session_id', '=', sessionId).where('seq', '>', since);
    if (!includeSystem) query = query.where('type', '!=', LineMessageType.System);
    if (search) query = query.where(containsIgnoringCase(sql.ref('body'), search));
    const rows = await query.orderBy('seq').limit(limit).execute();
    return rows.map(toMessage);
  }

  async last(sessionId: string): Promise<Message | undefined> {
    const row = await this.db.selectFrom('lc_messages').selectAll().where('session_id', '=', sessionId).orderBy('seq', 'desc').limit(1).executeTakeFirst();
    return row ? toMessage(row) : undefined;
  }
}
