/**
 * Custom routing rules in the Routing tab (spec §2.3, §3.2), DOM-free: the one-line summaries of
 * the rules list, the rule dialog's editable state and its conversion to and from the stored
 * rule, and every problem that keeps the dialog from saving (the server checks the same again).
 */
import { LineSessionPriority, type LineChannelType } from '@elma365/sdk-types';
import type { ProcessTemplateDto } from '../../common/api';
import type { ParameterDefinition } from '../../common/parameters/parameter-types';
import { bindingProblems } from '../../common/process-bindings';
import { isConditionGroup, type ConditionGroup, type ConditionRow } from '../../common/routing/routing-condition';
import {
  actionProblems,
  RULE_ACTION_LABELS,
  RULE_NAME_MAX,
  type RoutingRuleDraft,
  type RuleAction,
  type RuleActionType,
  type RuleProcess,
  type RuleTargets,
} from '../../common/routing/routing-rule';
import { sessionNameVariables } from '../../common/session-name';
import { compileTemplate, MAX_TEMPLATE_LENGTH } from '../../common/templates/template';
import { formatParameterValue } from '../parameters/parameter-format';
import {
  attributeLabel,
  CHANNEL_TYPE_LABELS,
  conditionProblems,
  DAY_LABELS,
  fromCondition,
  JOIN_LABELS,
  operatorLabel,
  toCondition,
  type ConditionProblems,
} from './condition-editor-model';
import { emptyGroup, type GroupDraft } from './condition-tree-model';
import { formatParamInput, paramValueFromInput } from './parameter-input-model';

export const PRIORITY_LABELS: Readonly<Record<LineSessionPriority, string>> = {
  [LineSessionPriority.High]: 'High',
  [LineSessionPriority.Medium]: 'Medium',
  [LineSessionPriority.Low]: 'Low',
};

/** The names a summary shows instead of ids. */
export interface RuleNames {
  parameters: readonly ParameterDefinition[];
  channels: readonly { id: string; name: string }[];
  lines: readonly { id: string; name: string }[];
  groups: readonly { id: string; name: string }[];
  /** Operators and other users, for "Assign an operator" and user parameters. */
  users: readonly { id: string; name: string }[];
  templates: readonly { code: string; name: string }[];
}

// Summaries -----------------------------------------------------------------------------------

const nameOf = (list: readonly { id: string; name: string }[], id: string, unknown: string): string => list.find((entry) => entry.id === id)?.name ?? unknown;

/** "Time between 09:00 and 13:00 AND (Channel is Telegram OR First session with client is No)". */
export function conditionSummary(group: ConditionGroup, names: RuleNames): string {
  if (group.items.length === 0) return 'Every new session';
  return groupText(group, names);
}

function groupText(group: ConditionGroup, names: RuleNames): string {
  return group.items
    .map((item, index) => {
      const text = isConditionGroup(item) ? `(${groupText(item, names)})` : rowText(item, names);
      if (index === 0) return text;
      return `${JOIN_LABELS[group.joins[index - 1]] ?? group.joins[index - 1]} ${text}`;
    })
    .join(' ');
}

function rowText(row: ConditionRow, names: RuleNames): string {
  if (row.attribute === 'param') {
    const def = names.parameters.find((candidate) => candidate.code === row.code);
    const label = def?.name ?? row.code;
    const operator = operatorLabel(row.operator, def);
    if (row.operator === 'empty' || row.operator === 'notEmpty') return `${label} ${operator}`;
    const value =
      row.operator === 'contains' || !def
        ? `"${String(row.value ?? '')}"`
        : formatParameterValue(def, normalizedOperand(def, row.value), { userName: (id) => nameOf(names.users, id, id) });
    return `${label} ${operator} ${value}`;
  }
  const label = attributeLabel(row.attribute, names.parameters);
  const operator = operatorLabel(row.operator);
  switch (row.attribute) {
    case 'time':
      return row.operator === 'between' ? `${label} between ${row.value.from} and ${row.value.to}` : `${label} ${operator} ${row.value}`;
    case 'dayOfWeek':
      return `${label} ${operator} ${row.value.map((day) => DAY_LABELS[day - 1]?.short ?? String(day)).join(', ')}`;
    case 'firstSession':
      return `${label} ${operator} ${row.value ? 'Yes' : 'No'}`;
    case 'channel':
      return `${label} ${operator} ${row.value.map((id) => nameOf(names.channels, id, 'a removed channel')).join(', ')}`;
    case 'line':
      return `${label} ${operator} ${row.value.map((id) => nameOf(names.lines, id, 'a removed live chat')).join(', ')}`;
    case 'channelType':
      return `${label} ${operator} ${row.value.map((type: LineChannelType) => CHANNEL_TYPE_LABELS[type] ?? type).join(', ')}`;
    default:
      return `${label} ${operator} "${row.value}"`;
  }
}

