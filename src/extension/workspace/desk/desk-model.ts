/**
 * The rules of the Live Chats workspace, DOM-free: which live chats and lists a user has, where the
 * workspace opens, what each list asks the server for, how a session change moves a session
 * between lists, and what the session page lets the user do.
 */
import { LineSessionState } from '@elma365/sdk-types';
import { AccessPolicy, type Actor } from '../../common/access-policy';
import type { Counters, LineDto, ProcessStartDto, SessionDto } from '../../common/api';
import type { SessionQuery } from '../services/api-client';
import { isActiveState, SESSION_NAME_MAX } from '../../common/session';
import type { Viewer } from '../services/contexts';

export type DeskView = 'active' | 'queue' | 'mine' | 'closed';

/** The lists of a live chat in the left menu (spec §5.1); Active sessions only for its supervisors. */
export const DESK_VIEWS: ReadonlyArray<{ id: DeskView; label: string }> = [
  { id: 'active', label: 'Active sessions' },
  { id: 'queue', label: 'Queue' },
  { id: 'mine', label: 'My sessions' },
  { id: 'closed', label: 'Closed sessions' },
];

export interface DeskPlace {
  lineId?: string;
  view: DeskView;
  sessionId?: string;
}

/** The live chats the user works on (as operator or supervisor), by name. */
export function workLines(lines: readonly LineDto[]): LineDto[] {
  return lines.filter((line) => line.roles.operator || line.roles.supervisor).sort((a, b) => a.name.localeCompare(b.name));
}

/** The lists the user has in a live chat: Active sessions is the supervisors' view of every active session. */
export function deskViews(line: LineDto): ReadonlyArray<{ id: DeskView; label: string }> {
  return DESK_VIEWS.filter((view) => view.id !== 'active' || line.roles.supervisor);
}

const isView = (value: string | undefined, line: LineDto | undefined): value is DeskView =>
  line !== undefined && deskViews(line).some((view) => view.id === value);

/**
 * Which list of which live chat, from the URL parameters (when no page is open): the first live
 * chat's Queue unless the URL says. A list the user does not have in that live chat (Active
 * sessions of a non-supervisor) is the Queue.
 */
export function resolvePlace(params: Readonly<Record<string, string | undefined>>, lines: readonly LineDto[]): DeskPlace {
  const line = lines.find((candidate) => candidate.id === params.line) ?? lines[0];
  const view = isView(params.view, line) ? params.view : 'queue';
  return { lineId: line?.id, view, sessionId: line && params.session ? params.session : undefined };
}

export function placeParams(place: DeskPlace): Record<string, string> {
  const params: Record<string, string> = { view: place.view };
  if (place.lineId) params.line = place.lineId;
  if (place.sessionId) params.session = place.sessionId;
  return params;
}

export function sessionQuery(view: DeskView, line: LineDto): SessionQuery {
  switch (view) {
    case 'active':
      return { lineId: line.id, active: true };
    case 'queue':
      return { lineId: line.id, state: LineSessionState.Waiting };
    case 'mine':
      return { lineId: line.id, mine: true, state: LineSessionState.AssignedToOperator };
    case 'closed':
      // Supervisors see every session of the live chat; operators their own.
      return line.roles.supervisor
        ? { lineId: line.id, state: LineSessionState.Closed }
        : { lineId: line.id, mine: true, state: LineSessionState.Closed };
  }
}

export function belongsToView(view: DeskView, session: SessionDto, line: LineDto, viewerId: string): boolean {
  if (session.lineId !== line.id) return false;
  switch (view) {
    case 'active':
      return line.roles.supervisor && isActiveState(session.state);
    case 'queue':
      return session.state === LineSessionState.Waiting;
    case 'mine':
      return session.state === LineSessionState.AssignedToOperator && session.operatorId === viewerId;
    case 'closed':
      return session.state === LineSessionState.Closed && (line.roles.supervisor || session.operatorId === viewerId);
  }
}

