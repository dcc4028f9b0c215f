/** The bottom-left counters (workspace/desk/queue-counters-model.ts) and a list following client activity. */
import { queueCounters } from '../../../../src/extension/workspace/desk/queue-counters-model';
import { applyActivity } from '../../../../src/extension/workspace/desk/session-list-model';
import { aSession } from '../builders';

const counters = (change: object = {}) => ({ queue: 0, unread: 0, lines: [], ...change });

describe('the bottom-left counters', () => {
  it('show what the server sends: the operators\' queue, the supervisors\' unassigned, or both', () => {
    expect(queueCounters(undefined, true)).toEqual([]);
    expect(queueCounters(counters(), true)).toEqual([]);
    const both = queueCounters(counters({ operatorQueue: 3, supervisorUnassigned: 1 }), true);
    expect(both).toEqual([
      { kind: 'operator', count: 3, text: '3 in queue', label: '3 sessions in the queue: take the next one', disabledBecause: undefined },
      { kind: 'supervisor', count: 1, text: '1 unassigned', label: '1 unassigned session in your live chats' },
    ]);
    expect(queueCounters(counters({ operatorQueue: 150 }), true)[0].text).toBe('99+ in queue');
  });

  it('let an operator take the next session only while something waits and they are Online', () => {
    expect(queueCounters(counters({ operatorQueue: 0 }), true)[0]).toMatchObject({ label: 'The queue is empty', disabledBecause: 'No session is waiting for you' });
    expect(queueCounters(counters({ operatorQueue: 2 }), false)[0].disabledBecause).toBe('Go Online to take the next session');
  });
});

describe('a list following client activity', () => {
  it('counts the message once, moves the time and keeps the list\'s order', () => {
    const older = aSession({ id: 'a', lastSeq: 3, unread: 1, lastActivityAt: '2026-03-02T09:00:00.000Z' });
    const newer = aSession({ id: 'b', lastSeq: 1, unread: 0, lastActivityAt: '2026-03-02T09:05:00.000Z' });
    const bumped = applyActivity([older, newer], { sessionId: 'a', seq: 4, at: '2026-03-02T09:10:00.000Z', fromClient: true }, 'queue')!;
    expect(bumped.map((s) => [s.id, s.unread, s.lastSeq])).toEqual([['b', 0, 1], ['a', 2, 4]]);
    expect(applyActivity(bumped, { sessionId: 'a', seq: 4, at: '2026-03-02T09:10:00.000Z', fromClient: true }, 'queue')).toBeUndefined();
    expect(applyActivity(bumped, { sessionId: 'zzz', seq: 9, at: '2026-03-02T09:10:00.000Z', fromClient: true }, 'queue')).toBeUndefined();
  });

  it('moves the session on an operator\'s reply without counting it as unread', () => {
    const replied = aSession({ id: 'a', lastSeq: 3, unread: 0, lastActivityAt: '2026-03-02T09:00:00.000Z' });
    const other = aSession({ id: 'b', lastSeq: 1, unread: 0, lastActivityAt: '2026-03-02T09:05:00.000Z' });
    const moved = applyActivity([other, replied], { sessionId: 'a', seq: 4, at: '2026-03-02T09:10:00.000Z', fromClient: false }, 'mine')!;
    const after = moved.find((s) => s.id === 'a')!;
    expect([after.unread, after.lastSeq, after.lastActivityAt]).toEqual([0, 4, '2026-03-02T09:10:00.000Z']);
    expect(moved.map((s) => s.id)).toEqual(applyActivity([other, replied], { sessionId: 'a', seq: 4, at: '2026-03-02T09:10:00.000Z', fromClient: true }, 'mine')!.map((s) => s.id));
  });
});
