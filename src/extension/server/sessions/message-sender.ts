/**
 * The message path: a client writing to a live chat (opening, resuming and routing its session on
 * the way) and staff replying in a session, each with its quote and attachments, in one
 * transaction with idempotent retries; the realtime hints, alerts and dispatching after commit.
 * Changing sessions otherwise is in session-service.ts.
 */
import { LineMessageType, LineSessionState, type HostUser } from '@elma365/sdk-types';
import { inject, injectable } from 'inversify';
import { AccessPolicy, type Actor, forbidden } from '../../common/access-policy';
import type { SendMessageBody, SendMessageResult } from '../../common/api';
import { LiveChatsError } from '../../common/errors';
import { internalChannelOf, type Line } from '../../common/line';
import { normalizeMessageText, type Message } from '../../common/message';
import type { Session } from '../../common/session';
import { AttachmentClaims } from '../attachments/attachment-claims';
import { LiveChatsDb } from '../kernel/host-services';
import { OperatorStatusService } from '../operators/operator-status-service';
import { OutboxWorker } from '../outbox/outbox-worker';
import { ProcessStarts, sessionEventFacts } from '../outbox/process-start';
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
import { SessionQueries } from './session-queries';
import { SessionViews } from './session-views';
import { type MessageDraft, SessionWriter } from './session-writer';

/** Who writes a text message, and what it says. */
type TextDraft = Pick<MessageDraft, 'authorKind' | 'authorUserId' | 'idempotencyKey' | 'quote'> & { text: string };

@injectable()
export class MessageSender {
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
    @inject(MessageEdits) private readonly edits: MessageEdits,
    @inject(SessionAlerts) private readonly alerts: SessionAlerts,
    @inject(AttachmentClaims) private readonly attachmentClaims: AttachmentClaims,
  ) {}

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
          const at = this.writer.now();
          const client = await this.clients.internalClientFor(user, at, tx);
          const { session, opened, added, previousOperatorId } = await this.writer.openConversation(tx, line, channel, client, at);
          if (opened && !plan) throw new NeedsRoutingPlan();
          if (quoted && quoted.sessionId !== session.id) throw notInSession();
          const message = await this.appendText(tx, session.id, { authorKind: 'client', authorUserId: user.id, idempotencyKey, text, quote: quoted?.quote }, body, at);
          added.push(message);
          const facts = sessionEventFacts(line, session, client.name, text);
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
      const { session, line: sessionLine } = await this.queries.view(actor, outcome.replay.sessionId);
      const [message] = await this.views.messages([outcome.replay], session, sessionLine, 'client');
      return { sessionId: session.id, message, replay: true };
    }
    if (outcome.started) this.outboxWorker.poke();
    const session = await this.writer.requireSession(outcome.message.sessionId);
    if (outcome.opened) await this.writer.published(session, line, []);
    if (outcome.opened) await this.alerts.sessionArrived(session, line, outcome.message, outcome.opened === 'resumed');
    for (const added of outcome.added) await this.publisher.messageAdded(session, line, added);
    if (outcome.pending) this.dispatcher.poke();
    if (outcome.assigned) await this.dispatcher.announce(line, session, outcome.assigned);
    const [message] = await this.views.messages([outcome.message], session, line, 'client');
    return { sessionId: session.id, message, replay: false };
  }

  /** Staff write into a session (reply, attach files) only Online and only in the sessions assigned to them. */
  async requireReplier(actor: Actor, line: Line, session: Session): Promise<void> {
    await this.status.requireOnline(actor);
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
    const { session, line, viewpoint } = await this.queries.view(actor, sessionId);
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
        const at = this.writer.now();
        const message = await this.appendText(tx, session.id, { authorKind: 'operator', authorUserId: actor.userId, idempotencyKey, text, quote: quoted?.quote }, body, at);
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

  /** A text message with the files uploaded for it: the uploads are claimed for the message in its transaction. */
  private async appendText(tx: Tx, sessionId: string, draft: TextDraft, body: SendMessageBody, at: string): Promise<Message> {
    const { text, ...author } = draft;
    const attachments = await this.attachmentClaims.take(tx, sessionId, draft.authorUserId!, body.attachmentIds);
    const message = await this.writer.append(tx, sessionId, { type: LineMessageType.Text, body: text, ...author, clientMessageId: body.clientMessageId, attachments }, at);
    await this.attachmentClaims.link(tx, attachments, message.id);
    return message;
  }
}

/** Routing's facts are read outside the transaction: the transaction that found it needs them runs again. */
class NeedsRoutingPlan extends Error {}
