/**
 * A session and its state machine (spec §4.2) as a pure function: given the current status and
 * an event, the next status, or a LiveChatsError when the event is not allowed in that state.
 */
import { LineSessionPriority, LineSessionState } from '@elma365/sdk-types';
import { LiveChatsError } from './errors';

export interface SessionStatus {
  state: LineSessionState;
  operatorId?: string;
  operatorGroupId?: string;
  /** What "remove from spam" restores. */
  beforeSpam?: { state: LineSessionState; operatorId?: string; operatorGroupId?: string };
}

export interface Session extends SessionStatus {
  id: string;
  name: string;
  lineId: string;
  channelId: string;
  clientId: string;
  priority?: LineSessionPriority;
  createdAt: string;
  acceptedAt?: string;
  closedAt?: string;
  lastActivityAt: string;
  /** Sequence number of the newest message. */
  lastSeq: number;
  /** Sequence number of the newest message written by the client. */
  lastClientSeq: number;
}

export const SESSION_NAME_MAX = 300;

export type SessionEvent =
  | { type: 'take'; operatorId: string }
  | { type: 'assignToOperator'; operatorId: string; operatorGroupId?: string }
  /** Into the group's queue; without a group, into the common queue. */
  | { type: 'assignToOperatorGroup'; operatorGroupId?: string }
  | { type: 'assignToBot' }
  | { type: 'returnToQueue' }
  | { type: 'close' }
  | { type: 'markAsSpam' }
  /** Restores the state and operator from before the spam mark; `toQueue`: into the queue instead. */
  | { type: 'removeFromSpam'; toQueue?: boolean }
  | { type: 'clientMessage' };

const ACTIVE: ReadonlySet<LineSessionState> = new Set([
  LineSessionState.Waiting,
  LineSessionState.AssignedToOperator,
  LineSessionState.AssignedToBot,
]);

export function isActiveState(state: LineSessionState): boolean {
  return ACTIVE.has(state);
}

function refuse(status: SessionStatus, event: SessionEvent): never {
  if (event.type === 'take') {
    throw new LiveChatsError('session/not-waiting', 'The session is no longer in the queue: someone else has taken it or it was closed.');
  }
  throw new LiveChatsError('session/invalid-transition', `A session in state "${status.state}" cannot ${describe(event)}.`);
}

function describe(event: SessionEvent): string {
  switch (event.type) {
    case 'assignToOperator': return 'be assigned to an operator';
    case 'assignToOperatorGroup': return 'be assigned to an operator group';
    case 'assignToBot': return 'be transferred to the bot';
    case 'returnToQueue': return 'be returned to the queue';
    case 'close': return 'be closed';
    case 'markAsSpam': return 'be marked as spam';
    case 'removeFromSpam': return 'be removed from spam';
    case 'clientMessage': return 'receive a client message';
    case 'take': return 'be taken';
  }
}

export function applySessionEvent(status: SessionStatus, event: SessionEvent): SessionStatus {
  const { state } = status;
  switch (event.type) {
    case 'take':
      if (state !== LineSessionState.Waiting) refuse(status, event);
      return { state: LineSessionState.AssignedToOperator, operatorId: event.operatorId, operatorGroupId: status.operatorGroupId };
    case 'assignToOperator':
      if (!isActiveState(state)) refuse(status, event);
      return {
        state: LineSessionState.AssignedToOperator,
        operatorId: event.operatorId,
        operatorGroupId: event.operatorGroupId ?? status.operatorGroupId,
      };
    case 'assignToOperatorGroup':
      if (!isActiveState(state)) refuse(status, event);
      return { state: LineSessionState.Waiting, operatorGroupId: event.operatorGroupId };
    case 'assignToBot':
      if (state !== LineSessionState.Waiting && state !== LineSessionState.AssignedToOperator) refuse(status, event);
      return { state: LineSessionState.AssignedToBot, operatorGroupId: status.operatorGroupId };
    case 'returnToQueue':
      if (state !== LineSessionState.AssignedToOperator && state !== LineSessionState.AssignedToBot) refuse(status, event);
      return { state: LineSessionState.Waiting, operatorGroupId: status.operatorGroupId };
    case 'close':
      if (state !== LineSessionState.AssignedToOperator && state !== LineSessionState.AssignedToBot) refuse(status, event);
      return { state: LineSessionState.Closed, operatorId: status.operatorId, operatorGroupId: status.operatorGroupId };
    case 'markAsSpam':
      if (!isActiveState(state)) refuse(status, event);
      return {
        state: LineSessionState.MarkedAsSpam,
        operatorId: status.operatorId,
        operatorGroupId: status.operatorGroupId,
        beforeSpam: { state, operatorId: status.operatorId, operatorGroupId: status.operatorGroupId },
      };
    case 'removeFromSpam': {
      if (state !== LineSessionState.MarkedAsSpam) refuse(status, event);
      const before = status.beforeSpam ?? { state: LineSessionState.Waiting };
      if (event.toQueue) return { state: LineSessionState.Waiting, operatorGroupId: before.operatorGroupId };
      return { state: before.state, operatorId: before.operatorId, operatorGroupId: before.operatorGroupId };
    }
    case 'clientMessage':
      // A client writing to a closed session resumes it: it goes back to the queue (spec §4.1, §4.9).
      if (state === LineSessionState.Closed) return { state: LineSessionState.Waiting, operatorGroupId: status.operatorGroupId };
      return status;
  }
}
