/**
 * Quoting and editing sent messages (spec §5.2): a quote is a snapshot of a message of the same
 * session, taken when it is quoted; an operator edits their own text for 48 hours, when the
 * global setting allows it, and everyone who follows the session sees the new text live.
 */
import { LineMessageType } from '@elma365/sdk-types';
import { inject, injectable } from 'inversify';
import { type Actor, forbidden } from '../../common/access-policy';
import type { MessageDto } from '../../common/api';
import { LiveChatsError } from '../../common/errors';
import { normalizeMessageText, quoteSnapshot, withinEditWindow, type MessageQuote } from '../../common/message';
import type { Line } from '../../common/line';
import type { Session } from '../../common/session';
import { HostClock, LiveChatsDb } from '../kernel/host-services';
import { OperatorStatusService } from '../operators/operator-status-service';
import { SettingsService } from '../operators/settings-service';
import { MessageRepository } from '../storage/message-repository';
import type { Db } from '../storage/schema';
import { SessionRepository } from '../storage/session-repository';
import { SessionPublisher } from './session-publisher';
import { SessionQueries } from './session-queries';
import { SessionViews } from './session-views';

const notFound = (): LiveChatsError => new LiveChatsError('message/not-found', 'There is no such message in this session.');

@injectable()
export class MessageEdits {
  constructor(
    @inject(LiveChatsDb) private readonly db: Db,
    @inject(MessageRepository) private readonly messages: MessageRepository,
    @inject(SessionRepository) private readonly sessions: SessionRepository,
    @inject(SessionQueries) private readonly queries: SessionQueries,
    @inject(SessionViews) private readonly views: SessionViews,
    @inject(SessionPublisher) private readonly publisher: SessionPublisher,
    @inject(SettingsService) private readonly settings: SettingsService,
    @inject(OperatorStatusService) private readonly status: OperatorStatusService,
    @inject(HostClock) private readonly clock: HostClock,
  ) {}

  /**
   * The snapshot of the message `messageId` for a new message to quote, read before the writing
   * transaction; the caller checks `sessionId` against the session it writes to. Only messages
   * the client sees can be quoted: a quote is shown to both sides.
   */
  async quote(messageId: string, session: Session | undefined, line: Line): Promise<{ sessionId: string; quote: MessageQuote }> {
    const original = await this.messages.get(messageId);
    if (!original || (session && original.sessionId !== session.id)) throw notInSession();
    if (original.type === LineMessageType.System) throw new LiveChatsError('message/invalid', 'System messages cannot be quoted.');
    const owner = session ?? (await this.sessions.get(original.sessionId));
    if (!owner || owner.lineId !== line.id) throw notInSession();
    const [seen] = await this.views.messages([original], owner, line, 'staff');
    return { sessionId: original.sessionId, quote: quoteSnapshot(seen) };
  }

  /** PATCH /sessions/:id/messages/:messageId: the author's new text. */
  async edit(actor: Actor, sessionId: string, messageId: string, text: string): Promise<MessageDto> {
    const { session, line } = await this.queries.view(actor, sessionId);
    const message = await this.messages.get(messageId);
    if (!message || message.sessionId !== session.id) throw notFound();
    if (!(await this.settings.get()).messageEditing) throw forbidden('Editing messages is switched off in the Live Chats settings.');
    if (message.authorKind !== 'operator' || !message.authorUserId || message.authorUserId !== actor.userId) {
      throw forbidden('You can edit only the messages you wrote.');
    }
    const now = this.clock.now();
    if (!withinEditWindow(message.createdAt, now)) {
      throw new LiveChatsError('message/edit-expired', 'A message can be edited for 48 hours after it was sent.');
    }
    const body = normalizeMessageText(text);
    await this.status.requireOnline(actor);
    if (body === message.body) return (await this.views.messages([message], session, line, 'staff'))[0];
    const at = now.toISOString();
    await this.db.transaction().execute((tx) => this.messages.editText(message.id, body, at, tx));
    const edited = { ...message, body, editedAt: at };
    await this.publisher.messageEdited(session, line, edited);
    return (await this.views.messages([edited], session, line, 'staff'))[0];
  }
}

export const notInSession = (): LiveChatsError => new LiveChatsError('message/invalid', 'The quoted message is not in this conversation.');
