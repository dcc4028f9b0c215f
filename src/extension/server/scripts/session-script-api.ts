/**
 * The server side of the `LiveChats` script hooks. Scripts run on the server on behalf of a
 * process, so they are not bound by a user's role (as platform server scripts are not), but they
 * are by the live chat's rules: the state machine, the live chat's operator groups, the parameter
 * definitions. Changes are written as system messages that name the process.
 */
import { LineChannelType, LineSessionState, type HostProcesses, type ScriptRun } from '@elma365/sdk-types';
import { inject, injectable } from 'inversify';
import type { MessageDto } from '../../common/api';
import { LiveChatsError } from '../../common/errors';
import type { Line } from '../../common/line';
import type { Session } from '../../common/session';
import type { ScriptLineData, ScriptSessionData, SystemLinesApi } from '../../../scripts/system-lines';
import { HostDirectory, HostProcesses as HostProcessesToken } from '../kernel/host-services';
import { ParameterService } from '../parameters/parameter-service';
import { CapacityGuard } from '../operators/capacity-guard';
import { isActiveOperatorOf } from '../operators/line-operators';
import { CompanyMessages } from '../sessions/company-messages';
import { SessionService } from '../sessions/session-service';
import { SessionViews } from '../sessions/session-views';
import { LineRepository } from '../storage/line-repository';
import { MessageRepository } from '../storage/message-repository';
import { SessionRepository } from '../storage/session-repository';

@injectable()
export class SessionScriptApi implements SystemLinesApi {
  constructor(
    @inject(SessionService) private readonly service: SessionService,
    @inject(CapacityGuard) private readonly capacity: CapacityGuard,
    @inject(CompanyMessages) private readonly companyMessages: CompanyMessages,
    @inject(ParameterService) private readonly parameters: ParameterService,
    @inject(SessionRepository) private readonly sessions: SessionRepository,
    @inject(LineRepository) private readonly lines: LineRepository,
    @inject(MessageRepository) private readonly messages: MessageRepository,
    @inject(SessionViews) private readonly views: SessionViews,
    @inject(HostDirectory) private readonly directory: HostDirectory,
    @inject(HostProcessesToken) private readonly processes: HostProcesses,
  ) {}

  private async load(sessionId: string): Promise<{ session: Session; line: Line }> {
    const session = await this.sessions.get(sessionId);
    const line = session && (await this.lines.get(session.lineId));
    if (!session || !line) throw new LiveChatsError('session/not-found', `There is no session "${sessionId}".`);
    return { session, line };
  }

  private async processName(run: ScriptRun): Promise<string> {
    return `Process "${(await this.processes.getTemplate(run.templateCode))?.name ?? run.templateCode}"`;
  }

  async listLines(_run: ScriptRun): Promise<ScriptLineData[]> {
    return (await this.lines.list()).map((line) => ({
      __id: line.id,
      __name: line.name,
      _operatorGroupIds: line.operatorGroupIds,
      _supervisorGroupIds: line.supervisorGroupIds,
    }));
  }

  async sessionData(_run: ScriptRun, sessionId: string): Promise<ScriptSessionData> {
    const { session } = await this.load(sessionId);
    return {
      __id: session.id,
      __name: session.name,
      __createdAt: session.createdAt,
      _line: session.lineId,
      _channel: session.channelId,
      _state: session.state,
      _priority: session.priority,
      _userId: session.operatorId,
      _userGroupId: session.operatorGroupId,
      _acceptedAt: session.acceptedAt,
      _closedAt: session.closedAt,
      _lastActivityAt: session.lastActivityAt,
    };
  }

  async setParameters(_run: ScriptRun, sessionId: string, values: Record<string, unknown>): Promise<void> {
    await this.load(sessionId);
    await this.parameters.setValues(sessionId, values);
    await this.service.parametersChanged(undefined, sessionId);
  }

  async getParameters(_run: ScriptRun, sessionId: string): Promise<Record<string, unknown>> {
    await this.load(sessionId);
    return this.parameters.getValues(sessionId);
  }

  async assignToOperator(run: ScriptRun, sessionId: string, userId: string): Promise<void> {
    const { line } = await this.load(sessionId);
    const user = await this.directory.getUser(userId);
    if (!isActiveOperatorOf(line, user)) {
      throw new LiveChatsError('auth/forbidden', `The user "${userId}" is not an operator of the live chat "${line.name}".`);
    }
    await this.service.transition(undefined, sessionId, line, { type: 'assignToOperator', operatorId: user.id }, `${await this.processName(run)} assigned the session to ${user.name}.`, {
      inTransaction: async (tx, _session, at) => {
        await this.capacity.ensureWithinLimit(tx, line, user.id, user.name, at);
        return false;
      },
    });
  }

  async assignToOperatorGroup(run: ScriptRun, sessionId: string, groupId: string): Promise<void> {
    const { line } = await this.load(sessionId);
    if (!line.operatorGroupIds.includes(groupId)) {
      throw new LiveChatsError('auth/forbidden', `The group "${groupId}" is not among the operator groups of the live chat "${line.name}".`);
    }
    const [group] = await this.directory.getGroups([groupId]);
    await this.service.transition(undefined, sessionId, line, { type: 'assignToOperatorGroup', operatorGroupId: groupId }, `${await this.processName(run)} passed the session to the queue of ${group?.name ?? 'a group'}.`);
  }

  async close(run: ScriptRun, sessionId: string): Promise<void> {
    const { line } = await this.load(sessionId);
    await this.service.transition(undefined, sessionId, line, { type: 'close' }, `${await this.processName(run)} closed the session.`);
  }

  async markAsSpam(run: ScriptRun, sessionId: string): Promise<void> {
    const { session, line } = await this.load(sessionId);
    const channel = line.channels.find((c) => c.id === session.channelId);
    if (channel?.type === LineChannelType.Internal) {
      throw new LiveChatsError('session/invalid-transition', 'Sessions of the internal channel cannot be marked as spam.');
    }
    await this.service.transition(undefined, sessionId, line, { type: 'markAsSpam' }, `${await this.processName(run)} marked the session as spam.`);
  }

  async getMessages(_run: ScriptRun, sessionId: string, from: number, size: number): Promise<MessageDto[]> {
    const { session, line } = await this.load(sessionId);
    // Sequence numbers start at 1 without gaps: the message at offset `from` has seq from + 1.
    return this.views.messages(await this.messages.listSince(sessionId, from, size, true), session, line, 'staff');
  }

  async getLastMessage(_run: ScriptRun, sessionId: string): Promise<MessageDto | undefined> {
    const { session, line } = await this.load(sessionId);
    const last = await this.messages.last(sessionId);
    return last ? (await this.views.messages([last], session, line, 'staff'))[0] : undefined;
  }

  async postSystemNote(_run: ScriptRun, sessionId: string, text: string): Promise<void> {
    await this.companyMessages.addProcessMessage(sessionId, 'note', text);
  }

  /** "Send Live Chat Message": on behalf of the process's initiator. */
  async sendMessage(run: ScriptRun, inputs: { line: string; recipient: string; text: string }): Promise<MessageDto> {
    return this.companyMessages.sendInitiative(inputs.line, inputs.recipient, inputs.text, run.initiatorId);
  }

  async sendResponse(_run: ScriptRun, sessionId: string, text: string): Promise<MessageDto> {
    const { session } = await this.load(sessionId);
    if (session.state === LineSessionState.MarkedAsSpam) throw new LiveChatsError('session/closed', 'The session is in spam: no response is sent.');
    return this.companyMessages.addProcessMessage(sessionId, 'response', text);
  }
}
