/**
 * Supervision (spec §3.5, §4.10, §5.3): reassigning a session to an operator or to a group's
 * queue, returning it to the queue, marking it as spam and back, and its priority. Supervisors of
 * the live chat may do it to any session, the assigned operator to theirs, both only while
 * Online. Every change writes a system message; a reassignment notifies its target in #feed.
 */
import { LineChannelType, LineMessageType, LineSessionPriority, LineSessionState } from '@elma365/sdk-types';
import { inject, injectable } from 'inversify';
import { AccessPolicy, type Actor, forbidden } from '../../common/access-policy';
import type { SessionDto } from '../../common/api';
import { isLiveChatsError, LiveChatsError } from '../../common/errors';
import type { Line } from '../../common/line';
import type { AssignSessionBody } from '../../common/routing-api';
import type { Session } from '../../common/session';
import { HostDirectory, HostLogger, HostNotifications, LiveChatsDb } from '../kernel/host-services';
import { CapacityGuard } from '../operators/capacity-guard';
import { isActiveOperatorOf } from '../operators/line-operators';
import { OperatorStatusService } from '../operators/operator-status-service';
import { SettingsService } from '../operators/settings-service';
import { Dispatcher, sessionLink } from '../routing/dispatcher';
import type { Db } from '../storage/schema';
import { SessionRepository } from '../storage/session-repository';
import { SessionQueries } from '../sessions/session-queries';
import { SessionViews } from '../sessions/session-views';
import { SessionWriter } from '../sessions/session-writer';

const PRIORITY_LABELS: Record<LineSessionPriority, string> = {
  [LineSessionPriority.High]: 'High',
  [LineSessionPriority.Medium]: 'Medium',
  [LineSessionPriority.Low]: 'Low',
};

@injectable()
export class SupervisionService {
  constructor(
    @inject(LiveChatsDb) private readonly db: Db,
    @inject(SessionQueries) private readonly queries: SessionQueries,
    @inject(SessionRepository) private readonly sessions: SessionRepository,
    @inject(SessionWriter) private readonly writer: SessionWriter,
    @inject(SessionViews) private readonly views: SessionViews,
    @inject(OperatorStatusService) private readonly status: OperatorStatusService,
    @inject(SettingsService) private readonly settings: SettingsService,
    @inject(CapacityGuard) private readonly capacity: CapacityGuard,
    @inject(Dispatcher) private readonly dispatcher: Dispatcher,
    @inject(HostDirectory) private readonly directory: HostDirectory,
    @inject(HostNotifications) private readonly notifications: HostNotifications,
    @inject(HostLogger) private readonly logger: HostLogger,
  ) {}

  async assign(actor: Actor, sessionId: string, body: AssignSessionBody): Promise<SessionDto> {
    const { session, line } = await this.supervised(actor, sessionId, 'reassign');
    const by = await this.nameOf(actor.userId);
    const groupId = body.operatorGroupId;
    if (groupId !== undefined && !line.operatorGroupIds.includes(groupId)) {
      throw new LiveChatsError('request/invalid', 'Choose one of the live chat\'s operator groups.');
    }
    const groupName = groupId ? ((await this.directory.getGroups([groupId]))[0]?.name ?? 'a group') : undefined;

    if (!('operatorId' in body)) {
      const dto = await this.writer.transition(actor.userId, sessionId, line, { type: 'assignToOperatorGroup', operatorGroupId: groupId }, `${by} passed the session to the queue of ${groupName}.`);
      this.dispatcher.poke();
      await this.notify({ groupIds: [groupId!], title: `A session is waiting in the queue of ${groupName}`, text: `"${session.name}" in ${line.name}`, link: sessionLink(line.id, sessionId, 'queue') });
      return dto;
    }

    const target = await this.directory.getUser(body.operatorId);
    if (!isActiveOperatorOf(line, target)) {
      throw new LiveChatsError('operator/not-an-operator', 'The session can be assigned only to an active operator of the live chat.');
    }
    if (session.state === LineSessionState.AssignedToOperator && session.operatorId === target.id && (groupId === undefined || groupId === session.operatorGroupId)) {
      throw new LiveChatsError('session/invalid-transition', `The session is already assigned to ${target.name}.`);
    }
    if ((await this.settings.get()).reassignOnlyOnline && !(await this.status.onlineAmong([target.id])).has(target.id)) {
      throw new LiveChatsError('operator/offline', `${target.name} is Offline, and sessions may be reassigned only to Online operators.`);
    }
    const text = `${by} assigned the session to ${target.name}${groupName ? ` (${groupName})` : ''}.`;
    const dto = await this.writer.transition(actor.userId, sessionId, line, { type: 'assignToOperator', operatorId: target.id, operatorGroupId: groupId }, text, {
      inTransaction: async (tx, _changed, at) => {
        await this.capacity.ensureWithinLimit(tx, line, target.id, target.name, at);
        return false;
      },
    });
    // The previous operator has room now.
    this.dispatcher.poke();
    if (target.id !== actor.userId) {
      await this.notify({ userIds: [target.id], title: 'A session was assigned to you', text: `"${session.name}" in ${line.name}, by ${by}`, link: sessionLink(line.id, sessionId, 'mine') });
    }
    return dto;
  }

