/**
 * Realtime hints after a change is committed: the database stays the truth, and a subscriber
 * that missed something catches up with `since`.
 */
import { inject, injectable } from 'inversify';
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
    if (message.authorKind === 'client' && session.operatorId) this.countersChanged(session.operatorId);
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
