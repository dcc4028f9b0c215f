/**
 * Changing sessions: operators taking, renaming and closing, read markers. Every change is one
 * transaction; realtime hints go out after it commits. Clients writing in and staff replying are in
 * message-sender.ts, reading in session-queries.ts, messages no one typed in company-messages.ts.
 */
import { LineMessageType, LineSessionState } from '@elma365/sdk-types';
import { inject, injectable } from 'inversify';
import { AccessPolicy, type Actor, forbidden, rolesOn } from '../../common/access-policy';
import type { SessionDto } from '../../common/api';
import type { Line } from '../../common/line';
import type { Message } from '../../common/message';
import type { Session, SessionEvent } from '../../common/session';
import { LiveChatsDb } from '../kernel/host-services';
import { CapacityGuard } from '../operators/capacity-guard';
import { OperatorStatusService } from '../operators/operator-status-service';
import { ProcessStarts, sessionEventFacts } from '../outbox/process-start';
import { Dispatcher } from '../routing/dispatcher';
import { ClientRepository } from '../storage/client-repository';
import { LineRepository } from '../storage/line-repository';
import type { Db, Tx } from '../storage/schema';
import { SessionRepository } from '../storage/session-repository';
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
    @inject(ClientRepository) private readonly clients: ClientRepository,
    @inject(SessionViews) private readonly views: SessionViews,
    @inject(SessionPublisher) private readonly publisher: SessionPublisher,
    @inject(ProcessStarts) private readonly processStarts: ProcessStarts,
    @inject(SessionQueries) private readonly queries: SessionQueries,
    @inject(SessionWriter) private readonly writer: SessionWriter,
    @inject(Dispatcher) private readonly dispatcher: Dispatcher,
    @inject(OperatorStatusService) private readonly status: OperatorStatusService,
    @inject(CapacityGuard) private readonly capacity: CapacityGuard,
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
      inTransaction: (tx, session, at) => this.processStarts.enqueue(tx, line, session, 'sessionClosed', sessionEventFacts(line, session, clientName, undefined), at),
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

  private requireSession(id: string): Promise<Session> {
    return this.writer.requireSession(id);
  }

  private async publishSession(session: Session, line: Line): Promise<void> {
    await this.writer.published(session, line, []);
  }
}
