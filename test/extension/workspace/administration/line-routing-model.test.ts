import {
  capacityChoices,
  isRoutingDraftValid,
  newCapacityRow,
  parseLimit,
  routingDraftChanged,
  routingDraftFromLine,
  routingUpdateBody,
  validateRoutingDraft,
} from '../../../../src/extension/workspace/administration/line-routing-model';
import { aLine, OPERATORS, SUPERVISORS } from '../builders';

describe('the groups and capacity of the Routing tab', () => {
  const line = aLine({ maxSessionsPerOperator: 5, operatorCapacity: [{ userId: 'u-1', max: 2 }] });

  it('starts from the live chat and sends nothing while nothing changed', () => {
    const draft = routingDraftFromLine(line);
    expect(draft).toMatchObject({ operatorGroupIds: [OPERATORS], supervisorGroupIds: [SUPERVISORS], maxSessions: '5', capacity: [{ userId: 'u-1', max: '2' }] });
    expect(routingUpdateBody(line, draft)).toBeUndefined();
    expect(routingDraftChanged(line, draft)).toBe(false);
    expect(routingDraftFromLine(aLine()).maxSessions).toBe('');
  });

  it('keeps both groups required', () => {
    const draft = { ...routingDraftFromLine(line), operatorGroupIds: [], supervisorGroupIds: [] };
    expect(validateRoutingDraft(draft)).toMatchObject({ operatorGroupIds: 'Choose at least one operator group', supervisorGroupIds: 'Choose at least one supervisor group' });
    expect(routingUpdateBody(line, draft)).toBeUndefined();
    expect(routingDraftChanged(line, draft)).toBe(true);
  });

  it('takes limits from 1 to 999; an empty maximum removes the limit', () => {
    expect(['1', ' 999 ', '0', '1000', '2.5', '-1', 'x', ''].map(parseLimit)).toEqual([1, 999, undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(validateRoutingDraft({ ...routingDraftFromLine(line), maxSessions: '0' }).maxSessions).toMatch(/from 1 to 999/);
    expect(routingUpdateBody(line, { ...routingDraftFromLine(line), maxSessions: '' })).toEqual({ maxSessionsPerOperator: null });
    expect(routingUpdateBody(line, { ...routingDraftFromLine(line), maxSessions: '7' })).toEqual({ maxSessionsPerOperator: 7 });
  });

  it('checks every per-operator limit: an operator, once, and a number', () => {
    const draft = routingDraftFromLine(line);
    const blank = newCapacityRow();
    const twice = { ...newCapacityRow(), userId: 'u-1', max: '3' };
    const noNumber = { ...newCapacityRow(), userId: 'u-2', max: '' };
    const errors = validateRoutingDraft({ ...draft, capacity: [...draft.capacity, blank, twice, noNumber] });
    expect([...errors.capacity.values()]).toEqual(['Choose an operator', 'This operator already has a limit above', 'Enter a whole number from 1 to 999']);
    const added = { ...draft, capacity: [...draft.capacity, { ...noNumber, max: '4' }] };
    expect(isRoutingDraftValid(added)).toBe(true);
    expect(routingUpdateBody(line, added)).toEqual({ operatorCapacity: [{ userId: 'u-1', max: 2 }, { userId: 'u-2', max: 4 }] });
    expect(routingUpdateBody(line, { ...draft, capacity: [] })).toEqual({ operatorCapacity: [] });
  });

  it('offers each operator once across the limits', () => {
    const operators = [{ userId: 'u-1' }, { userId: 'u-2' }, { userId: 'u-3' }];
    const rows = [{ key: 'a', userId: 'u-1', max: '1' }, { key: 'b', userId: 'u-2', max: '1' }];
    expect(capacityChoices(operators, rows, 'u-2').map((operator) => operator.userId)).toEqual(['u-2', 'u-3']);
  });
});
