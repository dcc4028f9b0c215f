import { LineSessionState } from '@elma365/sdk-types';
import { AccessPolicy, type Actor } from '../../../src/extension/common/access-policy';
import type { Line } from '../../../src/extension/common/line';
import type { Session } from '../../../src/extension/common/session';

const line: Line = {
  id: 'l1',
  name: 'Support',
  operatorGroupIds: ['operators'],
  supervisorGroupIds: ['supervisors'],
  internalClientGroupIds: ['employees'],
  showOperatorName: true,
  processBindings: {},
  requestAppCodes: ['appeals'],
  readerGroupIds: ['readers'],
  operatorCapacity: [],
  accountAppCode: 'contacts',
  createdAt: '2026-01-01T00:00:00.000Z',
  channels: [],
};
const actor = (userId: string, ...groupIds: string[]): Actor => ({ userId, groupIds, isAdmin: groupIds.includes('administrators') });
const session = (state: LineSessionState, operatorId?: string): Session => ({
  id: 's1', name: 'Emma', lineId: 'l1', channelId: 'c1', clientId: 'cl1', state, operatorId,
  createdAt: '', lastActivityAt: '', lastSeq: 1, lastClientSeq: 1,
});
const facts = { clientUserId: 'emma' };

describe('the access policy (spec §1.2)', () => {
  const admin = actor('admin', 'administrators');
  const supervisor = actor('sam', 'supervisors');
  const olivia = actor('olivia', 'operators');
  const oscar = actor('oscar', 'operators');
  const emma = actor('emma', 'employees');
  const ethan = actor('ethan', 'employees');

  it('lets only administrators configure live chats', () => {
    expect([admin, supervisor, olivia, emma].map((a) => AccessPolicy.canConfigureLines(a))).toEqual([true, false, false, false]);
  });

  it('shows operators the queue and their own sessions, supervisors everything, clients their own', () => {
    const queued = session(LineSessionState.Waiting);
    const olivias = session(LineSessionState.AssignedToOperator, 'olivia');
    const closedOlivias = session(LineSessionState.Closed, 'olivia');
    expect(AccessPolicy.sessionView(oscar, line, queued, facts)).toBe('staff');
    expect(AccessPolicy.sessionView(oscar, line, olivias, facts)).toBeUndefined();
    expect(AccessPolicy.sessionView(olivia, line, closedOlivias, facts)).toBe('staff');
    expect(AccessPolicy.sessionView(supervisor, line, olivias, facts)).toBe('staff');
    expect(AccessPolicy.sessionView(emma, line, olivias, facts)).toBe('client');
    expect(AccessPolicy.sessionView(ethan, line, olivias, facts)).toBeUndefined();
    expect(AccessPolicy.sessionView(admin, line, olivias, facts)).toBeUndefined();
  });

  it('lets only the assigned operator reply and close', () => {
    const olivias = session(LineSessionState.AssignedToOperator, 'olivia');
    expect(AccessPolicy.canReply(olivia, line, olivias)).toBe(true);
    expect(AccessPolicy.canReply(oscar, line, olivias)).toBe(false);
    expect(AccessPolicy.canReply(supervisor, line, olivias)).toBe(false);
    expect(AccessPolicy.canReply(olivia, line, session(LineSessionState.Closed, 'olivia'))).toBe(false);
    expect(AccessPolicy.canClose(olivia, line, olivias)).toBe(true);
  });

  it('shows a group\'s queue only to operators of that group, and lets only them take from it', () => {
    const grouped = { ...session(LineSessionState.Waiting), operatorGroupId: 'night-shift' };
    const nightOperator = actor('nina', 'operators', 'night-shift');
    expect([olivia, nightOperator].map((a) => AccessPolicy.canTake(a, line, grouped))).toEqual([false, true]);
    expect([olivia, nightOperator, supervisor].map((a) => AccessPolicy.sessionView(a, line, grouped, {}))).toEqual([undefined, 'staff', 'staff']);
  });

  it('lets supervisors and the assigned operator supervise a session', () => {
    const olivias = session(LineSessionState.AssignedToOperator, 'olivia');
    expect([olivia, oscar, supervisor, emma].map((a) => AccessPolicy.canSupervise(a, line, olivias))).toEqual([true, false, true, false]);
  });

  it('lets operators take, and the internal client groups write', () => {
    expect([olivia, supervisor, emma].map((a) => AccessPolicy.canTake(a, line, session(LineSessionState.Waiting)))).toEqual([true, false, false]);
    expect([olivia, emma, ethan, admin].map((a) => AccessPolicy.canWriteAsClient(a, line))).toEqual([false, true, true, false]);
    expect([admin, olivia, emma, actor('nobody')].map((a) => AccessPolicy.canSeeLine(a, line))).toEqual([true, true, true, false]);
  });

  it('lets readers, operators and supervisors read transcripts, and only who manages a session bind items to it', () => {
    const reader = actor('rita', 'readers');
    expect([reader, olivia, supervisor, emma, admin].map((a) => AccessPolicy.canReadTranscript(a, line))).toEqual([true, true, true, false, false]);
    expect([reader, olivia, emma].map((a) => AccessPolicy.isReader(a, line))).toEqual([true, false, false]);
    const assigned = session(LineSessionState.AssignedToOperator, 'olivia');
    expect([olivia, oscar, supervisor, reader, emma].map((a) => AccessPolicy.canBindItems(a, line, assigned))).toEqual([true, false, true, false, false]);
    expect([admin, olivia, supervisor, reader, emma].map((a) => AccessPolicy.canUseApps(a, [line]))).toEqual([true, true, true, false, false]);
  });
});
