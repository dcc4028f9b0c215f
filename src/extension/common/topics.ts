/**
 * Realtime topics and event names, shared by the server (which authorizes and publishes) and the
 * browser screens (which subscribe). Kept apart from api.ts so that browser bundles do not pull
 * in the schema library.
 */

export const Topics = {
  /** Everything about one session, as staff see it: events `message` (with seq), `message-edited` and `session`. */
  session: (sessionId: string): string => `session:${sessionId}`,
  /** One session as its client sees it: no system messages, operator names per the line. */
  sessionClient: (sessionId: string): string => `session-client:${sessionId}`,
  /** Queue changes of a live chat, for its operators and supervisors: events `session` and `activity`. */
  line: (lineId: string): string => `line:${lineId}`,
  /** Hints for one user: events `counters`, `status` (their working status, a MyStatusDto), `new-session` and `new-message`. */
  user: (userId: string): string => `user:${userId}`,
} as const;

export type TopicKind = 'session' | 'session-client' | 'line' | 'user';

export function parseTopic(topic: string): { kind: TopicKind; id: string } | undefined {
  const match = /^(session|session-client|line|user):([A-Za-z0-9_-]{1,64})$/.exec(topic);
  return match ? { kind: match[1] as TopicKind, id: match[2] } : undefined;
}

export const RealtimeEvents = {
  message: 'message',
  /** A message was edited: a hint without seq (the page reloads what it shows after a reconnect). */
  messageEdited: 'message-edited',
  session: 'session',
  counters: 'counters',
  status: 'status',
  /** On a user topic: a new session the user may take or was given (a NewSessionAlert): pop-up and sound. */
  newSession: 'new-session',
  /** On a user topic: a client wrote in a session assigned to the user (a NewMessageAlert): sound. */
  newMessage: 'new-message',
  /** On a line topic: a client wrote in a session (a SessionActivity): lists update its time and unread count. */
  activity: 'activity',
} as const;
