/**
 * Changing sessions: clients writing in, operators taking, replying, renaming and closing,
 * processes writing and assigning, read markers. Every change is one transaction; realtime hints
 * go out after it commits. Reading is in session-queries.ts.
 */
import { LineMessageType, LineSessionState, type HostUser } from '@elma365/sdk-types';
import { randomUUID } from 'node:crypto';
import { inject, injectable } from 'inversify';
import { AccessPolicy, type Actor, forbidden } from '../../common/access-policy';
import type { MessageDto, SendMessageBody, SendMessageResult, SessionDto } from '../../common/api';
import { LiveChatsError } from '../../common/errors';
import { internalChannelOf, type Channel, type Line } from '../../common/line';
import type { Client } from '../../common/client';
import type { EventFacts } from '../../common/process-bindings';
import { normalizeMessageText, type Message } from '../../common/message';
import { applySessionEvent, isActiveState, type Session, type SessionEvent } from '../../common/session';
import { HostClock, HostDirectory, LiveChatsDb } from '../kernel/host-services';
import { OutboxWorker } from '../outbox/outbox-worker';
import { ProcessStarts } from '../outbox/process-start';
import { ClientRepository } from '../storage/client-repository';
import { LineRepository } from '../storage/line-repository';
import { MessageRepository, type NewMessage } from '../storage/message-repository';
import { retryOnConflict, WriteConflict } from '../storage/retry';
import type { Db, Tx } from '../storage/schema';
import { SessionRepository } from '../storage/session-repository';
import { SessionNaming } from './session-naming';
import { SessionPublisher } from './session-publisher';
import { SessionQueries, sessionNotFound, type Viewed } from './session-queries';
import { SessionViews } from './session-views';

type MessageDraft = Pick<NewMessage, 'type' | 'body' | 'authorKind' | 'authorUserId' | 'clientMessageId' | 'idempotencyKey'>;

@injectable()
export class SessionService {
  constructor(
    @inject(LiveChatsDb) private readonly db: Db,
    @inject(LineRepository) private readonly lines: LineRepository,
    @inject(SessionRepository) private readonly sessions: SessionRepository,
    @inject(MessageRepository) private readonly messages: MessageRepository,
    @inject(ClientRepository) private readonly clients: ClientRepository,
    @inject(SessionViews) private readonly views: SessionViews,
    @inject(SessionPublisher) private readonly publisher: SessionPublisher,
    @inject(HostClock) private readonly clock: HostClock,
    @inject(ProcessStarts) private readonly processStarts: ProcessStarts,
    @inject(OutboxWorker) private readonly outboxWorker: OutboxWorker,
    @inject(SessionNaming) private readonly naming: SessionNaming,
    @inject(HostDirectory) private readonly directory: HostDirectory,
    @inject(SessionQueries) private readonly queries: SessionQueries,
  ) {}

  private now(): string {
    return this.clock.now().toISOString();
  }

  private view(actor: Actor, sessionId: string): Promise<Viewed> {
    return this.queries.view(actor, sessionId);
  }

  async markRead(actor: Actor, sessionId: string, seq: number): Promise<void> {
    const { session } = await this.view(actor, sessionId);
    await this.sessions.markRead(actor.userId, session.id, Math.min(seq, session.lastSeq));
    this.publisher.countersChanged(actor.userId);
  }


  // -------------------------------------------------------------------------------------------
  // Writing