  async returnToQueue(actor: Actor, sessionId: string): Promise<SessionDto> {
    const { line } = await this.supervised(actor, sessionId, 'return to the queue');
    const dto = await this.writer.transition(actor.userId, sessionId, line, { type: 'returnToQueue' }, `${await this.nameOf(actor.userId)} returned the session to the queue.`);
    this.dispatcher.poke();
    return dto;
  }

  /** Mark as spam (spec §4.10): out of the lists, routing, reports and processes. Not for employees' sessions. */
  async markAsSpam(actor: Actor, sessionId: string): Promise<SessionDto> {
    const { session, line } = await this.supervised(actor, sessionId, 'mark as spam');
    if (line.channels.find((channel) => channel.id === session.channelId)?.type === LineChannelType.Internal) {
      throw new LiveChatsError('session/invalid-transition', 'Sessions of the internal channel (company employees) cannot be marked as spam.');
    }
    const dto = await this.writer.transition(actor.userId, sessionId, line, { type: 'markAsSpam' }, `${await this.nameOf(actor.userId)} marked the session as spam.`);
    this.dispatcher.poke();
    return dto;
  }

  /**
   * Remove from spam: the session gets back its state, operator and priority. If the operator has
   * no room for it any more, it goes to the queue instead, and the system message says so.
   */
  async removeFromSpam(actor: Actor, sessionId: string): Promise<SessionDto> {
    const { session, line } = await this.supervised(actor, sessionId, 'remove from spam');
    const by = await this.nameOf(actor.userId);
    const operatorId = session.beforeSpam?.state === LineSessionState.AssignedToOperator ? session.beforeSpam.operatorId : undefined;
    try {
      return await this.writer.transition(actor.userId, sessionId, line, { type: 'removeFromSpam' }, `${by} removed the session from spam.`, {
        inTransaction: async (tx, _changed, at) => {
          if (operatorId) await this.capacity.ensureWithinLimit(tx, line, operatorId, 'The operator', at);
          return false;
        },
      });
    } catch (error) {
      if (!isLiveChatsError(error, 'operator/at-capacity')) throw error;
      return this.writer.transition(actor.userId, sessionId, line, { type: 'removeFromSpam', toQueue: true }, `${by} removed the session from spam; its operator has no room for it, so it is back in the queue.`);
    }
  }

  async setPriority(actor: Actor, sessionId: string, priority: LineSessionPriority | null): Promise<SessionDto> {
    const { line } = await this.supervised(actor, sessionId, 'change the priority of');
    const by = await this.nameOf(actor.userId);
    const text = priority ? `${by} set the priority to ${PRIORITY_LABELS[priority]}.` : `${by} removed the priority.`;
    const message = await this.db.transaction().execute(async (tx) => {
      const at = this.writer.now();
      await this.sessions.setPriority(sessionId, priority ?? undefined, at, tx);
      return this.writer.append(tx, sessionId, { type: LineMessageType.System, body: text, authorKind: 'system' }, at);
    });
    const changed = await this.writer.requireSession(sessionId);
    await this.writer.published(changed, line, [message]);
    return this.views.session(changed, actor.userId, line);
  }

  /** The session if the actor may supervise it and is Online. */
  private async supervised(actor: Actor, sessionId: string, what: string): Promise<{ session: Session; line: Line }> {
    const { session, line } = await this.queries.view(actor, sessionId);
    if (!AccessPolicy.canSupervise(actor, line, session)) {
      throw forbidden(`Only a supervisor of the live chat or the session's operator can ${what} the session.`);
    }
    await this.status.requireOnline(actor);
    return { session, line };
  }

  private async nameOf(userId: string): Promise<string> {
    return (await this.views.userName(userId)) ?? 'Someone';
  }

  private async notify(notice: Parameters<HostNotifications['notify']>[0]): Promise<void> {
    await this.notifications.notify(notice).catch((error: unknown) => this.logger.warn('a #feed notice failed', { error: String(error) }));
  }
}
