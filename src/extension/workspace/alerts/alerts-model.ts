/**
 * The rules of the workspace's notifications (spec §3.6), DOM-free: the pop-ups of new sessions
 * (which are shown, for how long, what they say, where clicking one leads), which sound plays for
 * a new session and for a client's message, and the count on the workspace's menu entry.
 */
import { LineSessionState } from '@elma365/sdk-types';
import type { NewMessageAlert, NewSessionAlert } from '../../common/alerts';
import type { Counters } from '../../common/api';
import type { LiveChatsSettings, NotificationSound } from '../../common/settings';

/** A pop-up closes itself after this long (unless the pointer or the focus is on it). */
export const TOAST_MS = 10_000;
/** At most this many pop-ups at once; an older one makes room for a newer one. */
export const TOASTS_MAX = 3;

export interface Toast {
  id: number;
  alert: NewSessionAlert;
}

/** A new pop-up at the end; one for the same session replaces it; the oldest go beyond TOASTS_MAX. */
export function addToast(toasts: readonly Toast[], toast: Toast): Toast[] {
  const next = [...toasts.filter((known) => known.alert.sessionId !== toast.alert.sessionId), toast];
  return next.slice(Math.max(0, next.length - TOASTS_MAX));
}

export function removeToast(toasts: readonly Toast[], id: number): Toast[] {
  return toasts.filter((toast) => toast.id !== id);
}

export function toastHeading(alert: NewSessionAlert): string {
  if (alert.state === LineSessionState.AssignedToOperator) return 'New session assigned to you';
  return alert.resumed ? 'A session is back in the queue' : 'New session';
}

/** Everything the pop-up says, as one accessible name for its button. */
export function toastLabel(alert: NewSessionAlert): string {
  const who = alert.clientName && alert.clientName !== alert.sessionName ? ` from ${alert.clientName}` : '';
  const said = alert.snippet ? `: ${alert.snippet}` : '';
  return `${toastHeading(alert)} "${alert.sessionName}"${who} in ${alert.lineName}${said}. Open the session.`;
}

/** The workspace's place (desk URL parameters) that shows the session of a pop-up. */
export function toastPlace(alert: NewSessionAlert): Record<string, string> {
  const view = alert.state === LineSessionState.AssignedToOperator ? 'mine' : 'queue';
  return { line: alert.lineId, view, session: alert.sessionId };
}

/** The sound of a new session: only for an operator who is Online (Offline ones cannot take it). */
export function newSessionSound(alert: NewSessionAlert, settings: Pick<LiveChatsSettings, 'newSessionSound'>): NotificationSound {
  return alert.online ? settings.newSessionSound : 'none';
}

export interface MessageSoundFacts {
  /** The session the user has open in the workspace, if any. */
  openSessionId?: string;
  /** Whether the page is visible (not a background tab, not minimized). */
  pageVisible: boolean;
  /** The seq of the message with which the session last popped up, if it did: that one sounded already. */
  arrivedSeq?: number;
}

/**
 * The sound of a client's message in a session assigned to the user: not while they are looking
 * at that very session, and not for the message its pop-up sounded for already.
 */
export function newMessageSound(alert: NewMessageAlert, facts: MessageSoundFacts, settings: Pick<LiveChatsSettings, 'newMessageSound'>): NotificationSound {
  if (facts.pageVisible && facts.openSessionId === alert.sessionId) return 'none';
  if (facts.arrivedSeq !== undefined && alert.seq <= facts.arrivedSeq) return 'none';
  return settings.newMessageSound;
}

/** The count on the workspace's menu entry: my sessions with unread client messages. */
export function workspaceBadge(counters: Counters | undefined): number {
  return counters?.unread ?? 0;
}
