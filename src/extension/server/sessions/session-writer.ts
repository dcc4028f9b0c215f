/**
 * The primitives every change to a session is made of: a state change conditional on the version
 * read, a message with the next sequence number, and the realtime hints after commit. Services
 * (sessions, routing, supervision, the dispatcher) compose them into their transactions.
 */
import { LineMessageType, LineSessionState } from '@elma365/sdk-types';
import { randomUUID } from 'node:crypto';
import { inject, injectable } from 'inversify';
import type { SessionDto } from '../../common/api';
import type { Client } from '../../common/client';
import type { Channel, Line } from '../../common/line';
import { CONVERSATION_RESUMED_NOTE, type Message } from '../../common/message';
import { applySessionEvent, type Session, type SessionEvent } from '../../common/session';
import { HostClock, LiveChatsDb } from '../kernel/host-services';
import { OutboxWorker } from '../outbox/outbox-worker';
import { MessageRepository, type NewMessage } from '../storage/message-repository';
import { retryOnConflict, WriteConflict } from '../storage/retry';
import type { Db, Tx } from '../storage/schema';
import { SessionRepository } from '../storage/session-repository';
import { SessionNaming } from './session-naming';
import { SessionPublisher } from './session-publisher';
import { sessionNotFound } from './session-queries';
import { SessionViews } from './session-views';

export type MessageDraft = Pick<NewMessage, 'type' | 'body' | 'authorKind' | 'authorUserId' | 'clientMessageId' | 'idempotencyKey' | 'quote' | 'attachments'>;

export interface TransitionHooks {
  /** Throws to refuse the change, given the session as it is in the transaction. */
  check?: (session: Session) => void;
  /** More writes in the change's transaction, after it; true when they wrote to the outbox. Throwing undoes everything. */
  inTransaction?: (tx: Tx, session: Session, at: string) => Promise<boolean>;
}

@injectable()
export class SessionWriter {
  constructor(
    @inject(LiveChatsDb) private readonly db: Db,
    @inject(SessionRepository) private readonly sessions: SessionRepository,
    @inject(MessageRepository) private readonly messages: MessageRepository,
    @inject(SessionViews) private readonly views: SessionViews,
    @inject(SessionPublisher) private readonly publisher: SessionPublisher,
    @inject(HostClock) private readonly clock: HostClock,
    @inject(OutboxWorker) private readonly outboxWorker: OutboxWorker,
    @inject(SessionNaming) private readonly naming: SessionNaming,
  ) {}

  now(): string {
    return this.clock.now().toISOString();
  }

  systemNote(body: string): MessageDraft {
    return { type: LineMessageType.System, body, authorKind: 'system' };
  }

  /**
   * Applies a state machine event as one transaction with its system message (and `inTransaction`
   * writes), then publishes. `viewerId` decides the unread count of the returned DTO.
   */
  async transition(viewerId: string | undefined, sessionId: string, line: Line, event: SessionEvent, systemText: string, hooks: TransitionHooks = {}): Promise<SessionDto> {
    const { message, queued } = await retryOnConflict(() =>
      this.db.transaction().execute(async (tx) => {
        const found = await this.sessions.getVersioned(sessionId, tx);
        if (!found) throw sessionNotFound();
        hooks.check?.(found.session);
        const at = this.now();
        await this.changeStatus(tx, sessionId, found.version, event, found.session, at);
        const appended = await this.append(tx, sessionId, this.systemNote(systemText), at);
        const changed = await this.sessions.get(sessionId, tx);
        return { message: appended, queued: changed && hooks.inTransaction ? await hooks.inTransaction(tx, changed, at) : false };
      }),
    );
    if (queued) this.outboxWorker.poke();
    const session = await this.requireSession(sessionId);
    // One view serves the answer and the realtime hint (which carries no unread count).
    const dto = await this.views.session(session, viewerId, line);
    this.publisher.sessionChanged(dto);
    await this.publisher.messageAdded(session, line, message);
    return dto;
  }

  /** Applies the state machine and writes the result only if the session is unchanged since read. */
  async changeStatus(tx: Tx, id: string, version: number, event: SessionEvent, session: Session, at: string): Promise<void> {
    const status = applySessionEvent(session, event);
    // Closing keeps the time the session was taken: first response speed (Reports) is measured from it.
    const moved = status.operatorId !== session.operatorId || status.state !== session.state;
    const accepted = moved && status.state !== LineSessionState.Closed ? at : undefined;
    const ok = await this.sessions.changeStatus(id, version, {
      status,
      at,
      acceptedAt: accepted,
      closedAt: status.state === LineSessionState.Closed ? at : session.closedAt ? null : undefined,
    }, tx);
    if (!ok) throw new WriteConflict(`session ${id} changed concurrently`);
  }

  async append(tx: Tx, sessionId: string, draft: MessageDraft, at: string): Promise<Message> {
    const seq = await this.sessions.nextSeq(sessionId, draft.authorKind === 'client', at, tx);
    const message: NewMessage = { id: randomUUID(), sessionId, seq, createdAt: at, ...draft };
    await this.messages.insert(message, tx);
    const { idempotencyKey: _key, ...stored } = message;
    return stored;
  }

  /**
   * The session of a client on a channel, within the caller's transaction: created on first
   * contact, resumed into the queue when it was closed (spec §4.1, §4.9).
   */
  async openConversation(
    tx: Tx,
    line: Line,
    channel: Channel,
    client: Client,
    at: string,
  ): Promise<{ session: Session; opened?: 'created' | 'resumed'; added: Message[]; previousOperatorId?: string }> {
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
    const note = await this.append(tx, session.id, this.systemNote(CONVERSATION_RESUMED_NOTE), at);
    return { session, opened: 'resumed', added: [note], previousOperatorId: session.operatorId };
  }

  async requireSession(id: string): Promise<Session> {
    const session = await this.sessions.get(id);
    if (!session) throw sessionNotFound();
    return session;
  }

  /** After commit: the session's new state, then its new messages in order. */
  async published(session: Session, line: Line, added: readonly Message[]): Promise<void> {
    this.publisher.sessionChanged(await this.views.session(session, undefined, line));
    for (const message of added) await this.publisher.messageAdded(session, line, message);
  }
}