/** A condition's operand in the stored shape, so it reads like the parameter's values do. */
function normalizedOperand(def: ParameterDefinition, value: unknown): unknown {
  const normalized = paramValueFromInput({ ...def, array: false }, formatParamInput(def, value));
  return normalized.ok ? normalized.value : value;
}

/** "Invite all operators of a group: Sales". */
export function actionSummary(action: RuleAction, names: RuleNames): string {
  const label = RULE_ACTION_LABELS[action.type];
  switch (action.type) {
    case 'leastOccupied':
    case 'inviteGroup':
      return `${label}: ${nameOf(names.groups, action.groupId, 'a removed group')}`;
    case 'assignOperator':
      return `${label}: ${nameOf(names.users, action.userId, 'an unknown user')}`;
    default:
      return label;
  }
}

/** The additional actions in a few words each: "Sends a reply", "Sets Priority = High", "Starts Qualify request". */
export function extrasSummary(rule: Pick<RoutingRuleDraft, 'reply' | 'setValues' | 'process'>, names: RuleNames): string[] {
  const extras: string[] = [];
  if (rule.reply !== undefined) extras.push('Sends a reply');
  const set: string[] = [];
  if (rule.setValues?.priority) set.push(`Priority = ${PRIORITY_LABELS[rule.setValues.priority]}`);
  for (const [code, value] of Object.entries(rule.setValues?.params ?? {})) {
    const def = names.parameters.find((candidate) => candidate.code === code);
    set.push(`${def?.name ?? code} = ${def ? formatParameterValue(def, value, { userName: (id) => nameOf(names.users, id, id) }) : JSON.stringify(value)}`);
  }
  if (set.length > 0) extras.push(`Sets ${set.join(', ')}`);
  if (rule.process) {
    const name = names.templates.find((template) => template.code === rule.process?.templateCode)?.name ?? rule.process.templateCode;
    extras.push(`Starts "${name}"${rule.process.alsoLineProcess ? ' and the live chat\'s own process' : ''}`);
  }
  return extras;
}

// The rule dialog -----------------------------------------------------------------------------

export interface ParamValueDraft {
  key: string;
  /** Empty until a parameter is chosen. */
  code: string;
  text: string;
}

/** The rule dialog's state: what each control holds. An additional action is there when defined. */
export interface RuleEditor {
  name: string;
  condition: GroupDraft;
  actionType: RuleActionType | '';
  groupId: string;
  userId: string;
  reply?: string;
  setValues?: { priority: LineSessionPriority | ''; params: ParamValueDraft[] };
  process?: RuleProcess;
}

let lastKey = 0;
export const newValueKey = (): string => `v${++lastKey}`;

export function newRuleEditor(): RuleEditor {
  return { name: '', condition: emptyGroup(), actionType: '', groupId: '', userId: '' };
}

export function editorFromRule(rule: RoutingRuleDraft, defs: readonly ParameterDefinition[]): RuleEditor {
  const action = rule.action;
  const editor: RuleEditor = {
    name: rule.name,
    condition: fromCondition(rule.condition, defs),
    actionType: action.type,
    groupId: action.type === 'leastOccupied' || action.type === 'inviteGroup' ? action.groupId : '',
    userId: action.type === 'assignOperator' ? action.userId : '',
  };
  if (rule.reply !== undefined) editor.reply = rule.reply;
  if (rule.setValues) {
    editor.setValues = {
      priority: rule.setValues.priority ?? '',
      params: Object.entries(rule.setValues.params ?? {}).map(([code, value]) => {
        const def = defs.find((candidate) => candidate.code === code);
        return { key: newValueKey(), code, text: def ? formatParamInput(def, value) : JSON.stringify(value) };
      }),
    };
  }
  if (rule.process) editor.process = { templateCode: rule.process.templateCode, inputs: { ...rule.process.inputs }, alsoLineProcess: rule.process.alsoLineProcess };
  return editor;
}

/** The chosen action, or undefined while it lacks its group or operator. */
export function actionOf(editor: Pick<RuleEditor, 'actionType' | 'groupId' | 'userId'>): RuleAction | undefined {
  switch (editor.actionType) {
    case '':
      return undefined;
    case 'leastOccupied':
    case 'inviteGroup':
      return editor.groupId ? { type: editor.actionType, groupId: editor.groupId } : undefined;
    case 'assignOperator':
      return editor.userId ? { type: 'assignOperator', userId: editor.userId } : undefined;
    default:
      return { type: editor.actionType };
  }
}

