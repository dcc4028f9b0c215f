/**
 * What the rows of the conditions builder mean (spec §3.2), DOM-free: the attributes and
 * operators each row offers and how it asks for its value, the conversion of the tree of
 * condition-tree-model.ts to and from the stored condition tree of common/routing, and the
 * problems by row (plain words for what an input lacks, then the shared check's).
 */
import { LineChannelType } from '@elma365/sdk-types';
import { filterOperatorsFor } from '../../common/parameters/parameter-index';
import type { ParameterDefinition } from '../../common/parameters/parameter-types';
import { checkCondition } from '../../common/routing/check-condition';
import { ATTRIBUTE_OPERATORS, isConditionGroup, type ConditionGroup, type ConditionJoin, type ConditionRow } from '../../common/routing/routing-condition';
import { emptyGroup, emptyRow, pathLabel, walk, type AttributeKey, type BuiltInAttribute, type GroupDraft, type RowDraft } from './condition-tree-model';
import { formatParamInput, paramInputKind, parseParamInput, type ParamInputKind } from './parameter-input-model';

export const BUILT_IN_ATTRIBUTES: readonly { key: BuiltInAttribute; label: string }[] = [
  { key: 'time', label: 'Time' },
  { key: 'dayOfWeek', label: 'Day of week' },
  { key: 'firstSession', label: 'First session with client' },
  { key: 'channel', label: 'Channel' },
  { key: 'channelType', label: 'Channel type' },
  { key: 'line', label: 'Live chat' },
  { key: 'clientAccount', label: 'Client account' },
  { key: 'messageText', label: 'Message text' },
  { key: 'emailSubject', label: 'E-mail subject' },
];

export const JOIN_LABELS: Readonly<Record<ConditionJoin, string>> = { and: 'AND', or: 'OR', orNot: 'OR NOT', andNot: 'AND NOT' };

export const DAY_LABELS: readonly { day: number; short: string; long: string }[] = [
  { day: 1, short: 'Mon', long: 'Monday' },
  { day: 2, short: 'Tue', long: 'Tuesday' },
  { day: 3, short: 'Wed', long: 'Wednesday' },
  { day: 4, short: 'Thu', long: 'Thursday' },
  { day: 5, short: 'Fri', long: 'Friday' },
  { day: 6, short: 'Sat', long: 'Saturday' },
  { day: 7, short: 'Sun', long: 'Sunday' },
];

export const CHANNEL_TYPE_LABELS: Readonly<Record<LineChannelType, string>> = {
  [LineChannelType.Internal]: 'Internal',
  [LineChannelType.Support]: 'Support',
  [LineChannelType.Telegram]: 'Telegram',
  [LineChannelType.TelegramBot]: 'Telegram bot',
  [LineChannelType.WhatsApp]: 'WhatsApp',
  [LineChannelType.ViberBot]: 'Viber bot',
  [LineChannelType.VK]: 'VKontakte',
  [LineChannelType.VKTeams]: 'VK Teams',
  [LineChannelType.Custom]: 'Custom messenger',
  [LineChannelType.Inbox]: 'E-mail',
  [LineChannelType.LiveChat]: 'Website (LiveChat)',
  [LineChannelType.Instagram]: 'Instagram',
};

const OPERATOR_LABELS: Readonly<Record<string, string>> = {
  between: 'between',
  before: 'before',
  after: 'after',
  in: 'is',
  is: 'is',
  isNot: 'is not',
  contains: 'contains',
  startsWith: 'starts with',
  matchesWords: 'matches words',
  eq: 'equals',
  neq: 'does not equal',
  lt: 'less than',
  lte: 'less than or equal to',
  gt: 'greater than',
  gte: 'greater than or equal to',
  empty: 'is empty',
  notEmpty: 'is not empty',
};

/** Dates and times compare as earlier and later. */
const TIME_OPERATOR_LABELS: Readonly<Record<string, string>> = { lt: 'before', lte: 'on or before', gt: 'after', gte: 'on or after' };


/** What a row's value input looks like. */
export type ValueKind = 'none' | 'time' | 'timeRange' | 'days' | 'yesNo' | 'channels' | 'channelTypes' | 'lines' | 'text' | `param-${ParamInputKind}`;


export function paramKey(code: string): AttributeKey {
  return `param:${code}`;
}

export function paramOf(attribute: AttributeKey | '', defs: readonly ParameterDefinition[]): ParameterDefinition | undefined {
  return attribute.startsWith('param:') ? defs.find((def) => def.code === attribute.slice(6)) : undefined;
}

/** The attribute select's options: the built-in ones, then every parameter that can be compared. */
export function attributeOptions(defs: readonly ParameterDefinition[]): { key: AttributeKey; label: string }[] {
  const params = defs.filter((def) => filterOperatorsFor(def).length > 0).map((def) => ({ key: paramKey(def.code), label: def.name }));
  return [...BUILT_IN_ATTRIBUTES, ...params];
}

