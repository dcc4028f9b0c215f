/**
 * Realtime hints after a change is committed: the database stays the truth, and a subscriber
 * that missed something catches up with `since`.
 */
import { LineSessionState } from '@elma365/sdk-types';
import { inject, injectable } from 'inversify';
import type { NewMessageAlert, SessionActivity } from '../../common/alerts';
import type { SessionDto } from '../../common/api';
import { RealtimeEvents, Topics } from '../../common/topics';
import type { Line } from '../../common/line';
import { isVisibleToClient, type Message } from '../../common/message';
import type { Session } from '../../common/session';
import { HostRealtime } from '../kernel/host-services';
import { SessionViews } from './session-views';

@injectable()
export class SessionPublisher {
  constructor(
    @inject(HostRealtime) private readonly realtime: HostRealtime,
    @inject(SessionViews) private readonly views: SessionViews,
  ) {}

  async messageAdded(session: Session, line: Line, message: Message): Promise<void> {
    const [staff] = await this.views.messages([message], session, line, 'staff');
    this.realtime.publish({ topic: Topics.session(session.id), type: RealtimeEvents.message, seq: message.seq, data: staff });
    if (isVisibleToClient(message)) {
      const [client] = await this.views.messages([message], session, line, 'client');
      this.realtime.publish({ topic: Topics.sessionClient(session.id), type: RealtimeEvents.message, seq: message.seq, data: client });
    }
    if (message.authorKind === 'system') return;
    // The live chat's lists move the session up (and count a client's message as unread).
    const activity: SessionActivity = { sessionId: session.id, seq: message.seq, at: message.createdAt, fromClient: message.authorKind === 'client' };
    this.realtime.publish({ topic: Topics.line(session.lineId), type: RealtimeEvents.activity, data: activity });
    if (message.authorKind === 'client') this.clientWrote(session, message);
  }

  /** A client's message: the operator it is assigned to gets their counters and the new-message sound (spec §3.6). */
  private clientWrote(session: Session, message: Message): void {
    if (!session.operatorId) return;
    this.countersChanged(session.operatorId);
    if (session.state !== LineSessionState.AssignedToOperator) return;
    const alert: NewMessageAlert = { sessionId: session.id, lineId: session.lineId, sessionName: session.name, seq: message.seq };
    this.realtime.publish({ topic: Topics.user(session.operatorId), type: RealtimeEvents.newMessage, data: alert });
  }

  /** A message's text changed: a hint without seq to staff, and to the client when they see it. */
  async messageEdited(session: Session, line: Line, message: Message): Promise<void> {
    const [staff] = await this.views.messages([message], session, line, 'staff');
    this.realtime.publish({ topic: Topics.session(session.id), type: RealtimeEvents.messageEdited, data: staff });
    if (isVisibleToClient(message)) {
      const [client] = await this.views.messages([message], session, line, 'client');
      this.realtime.publish({ topic: Topics.sessionClient(session.id), type: RealtimeEvents.messageEdited, data: client });
    }
  }

  /** The session's state, operator or name changed, or it was created. */
  sessionChanged(dto: SessionDto): void {
    const data = { ...dto, unread: 0 };
    for (const topic of [Topics.session(dto.id), Topics.sessionClient(dto.id), Topics.line(dto.lineId)]) {
      this.realtime.publish({ topic, type: RealtimeEvents.session, data });
    }
  }

  countersChanged(userId: string): void {
    this.realtime.publish({ topic: Topics.user(userId), type: RealtimeEvents.counters, data: {} });
  }
}