/** What Save sends. Values that do not parse go as typed, for the server to name. */
export function draftFromEditor(editor: RuleEditor, defs: readonly ParameterDefinition[]): RoutingRuleDraft {
  const draft: RoutingRuleDraft = {
    name: editor.name.trim(),
    condition: toCondition(editor.condition, defs),
    action: actionOf(editor) ?? ({ type: editor.actionType || 'inviteAll' } as RuleAction),
  };
  if (editor.reply !== undefined) draft.reply = editor.reply;
  if (editor.setValues) {
    const params: Record<string, unknown> = {};
    for (const entry of editor.setValues.params) {
      const def = defs.find((candidate) => candidate.code === entry.code);
      if (!def) continue;
      const parsed = paramValueFromInput(def, entry.text);
      params[entry.code] = parsed.ok ? parsed.value : entry.text;
    }
    draft.setValues = {};
    if (editor.setValues.priority) draft.setValues.priority = editor.setValues.priority;
    if (Object.keys(params).length > 0) draft.setValues.params = params;
  }
  if (editor.process) draft.process = { templateCode: editor.process.templateCode, inputs: { ...editor.process.inputs }, alsoLineProcess: editor.process.alsoLineProcess };
  return draft;
}

/** The parameters "+Add attribute" offers: those not set yet, JSON included (it can be set, not compared). */
export function settableParameters(defs: readonly ParameterDefinition[], chosen: readonly ParamValueDraft[], own = ''): ParameterDefinition[] {
  return defs.filter((def) => def.code === own || !chosen.some((entry) => entry.code === def.code));
}

export interface RuleChecks extends RuleTargets {
  parameters: readonly ParameterDefinition[];
  /** Undefined while the processes are loading: the process is not checked then. */
  templates?: readonly ProcessTemplateDto[];
}

export interface RuleProblems {
  name?: string;
  conditions: ConditionProblems;
  action: string[];
  reply: string[];
  /** By the entry's key; `priority` and `''` for the block itself. */
  setValues: Map<string, string>;
  process: string[];
  /** Everything, in the dialog's order. */
  all: string[];
}

export function ruleProblems(editor: RuleEditor, checks: RuleChecks): RuleProblems {
  const name = editor.name.trim();
  const nameProblem = name === '' ? 'Rule name is required.' : name.length > RULE_NAME_MAX ? `Rule name may have at most ${RULE_NAME_MAX} characters.` : undefined;
  const conditions = conditionProblems(editor.condition, checks.parameters);

  const action: string[] = [];
  const chosen = actionOf(editor);
  if (editor.actionType === '') action.push('Action: select what the rule does.');
  else if (!chosen) action.push(editor.actionType === 'assignOperator' ? 'Action: choose the operator.' : 'Action: choose the group.');
  else action.push(...actionProblems({ action: chosen, condition: toCondition(editor.condition, checks.parameters) }, checks));

  const reply: string[] = [];
  if (editor.reply !== undefined) {
    if (editor.reply.trim() === '') reply.push('Reply message: write the text, or remove the action.');
    else if (editor.reply.length > MAX_TEMPLATE_LENGTH) reply.push(`Reply message: at most ${MAX_TEMPLATE_LENGTH} characters.`);
    else {
      const compiled = compileTemplate(editor.reply, sessionNameVariables(checks.parameters));
      if (!compiled.ok) reply.push(...compiled.problems.map((problem) => `Reply message: ${problem.message}`));
    }
  }

  const setValues = new Map<string, string>();
  if (editor.setValues) {
    if (editor.setValues.priority === '' && editor.setValues.params.length === 0) setValues.set('', 'Set session attribute value: choose a priority or add an attribute, or remove the action.');
    for (const entry of editor.setValues.params) {
      const def = checks.parameters.find((candidate) => candidate.code === entry.code);
      if (!entry.code) setValues.set(entry.key, 'choose a parameter');
      else if (!def) setValues.set(entry.key, `the session parameter "${entry.code}" no longer exists`);
      else {
        const parsed = paramValueFromInput(def, entry.text);
        if (!parsed.ok) setValues.set(entry.key, parsed.problem);
      }
    }
  }

  const process: string[] = [];
  if (editor.process) {
    const template = checks.templates?.find((candidate) => candidate.code === editor.process?.templateCode);
    if (!editor.process.templateCode) process.push('Start business process: select a process, or remove the action.');
    else if (checks.templates && !template) process.push(`Start business process: the process "${editor.process.templateCode}" no longer exists.`);
    else if (template) process.push(...bindingProblems('sessionCreated', editor.process, template.variables).map((problem) => `Start business process: ${problem}`));
  }

  const setValueLines = [...setValues].map(([key, problem]) => {
    if (key === '') return problem;
    const entry = editor.setValues?.params.find((candidate) => candidate.key === key);
    const def = checks.parameters.find((candidate) => candidate.code === entry?.code);
    return `Set ${def?.name ?? 'attribute'}: ${problem}`;
  });
  const all = [...(nameProblem ? [nameProblem] : []), ...conditions.all, ...action, ...reply, ...setValueLines, ...process];
  return { name: nameProblem, conditions, action, reply, setValues, process, all };
}

/** A rule dialog's first parameter entry, for "+Add attribute". */
export function newParamValue(code = ''): ParamValueDraft {
  return { key: newValueKey(), code, text: '' };
}
