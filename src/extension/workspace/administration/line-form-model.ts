/**
 * The live chat forms of Administration (the "+Live Chat" dialog and the Settings tab) as plain
 * data: the draft, its validation (the same rules as the server's createLineBody) and the body to
 * send.
 */
import type { AppDto, CreateLineBody, LineDto, UpdateLineBody } from '../../common/api';
import { LINE_NAME_MAX } from '../../common/line';

export interface LineDraft {
  name: string;
  operatorGroupIds: string[];
  supervisorGroupIds: string[];
  internalClientGroupIds: string[];
  showOperatorName: boolean;
  /** Empty: sessions are named after their client. */
  sessionNameTemplate: string;
  /** Settings › Apps › To bind an account; empty for none. */
  accountAppCode: string;
  /** Settings › Apps › To register messages. */
  requestAppCodes: string[];
  /** Additional › Read access to sessions. */
  readerGroupIds: string[];
}

export type LineDraftErrors = Partial<Record<'name' | 'operatorGroupIds' | 'supervisorGroupIds', string>>;

export function emptyDraft(): LineDraft {
  return { name: '', operatorGroupIds: [], supervisorGroupIds: [], internalClientGroupIds: [], showOperatorName: false, sessionNameTemplate: '', accountAppCode: '', requestAppCodes: [], readerGroupIds: [] };
}

export function draftFromLine(line: LineDto): LineDraft {
  return {
    name: line.name,
    operatorGroupIds: [...line.operatorGroupIds],
    supervisorGroupIds: [...line.supervisorGroupIds],
    internalClientGroupIds: [...line.internalClientGroupIds],
    showOperatorName: line.showOperatorName,
    sessionNameTemplate: line.sessionNameTemplate ?? '',
    accountAppCode: line.accountAppCode ?? '',
    requestAppCodes: [...line.requestAppCodes],
    readerGroupIds: [...line.readerGroupIds],
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
  if (draft.accountAppCode !== (line.accountAppCode ?? '')) body.accountAppCode = draft.accountAppCode || null;
  if (!sameIds(draft.requestAppCodes, line.requestAppCodes)) body.requestAppCodes = draft.requestAppCodes;
  if (!sameIds(draft.readerGroupIds, line.readerGroupIds)) body.readerGroupIds = draft.readerGroupIds;
  return Object.keys(body).length > 0 ? body : undefined;
}

/**
 * The apps the Settings › Apps pickers offer, shaped as the group picker's options: only apps with
 * an Account field come from the server, and a chosen app that is gone still shows by its code.
 */
export function appOptions(apps: readonly AppDto[], chosen: readonly string[]): { id: string; code: string; name: string; isSystem: boolean }[] {
  const options = apps.map((app) => ({ id: app.code, code: app.code, name: app.name, isSystem: false }));
  const missing = chosen.filter((code) => !apps.some((app) => app.code === code));
  return [...options, ...missing.map((code) => ({ id: code, code, name: code, isSystem: false }))];
}
