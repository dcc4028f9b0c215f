import { emptyDraft } from '../../../../src/extension/workspace/administration/line-form-model';
import { canVisit, moveStep, stepProblem, wizardBody } from '../../../../src/extension/workspace/administration/line-wizard-model';

describe('Live Chat Wizard', () => {
  it('goes on only when the step is done; who may write is optional', () => {
    const draft = emptyDraft();
    expect(stepProblem('name', draft)).toBe('Name is required');
    expect(stepProblem('name', { ...draft, name: ' Support ' })).toBeUndefined();
    expect(stepProblem('operators', draft)).toBe('Choose at least one operator group');
    expect(stepProblem('supervisors', draft)).toBe('Choose at least one supervisor group');
    expect(stepProblem('clients', draft)).toBeUndefined();
  });

  it('lets the user jump back, and forward only over finished steps', () => {
    const named = { ...emptyDraft(), name: 'Support' };
    expect(canVisit('name', emptyDraft())).toBe(true);
    expect(canVisit('operators', emptyDraft())).toBe(false);
    expect(canVisit('operators', named)).toBe(true);
    expect(canVisit('supervisors', named)).toBe(false);
    expect(canVisit('review', { ...named, operatorGroupIds: ['o'], supervisorGroupIds: ['s'] })).toBe(true);
    expect(moveStep('name', -1)).toBe('name');
    expect(moveStep('name', 1)).toBe('operators');
    expect(moveStep('review', 1)).toBe('review');
  });

  it('creates the live chat with its clients only when some are chosen', () => {
    const draft = { ...emptyDraft(), name: ' Support ', operatorGroupIds: ['o'], supervisorGroupIds: ['s'] };
    expect(wizardBody(draft)).toEqual({ name: 'Support', operatorGroupIds: ['o'], supervisorGroupIds: ['s'] });
    expect(wizardBody({ ...draft, internalClientGroupIds: ['e'] })).toEqual({ name: 'Support', operatorGroupIds: ['o'], supervisorGroupIds: ['s'], internalClientGroupIds: ['e'] });
  });
});
