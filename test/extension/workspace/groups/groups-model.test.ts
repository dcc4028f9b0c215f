import type { HostUser } from '@elma365/sdk-types';
import type { GroupDto } from '../../../../src/extension/common/groups-api';
import { createGroupBody, groupDraft, memberOptions, memberSummary, nameProblem, toggleMember, updateGroupBody, usageText } from '../../../../src/extension/workspace/groups/groups-model';

const user = (id: string, name: string, extra: Partial<HostUser> = {}): HostUser =>
  ({ id, login: id, name, fullname: { firstname: name, lastname: '' }, groupIds: [], ...extra }) as HostUser;

describe('Group settings', () => {
  const users = [user('u1', 'Olivia Bennett'), user('u2', 'Oscar Diaz', { email: 'oscar@example.com' }), user('u3', 'Nora Quinn'), user('u4', 'Locked Lee', { locked: true })];
  const group: GroupDto = { id: 'g', name: 'Night shift', memberIds: ['u1', 'u2'], usedBy: [] };

  it('requires a name no other group has', () => {
    expect(nameProblem('  ', [])).toBe('Name is required');
    expect(nameProblem('night SHIFT ', [group])).toBe('There already is a group named "night SHIFT"');
    expect(nameProblem('Day shift', [group])).toBeUndefined();
    expect(nameProblem('x'.repeat(201), [])).toBe('Name must be at most 200 characters');
  });

  it('creates with the trimmed name and sends only what changed', () => {
    expect(createGroupBody({ name: ' Day ', memberIds: ['u3'] })).toEqual({ name: 'Day', memberIds: ['u3'] });
    expect(updateGroupBody(group, groupDraft(group))).toBeUndefined();
    expect(updateGroupBody(group, { name: 'Night shift', memberIds: ['u2', 'u1'] })).toBeUndefined();
    expect(updateGroupBody(group, { name: 'Evening', memberIds: ['u1', 'u2'] })).toEqual({ name: 'Evening' });
    expect(updateGroupBody(group, { name: 'Night shift', memberIds: ['u1'] })).toEqual({ memberIds: ['u1'] });
  });

  it('lists members to choose: chosen first, found by name, login or e-mail, locked users only when chosen', () => {
    expect(memberOptions(users, ['u3'], '').map((u) => u.id)).toEqual(['u3', 'u1', 'u2']);
    expect(memberOptions(users, [], 'EXAMPLE').map((u) => u.id)).toEqual(['u2']);
    expect(memberOptions(users, ['u4'], 'lee').map((u) => u.id)).toEqual(['u4']);
    expect(toggleMember(['u1'], 'u2', true)).toEqual(['u1', 'u2']);
    expect(toggleMember(['u1', 'u2'], 'u1', false)).toEqual(['u2']);
  });

  it('summarizes members and where the group is used', () => {
    expect(memberSummary(users, [])).toBe('No members');
    expect(memberSummary(users, ['u2', 'u1'])).toBe('Olivia Bennett, Oscar Diaz');
    expect(memberSummary(users, ['u1', 'u2', 'u3', 'u4'], 2)).toBe('Locked Lee, Nora Quinn and 2 more');
    expect(usageText(group)).toBeUndefined();
    expect(usageText({ ...group, usedBy: [{ lineId: 'a', lineName: 'Support' }, { lineId: 'b', lineName: 'Sales' }] })).toBe('Used by Support, Sales');
  });
});