  /**
   * An internal user writes to a live chat from Messages: the message goes into the user's
   * session on the live chat's internal channel, which is created on first contact and resumed
   * when closed. A retried send (same clientMessageId) returns the original message.
   */
  async writeToLine(actor: Actor, user: HostUser, lineId: string, body: SendMessageBody): Promise<SendMessageResult & { replay: boolean }> {
    const line = await this.lines.get(lineId);
    if (!line || !AccessPolicy.canSeeLine(actor, line)) throw new LiveChatsError('line/not-found', 'There is no such live chat.');
    if (!AccessPolicy.canWriteAsClient(actor, line)) throw forbidden('You are not among the clients of this live chat.');
    const channel = internalChannelOf(line);
    if (!channel) throw new LiveChatsError('internal/unexpected', 'The live chat has no internal channel.');
    const text = normalizeMessageText(body.text);
    const idempotencyKey = `user:${actor.userId}:${body.clientMessageId}`;

    const outcome = await retryOnConflict(async () => {
      const original = await this.messages.findByIdempotencyKey(idempotencyKey);
      if (original) return { replay: original };
      return this.db.transaction().execute(async (tx) => {
        const at = this.now();
        const client = await this.clients.internalClientFor(user, at, tx);
        const { session, opened, added } = await this.openConversation(tx, line, channel, client, at);
        const message = await this.append(tx, session.id, {
          type: LineMessageType.Text,
          body: text,
          authorKind: 'client',
          authorUserId: user.id,
          clientMessageId: body.clientMessageId,
          idempotencyKey,
        }, at);
        added.push(message);
        const facts = this.eventFacts(line, session, client.name, text);
        let started = false;
        if (opened === 'created') started = (await this.processStarts.enqueue(tx, line, session, 'sessionCreated', facts, at)) || started;
        started = (await this.processStarts.enqueue(tx, line, session, 'clientMessage', facts, at)) || started;
        return { message, opened, added, started };
      });
    });

    if ('replay' in outcome) {
      const { session, line: sessionLine } = await this.view(actor, outcome.replay.sessionId);
      const [message] = await this.views.messages([outcome.replay], session, sessionLine, 'client');
      return { sessionId: session.id, message, replay: true };
    }
    if (outcome.started) this.outboxWorker.poke();
    const session = await this.requireSession(outcome.message.sessionId);
    if (outcome.opened) await this.publishSession(session, line);
    for (const added of outcome.added) await this.publisher.messageAdded(session, line, added);
    const [message] = await this.views.messages([outcome.message], session, line, 'client');
    return { sessionId: session.id, message, replay: false };
  }

  /** A message into a known session: by its assigned operator, or by its own client. */
  async writeToSession(actor: Actor, user: HostUser, sessionId: string, body: SendMessageBody): Promise<SendMessageResult & { replay: boolean }> {
    const { session, line, viewpoint } = await this.view(actor, sessionId);
    if (viewpoint === 'client') return this.writeToLine(actor, user, line.id, body);
    if (!AccessPolicy.canReply(actor, line, session)) {
      throw forbidden(
        session.state === LineSessionState.Waiting
          ? 'Press "Start work" to take the session before replying.'
          : 'Only the operator assigned to the session can reply.',
      );
    }
    const text = normalizeMessageText(body.text);
    const idempotencyKey = `user:${actor.userId}:${body.clientMessageId}`;
    const outcome = await retryOnConflict(async () => {
      const original = await this.messages.findByIdempotencyKey(idempotencyKey);
      if (original) return { original };
      return this.db.transaction().execute(async (tx) => {
        const current = await this.sessions.get(session.id, tx);
        if (!current || !AccessPolicy.canReply(actor, line, current)) {
          throw forbidden('The session is no longer assigned to you.');
        }
        const at = this.now();
        const message = await this.append(tx, session.id, {
          type: LineMessageType.Text,
          body: text,
          authorKind: 'operator',
          authorUserId: actor.userId,
          clientMessageId: body.clientMessageId,
          idempotencyKey,
        }, at);
        return { message };
      });
    });
    if ('original' in outcome) {
      if (outcome.original.sessionId !== session.id) throw new LiveChatsError('message/invalid', 'This clientMessageId was already used for another session.');
      const [message] = await this.views.messages([outcome.original], session, line, 'staff');
      return { sessionId: session.id, message, replay: true };
    }
    await this.publisher.messageAdded(session, line, outcome.message);
    const [message] = await this.views.messages([outcome.message], session, line, 'staff');
    return { sessionId: session.id, message, replay: false };
  }

  /** "Start work": of operators clicking at once, exactly one gets the session. */
  async take(actor: Actor, sessionId: string): Promise<SessionDto> {
    // Not view(): to an operator who lost the race the session is no longer visible, yet the
    // answer they need is "someone else took it" (409), not "no access".
    const session = await this.sessions.get(sessionId);
    const line = session && (await this.lines.get(session.lineId));
    if (!session || !line) throw sessionNotFound();
    if (!AccessPolicy.canTake(actor, line)) throw forbidden('Only operators of the live chat can take sessions.');
    const name = await this.views.userName(actor.userId);
    return this.transition(actor.userId, sessionId, line, { type: 'take', operatorId: actor.userId }, `${name ?? 'An operator'} started work on the session.`);
  }

