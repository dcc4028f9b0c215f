/**
 * What an administrator is told when saving a routing rule whose conditions cannot work. Reads
 * the tree as untrusted input: anything, not only a ConditionGroup, gets a list of problems.
 */
import { LineChannelType } from '@elma365/sdk-types';
import type { ParameterDefinition } from '../parameters/parameter-types';
import { paramProblem } from './param-condition';
import {
  ATTRIBUTE_OPERATORS,
  CONDITION_DEPTH_MAX,
  CONDITION_JOINS,
  CONDITION_LIST_MAX,
  CONDITION_ROWS_MAX,
  CONDITION_TEXT_MAX,
} from './routing-condition';

/** A word: letters, combining marks, digits and connectors of any script. */
const WORD = /[\p{L}\p{M}\p{N}\p{Pc}]+/gu;

export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

export const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;
const CHANNEL_TYPES: readonly string[] = Object.values(LineChannelType);

/** Minutes since midnight of `HH:mm`, or undefined. */
export function minutesOf(value: unknown): number | undefined {
  const match = typeof value === 'string' ? TIME_OF_DAY.exec(value) : null;
  return match === null ? undefined : Number(match[1]) * 60 + Number(match[2]);
}

/** Problems in the order they appear, each prefixed with the row's position (`Condition 2.1`). */
export function checkCondition(tree: unknown, parameterDefinitions: readonly ParameterDefinition[]): string[] {
  const problems: string[] = [];
  const params = new Map(parameterDefinitions.map((def) => [def.code, def]));
  let rows = 0;
  let tooDeep = false;

  const group = (node: unknown, path: string, depth: number): void => {
    const where = path === '' ? 'Conditions' : `Group ${path}`;
    if (!isObject(node) || !Array.isArray(node.items) || !Array.isArray(node.joins)) {
      problems.push(`${where}: expected a group of conditions`);
      return;
    }
    if (depth > CONDITION_DEPTH_MAX) {
      if (!tooDeep) problems.push(`${where}: groups are nested more than ${CONDITION_DEPTH_MAX} levels deep`);
      tooDeep = true;
      return;
    }
    const { items, joins } = node as { items: unknown[]; joins: unknown[] };
    if (items.length === 0 && depth > 1) problems.push(`${where}: the group is empty`);
    if (joins.length !== Math.max(items.length - 1, 0)) {
      problems.push(`${where}: ${items.length} conditions need ${Math.max(items.length - 1, 0)} joins, got ${joins.length}`);
    }
    joins.forEach((join, index) => {
      if (!(CONDITION_JOINS as readonly unknown[]).includes(join)) {
        problems.push(`${where}: join ${index + 1} must be one of ${CONDITION_JOINS.join(', ')}`);
      }
    });
    items.forEach((item, index) => {
      const itemPath = path === '' ? `${index + 1}` : `${path}.${index + 1}`;
      if (isObject(item) && 'items' in item) group(item, itemPath, depth + 1);
      else {
        rows += 1;
        const problem = rowProblem(item, params);
        if (problem !== undefined) problems.push(`Condition ${itemPath}: ${problem}`);
      }
    });
  };

  group(tree, '', 1);
  if (rows > CONDITION_ROWS_MAX) problems.push(`A rule may have at most ${CONDITION_ROWS_MAX} conditions; it has ${rows}`);
  return problems;
}

function rowProblem(row: unknown, params: ReadonlyMap<string, ParameterDefinition>): string | undefined {
  if (!isObject(row)) return 'expected a condition';
  const { attribute, operator, value } = row;
  if (attribute === 'param') {
    const def = typeof row.code === 'string' ? params.get(row.code) : undefined;
    if (def === undefined) return `there is no session parameter ${JSON.stringify(row.code) ?? 'undefined'}`;
    const problem = paramProblem(def, operator, value);
    return problem === undefined ? undefined : `${def.name} (${def.code}): ${problem}`;
  }
  if (typeof attribute !== 'string' || !Object.hasOwn(ATTRIBUTE_OPERATORS, attribute)) {
    return `unknown attribute ${JSON.stringify(attribute) ?? 'undefined'}`;
  }
  const allowed = ATTRIBUTE_OPERATORS[attribute as keyof typeof ATTRIBUTE_OPERATORS];
  if (typeof operator !== 'string' || !allowed.includes(operator)) {
    return `${attribute} does not take the operator ${JSON.stringify(operator) ?? 'undefined'} (allowed: ${allowed.join(', ')})`;
  }
  switch (attribute) {
    case 'time':
      if (operator === 'between') {
        const range = isObject(value) ? value : {};
        const from = minutesOf(range.from);
        const to = minutesOf(range.to);
        if (from === undefined || to === undefined) return 'time "between" expects {from, to} as HH:mm, from 00:00 to 23:59';
        return from === to ? 'time "between" needs different start and end' : undefined;
      }
      return minutesOf(value) === undefined ? `time expects HH:mm, from 00:00 to 23:59; got ${JSON.stringify(value) ?? 'undefined'}` : undefined;
    case 'dayOfWeek':
      return nonEmptyList(value, (day) => Number.isInteger(day) && (day as number) >= 1 && (day as number) <= 7)
        ? undefined
        : 'day of week expects a list of days from 1 (Monday) to 7 (Sunday)';
    case 'firstSession':
      return typeof value === 'boolean' ? undefined : 'first session expects Yes or No';
    case 'channel':
    case 'line':
      return nonEmptyList(value, (id) => typeof id === 'string' && id !== '') ? undefined : `${attribute} expects a list of ids`;
    case 'channelType':
      return nonEmptyList(value, (type) => CHANNEL_TYPES.includes(type as string))
        ? undefined
        : `channel type expects a list of: ${CHANNEL_TYPES.join(', ')}`;
    default:
      if (typeof value !== 'string' || value.trim() === '' || value.length > CONDITION_TEXT_MAX) {
        return `${attribute} expects a text of 1 to ${CONDITION_TEXT_MAX} characters`;
      }
      return operator === 'matchesWords' && wordsOf(value).length === 0 ? 'matches words expects at least one word' : undefined;
  }
}

function nonEmptyList(value: unknown, each: (item: unknown) => boolean): boolean {
  return Array.isArray(value) && value.length > 0 && value.length <= CONDITION_LIST_MAX && value.every(each);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
