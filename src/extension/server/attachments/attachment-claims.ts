/**
 * The files that go with a new message, inside the message's transaction: each must be an upload
 * of the sender to the same session that no message has taken yet. Forged, foreign and already
 * sent ids are refused and nothing is written.
 */
import { inject, injectable } from 'inversify';
import type { AttachmentDto } from '../../common/attachments-api';
import { LiveChatsError } from '../../common/errors';
import { AttachmentRepository, toAttachmentDto } from '../storage/attachment-repository';
import type { Tx } from '../storage/schema';

const notYours = (): LiveChatsError =>
  new LiveChatsError('attachment/invalid', 'A file of this message is not one you uploaded to this session, or it was already sent. Attach it again.');

@injectable()
export class AttachmentClaims {
  constructor(@inject(AttachmentRepository) private readonly attachments: AttachmentRepository) {}

  /** The files in the order given; undefined when there are none. */
  async take(tx: Tx, sessionId: string, senderId: string, fileIds: readonly string[] | undefined): Promise<AttachmentDto[] | undefined> {
    if (!fileIds?.length) return undefined;
    const found = new Map((await this.attachments.pending(tx, sessionId, senderId, fileIds)).map((file) => [file.id, file]));
    return fileIds.map((id) => {
      const file = found.get(id);
      if (!file) throw notYours();
      return toAttachmentDto(file);
    });
  }

  /** Ties the files to the stored message; throws (undoing the message) when another send took one first. */
  async link(tx: Tx, attachments: readonly AttachmentDto[] | undefined, messageId: string): Promise<void> {
    if (!attachments?.length) return;
    const linked = await this.attachments.link(tx, attachments.map((file) => file.id), messageId);
    if (linked !== attachments.length) throw notYours();
  }
}
