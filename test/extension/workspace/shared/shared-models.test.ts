import { LineSessionState } from '@elma365/sdk-types';
import { badgeCount, formatDateTime, formatTime, initials, stateLabel } from '../../../../src/extension/workspace/shared/format';
import { groupNames, groupOptions, moveActive, selectedGroups } from '../../../../src/extension/workspace/shared/group-picker-model';
import { filterPickerItems } from '../../../../src/extension/workspace/shared/picker-menu-model';
import { droppedIndex, moveItem } from '../../../../src/extension/workspace/shared/reorder';

const group = (id: string, name: string) => ({ id, code: id, name, isSystem: false });
const groups = [group('o', 'Operators'), group('s', 'Supervisors'), group('e', 'Employees'), group('a', 'Administrators')];

describe('group picker', () => {
  it('offers the groups not chosen yet that match the text, by name', () => {
    expect(groupOptions(groups, [], '').map((g) => g.name)).toEqual(['Administrators', 'Employees', 'Operators', 'Supervisors']);
    expect(groupOptions(groups, ['o'], 'OR').map((g) => g.name)).toEqual(['Administrators', 'Supervisors']);
  });

  it('keeps chosen groups in the order chosen, even ones the directory lost', () => {
    expect(selectedGroups(groups, ['s', 'gone', 'o']).map((g) => g.name)).toEqual(['Supervisors', 'Unknown group', 'Operators']);
    expect(groupNames(groups, ['o', 's'])).toBe('Operators, Supervisors');
  });

  it('moves the highlight around the list', () => {
    expect(moveActive(-1, 1, 3)).toBe(0);
    expect(moveActive(-1, -1, 3)).toBe(2);
    expect(moveActive(2, 1, 3)).toBe(0);
    expect(moveActive(0, -1, 3)).toBe(2);
    expect(moveActive(0, 1, 0)).toBe(-1);
  });
});

describe('format', () => {
  it('labels session states as the product does', () => {
    expect(Object.values(LineSessionState).map(stateLabel)).toEqual(['In queue', 'Assigned to operator', 'Assigned to bot', 'In spam', 'Closed']);
  });

  it('shows the time today and the date before', () => {
    const now = new Date(2026, 10, 21, 15, 0);
    expect(formatTime(new Date(2026, 10, 21, 9, 5).toISOString(), now, 'en-GB')).toBe('09:05');
    expect(formatTime(new Date(2026, 10, 20, 9, 5).toISOString(), now, 'en-GB')).toBe('20 Nov, 09:05');
    expect(formatTime(new Date(2025, 10, 20, 9, 5).toISOString(), now, 'en-GB')).toBe('20 Nov 2025, 09:05');
    expect(formatTime('garbage', now)).toBe('');
    expect(formatDateTime(undefined)).toBe('');
    expect(formatDateTime(new Date(2026, 10, 21, 9, 5).toISOString(), 'en-GB')).toBe('21 Nov 2026, 09:05');
  });

  it('makes initials and badge texts', () => {
    expect(initials('Emma Fischer')).toBe('EF');
    expect(initials('emma')).toBe('EM');
    expect(initials('Anna Maria von Berg')).toBe('AB');
    expect(initials('  ')).toBe('?');
    expect(badgeCount(7)).toBe('7');
    expect(badgeCount(120)).toBe('99+');
  });
});

describe('picker menu', () => {
  const items = [
    { value: 'qualify_request', label: 'Qualify request', detail: 'qualify_request' },
    { value: 'notify_on_close', label: 'Notify on close' },
  ];

  it('finds items by label, detail or value, in their order', () => {
    expect(filterPickerItems(items, '').map((item) => item.value)).toEqual(['qualify_request', 'notify_on_close']);
    expect(filterPickerItems(items, 'NOTIFY').map((item) => item.value)).toEqual(['notify_on_close']);
    expect(filterPickerItems(items, 'on_close').map((item) => item.value)).toEqual(['notify_on_close']);
    expect(filterPickerItems(items, 'xyz')).toEqual([]);
  });
});

describe('reorder', () => {
  it('moves one item and leaves the list it was given alone', () => {
    const list = ['a', 'b', 'c'];
    expect(moveItem(list, 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(list, 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(list, 1, 9)).toEqual(['a', 'c', 'b']);
    expect(moveItem(list, 1, -3)).toEqual(['b', 'a', 'c']);
    expect(moveItem(list, 3, 0)).toEqual(list);
    expect(list).toEqual(['a', 'b', 'c']);
  });

  it('reads the place of a dragged row only under its own media type', () => {
    const data = (values: Record<string, string>) => ({ getData: (mime: string) => values[mime] ?? '' }) as unknown as DataTransfer;
    expect(droppedIndex(data({ 'application/x-test': '2' }), 'application/x-test')).toBe(2);
    expect(droppedIndex(data({ 'application/x-test': '0' }), 'application/x-test')).toBe(0);
    expect(droppedIndex(data({ 'text/plain': '2' }), 'application/x-test')).toBeUndefined();
    expect(droppedIndex(data({ 'application/x-test': '-1' }), 'application/x-test')).toBeUndefined();
    expect(droppedIndex(data({ 'application/x-test': '1.5' }), 'application/x-test')).toBeUndefined();
    expect(droppedIndex(undefined, 'application/x-test')).toBeUndefined();
  });
});