export function attributeLabel(attribute: AttributeKey | '', defs: readonly ParameterDefinition[]): string {
  if (attribute.startsWith('param:')) return paramOf(attribute, defs)?.name ?? attribute.slice(6);
  return BUILT_IN_ATTRIBUTES.find((entry) => entry.key === attribute)?.label ?? attribute;
}

export function operatorsFor(attribute: AttributeKey | '', defs: readonly ParameterDefinition[]): readonly string[] {
  if (attribute === '') return [];
  if (attribute.startsWith('param:')) {
    const def = paramOf(attribute, defs);
    return def ? filterOperatorsFor(def) : [];
  }
  return ATTRIBUTE_OPERATORS[attribute as BuiltInAttribute] ?? [];
}

export function operatorLabel(operator: string, def?: ParameterDefinition): string {
  if (def?.type === 'DATETIME' && TIME_OPERATOR_LABELS[operator]) return TIME_OPERATOR_LABELS[operator];
  return OPERATOR_LABELS[operator] ?? operator;
}

export function valueKind(row: Pick<RowDraft, 'attribute' | 'operator'>, defs: readonly ParameterDefinition[]): ValueKind {
  switch (row.attribute) {
    case '':
      return 'none';
    case 'time':
      return row.operator === 'between' ? 'timeRange' : 'time';
    case 'dayOfWeek':
      return 'days';
    case 'firstSession':
      return 'yesNo';
    case 'channel':
      return 'channels';
    case 'channelType':
      return 'channelTypes';
    case 'line':
      return 'lines';
    case 'clientAccount':
    case 'messageText':
    case 'emailSubject':
      return 'text';
  }
  const def = paramOf(row.attribute, defs);
  if (!def || row.operator === 'empty' || row.operator === 'notEmpty' || row.operator === '') return 'none';
  return row.operator === 'contains' ? 'text' : `param-${paramInputKind(def)}`;
}

/** A row with a new attribute: its first operator and empty inputs (Yes for a yes/no question). */
export function withAttribute(row: RowDraft, attribute: AttributeKey | '', defs: readonly ParameterDefinition[]): RowDraft {
  const operator = operatorsFor(attribute, defs)[0] ?? '';
  const next: RowDraft = { ...row, attribute, operator, text: '', to: '', list: [] };
  const kind = valueKind(next, defs);
  return kind === 'yesNo' || kind === 'param-yesNo' ? { ...next, text: 'yes' } : next;
}

/** A row with a new operator; the inputs stay when the value is asked the same way. */
export function withOperator(row: RowDraft, operator: string, defs: readonly ParameterDefinition[]): RowDraft {
  const next = { ...row, operator };
  if (valueKind(row, defs) === valueKind(next, defs)) return next;
  // `before`/`after` and `between` share the start time.
  if (row.attribute === 'time') return { ...next, to: '' };
  return { ...next, text: '', to: '', list: [] };
}

// Conversion -----------------------------------------------------------------------------------

/** The stored tree; rows whose inputs say nothing yet carry what they have, for the check to name. */
export function toCondition(group: GroupDraft, defs: readonly ParameterDefinition[]): ConditionGroup {
  return { joins: [...group.joins], items: group.items.map((item) => (item.kind === 'group' ? toCondition(item, defs) : toConditionRow(item, defs))) };
}

function toConditionRow(row: RowDraft, defs: readonly ParameterDefinition[]): ConditionRow {
  const unknownRow = { attribute: row.attribute, operator: row.operator } as unknown as ConditionRow;
  switch (row.attribute) {
    case 'time':
      return row.operator === 'between'
        ? { attribute: 'time', operator: 'between', value: { from: row.text, to: row.to } }
        : { attribute: 'time', operator: row.operator as 'before' | 'after', value: row.text };
    case 'dayOfWeek':
      return { attribute: 'dayOfWeek', operator: 'in', value: row.list.map(Number).sort((a, b) => a - b) as (1 | 2 | 3 | 4 | 5 | 6 | 7)[] };
    case 'firstSession':
      return { attribute: 'firstSession', operator: 'is', value: row.text === 'yes' };
    case 'channel':
    case 'line':
      return { attribute: row.attribute, operator: row.operator as 'is' | 'isNot', value: [...row.list] };
    case 'channelType':
      return { attribute: 'channelType', operator: 'in', value: row.list as LineChannelType[] };
    case 'clientAccount':
    case 'messageText':
    case 'emailSubject':
      return { attribute: row.attribute, operator: row.operator, value: row.text } as ConditionRow;
    case '':
      return unknownRow;
  }
  const code = row.attribute.slice(6);
  const def = paramOf(row.attribute, defs);
  const kind = valueKind(row, defs);
  if (kind === 'none') return { attribute: 'param', code, operator: row.operator as ConditionRow['operator'] } as ConditionRow;
  if (kind === 'text' || !def) return { attribute: 'param', code, operator: row.operator, value: row.text } as ConditionRow;
  const parsed = parseParamInput(def, row.text);
  return { attribute: 'param', code, operator: row.operator, value: parsed.ok ? parsed.value : row.text } as ConditionRow;
}

