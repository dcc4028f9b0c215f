/**
 * How a list of sessions follows a client's activity without asking the server (spec §3.6: the
 * number next to a session name is live): the session's time moves and its unread count grows.
 * DOM-free.
 */
import type { SessionActivity } from '../../common/alerts';
import type { SessionDto } from '../../common/api';
import { sortSessions, type DeskView } from './desk-model';

/** A client wrote in a listed session: one more unread message (once per seq), the new time, the list's order. */
export function applyActivity(list: readonly SessionDto[], activity: SessionActivity, view: DeskView): SessionDto[] | undefined {
  const known = list.find((session) => session.id === activity.sessionId);
  if (!known || activity.seq <= known.lastSeq) return undefined;
  const bumped: SessionDto = { ...known, unread: known.unread + 1, lastSeq: activity.seq, lastActivityAt: activity.at };
  return sortSessions([...list.filter((session) => session.id !== known.id), bumped], view);
}