  async close(actor: Actor, sessionId: string): Promise<SessionDto> {
    const { line, session: viewed } = await this.view(actor, sessionId);
    const name = await this.views.userName(actor.userId);
    // Read before the transaction: on SQLite a query outside it would wait for it forever.
    const clientName = (await this.clients.getMany([viewed.clientId])).get(viewed.clientId)?.name ?? '';
    return this.transition(actor.userId, sessionId, line, { type: 'close' }, `${name ?? 'The operator'} closed the session.`, {
      check: (session) => {
        if (!AccessPolicy.canClose(actor, line, session)) throw forbidden('Only the operator assigned to the session can close it.');
      },
      inTransaction: (tx, session, at) => this.processStarts.enqueue(tx, line, session, 'sessionClosed', this.eventFacts(line, session, clientName, undefined), at),
    });
  }

  /**
   * A message no one typed in the workspace: a process's system note (staff only) or its
   * response to the client, authored by the session's operator when it has one. Only into
   * active sessions.
   */
  async addProcessMessage(sessionId: string, kind: 'note' | 'response', text: string): Promise<MessageDto> {
    const body = normalizeMessageText(text);
    const message = await this.db.transaction().execute(async (tx) => {
      const session = await this.sessions.get(sessionId, tx);
      if (!session) throw sessionNotFound();
      if (!isActiveState(session.state)) throw new LiveChatsError('session/closed', `The session is ${session.state === LineSessionState.Closed ? 'closed' : 'in spam'}: nothing can be posted into it.`);
      const draft: MessageDraft =
        kind === 'note'
          ? { type: LineMessageType.System, body, authorKind: 'system' }
          : { type: LineMessageType.Text, body, authorKind: 'operator', authorUserId: session.operatorId };
      return this.append(tx, sessionId, draft, this.now());
    });
    const session = await this.requireSession(sessionId);
    const line = await this.lines.get(session.lineId);
    if (!line) throw sessionNotFound();
    await this.publisher.messageAdded(session, line, message);
    const [dto] = await this.views.messages([message], session, line, 'staff');
    return dto;
  }

  /**
   * The session of a client on a channel, within the caller's transaction: created on first
   * contact, resumed into the queue when it was closed (spec §4.1, §4.9).
   */
  private async openConversation(
    tx: Tx,
    line: Line,
    channel: Channel,
    client: Client,
    at: string,
  ): Promise<{ session: Session; opened?: 'created' | 'resumed'; added: Message[] }> {
    const found = await this.sessions.findByChannelClient(channel.id, client.id, tx);
    if (!found) {
      const session: Session = {
        id: randomUUID(),
        name: await this.naming.nameFor(line, channel, client.name, at, tx),
        lineId: line.id,
        channelId: channel.id,
        clientId: client.id,
        state: LineSessionState.Waiting,
        createdAt: at,
        lastActivityAt: at,
        lastSeq: 0,
        lastClientSeq: 0,
      };
      await this.sessions.insert(session, tx);
      return { session, opened: 'created', added: [] };
    }
    const { session, version } = found;
    if (applySessionEvent(session, { type: 'clientMessage' }).state === session.state) return { session, added: [] };
    await this.changeStatus(tx, session.id, version, { type: 'clientMessage' }, session, at);
    const note = await this.append(tx, session.id, { type: LineMessageType.System, body: 'The conversation continues: the session is back in the queue.', authorKind: 'system' }, at);
    return { session, opened: 'resumed', added: [note] };
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
    const operator = initiator && initiator.groupIds.some((id) => line.operatorGroupIds.includes(id)) ? initiator : undefined;
    const outcome = await retryOnConflict(() =>
      this.db.transaction().execute(async (tx) => {
        const at = this.now();
        const client = await this.clients.internalClientFor(recipient, at, tx);
        const { session, opened, added } = await this.openConversation(tx, line, channel, client, at);
        const current = await this.sessions.getVersioned(session.id, tx);
        if (operator && current && current.session.state === LineSessionState.Waiting) {
          await this.changeStatus(tx, session.id, current.version, { type: 'take', operatorId: operator.id }, current.session, at);
        }
        const message = await this.append(tx, session.id, { type: LineMessageType.Text, body, authorKind: 'operator', authorUserId: operator?.id }, at);
        return { message, opened, added: [...added, message] };
      }),
    );
    const session = await this.requireSession(outcome.message.sessionId);
    await this.publishSession(session, line);
    for (const added of outcome.added) await this.publisher.messageAdded(session, line, added);
    const [dto] = await this.views.messages([outcome.message], session, line, 'staff');
    return dto;
  }

  async requireExisting(sessionId: string): Promise<Session> {
    return this.requireSession(sessionId);
  }