/** The editable form of a stored tree. */
export function fromCondition(group: ConditionGroup, defs: readonly ParameterDefinition[]): GroupDraft {
  return {
    ...emptyGroup(),
    joins: [...group.joins],
    items: group.items.map((item) => (isConditionGroup(item) ? fromCondition(item, defs) : fromConditionRow(item, defs))),
  };
}

function fromConditionRow(row: ConditionRow, defs: readonly ParameterDefinition[]): RowDraft {
  const draft = { ...emptyRow(), operator: row.operator };
  switch (row.attribute) {
    case 'time':
      return row.operator === 'between'
        ? { ...draft, attribute: 'time', text: row.value.from, to: row.value.to }
        : { ...draft, attribute: 'time', text: row.value };
    case 'dayOfWeek':
      return { ...draft, attribute: 'dayOfWeek', list: row.value.map(String) };
    case 'firstSession':
      return { ...draft, attribute: 'firstSession', text: row.value ? 'yes' : 'no' };
    case 'channel':
    case 'line':
    case 'channelType':
      return { ...draft, attribute: row.attribute, list: [...row.value] };
    case 'param': {
      const attribute = paramKey(row.code);
      const def = paramOf(attribute, defs);
      const kind = valueKind({ attribute, operator: row.operator }, defs);
      const text = kind === 'none' ? '' : kind === 'text' || !def ? String(row.value ?? '') : formatParamInput(def, row.value);
      return { ...draft, attribute, text };
    }
    default:
      return { ...draft, attribute: row.attribute, text: row.value };
  }
}

// Problems ------------------------------------------------------------------------------------

export interface ConditionProblems {
  /** By row or group path, `2.1`. */
  byPath: Map<string, string>;
  /** Problems of the whole tree (too many rows…), and rows' problems as `Condition 2.1: …`. */
  all: string[];
}


/**
 * What keeps the conditions from being saved: first what the inputs say plainly (no attribute,
 * no value), then what the shared check finds in the rest, each once and by its row.
 */
export function conditionProblems(group: GroupDraft, defs: readonly ParameterDefinition[]): ConditionProblems {
  const byPath = new Map<string, string>();
  walk(group, [], (item, path) => {
    if (item.kind === 'row') {
      const problem = inputProblem(item, defs);
      if (problem) byPath.set(pathLabel(path), problem);
    }
  });
  const others: string[] = [];
  for (const problem of checkCondition(toCondition(group, defs), defs)) {
    const match = /^(?:Condition|Group) ([\d.]+): (.*)$/s.exec(problem);
    if (match && !byPath.has(match[1])) byPath.set(match[1], match[2]);
    else if (!match) others.push(problem);
  }
  const rows = [...byPath].sort(([a], [b]) => comparePaths(a, b)).map(([path, problem]) => `Condition ${path}: ${problem}`);
  return { byPath, all: [...rows, ...others] };
}

function comparePaths(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const difference = (left[index] ?? -1) - (right[index] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

const LIST_WORDS: Partial<Record<ValueKind, string>> = { days: 'day', channels: 'channel', channelTypes: 'channel type', lines: 'live chat' };

function inputProblem(row: RowDraft, defs: readonly ParameterDefinition[]): string | undefined {
  if (row.attribute === '') return 'select an attribute';
  const def = paramOf(row.attribute, defs);
  if (row.attribute.startsWith('param:') && !def) return `the session parameter "${row.attribute.slice(6)}" no longer exists`;
  if (!operatorsFor(row.attribute, defs).includes(row.operator)) return 'select an operator';
  const kind = valueKind(row, defs);
  switch (kind) {
    case 'none':
      return undefined;
    case 'time':
      return row.text === '' ? 'enter a time' : undefined;
    case 'timeRange':
      return row.text === '' || row.to === '' ? 'enter the start and the end' : undefined;
    case 'days':
    case 'channels':
    case 'channelTypes':
    case 'lines':
      return row.list.length === 0 ? `choose at least one ${LIST_WORDS[kind]}` : undefined;
    case 'yesNo':
      return undefined;
    case 'text':
      return row.text.trim() === '' ? 'enter a text' : undefined;
  }
  const parsed = def ? parseParamInput(def, row.text) : undefined;
  return parsed && !parsed.ok ? parsed.problem : undefined;
}
