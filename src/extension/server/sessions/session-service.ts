/**
 * Changing sessions: clients writing in (and routing what they open), operators taking, replying,
 * renaming and closing, read markers. Every change is one transaction; realtime hints go out after
 * it commits. Reading is in session-queries.ts, messages no one typed in company-messages.ts.
 */
import { LineMessageType, LineSessionState, type HostUser } from '@elma365/sdk-types';
import { inject, injectable } from 'inversify';
import { AccessPolicy, type Actor, forbidden, rolesOn } from '../../common/access-policy';
import type { SendMessageBody, SendMessageResult, SessionDto } from '../../common/api';
import { LiveChatsError } from '../../common/errors';
import { internalChannelOf, type Line } from '../../common/line';
import type { EventFacts } from '../../common/process-bindings';
import { normalizeMessageText, type Message } from '../../common/message';
import type { Session, SessionEvent } from '../../common/session';
import { AttachmentClaims } from '../attachments/attachment-claims';
import { LiveChatsDb } from '../kernel/host-services';
import { CapacityGuard } from '../operators/capacity-guard';
import { OperatorStatusService } from '../operators/operator-status-service';
import { OutboxWorker } from '../outbox/outbox-worker';
import { ProcessStarts } from '../outbox/process-start';
import { Dispatcher } from '../routing/dispatcher';
import { type RoutedOutcome, Router, type RoutingPlan } from '../routing/router';
import { ClientRepository } from '../storage/client-repository';
import { LineRepository } from '../storage/line-repository';
import { MessageRepository } from '../storage/message-repository';
import { retryOnConflict } from '../storage/retry';
import type { Db, Tx } from '../storage/schema';
import { SessionRepository } from '../storage/session-repository';
import { MessageEdits, notInSession } from './message-edits';
import { SessionAlerts } from './session-alerts';
import { SessionPublisher } from './session-publisher';
import { SessionQueries, sessionNotFound, type Viewed } from './session-queries';
import { SessionViews } from './session-views';
import { type MessageDraft, SessionWriter, type TransitionHooks } from './session-writer';

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
    @inject(ProcessStarts) private readonly processStarts: ProcessStarts,
    @inject(OutboxWorker) private readonly outboxWorker: OutboxWorker,
    @inject(SessionQueries) private readonly queries: SessionQueries,
    @inject(SessionWriter) private readonly writer: SessionWriter,
    @inject(Router) private readonly router: Router,
    @inject(Dispatcher) private readonly dispatcher: Dispatcher,
    @inject(OperatorStatusService) private readonly status: OperatorStatusService,
    @inject(CapacityGuard) private readonly capacity: CapacityGuard,
    @inject(MessageEdits) private readonly edits: MessageEdits,
    @inject(SessionAlerts) private readonly alerts: SessionAlerts,
    @inject(AttachmentClaims) private readonly attachmentClaims: AttachmentClaims,
  ) {}

  private now(): string {
    return this.writer.now();
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
    const text = normalizeMessageText(body.text, { allowEmpty: Boolean(body.attachmentIds?.length) });
    const idempotencyKey = `user:${actor.userId}:${body.clientMessageId}`;
    const quoted = body.quoteOf ? await this.edits.quote(body.quoteOf, undefined, line) : undefined;

    // Routing needs the live chat's rules and operators, read outside the transaction; only a
    // message that opens a session needs them, so they are read when one does, and it runs again.
    let plan: RoutingPlan | undefined;
    const attempt = () =>
      retryOnConflict(async () => {
        const original = await this.messages.findByIdempotencyKey(idempotencyKey);
        if (original) return { replay: original };
        return this.db.transaction().execute(async (tx) => {
          const at = this.now();
          const client = await this.clients.internalClientFor(user, at, tx);
          const { session, opened, added, previousOperatorId } = await this.writer.openConversation(tx, line, channel, client, at);
          if (opened && !plan) throw new NeedsRoutingPlan();
          if (quoted && quoted.sessionId !== session.id) throw notInSession();
          const attachments = await this.attachmentClaims.take(tx, session.id, user.id, body.attachmentIds);
          const message = await this.append(tx, session.id, {
            type: LineMessageType.Text,
            body: text,
            authorKind: 'client',
            authorUserId: user.id,
            clientMessageId: body.clientMessageId,
            idempotencyKey,
            quote: quoted?.quote,
            attachments,
          }, at);
          await this.attachmentClaims.link(tx, attachments, message.id);
          added.push(message);
          const facts = this.eventFacts(line, session, client.name, text);
          let started = false;
          let routed: RoutedOutcome | undefined;
          const current = opened && plan ? await this.sessions.getVersioned(session.id, tx) : undefined;
          if (current && plan && current.session.state === LineSessionState.Waiting) {
            routed = await this.router.route(tx, plan, {
              ...current,
              client,
              created: opened === 'created',
              previousOperatorId,
              messageText: text,
              channelName: channel.name,
              clientAccount: user.login,
              facts,
            }, at);
            added.push(...routed.added);
            started = routed.queued;
          }
          if (opened === 'created' && !routed?.replacesLineProcess) started = (await this.processStarts.enqueue(tx, line, session, 'sessionCreated', facts, at)) || started;
          started = (await this.processStarts.enqueue(tx, line, session, 'clientMessage', facts, at)) || started;
          return { message, opened, added, started, pending: Boolean(routed?.decision.target && !routed.assigned), assigned: routed?.assigned };
        });
      });
    let outcome: Awaited<ReturnType<typeof attempt>>;
    for (;;) {
      try {
        outcome = await attempt();
        break;
      } catch (error) {
        if (!(error instanceof NeedsRoutingPlan)) throw error;
        plan = await this.router.prepare(line);
      }
    }

    if ('replay' in outcome) {
      const { session, line: sessionLine } = await this.view(actor, outcome.replay.sessionId);
      const [message] = await this.views.messages([outcome.replay], session, sessionLine, 'client');
      return { sessionId: session.id, message, replay: true };
    }
    if (outcome.started) this.outboxWorker.poke();
    const session = await this.requireSession(outcome.message.sessionId);
    if (outcome.opened) await this.publishSession(session, line);
    if (outcome.opened) await this.alerts.sessionArrived(session, line, outcome.message, outcome.opened === 'resumed');
    for (const added of outcome.added) await this.publisher.messageAdded(session, line, added);
    if (outcome.pending) this.dispatcher.poke();
    if (outcome.assigned) await this.dispatcher.announce(line, session, outcome.assigned);
    const [message] = await this.views.messages([outcome.message], session, line, 'client');
    return { sessionId: session.id, message, replay: false };
  }

  /** Staff write into a session (reply, attach files) only Online and only in the sessions assigned to them. */
  async requireReplier(actor: Actor, line: Line, session: Session): Promise<void> {
    await this.requireOnline(actor);
    if (!AccessPolicy.canReply(actor, line, session)) {
      throw forbidden(
        session.state === LineSessionState.Waiting
          ? 'Press "Start work" to take the session before replying.'
          : 'Only the operator assigned to the session can reply.',
      );
    }
  }

  /** A message into a known session: by its assigned operator, or by its own client. */
  async writeToSession(actor: Actor, user: HostUser, sessionId: string, body: SendMessageBody): Promise<SendMessageResult & { replay: boolean }> {
    const { session, line, viewpoint } = await this.view(actor, sessionId);
    if (viewpoint === 'client') return this.writeToLine(actor, user, line.id, body);
    await this.requireReplier(actor, line, session);
    const text = normalizeMessageText(body.text, { allowEmpty: Boolean(body.attachmentIds?.length) });
    const idempotencyKey = `user:${actor.userId}:${body.clientMessageId}`;
    const quoted = body.quoteOf ? await this.edits.quote(body.quoteOf, session, line) : undefined;
    const outcome = await retryOnConflict(async () => {
      const original = await this.messages.findByIdempotencyKey(idempotencyKey);
      if (original) return { original };
      return this.db.transaction().execute(async (tx) => {
        const current = await this.sessions.get(session.id, tx);
        if (!current || !AccessPolicy.canReply(actor, line, current)) {
          throw forbidden('The session is no longer assigned to you.');
        }
        const at = this.now();
        const attachments = await this.attachmentClaims.take(tx, session.id, actor.userId, body.attachmentIds);
        const message = await this.append(tx, session.id, {
          type: LineMessageType.Text,
          body: text,
          authorKind: 'operator',
          authorUserId: actor.userId,
          clientMessageId: body.clientMessageId,
          idempotencyKey,
          quote: quoted?.quote,
          attachments,
        }, at);
        await this.attachmentClaims.link(tx, attachments, message.id);
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

  /** "Start work": of operators clicking at once, exactly one gets the session, within their capacity. */
  async take(actor: Actor, sessionId: string, actorName: string): Promise<SessionDto> {
    // Not view(): to an operator who lost the race the session is no longer visible, yet the
    // answer they need is "someone else took it" (409), not "no access".
    const session = await this.sessions.get(sessionId);
    const line = session && (await this.lines.get(session.lineId));
    if (!session || !line) throw sessionNotFound();
    const refuse = () => forbidden('Only operators of the live chat (of its group, for a group\'s queue) can take this session.');
    // A session that is no longer waiting gets the state machine's "someone else took it".
    if (!rolesOn(actor, line).operator || (session.state === LineSessionState.Waiting && !AccessPolicy.canTake(actor, line, session))) throw refuse();
    await this.requireOnline(actor);
    const taken = await this.transition(actor.userId, sessionId, line, { type: 'take', operatorId: actor.userId }, `${actorName} started work on the session.`, {
      check: (current) => {
        if (current.state === LineSessionState.Waiting && !AccessPolicy.canTake(actor, line, current)) throw refuse();
      },
      inTransaction: async (tx, _session, at) => {
        await this.capacity.ensureWithinLimit(tx, line, actor.userId, undefined, at);
        return false;
      },
    });
    return taken;
  }

  async close(actor: Actor, sessionId: string): Promise<SessionDto> {
    const { line, session: viewed } = await this.view(actor, sessionId);
    await this.requireOnline(actor);
    const name = await this.views.userName(actor.userId);
    // Read before the transaction: on SQLite a query outside it would wait for it forever.
    const clientName = (await this.clients.getMany([viewed.clientId])).get(viewed.clientId)?.name ?? '';
    const closed = await this.transition(actor.userId, sessionId, line, { type: 'close' }, `${name ?? 'The operator'} closed the session.`, {
      check: (session) => {
        if (!AccessPolicy.canClose(actor, line, session)) throw forbidden('Only the operator assigned to the session can close it.');
      },
      inTransaction: (tx, session, at) => this.processStarts.enqueue(tx, line, session, 'sessionClosed', this.eventFacts(line, session, clientName, undefined), at),
    });
    // The operator has room for another session now.
    this.dispatcher.poke();
    return closed;
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
    await this.requireOnline(actor);
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

  /** See SessionWriter.transition; scripts and supervision go through here too. */
  transition(viewerId: string | undefined, sessionId: string, line: Line, event: SessionEvent, systemText: string, hooks: TransitionHooks = {}): Promise<SessionDto> {
    return this.writer.transition(viewerId, sessionId, line, event, systemText, hooks);
  }

  private append(tx: Tx, sessionId: string, draft: MessageDraft, at: string): Promise<Message> {
    return this.writer.append(tx, sessionId, draft, at);
  }

  /** Refuses working actions to Offline staff (spec §3.4). */
  requireOnline(actor: Actor): Promise<void> {
    return this.status.requireOnline(actor);
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

  private requireSession(id: string): Promise<Session> {
    return this.writer.requireSession(id);
  }

  private async publishSession(session: Session, line: Line): Promise<void> {
    await this.writer.published(session, line, []);
  }
}

/** Routing's facts are read outside the transaction: the transaction that found it needs them runs again. */
class NeedsRoutingPlan extends Error {}
