/**
 * Messages the company sends without anyone typing them in the workspace: a process's note or
 * response into a session, an automatic message (a routing rule's reply), and "Send Live Chat
 * Message", where the company writes first (spec §8.3).
 */
import { LineMessageType, LineSessionState } from '@elma365/sdk-types';
import { inject, injectable } from 'inversify';
import type { MessageDto } from '../../common/api';
import { LiveChatsError } from '../../common/errors';
import { internalChannelOf } from '../../common/line';
import { normalizeMessageText } from '../../common/message';
import { isActiveState } from '../../common/session';
import { HostDirectory, LiveChatsDb } from '../kernel/host-services';
import { CapacityGuard } from '../operators/capacity-guard';
import { isActiveOperatorOf } from '../operators/line-operators';
import { ClientRepository } from '../storage/client-repository';
import { LineRepository } from '../storage/line-repository';
import { MessageRepository } from '../storage/message-repository';
import { retryOnConflict } from '../storage/retry';
import type { Db } from '../storage/schema';
import { SessionRepository } from '../storage/session-repository';
import { SessionPublisher } from './session-publisher';
import { sessionNotFound } from './session-queries';
import { SessionViews } from './session-views';
import { type MessageDraft, SessionWriter } from './session-writer';

@injectable()
export class CompanyMessages {
  constructor(
    @inject(LiveChatsDb) private readonly db: Db,
    @inject(LineRepository) private readonly lines: LineRepository,
    @inject(SessionRepository) private readonly sessions: SessionRepository,
    @inject(MessageRepository) private readonly messages: MessageRepository,
    @inject(ClientRepository) private readonly clients: ClientRepository,
    @inject(SessionViews) private readonly views: SessionViews,
    @inject(SessionPublisher) private readonly publisher: SessionPublisher,
    @inject(SessionWriter) private readonly writer: SessionWriter,
    @inject(HostDirectory) private readonly directory: HostDirectory,
    @inject(CapacityGuard) private readonly capacity: CapacityGuard,
  ) {}

  /**
   * A message no one typed in the workspace: a process's system note (staff only), its response
   * to the client (authored by the session's operator when it has one), or an automatic message
   * to the client (a routing rule's reply, authored by no one). Only into active sessions.
   */
  async addProcessMessage(sessionId: string, kind: 'note' | 'response' | 'automatic', text: string, idempotencyKey?: string): Promise<MessageDto> {
    const body = normalizeMessageText(text);
    const original = idempotencyKey ? await this.messages.findByIdempotencyKey(idempotencyKey) : undefined;
    const message = original ?? await this.db.transaction().execute(async (tx) => {
      const session = await this.sessions.get(sessionId, tx);
      if (!session) throw sessionNotFound();
      if (!isActiveState(session.state)) throw new LiveChatsError('session/closed', `The session is ${session.state === LineSessionState.Closed ? 'closed' : 'in spam'}: nothing can be posted into it.`);
      const draft: MessageDraft =
        kind === 'note'
          ? { type: LineMessageType.System, body, authorKind: 'system' }
          : { type: LineMessageType.Text, body, authorKind: 'operator', authorUserId: kind === 'response' ? session.operatorId : undefined };
      return this.writer.append(tx, sessionId, { ...draft, idempotencyKey }, this.writer.now());
    });
    const session = await this.writer.requireSession(sessionId);
    const line = await this.lines.get(session.lineId);
    if (!line) throw sessionNotFound();
    await this.publisher.messageAdded(session, line, message);
    const [dto] = await this.views.messages([message], session, line, 'staff');
    return dto;
  }

  /**
   * "Send Live Chat Message" (spec §8.3): the company writes first, to a user on the live chat's
   * internal channel. The recipient's session is opened or resumed and goes to the initiator when
   * the initiator is an operator of the live chat, otherwise to the common queue.
   */
  async sendInitiative(lineId: string, recipientId: string, text: string, initiatorId: string | undefined): Promise<MessageDto> {
    const body = normalizeMessageText(text);
    const line = await this.lines.get(lineId);
    if (!line) throw new LiveChatsError('line/not-found', `There is no live chat "${lineId}".`);
    const channel = internalChannelOf(line);
    if (!channel) throw new LiveChatsError('internal/unexpected', `The live chat "${line.name}" has no internal channel.`);
    const recipient = await this.directory.getUser(recipientId);
    if (!recipient) throw new LiveChatsError('request/invalid', `There is no user "${recipientId}" to write to.`);
    const initiator = initiatorId ? await this.directory.getUser(initiatorId) : undefined;
    const operator = isActiveOperatorOf(line, initiator) ? initiator : undefined;
    const outcome = await retryOnConflict(() =>
      this.db.transaction().execute(async (tx) => {
        const at = this.writer.now();
        const client = await this.clients.internalClientFor(recipient, at, tx);
        const { session, opened, added } = await this.writer.openConversation(tx, line, channel, client, at);
        const current = await this.sessions.getVersioned(session.id, tx);
        // The initiator takes the session if they have room for it; otherwise it waits in the queue.
        if (operator && current && current.session.state === LineSessionState.Waiting && (await this.capacity.withinLimit(tx, line, operator.id, at, 1))) {
          await this.writer.changeStatus(tx, session.id, current.version, { type: 'take', operatorId: operator.id }, current.session, at);
        }
        const message = await this.writer.append(tx, session.id, { type: LineMessageType.Text, body, authorKind: 'operator', authorUserId: operator?.id }, at);
        return { message, opened, added: [...added, message] };
      }),
    );
    const session = await this.writer.requireSession(outcome.message.sessionId);
    await this.writer.published(session, line, outcome.added);
    const [dto] = await this.views.messages([outcome.message], session, line, 'staff');
    return dto;
  }
}
