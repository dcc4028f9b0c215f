/**
 * `LiveChats`, the global that Script activities of business processes call (spec §8.4):
 * session parameters, the LineSessionItemRef methods of the SDK, system notes and responses.
 * Every argument is checked here, before anything is asked of the server, and every failure is a
 * ScriptError with a code; a failed call changes nothing.
 */
import type { ScriptRun } from '@elma365/sdk-types';
import { z } from 'zod';
import type { MessageDto } from '../extension/common/api';
import { MESSAGE_TEXT_MAX } from '../extension/common/message';
import { ScriptError } from './script-error';

/** What the hooks need from the server; every method throws LiveChatsError-like `{code, message}` on refusal. */
export interface LiveChatsScriptApi {
  setParameters(run: ScriptRun, sessionId: string, values: Record<string, unknown>): Promise<void>;
  getParameters(run: ScriptRun, sessionId: string): Promise<Record<string, unknown>>;
  assignToOperator(run: ScriptRun, sessionId: string, userId: string): Promise<void>;
  assignToOperatorGroup(run: ScriptRun, sessionId: string, groupId: string): Promise<void>;
  close(run: ScriptRun, sessionId: string): Promise<void>;
  markAsSpam(run: ScriptRun, sessionId: string): Promise<void>;
  getMessages(run: ScriptRun, sessionId: string, from: number, size: number): Promise<MessageDto[]>;
  getLastMessage(run: ScriptRun, sessionId: string): Promise<MessageDto | undefined>;
  postSystemNote(run: ScriptRun, sessionId: string, text: string): Promise<void>;
  sendResponse(run: ScriptRun, sessionId: string, text: string): Promise<MessageDto>;
}

/** A session is given as its id or as a LineSessionItemRef-like `{id}` from the process context. */
export type SessionArgument = string | { id: string };
/** A user or group is given as its id or as an item ref `{id}`. */
export type RefArgument = string | { id: string };

const ref = z.union([z.string().min(1).max(64), z.looseObject({ id: z.string().min(1).max(64) }).transform((value) => value.id)]);
const text = z.string().trim().min(1, 'must not be empty').max(MESSAGE_TEXT_MAX, `must be at most ${MESSAGE_TEXT_MAX} characters`);
const code = z.string().min(1).max(64);
const values = z.record(code, z.unknown());
const GET_ALL_MAX = 10_000;

function check<T>(schema: z.ZodType<T>, value: unknown, what: string, hook: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const detail = result.error.issues.map((issue) => issue.message).join('; ');
    throw new ScriptError('script/invalid-argument', `LiveChats.sessions.${hook}: ${what} ${detail ? `is not valid (${detail})` : 'is not valid'}.`);
  }
  return result.data;
}

/** Turns the server's refusals into ScriptErrors that keep the code and message. */
async function call<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof ScriptError) throw error;
    const { code, message } = error as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && typeof message === 'string') throw new ScriptError(code, message);
    throw new ScriptError('script/unexpected', 'The live chat server could not do this; see the host log.');
  }
}

export interface LiveChatsNamespace {
  sessions: {
    setParameter(session: SessionArgument, code: string, value: unknown): Promise<void>;
    setParameters(session: SessionArgument, values: Record<string, unknown>): Promise<void>;
    getParameters(session: SessionArgument): Promise<Record<string, unknown>>;
    assignToOperator(session: SessionArgument, operator: RefArgument): Promise<void>;
    assignToOperatorGroup(session: SessionArgument, group: RefArgument): Promise<void>;
    close(session: SessionArgument): Promise<void>;
    markAsSpam(session: SessionArgument): Promise<void>;
    getAllMessages(session: SessionArgument, from?: number, size?: number): Promise<MessageDto[]>;
    getLastMessage(session: SessionArgument): Promise<MessageDto | undefined>;
    postSystemNote(session: SessionArgument, text: string): Promise<void>;
    sendResponse(session: SessionArgument, text: string): Promise<MessageDto>;
  };
}

export function createLiveChatsNamespace(api: LiveChatsScriptApi, run: ScriptRun): LiveChatsNamespace {
  const session = (value: unknown, hook: string): string => check(ref, value, 'the session (an id or a session reference)', hook);
  return {
    sessions: {
      setParameter: (s, c, value) =>
        call(() => api.setParameters(run, session(s, 'setParameter'), { [check(code, c, 'the parameter code', 'setParameter')]: value })),
      setParameters: (s, v) => call(() => api.setParameters(run, session(s, 'setParameters'), check(values, v, 'the values (an object of code → value)', 'setParameters'))),
      getParameters: (s) => call(() => api.getParameters(run, session(s, 'getParameters'))),
      assignToOperator: (s, operator) =>
        call(() => api.assignToOperator(run, session(s, 'assignToOperator'), check(ref, operator, 'the operator (a user id or reference)', 'assignToOperator'))),
      assignToOperatorGroup: (s, group) =>
        call(() => api.assignToOperatorGroup(run, session(s, 'assignToOperatorGroup'), check(ref, group, 'the group (a group id or reference)', 'assignToOperatorGroup'))),
      close: (s) => call(() => api.close(run, session(s, 'close'))),
      markAsSpam: (s) => call(() => api.markAsSpam(run, session(s, 'markAsSpam'))),
      getAllMessages: (s, from = 0, size = 10) => {
        const id = session(s, 'getAllMessages');
        const start = check(z.number().int().min(0), from, 'from (a whole number ≥ 0)', 'getAllMessages');
        const count = check(z.number().int().min(1).max(GET_ALL_MAX), size, `size (a whole number from 1 to ${GET_ALL_MAX})`, 'getAllMessages');
        return call(() => api.getMessages(run, id, start, count));
      },
      getLastMessage: (s) => call(() => api.getLastMessage(run, session(s, 'getLastMessage'))),
      postSystemNote: (s, t) => call(() => api.postSystemNote(run, session(s, 'postSystemNote'), check(text, t, 'the text', 'postSystemNote'))),
      sendResponse: (s, t) => call(() => api.sendResponse(run, session(s, 'sendResponse'), check(text, t, 'the text', 'sendResponse'))),
    },
  };
}
