/**
 * The bottom-left counters of the workspace (spec §3.6, §3.5): for operators the sessions waiting
 * in the queues they may take from, clicking takes the next one; for supervisors the unassigned
 * sessions of their live chats. Each shows only when the server sends it (the global settings
 * may hide it). DOM-free.
 */
import type { Counters } from '../../common/api';
import { badgeCount } from '../shared/format';
import { goOnlineTo } from './desk-model';

export interface QueueCounter {
  kind: 'operator' | 'supervisor';
  count: number;
  /** What it shows: "3 in queue", "2 unassigned". */
  text: string;
  /** The accessible name of the counter. */
  label: string;
  /** Why the operator's counter cannot be clicked now, if it cannot. */
  disabledBecause?: string;
}

export function queueCounters(counters: Counters | undefined, online: boolean): QueueCounter[] {
  const items: QueueCounter[] = [];
  if (counters?.operatorQueue !== undefined) {
    const count = counters.operatorQueue;
    items.push({
      kind: 'operator',
      count,
      text: `${badgeCount(count)} in queue`,
      label: count === 0 ? 'The queue is empty' : `${count} ${count === 1 ? 'session' : 'sessions'} in the queue: take the next one`,
      disabledBecause: count === 0 ? 'No session is waiting for you' : online ? undefined : goOnlineTo('take the next session'),
    });
  }
  if (counters?.supervisorUnassigned !== undefined) {
    const count = counters.supervisorUnassigned;
    items.push({
      kind: 'supervisor',
      count,
      text: `${badgeCount(count)} unassigned`,
      label: `${count} unassigned ${count === 1 ? 'session' : 'sessions'} in your live chats`,
    });
  }
  return items;
}