const time = (iso: string | undefined): number => (iso ? Date.parse(iso) || 0 : 0);

/** Queue: who waited longest first. Active and My sessions: latest activity first. Closed: latest closed first. */
export function sortSessions(sessions: SessionDto[], view: DeskView): SessionDto[] {
  const key = (session: SessionDto): number =>
    view === 'closed' ? time(session.closedAt ?? session.lastActivityAt) : time(session.lastActivityAt);
  return sessions.sort((a, b) => (view === 'queue' ? key(a) - key(b) : key(b) - key(a)) || a.id.localeCompare(b.id));
}

/** Applies a session change (from a realtime hint) to a list: it enters, moves or leaves. */
export function applySessionChange(
  list: readonly SessionDto[],
  session: SessionDto,
  view: DeskView,
  line: LineDto,
  viewerId: string,
): SessionDto[] {
  const known = list.find((item) => item.id === session.id);
  const others = list.filter((item) => item.id !== session.id);
  if (!belongsToView(view, session, line, viewerId)) return known ? others : (list as SessionDto[]);
  // A broadcast event cannot know this viewer's unread count; keep the one we have.
  const merged = known ? { ...session, unread: known.unread } : session;
  return sortSessions([...others, merged], view);
}

export interface LineBadges {
  queue: number;
  unread: number;
}

export function lineBadges(counters: Counters | undefined, lineId: string): LineBadges {
  const line = counters?.lines.find((item) => item.lineId === lineId);
  return { queue: line?.queue ?? 0, unread: line?.unread ?? 0 };
}

export function actorOf(viewer: Viewer): Actor {
  return { userId: viewer.user.id, groupIds: viewer.user.groupIds, isAdmin: viewer.isAdministrator };
}

/** "New": nobody has the session yet. */
export function isUnassigned(session: SessionDto): boolean {
  return session.state === LineSessionState.Waiting && !session.operatorId;
}

/** The working controls of the session page outside About the session's supervision rows. */
export type SessionControl = 'startWork' | 'close' | 'rename' | 'startProcess' | 'bindItems';

export interface SessionActions {
  /** "Start work" is shown. */
  startWork: boolean;
  /** "Close session" is shown. */
  close: boolean;
  /** The composer is on. */
  reply: boolean;
  /** The pencil next to the session name is shown. */
  rename: boolean;
  /** "… › Start business process" is shown. */
  startProcess: boolean;
  /** "+Bind" and unbinding app items (spec §4.5) are shown. */
  bindItems: boolean;
  /** Why the composer is disabled, when it is. */
  replyBlockedBecause?: string;
  /**
   * The controls above that are shown but off, each with a short reason: an Offline operator or
   * supervisor only views (spec §3.4). Empty while the viewer may work.
   */
  disabledBecause: Partial<Record<SessionControl, string>>;
}

/** The reason a control an Offline user sees is off; the Offline banner offers "Go Online". */
export function goOnlineTo(what: string): string {
  return `Go Online to ${what}`;
}

const OFFLINE_REASONS: Record<SessionControl, string> = {
  startWork: goOnlineTo('start work'),
  close: goOnlineTo('close the session'),
  rename: goOnlineTo('rename the session'),
  startProcess: goOnlineTo('start a process'),
  bindItems: goOnlineTo('bind app items'),
};

/** The shown controls (of `reasons`) an Offline viewer cannot use, with their reasons; none while `online`. */
export function offlineReasons<K extends string>(
  reasons: Readonly<Record<K, string>>,
  shown: Readonly<Record<NoInfer<K>, boolean>>,
  online: boolean,
): Partial<Record<K, string>> {
  const off: Partial<Record<K, string>> = {};
  if (online) return off;
  for (const key of Object.keys(reasons) as K[]) {
    if (shown[key]) off[key] = reasons[key];
  }
  return off;
}