  /** Tells everyone who follows the session that its parameters changed; the DTO for `viewerId`. */
  async parametersChanged(viewerId: string | undefined, sessionId: string): Promise<SessionDto> {
    const session = await this.requireSession(sessionId);
    const line = await this.lines.get(session.lineId);
    const dto = await this.views.session(session, viewerId, line);
    this.publisher.sessionChanged(dto);
    return dto;
  }

  /** The pencil next to the session name: its operator or a supervisor of the live chat. */
  async rename(actor: Actor, sessionId: string, name: string): Promise<SessionDto> {
    const { session, line } = await this.view(actor, sessionId);
    if (!AccessPolicy.canManageSession(actor, line, session)) throw forbidden('Only the operator working on the session or a supervisor can rename it.');
    const at = this.now();
    const by = (await this.views.userName(actor.userId)) ?? 'Someone';
    const message = await this.db.transaction().execute(async (tx) => {
      await this.sessions.rename(sessionId, name, at, tx);
      return this.append(tx, sessionId, { type: LineMessageType.System, body: `${by} renamed the session to "${name}".`, authorKind: 'system' }, at);
    });
    const renamed = await this.requireSession(sessionId);
    await this.publishSession(renamed, line);
    await this.publisher.messageAdded(renamed, line, message);
    return this.views.session(renamed, actor.userId, line);
  }

  // -------------------------------------------------------------------------------------------

  /**
   * Applies a state machine event as one transaction with its system message (and `inTransaction`
   * writes), then publishes. `viewerId` decides the unread count of the returned DTO.
   */
  async transition(
    viewerId: string | undefined,
    sessionId: string,
    line: Line,
    event: SessionEvent,
    systemText: string,
    hooks: {
      check?: (session: Session) => void;
      /** More writes in the change's transaction; true when they wrote to the outbox. */
      inTransaction?: (tx: Tx, session: Session, at: string) => Promise<boolean>;
    } = {},
  ): Promise<SessionDto> {
    const { message, queued } = await retryOnConflict(() =>
      this.db.transaction().execute(async (tx) => {
        const found = await this.sessions.getVersioned(sessionId, tx);
        if (!found) throw sessionNotFound();
        hooks.check?.(found.session);
        const at = this.now();
        await this.changeStatus(tx, sessionId, found.version, event, found.session, at);
        const appended = await this.append(tx, sessionId, { type: LineMessageType.System, body: systemText, authorKind: 'system' }, at);
        const changed = await this.sessions.get(sessionId, tx);
        return { message: appended, queued: changed && hooks.inTransaction ? await hooks.inTransaction(tx, changed, at) : false };
      }),
    );
    if (queued) this.outboxWorker.poke();
    const session = await this.requireSession(sessionId);
    await this.publishSession(session, line);
    await this.publisher.messageAdded(session, line, message);
    return this.views.session(session, viewerId, line);
  }

  /** Applies the state machine and writes the result only if the session is unchanged since read. */
  private async changeStatus(tx: Tx, id: string, version: number, event: SessionEvent, session: Session, at: string): Promise<void> {
    const status = applySessionEvent(session, event);
    const accepted = status.operatorId !== session.operatorId || status.state !== session.state ? at : undefined;
    const ok = await this.sessions.changeStatus(id, version, {
      status,
      at,
      acceptedAt: accepted,
      closedAt: status.state === LineSessionState.Closed ? at : session.closedAt ? null : undefined,
    }, tx);
    if (!ok) throw new WriteConflict(`session ${id} changed concurrently`);
  }

  private async append(tx: Tx, sessionId: string, draft: MessageDraft, at: string): Promise<Message> {
    const seq = await this.sessions.nextSeq(sessionId, draft.authorKind === 'client', at, tx);
    const message: NewMessage = { id: randomUUID(), sessionId, seq, createdAt: at, ...draft };
    await this.messages.insert(message, tx);
    const { idempotencyKey: _key, ...stored } = message;
    return stored;
  }

  private eventFacts(line: Line, session: Session, clientName: string, messageText: string | undefined): EventFacts {
    return {
      'line.id': line.id,
      'line.name': line.name,
      'session.id': session.id,
      'session.name': session.name,
      'session.createdAt': session.createdAt,
      'client.name': clientName,
      'message.text': messageText,
      'operator.id': session.operatorId,
    };
  }

  private async requireSession(id: string): Promise<Session> {
    const session = await this.sessions.get(id);
    if (!session) throw sessionNotFound();
    return session;
  }

  private async publishSession(session: Session, line: Line): Promise<void> {
    this.publisher.sessionChanged(await this.views.session(session, undefined, line));
  }
}
