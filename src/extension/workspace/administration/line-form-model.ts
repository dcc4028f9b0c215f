/**
 * The live chat forms of Administration (the "+Live Chat" dialog and the Settings tab) as plain
 * data: the draft, its validation (the same rules as the server's createLineBody) and the body to
 * send.
 */
import type { CreateLineBody, LineDto, UpdateLineBody } from '../../common/api';
import { LINE_NAME_MAX } from '../../common/line';

export interface LineDraft {
  name: string;
  operatorGroupIds: string[];
  supervisorGroupIds: string[];
  internalClientGroupIds: string[];
  showOperatorName: boolean;
  /** Empty: sessions are named after their client. */
  sessionNameTemplate: string;
}

export type LineDraftErrors = Partial<Record<'name' | 'operatorGroupIds' | 'supervisorGroupIds', string>>;

export function emptyDraft(): LineDraft {
  return { name: '', operatorGroupIds: [], supervisorGroupIds: [], internalClientGroupIds: [], showOperatorName: false, sessionNameTemplate: '' };
}

export function draftFromLine(line: LineDto): LineDraft {
  return {
    name: line.name,
    operatorGroupIds: [...line.operatorGroupIds],
    supervisorGroupIds: [...line.supervisorGroupIds],
    internalClientGroupIds: [...line.internalClientGroupIds],
    showOperatorName: line.showOperatorName,
    sessionNameTemplate: line.sessionNameTemplate ?? '',
  };
}

export function validateDraft(draft: LineDraft): LineDraftErrors {
  const errors: LineDraftErrors = {};
  const name = draft.name.trim();
  if (name.length === 0) errors.name = 'Name is required';
  else if (name.length > LINE_NAME_MAX) errors.name = `Name must be at most ${LINE_NAME_MAX} characters`;
  if (draft.operatorGroupIds.length === 0) errors.operatorGroupIds = 'Choose at least one operator group';
  if (draft.supervisorGroupIds.length === 0) errors.supervisorGroupIds = 'Choose at least one supervisor group';
  return errors;
}

export function isDraftValid(draft: LineDraft): boolean {
  return Object.keys(validateDraft(draft)).length === 0;
}

/** "Operator's name › Show" only means something when internal users may write. */
export function showsOperatorNameSetting(draft: LineDraft): boolean {
  return draft.internalClientGroupIds.length > 0;
}

export function createBody(draft: LineDraft): CreateLineBody {
  return {
    name: draft.name.trim(),
    operatorGroupIds: draft.operatorGroupIds,
    supervisorGroupIds: draft.supervisorGroupIds,
  };
}

const sameIds = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((id) => b.includes(id));

/** Only what changed, or undefined when nothing did. */
export function updateBody(line: LineDto, draft: LineDraft): UpdateLineBody | undefined {
  const body: UpdateLineBody = {};
  const name = draft.name.trim();
  if (name !== line.name) body.name = name;
  if (!sameIds(draft.operatorGroupIds, line.operatorGroupIds)) body.operatorGroupIds = draft.operatorGroupIds;
  if (!sameIds(draft.supervisorGroupIds, line.supervisorGroupIds)) body.supervisorGroupIds = draft.supervisorGroupIds;
  if (!sameIds(draft.internalClientGroupIds, line.internalClientGroupIds)) body.internalClientGroupIds = draft.internalClientGroupIds;
  // The checkbox is hidden without internal clients; what it holds then does not matter.
  if (showsOperatorNameSetting(draft) && draft.showOperatorName !== line.showOperatorName) body.showOperatorName = draft.showOperatorName;
  // A blank template is no template; anything else is kept exactly as typed.
  const template = draft.sessionNameTemplate.trim() === '' ? null : draft.sessionNameTemplate;
  if (template !== (line.sessionNameTemplate ?? null)) body.sessionNameTemplate = template;
  return Object.keys(body).length > 0 ? body : undefined;
}
