/**
 * `System.lines` for Script activities, with the platform SDK's names (spec §8.4): the live chats,
 * and a session fetched by id or reference as a LineSessionItem — its `data` and the
 * LineSessionItemRef methods. Values cross into the sandbox as JSON, so every member is async.
 */
import type { ScriptRun } from '@elma365/sdk-types';
import type { MessageDto } from '../extension/common/api';
import { createLiveChatsNamespace, type LiveChatsScriptApi, type RefArgument, type SessionArgument } from './live-chats-namespace';

/** A live chat as scripts see it. */
export interface ScriptLineData {
  __id: string;
  __name: string;
  _operatorGroupIds: string[];
  _supervisorGroupIds: string[];
}

/** A session as scripts see it (LineSessionData). */
export interface ScriptSessionData {
  __id: string;
  __name: string;
  __createdAt: string;
  _line: string;
  _channel: string;
  _state: string;
  _priority?: string;
  _userId?: string;
  _userGroupId?: string;
  _acceptedAt?: string;
  _closedAt?: string;
  _lastActivityAt: string;
}

export interface SystemLinesApi extends LiveChatsScriptApi {
  listLines(run: ScriptRun): Promise<ScriptLineData[]>;
  sessionData(run: ScriptRun, sessionId: string): Promise<ScriptSessionData>;
}

export interface ScriptSessionItem {
  id: string;
  data: ScriptSessionData;
  assignToOperator(operator: RefArgument): Promise<void>;
  assignToOperatorGroup(group: RefArgument): Promise<void>;
  close(): Promise<void>;
  markAsSpam(): Promise<void>;
  getAllMessages(from?: number, size?: number): Promise<MessageDto[]>;
  getLastMessage(): Promise<MessageDto | undefined>;
}

export interface SystemLines {
  lines: { all(): Promise<ScriptLineData[]> };
  sessions: { fetch(session: SessionArgument): Promise<ScriptSessionItem> };
}

export function createSystemLines(api: SystemLinesApi, run: ScriptRun): SystemLines {
  const { sessions } = createLiveChatsNamespace(api, run);
  return {
    lines: { all: () => api.listLines(run) },
    sessions: {
      async fetch(session) {
        // getParameters checks the argument and that the session exists, with the hooks' errors.
        await sessions.getParameters(session);
        const id = typeof session === 'string' ? session : session.id;
        return {
          id,
          data: await api.sessionData(run, id),
          assignToOperator: (operator) => sessions.assignToOperator(id, operator),
          assignToOperatorGroup: (group) => sessions.assignToOperatorGroup(id, group),
          close: () => sessions.close(id),
          markAsSpam: () => sessions.markAsSpam(id),
          getAllMessages: (from, size) => sessions.getAllMessages(id, from, size),
          getLastMessage: () => sessions.getLastMessage(id),
        };
      },
    },
  };
}
