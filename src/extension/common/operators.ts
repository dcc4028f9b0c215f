/**
 * Operators' working status (spec §3.4), their capacity on a live chat, and the global live chat
 * settings that govern both (spec §2.9). Pure rules; the server stores the facts.
 */
import { OperatorStatusType } from '@elma365/sdk-types';
import type { Line } from './line';
import type { LiveChatsSettings } from './settings';

/** How often an open Live Chats page tells the server its user is still there. */
export const HEARTBEAT_INTERVAL_MS = 30_000;

/** What the server stores about an operator. */
export interface OperatorPresence {
  status: OperatorStatusType;
  /** The last heartbeat (or status switch) of any of the user's pages. */
  lastSeenAt: string;
}

/** Online only while switched Online and seen within the inactivity threshold. */
export function effectiveStatus(presence: OperatorPresence | undefined, now: Date, settings: LiveChatsSettings): OperatorStatusType {
  if (!presence || presence.status !== OperatorStatusType.Online) return OperatorStatusType.Offline;
  const idleMs = now.getTime() - Date.parse(presence.lastSeenAt);
  return idleMs <= settings.inactivityMinutes * 60_000 ? OperatorStatusType.Online : OperatorStatusType.Offline;
}

/** The most active sessions an operator may have on the live chat: their own limit, else the live chat's. */
export function capacityOf(line: Pick<Line, 'maxSessionsPerOperator' | 'operatorCapacity'>, userId: string): number | undefined {
  return line.operatorCapacity.find((entry) => entry.userId === userId)?.max ?? line.maxSessionsPerOperator;
}

export function hasCapacityLimits(line: Pick<Line, 'maxSessionsPerOperator' | 'operatorCapacity'>): boolean {
  return line.maxSessionsPerOperator !== undefined || line.operatorCapacity.length > 0;
}

export const CAPACITY_MAX = 999;
