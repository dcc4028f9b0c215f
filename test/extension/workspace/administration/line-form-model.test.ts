import {
  createBody,
  draftFromLine,
  emptyDraft,
  isDraftValid,
  showsOperatorNameSetting,
  updateBody,
  validateDraft,
} from '../../../../src/extension/workspace/administration/line-form-model';
import { aLine } from '../builders';

describe('the "+Live Chat" form', () => {
  it('requires a name, operators and supervisors', () => {
    expect(validateDraft(emptyDraft())).toEqual({
      name: 'Name is required',
      operatorGroupIds: 'Choose at least one operator group',
      supervisorGroupIds: 'Choose at least one supervisor group',
    });
    expect(isDraftValid({ ...emptyDraft(), name: '   ', operatorGroupIds: ['a'], supervisorGroupIds: ['b'] })).toBe(false);
    expect(validateDraft({ ...emptyDraft(), name: 'x'.repeat(201), operatorGroupIds: ['a'], supervisorGroupIds: ['b'] }).name).toMatch(/at most 200/);
  });

  it('sends the trimmed name and the groups', () => {
    const draft = { ...emptyDraft(), name: '  Sales ', operatorGroupIds: ['a'], supervisorGroupIds: ['b'] };
    expect(isDraftValid(draft)).toBe(true);
    expect(createBody(draft)).toEqual({ name: 'Sales', operatorGroupIds: ['a'], supervisorGroupIds: ['b'] });
  });
});

describe('the Settings tab', () => {
  const line = aLine({ internalClientGroupIds: [], showOperatorName: true });

  it('has nothing to save until something changes', () => {
    expect(updateBody(line, draftFromLine(line))).toBeUndefined();
    // Same groups in another order are no change either.
    const twoGroups = aLine({ operatorGroupIds: ['a', 'b'] });
    expect(updateBody(twoGroups, { ...draftFromLine(twoGroups), operatorGroupIds: ['b', 'a'] })).toBeUndefined();
  });

  it('shows "Operator\'s name" only with internal clients, and saves it only then', () => {
    const draft = draftFromLine(line);
    expect(showsOperatorNameSetting(draft)).toBe(false);
    expect(updateBody(line, { ...draft, showOperatorName: false })).toBeUndefined();
    const withClients = { ...draft, internalClientGroupIds: ['employees'] };
    expect(showsOperatorNameSetting(withClients)).toBe(true);
    expect(updateBody(line, withClients)).toEqual({ internalClientGroupIds: ['employees'] });
    expect(updateBody(line, { ...withClients, showOperatorName: false })).toEqual({ internalClientGroupIds: ['employees'], showOperatorName: false });
  });

  it('sends only what changed', () => {
    expect(updateBody(line, { ...draftFromLine(line), name: 'Sales EU ' })).toEqual({ name: 'Sales EU' });
  });

  it('sends the session name template as typed, and null to remove it', () => {
    expect(draftFromLine(line).sessionNameTemplate).toBe('');
    const template = '{$client.name} — {DateTime("DD.MM.YYYY", {$__createdAt}, "en_US")}';
    expect(updateBody(line, { ...draftFromLine(line), sessionNameTemplate: template })).toEqual({ sessionNameTemplate: template });
    expect(updateBody(line, { ...draftFromLine(line), sessionNameTemplate: '   ' })).toBeUndefined();
    const named = aLine({ sessionNameTemplate: template });
    expect(draftFromLine(named).sessionNameTemplate).toBe(template);
    expect(updateBody(named, draftFromLine(named))).toBeUndefined();
    expect(updateBody(named, { ...draftFromLine(named), sessionNameTemplate: ' ' })).toEqual({ sessionNameTemplate: null });
  });
});
