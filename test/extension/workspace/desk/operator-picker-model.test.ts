import { OperatorStatusType } from '@elma365/sdk-types';
import { emptyText, loadText, nextChoosable, operatorChoices, pickerNote } from '../../../../src/extension/workspace/desk/operator-picker-model';
import { anOperator } from '../builders';

const olivia = anOperator({ userId: 'u-olivia', name: 'Olivia Bennett', active: 2 });
const oscar = anOperator({ userId: 'u-oscar', name: 'Oscar Diaz', status: OperatorStatusType.Offline, active: 1, capacity: 3 });
const anna = anOperator({ userId: 'u-anna', name: 'Anna Kim', active: 3, capacity: 3 });
const all = [oscar, olivia, anna];

describe('the operator picker', () => {
  it('lists Online operators first, then by name, with status and load', () => {
    expect(operatorChoices(all, { onlyOnline: false })).toEqual([
      { userId: 'u-anna', name: 'Anna Kim', online: true, statusText: 'Online', loadText: '3 / 3', loadLabel: '3 of 3 sessions', unavailable: 'No room' },
      { userId: 'u-olivia', name: 'Olivia Bennett', online: true, statusText: 'Online', loadText: '2 active', loadLabel: '2 active sessions', unavailable: undefined },
      { userId: 'u-oscar', name: 'Oscar Diaz', online: false, statusText: 'Offline', loadText: '1 / 3', loadLabel: '1 of 3 sessions', unavailable: undefined },
    ]);
  });

  it('lists only Online operators when reassignment is limited to them, and says so', () => {
    expect(operatorChoices(all, { onlyOnline: true }).map((choice) => choice.name)).toEqual(['Anna Kim', 'Olivia Bennett']);
    expect(pickerNote(all, true)).toBe('Only Online operators can receive sessions. 1 Offline operator is not listed.');
    expect(pickerNote([olivia], true)).toBe('Only Online operators can receive sessions.');
    expect(pickerNote(all, false)).toBeUndefined();
  });

  it('shows the current operator without offering them', () => {
    expect(operatorChoices(all, { onlyOnline: false, currentOperatorId: 'u-olivia' })[1].unavailable).toBe('Assigned now');
  });

  it('finds operators by name', () => {
    expect(operatorChoices(all, { onlyOnline: false, query: ' osc ' }).map((choice) => choice.userId)).toEqual(['u-oscar']);
  });

  it('reads the load against the limit, or as a count', () => {
    expect(loadText({ active: 2 })).toBe('2 active');
    expect(loadText({ active: 0, capacity: 5 })).toBe('0 / 5');
  });

  it('says why the list is empty', () => {
    expect(emptyText([], false, '')).toBe('The live chat has no operators.');
    expect(emptyText([oscar], true, '')).toBe('No operator is Online right now.');
    expect(emptyText(all, false, 'zzz')).toBe('No operator matches.');
  });

  it('moves over the operators that can be chosen, wrapping around', () => {
    const choices = operatorChoices(all, { onlyOnline: false, currentOperatorId: 'u-oscar' });
    // Anna (full), Olivia, Oscar (current): only Olivia can be chosen.
    expect(nextChoosable(choices, -1, 1)).toBe(1);
    expect(nextChoosable(choices, 1, 1)).toBe(1);
    expect(nextChoosable(choices, -1, -1)).toBe(1);
    const open = operatorChoices([olivia, oscar], { onlyOnline: false });
    expect(nextChoosable(open, 1, 1)).toBe(0);
    expect(nextChoosable(open, 0, -1)).toBe(1);
    expect(nextChoosable(operatorChoices([anna], { onlyOnline: false }), -1, 1)).toBe(-1);
  });
});