/**
 * What the session page lets the viewer do. `online`: false for an operator or supervisor who is
 * Offline (the page's status store knows): they see their controls, switched off with a reason.
 */
export function sessionActions(session: SessionDto, line: LineDto, viewer: Viewer, online: boolean): SessionActions {
  const actor = actorOf(viewer);
  // The common queue, or the queue of one of the operator's groups.
  const startWork = AccessPolicy.canTake(actor, line, session);
  const canReply = AccessPolicy.canReply(actor, line, session);
  const close = AccessPolicy.canClose(actor, line, session);
  const manage = managesSession(session, line, viewer);
  const shown: Record<SessionControl, boolean> = { startWork, close, rename: manage, startProcess: manage, bindItems: manage };
  const reply = canReply && online;
  return {
    ...shown,
    reply,
    replyBlockedBecause: reply ? undefined : replyBlockReason(session, line, viewer.user.id, { canReply, startWork, online }),
    disabledBecause: offlineReasons(OFFLINE_REASONS, shown, online),
  };
}

/**
 * Whether having the session open marks the client's messages read for the viewer: anyone of the
 * live chat's staff (operators and supervisors, Online or not: reading is viewing). Each user has
 * a read marker of their own, so a supervisor's unread badges clear as theirs are read.
 */
export function marksRead(line: LineDto): boolean {
  return line.roles.operator || line.roles.supervisor;
}

/**
 * Renaming a session and starting a process from it (spec §1.2): the operator working on it and
 * the supervisors of its live chat. The server decides; this only hides what it would refuse.
 */
function managesSession(session: SessionDto, line: LineDto, viewer: Viewer): boolean {
  if (line.roles.supervisor) return true;
  return line.roles.operator && session.state === LineSessionState.AssignedToOperator && session.operatorId === viewer.user.id;
}

/** What is wrong with a new session name, or undefined. */
export function sessionNameProblem(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return 'The name cannot be empty';
  if (trimmed.length > SESSION_NAME_MAX) return `The name must be at most ${SESSION_NAME_MAX} characters`;
  return undefined;
}

function replyBlockReason(session: SessionDto, line: LineDto, viewerId: string, may: { canReply: boolean; startWork: boolean; online: boolean }): string {
  if (!may.online && may.canReply) return `${goOnlineTo('reply')}.`;
  if (!may.online && may.startWork) return 'Go Online, then press Start work to reply.';
  switch (session.state) {
    case LineSessionState.Waiting:
      return line.roles.operator ? 'Press Start work to reply.' : 'The session is in the queue. Only operators can take it.';
    case LineSessionState.AssignedToOperator:
      if (session.operatorId === viewerId) return 'Only operators of this live chat can reply.';
      return `${session.operatorName ?? 'Another operator'} is working on this session. Only the assigned operator can reply.`;
    case LineSessionState.AssignedToBot:
      return 'The bot is handling this session.';
    case LineSessionState.MarkedAsSpam:
      return 'The session is in spam.';
    case LineSessionState.Closed:
      return 'The session is closed. It resumes when the client writes again.';
    default:
      return 'You cannot reply in this session.';
  }
}

export interface ProcessOutcome {
  kind: 'done' | 'running' | 'error';
  text: string;
}

/** How the start of a process from a session ended, in words. */
export function processOutcome(result: Pick<ProcessStartDto, 'status'> & { error?: unknown }): ProcessOutcome {
  switch (result.status) {
    case 'done':
      return { kind: 'done', text: 'The process has finished.' };
    case 'running':
      return { kind: 'running', text: 'The process has started and is running.' };
    default: {
      const error = result.error as { message?: unknown } | string | undefined;
      const reason = typeof error === 'string' ? error : typeof error?.message === 'string' ? error.message : '';
      return { kind: 'error', text: reason ? `The process stopped with an error: ${reason}` : 'The process stopped with an error.' };
    }
  }
}
