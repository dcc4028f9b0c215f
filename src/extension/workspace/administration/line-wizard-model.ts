/**
 * The Live Chat Wizard (spec §2.1), DOM-free: its steps in order, what stops the user from
 * going on, and the body that creates the live chat. Shown until the first live chat exists.
 */
import type { CreateLineBody } from '../../common/api';
import { createBody, validateDraft, type LineDraft } from './line-form-model';

export type WizardStep = 'name' | 'operators' | 'supervisors' | 'clients' | 'review';

export const WIZARD_STEPS: ReadonlyArray<{ id: WizardStep; label: string }> = [
  { id: 'name', label: 'Name' },
  { id: 'operators', label: 'Operators' },
  { id: 'supervisors', label: 'Supervisors' },
  { id: 'clients', label: 'Who may write' },
  { id: 'review', label: 'Create' },
];

/** Why the user cannot leave the step yet, or undefined. */
export function stepProblem(step: WizardStep, draft: LineDraft): string | undefined {
  const errors = validateDraft(draft);
  switch (step) {
    case 'name':
      return errors.name;
    case 'operators':
      return errors.operatorGroupIds;
    case 'supervisors':
      return errors.supervisorGroupIds;
    case 'clients':
      return undefined;
    case 'review':
      return errors.name ?? errors.operatorGroupIds ?? errors.supervisorGroupIds;
  }
}

export function stepIndex(step: WizardStep): number {
  return WIZARD_STEPS.findIndex((candidate) => candidate.id === step);
}

/** The step `delta` steps away, kept within the wizard. */
export function moveStep(step: WizardStep, delta: number): WizardStep {
  const index = Math.min(WIZARD_STEPS.length - 1, Math.max(0, stepIndex(step) + delta));
  return WIZARD_STEPS[index].id;
}

/** A step the user may jump to: one already passed, or the next one when every step before it is done. */
export function canVisit(target: WizardStep, draft: LineDraft): boolean {
  const index = stepIndex(target);
  return WIZARD_STEPS.slice(0, index).every((step) => stepProblem(step.id, draft) === undefined);
}

export function wizardBody(draft: LineDraft): CreateLineBody {
  const body = createBody(draft);
  return draft.internalClientGroupIds.length ? { ...body, internalClientGroupIds: draft.internalClientGroupIds } : body;
}
