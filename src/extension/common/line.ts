/**
 * A live chat ("line"): its groups, its clients setting and its channels. Every live chat owns
 * exactly one internal channel, named after it.
 */
import { LineChannelState, LineChannelType } from '@elma365/sdk-types';
import type { ProcessBindings } from './process-bindings';

export interface Channel {
  id: string;
  lineId: string;
  type: LineChannelType;
  name: string;
  state: LineChannelState;
}

export interface Line {
  id: string;
  name: string;
  operatorGroupIds: string[];
  supervisorGroupIds: string[];
  /** Groups of company users allowed to write to the live chat from Messages. */
  internalClientGroupIds: string[];
  /** Whether an internal client sees the operator's name (only meaningful with internal clients). */
  showOperatorName: boolean;
  /** Names new sessions (spec §4.4); without one a session is named after its client. */
  sessionNameTemplate?: string;
  /** Settings › Apps › To bind an account: the app of client records (spec §2.2, §4.5). */
  accountAppCode?: string;
  /** Settings › Apps › To register messages: the apps of requests. */
  requestAppCodes: string[];
  /** Additional › Read access to sessions: groups that may read the sessions outside the workspace. */
  readerGroupIds: string[];
  /** Processes started on the live chat's events (spec §2.7). */
  processBindings: ProcessBindings;
  /** Routing › the most active sessions an operator may have on this live chat; undefined: no limit. */
  maxSessionsPerOperator?: number;
  /** Routing › limits of single operators, overriding maxSessionsPerOperator. */
  operatorCapacity: OperatorCapacity[];
  createdAt: string;
  channels: Channel[];
}

export interface OperatorCapacity {
  userId: string;
  max: number;
}

export const LINE_NAME_MAX = 200;

export function internalChannelName(lineName: string): string {
  return `Internal channel ${lineName}`;
}

export function internalChannelOf(line: Line): Channel | undefined {
  return line.channels.find((channel) => channel.type === LineChannelType.Internal);
}

export function isChannelActive(channel: Channel): boolean {
  return channel.state === LineChannelState.Active;
}

/** The apps whose items may be bound to the live chat's sessions, the account app first. */
export function bindableAppCodes(line: Pick<Line, 'accountAppCode' | 'requestAppCodes'>): string[] {
  return [...new Set([...(line.accountAppCode ? [line.accountAppCode] : []), ...line.requestAppCodes])];
}
