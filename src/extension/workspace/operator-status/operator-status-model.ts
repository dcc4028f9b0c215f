/**
 * The operator's own working status as the workspace shows it (spec §3.4), DOM-free: what the
 * page knows, how an answer of the server or a realtime hint changes it, and what the status
 * control and the Offline banner show.
 */
import { OperatorStatusType } from '@elma365/sdk-types';
import type { MyStatusDto } from '../../common/routing-api';

export interface OperatorStatusState {
  /** `loading` until the first answer; `unavailable` when it failed (tried again later). */
  phase: 'loading' | 'unavailable' | 'ready';
  /** Only operators and supervisors of some live chat have a status. */
  eligible: boolean;
  status: OperatorStatusType;
  inactivityMinutes?: number;
  /** A switch is on its way to the server. */
  switching: boolean;
  /** Why the last switch failed, in the server's words. */
  error?: string;
}

export const INITIAL_STATUS_STATE: OperatorStatusState = {
  phase: 'loading',
  eligible: false,
  status: OperatorStatusType.Offline,
  switching: false,
};

/** The state after an answer of the server (GET/PUT /me/status, POST /me/heartbeat) or a `status` hint. */
export function withStatus(state: OperatorStatusState, dto: MyStatusDto): OperatorStatusState {
  return { ...state, phase: 'ready', eligible: dto.eligible, status: dto.status, inactivityMinutes: dto.inactivityMinutes };
}

/** Reads the data of a realtime `status` event; undefined when it is not a MyStatusDto. */
export function parseStatusHint(data: unknown): MyStatusDto | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { status, eligible, inactivityMinutes } = data as Record<string, unknown>;
  if (status !== OperatorStatusType.Online && status !== OperatorStatusType.Offline) return undefined;
  if (typeof eligible !== 'boolean') return undefined;
  if (typeof inactivityMinutes !== 'number' || !Number.isFinite(inactivityMinutes)) return undefined;
  return { status, eligible, inactivityMinutes };
}

/** Whether the page shows the status at all. */
export function showsStatus(state: OperatorStatusState): boolean {
  return state.phase === 'ready' && state.eligible;
}

export function isOnline(state: OperatorStatusState): boolean {
  return state.status === OperatorStatusType.Online;
}

/** The banner on Live Chats pages: an operator or supervisor who is Offline. */
export function showsOfflineBanner(state: OperatorStatusState): boolean {
  return showsStatus(state) && !isOnline(state);
}

/**
 * Whether the page lets the user work on sessions (spec §3.4: Offline users can only view): all
 * but an operator or supervisor known to be Offline. Users without a status, and a status not
 * known yet, are not held back here; the server decides for them.
 */
export function canWork(state: OperatorStatusState): boolean {
  return !showsOfflineBanner(state);
}

export function statusLabel(status: OperatorStatusType): string {
  return status === OperatorStatusType.Online ? 'Online' : 'Offline';
}

/** What the switch does and what the current status means, under the switch. */
export function statusHint(state: OperatorStatusState): string {
  if (isOnline(state)) {
    const minutes = state.inactivityMinutes;
    return minutes
      ? `You get sessions and can work on them. You go Offline automatically after ${minutes} min away.`
      : 'You get sessions and can work on them.';
  }
  return 'You can view sessions but cannot take, reply to or manage them.';
}

export const OFFLINE_BANNER_TEXT = 'You are Offline: you can view sessions but cannot take, reply to or manage them.';

/** The status the switch asks for when flipped. */
export function toggled(status: OperatorStatusType): OperatorStatusType {
  return status === OperatorStatusType.Online ? OperatorStatusType.Offline : OperatorStatusType.Online;
}
