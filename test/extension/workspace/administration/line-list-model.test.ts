import type { HostGroup } from '@elma365/sdk-types';
import type { LineDto } from '../../../../src/extension/common/api';
import { deleteQuestion, filterLines, keepExisting, selectionState, toggleAll, toggleOne } from '../../../../src/extension/workspace/administration/line-list-model';

const group = (id: string, name: string): HostGroup => ({ id, code: id, name, isSystem: false });
const line = (id: string, name: string, operatorGroupIds: string[] = [], internalClientGroupIds: string[] = []): LineDto =>
  ({ id, name, operatorGroupIds, supervisorGroupIds: ['sup'], internalClientGroupIds }) as unknown as LineDto;

describe('Administration › Live Chats list', () => {
  const groups = [group('ops', 'Night operators'), group('sup', 'Supervisors'), group('emp', 'Employees')];
  const lines = [line('a', 'Support', ['ops']), line('b', 'Sales', [], ['emp']), line('c', 'Billing')];

  it('finds live chats by name and by the names of their groups, in any case', () => {
    expect(filterLines(lines, groups, '').map((l) => l.id)).toEqual(['a', 'b', 'c']);
    expect(filterLines(lines, groups, ' SAL ').map((l) => l.id)).toEqual(['b']);
    expect(filterLines(lines, groups, 'night').map((l) => l.id)).toEqual(['a']);
    expect(filterLines(lines, groups, 'employees').map((l) => l.id)).toEqual(['b']);
    expect(filterLines(lines, groups, 'supervisors').map((l) => l.id)).toEqual(['a', 'b', 'c']);
    expect(filterLines(lines, groups, 'nothing like it')).toEqual([]);
  });

  it('keeps the header checkbox unchecked, indeterminate or checked over the rows shown', () => {
    expect(selectionState(lines, new Set())).toBe('none');
    expect(selectionState(lines, new Set(['a']))).toBe('some');
    expect(selectionState(lines, new Set(['a', 'b', 'c']))).toBe('all');
    // Only the rows shown count: a search that shows the one chosen row makes it "all".
    expect(selectionState([lines[0]], new Set(['a', 'b']))).toBe('all');
  });

  it('selects every row shown, or clears them when all are chosen, keeping hidden choices', () => {
    expect([...toggleAll(lines, new Set(['a']))].sort()).toEqual(['a', 'b', 'c']);
    expect([...toggleAll(lines, new Set(['a', 'b', 'c']))]).toEqual([]);
    expect([...toggleAll([lines[1]], new Set(['a']))].sort()).toEqual(['a', 'b']);
    expect([...toggleOne(new Set(['a']), 'b', true)]).toEqual(['a', 'b']);
    expect([...toggleOne(new Set(['a', 'b']), 'a', false)]).toEqual(['b']);
    expect([...keepExisting(new Set(['a', 'gone']), lines)]).toEqual(['a']);
  });

  it('asks before deleting, naming the live chats and what happens to their sessions', () => {
    expect(deleteQuestion([lines[0]])).toEqual({
      heading: 'Delete the live chat "Support"?',
      message: '"Support" will be deleted. Its sessions are closed and deleted; this cannot be undone.',
      confirmLabel: 'Delete',
    });
    expect(deleteQuestion(lines)).toEqual({
      heading: 'Delete 3 live chats?',
      message: '"Support", "Sales" and "Billing" will be deleted. Their sessions are closed and deleted; this cannot be undone.',
      confirmLabel: 'Delete 3 live chats',
    });
  });
});
