/**
 * The pop-up of a new session (spec §3.6): after the session's first message (or a closed
 * session's resumption) is committed, every operator who may take it from the queue gets a
 * `new-session` hint on their user topic, Online or not; the hint says whether they were Online,
 * since only Online operators hear the sound. A session that routing gave to an operator at once
 * pops up for that operator only. Like every hint, it never fails the change that caused it.
 */
import { LineSessionState } from '@elma365/sdk-types';
import { inject, injectable } from 'inversify';
import { snippetOf, type NewSessionAlert } from '../../common/alerts';
import type { Line } from '../../common/line';
import type { Message } from '../../common/message';
import type { Session } from '../../common/session';
import { RealtimeEvents, Topics } from '../../common/topics';
import { HostDirectory, HostLogger, HostRealtime } from '../kernel/host-services';
import { activeOperators } from '../operators/line-operators';
import { OperatorStatusService } from '../operators/operator-status-service';
import { SessionViews } from './session-views';

@injectable()
export class SessionAlerts {
  constructor(
    @inject(HostRealtime) private readonly realtime: HostRealtime,
    @inject(HostDirectory) private readonly directory: HostDirectory,
    @inject(HostLogger) private readonly logger: HostLogger,
    @inject(OperatorStatusService) private readonly status: OperatorStatusService,
    @inject(SessionViews) private readonly views: SessionViews,
  ) {}

  /** `session` as it is after the commit; `message`: the client's message that opened (or resumed) it. */
  async sessionArrived(session: Session, line: Line, message: Pick<Message, 'body' | 'seq'>, resumed: boolean): Promise<void> {
    try {
      const audience = await this.audience(session, line);
      if (audience.length === 0) return;
      const [online, dto] = await Promise.all([this.status.onlineAmong(audience), this.views.session(session, undefined, line)]);
      for (const userId of audience) {
        const data: NewSessionAlert = {
          sessionId: session.id,
          state: session.state,
          lineId: line.id,
          lineName: line.name,
          sessionName: session.name,
          clientName: dto.clientName,
          snippet: snippetOf(message.body),
          seq: message.seq,
          online: online.has(userId),
          resumed,
          at: session.lastActivityAt,
        };
        this.realtime.publish({ topic: Topics.user(userId), type: RealtimeEvents.newSession, data });
      }
    } catch (error) {
      this.logger.warn('the new-session pop-up could not be sent', { sessionId: session.id, error: String(error) });
    }
  }

  /** The operators who see the session as new: its assignee, or those who may take it from its queue. */
  private async audience(session: Session, line: Line): Promise<string[]> {
    if (session.state === LineSessionState.AssignedToOperator) return session.operatorId ? [session.operatorId] : [];
    if (session.state !== LineSessionState.Waiting) return [];
    const groups = session.operatorGroupId ? [session.operatorGroupId] : line.operatorGroupIds;
    return (await activeOperators(this.directory, line, groups)).map((user) => user.id);
  }
}
