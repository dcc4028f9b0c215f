/**
 * How a list of sessions follows the activity in its sessions without asking the server (spec
 * §3.6: the number next to a session name is live): the session's time moves, and a client's
 * message grows its unread count.
 * DOM-free.
 */
import type { SessionActivity } from '../../common/alerts';
import type { SessionDto } from '../../common/api';
import { sortSessions, type DeskView } from './desk-model';

/** Someone wrote in a listed session: the new time and the list's order, and one more unread for a client's message (once per seq). */
export function applyActivity(list: readonly SessionDto[], activity: SessionActivity, view: DeskView): SessionDto[] | undefined {
  const known = list.find((session) => session.id === activity.sessionId);
  if (!known || activity.seq <= known.lastSeq) return undefined;
  const bumped: SessionDto = { ...known, unread: known.unread + (activity.fromClient ? 1 : 0), lastSeq: activity.seq, lastActivityAt: activity.at };
  return sortSessions([...list.filter((session) => session.id !== known.id), bumped], view);
}
