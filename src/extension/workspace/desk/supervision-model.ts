/**
 * The rules of supervision on the session page (spec §3.5, §4.10, §5.3), DOM-free: which of the
 * About the session controls a viewer gets (priority, operator, operator group, return to queue,
 * spam), how priorities read, and how a refusal of the server reads in the panel. The server
 * decides; these only hide what it would refuse and say clearly what it did refuse.
 */
import { LineChannelType, LineSessionPriority, LineSessionState } from '@elma365/sdk-types';
import { AccessPolicy } from '../../common/access-policy';
import type { LineDto, SessionDto } from '../../common/api';
import { isActiveState } from '../../common/session';
import { ApiError, errorMessage, hasNoServerMessage } from '../services/api-error';
import type { Viewer } from '../services/contexts';
import { actorOf, goOnlineTo, offlineReasons } from './desk-model';

export interface SupervisionControls {
  /** The change button of the Priority row. */
  priority: boolean;
  /** The change button of the Operator row (reassign to an operator). */
  operator: boolean;
  /** The change button of the Operator group row (into a group's queue); the live chat needs operator groups. */
  operatorGroup: boolean;
  /** "… › Return to queue". */
  returnToQueue: boolean;
  /** "… › Mark as spam". */
  markAsSpam: boolean;
  /** "… › Remove from spam". */
  removeFromSpam: boolean;
  /**
   * The controls above that are shown but off, each with a short reason: an Offline operator or
   * supervisor only views (spec §3.4). Empty while the viewer may work.
   */
  disabledBecause: Partial<Record<SupervisionControl, string>>;
}

export type SupervisionControl = Exclude<keyof SupervisionControls, 'disabledBecause'>;

export const NO_CONTROLS: SupervisionControls = {
  priority: false,
  operator: false,
  operatorGroup: false,
  returnToQueue: false,
  markAsSpam: false,
  removeFromSpam: false,
  disabledBecause: {},
};

const OFFLINE_REASONS: Record<SupervisionControl, string> = {
  priority: goOnlineTo('change the priority'),
  operator: goOnlineTo('reassign the session'),
  operatorGroup: goOnlineTo('move the session to a group'),
  returnToQueue: goOnlineTo('return the session to the queue'),
  markAsSpam: goOnlineTo('mark the session as spam'),
  removeFromSpam: goOnlineTo('remove the session from spam'),
};

/**
 * Supervisors of the live chat manage every active session of it; an operator manages the
 * session assigned to them (AccessPolicy.canSupervise). A session in spam comes back through its
 * supervisors or the operator it keeps (whom "Remove from spam" gives it back to); a closed one
 * has nothing to supervise. `online`: false for an operator or supervisor who is Offline: they
 * see the controls, switched off with a reason.
 */
export function supervisionControls(session: SessionDto, line: LineDto, viewer: Viewer, online: boolean): SupervisionControls {
  const shown = shownControls(session, line, viewer);
  if (shown === NO_CONTROLS) return NO_CONTROLS;
  return { ...shown, disabledBecause: offlineReasons(OFFLINE_REASONS, shown, online) };
}

function shownControls(session: SessionDto, line: LineDto, viewer: Viewer): SupervisionControls {
  if (session.lineId !== line.id || !AccessPolicy.canSupervise(actorOf(viewer), line, session)) return NO_CONTROLS;
  if (session.state === LineSessionState.MarkedAsSpam) return { ...NO_CONTROLS, removeFromSpam: true };
  if (!isActiveState(session.state)) return NO_CONTROLS;
  return {
    priority: true,
    operator: true,
    operatorGroup: line.operatorGroupIds.length > 0,
    returnToQueue: session.state === LineSessionState.AssignedToOperator || session.state === LineSessionState.AssignedToBot,
    // Company employees write through the internal channel: their sessions are never spam.
    markAsSpam: line.channels.find((channel) => channel.id === session.channelId)?.type !== LineChannelType.Internal,
    removeFromSpam: false,
    disabledBecause: {},
  };
}

export const PRIORITY_NOT_SET = 'none';

const PRIORITY_LABELS: Record<LineSessionPriority, string> = {
  [LineSessionPriority.High]: 'High',
  [LineSessionPriority.Medium]: 'Medium',
  [LineSessionPriority.Low]: 'Low',
};

export function priorityLabel(priority: LineSessionPriority | undefined): string {
  return priority ? PRIORITY_LABELS[priority] : 'Priority not set';
}

/** The choices of the priority menu, highest first, then "not set"; the current one says so. */
export function priorityChoices(current: LineSessionPriority | undefined): Array<{ value: string; label: string; detail?: string }> {
  const values = [LineSessionPriority.High, LineSessionPriority.Medium, LineSessionPriority.Low, undefined];
  return values.map((value) => ({
    value: value ?? PRIORITY_NOT_SET,
    label: priorityLabel(value),
    detail: value === current ? 'Current' : undefined,
  }));
}

/** The priority a menu value stands for; null clears it. */
export function priorityFromChoice(value: string): LineSessionPriority | null {
  return (Object.values(LineSessionPriority) as string[]).includes(value) ? (value as LineSessionPriority) : null;
}

export type SupervisionAction = 'priority' | 'operator' | 'group' | 'return' | 'spam' | 'unspam';

const FAILED: Record<SupervisionAction, string> = {
  priority: 'The priority was not changed',
  operator: 'The session was not reassigned',
  group: 'The session was not moved to the group',
  return: 'The session was not returned to the queue',
  spam: 'The session was not marked as spam',
  unspam: 'The session was not removed from spam',
};

/** Our words for the refusals whose meaning we know, when the server sent none of its own. */
const KNOWN_REASONS: Record<string, (who: string) => string> = {
  'operator/offline': (who) => `${who} is Offline, and sessions can only be reassigned to Online operators.`,
  'operator/at-capacity': (who) => `${who} already has as many sessions as allowed on this live chat.`,
  'auth/forbidden': () => 'You cannot manage this session.',
};

const YOU_ARE_OFFLINE = 'You are Offline. Switch your status to Online to manage sessions.';

/**
 * A refusal in words for the panel: what did not happen, then why — in the server's words when
 * it gave any (it knows whom it is about), else in ours. The server refuses with
 * `operator/offline` (409) both an Offline caller and, on a reassignment, an Offline target;
 * without its words, only a reassignment to a named operator can be about the target.
 */
export function supervisionErrorText(action: SupervisionAction, error: unknown, target?: string): string {
  let reason = errorMessage(error);
  if (error instanceof ApiError) {
    const generic = hasNoServerMessage(error);
    if (generic && error.code === 'operator/offline') reason = action === 'operator' && target ? KNOWN_REASONS[error.code](target) : YOU_ARE_OFFLINE;
    else if (generic && KNOWN_REASONS[error.code]) reason = KNOWN_REASONS[error.code](target ?? 'The operator');
  }
  return `${FAILED[action]}. ${reason}`;
}
