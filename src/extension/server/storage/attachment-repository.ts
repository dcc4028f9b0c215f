/** Files uploaded to sessions, pending until sent and then linked to their message; the bytes live in the host's file store. */
import { inject, injectable } from 'inversify';
import type { AttachmentDto } from '../../common/attachments-api';
import { LiveChatsDb } from '../kernel/host-services';
import type { Db, MessageAttachmentsTable, Tx } from './schema';

export interface StoredAttachment extends AttachmentDto {
  sessionId: string;
  uploaderId: string;
  /** Undefined while the upload waits to be sent. */
  messageId?: string;
  createdAt: string;
}

const toAttachment = (row: MessageAttachmentsTable): StoredAttachment => ({
  id: row.file_id,
  name: row.name,
  contentType: row.content_type,
  size: Number(row.size),
  sessionId: row.session_id,
  uploaderId: row.uploader_id,
  messageId: row.message_id ?? undefined,
  createdAt: row.created_at,
});

export const toAttachmentDto = (attachment: StoredAttachment): AttachmentDto => ({
  id: attachment.id,
  name: attachment.name,
  contentType: attachment.contentType,
  size: attachment.size,
});

@injectable()
export class AttachmentRepository {
  constructor(@inject(LiveChatsDb) private readonly db: Db) {}

  async insert(attachment: Omit<StoredAttachment, 'messageId'>): Promise<void> {
    await this.db
      .insertInto('lc_message_attachments')
      .values({
        file_id: attachment.id,
        session_id: attachment.sessionId,
        uploader_id: attachment.uploaderId,
        name: attachment.name,
        content_type: attachment.contentType,
        size: attachment.size,
        message_id: null,
        created_at: attachment.createdAt,
      })
      .execute();
  }

  /** The file of the session, sent or pending; undefined when the session has no such file. */
  async get(sessionId: string, fileId: string): Promise<StoredAttachment | undefined> {
    const row = await this.db.selectFrom('lc_message_attachments').selectAll().where('file_id', '=', fileId).where('session_id', '=', sessionId).executeTakeFirst();
    return row ? toAttachment(row) : undefined;
  }

  /** Of the given files, those the user uploaded to the session and has not sent yet. */
  async pending(tx: Tx, sessionId: string, uploaderId: string, fileIds: readonly string[]): Promise<StoredAttachment[]> {
    if (fileIds.length === 0) return [];
    const rows = await tx
      .selectFrom('lc_message_attachments')
      .selectAll()
      .where('file_id', 'in', [...fileIds])
      .where('session_id', '=', sessionId)
      .where('uploader_id', '=', uploaderId)
      .where('message_id', 'is', null)
      .execute();
    return rows.map(toAttachment);
  }

  /**
   * Deletes up to `limit` uploads that no message took and that were made before `before`; their
   * file ids. One statement: an upload a send links meanwhile is not deleted.
   */
  async deleteUnsent(before: string, limit: number): Promise<string[]> {
    const stale = this.db
      .selectFrom('lc_message_attachments')
      .select('file_id')
      .where('message_id', 'is', null)
      .where('created_at', '<', before)
      .orderBy('created_at')
      .limit(limit);
    const rows = await this.db
      .deleteFrom('lc_message_attachments')
      .where('file_id', 'in', stale)
      .where('message_id', 'is', null)
      .returning('file_id')
      .execute();
    return rows.map((row) => row.file_id);
  }

  /** Links pending files to a message; answers how many were still pending (a concurrent send may have taken some). */
  async link(tx: Tx, fileIds: readonly string[], messageId: string): Promise<number> {
    if (fileIds.length === 0) return 0;
    const result = await tx
      .updateTable('lc_message_attachments')
      .set({ message_id: messageId })
      .where('file_id', 'in', [...fileIds])
      .where('message_id', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }
}
