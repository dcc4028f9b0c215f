/**
 * The part of the Routing tab saved with its Save button (spec §2.3): the Operators and
 * Supervisors groups and the operators' capacity, as the inputs hold them, checked as the
 * server's capacityFields and createLineBody check them, and the PATCH body of what changed.
 */
import type { LineDto, UpdateLineBody } from '../../common/api';
import type { OperatorCapacity } from '../../common/line';
import { CAPACITY_MAX } from '../../common/operators';

export interface CapacityRowDraft {
  key: string;
  /** Empty until an operator is chosen. */
  userId: string;
  max: string;
}

export interface RoutingDraft {
  operatorGroupIds: string[];
  supervisorGroupIds: string[];
  /** "Maximum active sessions per operator"; empty: no limit. */
  maxSessions: string;
  capacity: CapacityRowDraft[];
}

export interface RoutingDraftErrors {
  operatorGroupIds?: string;
  supervisorGroupIds?: string;
  maxSessions?: string;
  /** By row key. */
  capacity: Map<string, string>;
}

let lastKey = 0;
const newKey = (): string => `cap${++lastKey}`;

export function routingDraftFromLine(line: LineDto): RoutingDraft {
  return {
    operatorGroupIds: [...line.operatorGroupIds],
    supervisorGroupIds: [...line.supervisorGroupIds],
    maxSessions: line.maxSessionsPerOperator === undefined ? '' : String(line.maxSessionsPerOperator),
    capacity: (line.operatorCapacity ?? []).map((entry) => ({ key: newKey(), userId: entry.userId, max: String(entry.max) })),
  };
}

export function newCapacityRow(): CapacityRowDraft {
  return { key: newKey(), userId: '', max: '' };
}

/** A whole number from 1 to CAPACITY_MAX, or undefined. */
export function parseLimit(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value >= 1 && value <= CAPACITY_MAX ? value : undefined;
}

const LIMIT_PROBLEM = `Enter a whole number from 1 to ${CAPACITY_MAX}`;

export function validateRoutingDraft(draft: RoutingDraft): RoutingDraftErrors {
  const errors: RoutingDraftErrors = { capacity: new Map() };
  if (draft.operatorGroupIds.length === 0) errors.operatorGroupIds = 'Choose at least one operator group';
  if (draft.supervisorGroupIds.length === 0) errors.supervisorGroupIds = 'Choose at least one supervisor group';
  if (draft.maxSessions.trim() !== '' && parseLimit(draft.maxSessions) === undefined) errors.maxSessions = `${LIMIT_PROBLEM}, or leave it empty for no limit`;
  const seen = new Set<string>();
  for (const row of draft.capacity) {
    if (row.userId === '') errors.capacity.set(row.key, 'Choose an operator');
    else if (seen.has(row.userId)) errors.capacity.set(row.key, 'This operator already has a limit above');
    else if (parseLimit(row.max) === undefined) errors.capacity.set(row.key, LIMIT_PROBLEM);
    seen.add(row.userId);
  }
  return errors;
}

export function isRoutingDraftValid(draft: RoutingDraft): boolean {
  const errors = validateRoutingDraft(draft);
  return !errors.operatorGroupIds && !errors.supervisorGroupIds && !errors.maxSessions && errors.capacity.size === 0;
}

const sameIds = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((id) => b.includes(id));

function sameCapacity(a: readonly OperatorCapacity[], b: readonly OperatorCapacity[]): boolean {
  return a.length === b.length && a.every((entry, index) => entry.userId === b[index].userId && entry.max === b[index].max);
}

/** Only what changed, or undefined when nothing did (or the draft is not valid). */
export function routingUpdateBody(line: LineDto, draft: RoutingDraft): UpdateLineBody | undefined {
  if (!isRoutingDraftValid(draft)) return undefined;
  const body: UpdateLineBody = {};
  if (!sameIds(draft.operatorGroupIds, line.operatorGroupIds)) body.operatorGroupIds = draft.operatorGroupIds;
  if (!sameIds(draft.supervisorGroupIds, line.supervisorGroupIds)) body.supervisorGroupIds = draft.supervisorGroupIds;
  const max = draft.maxSessions.trim() === '' ? undefined : parseLimit(draft.maxSessions);
  if (max !== line.maxSessionsPerOperator) body.maxSessionsPerOperator = max ?? null;
  const capacity = draft.capacity.map((row) => ({ userId: row.userId, max: parseLimit(row.max) as number }));
  if (!sameCapacity(capacity, line.operatorCapacity ?? [])) body.operatorCapacity = capacity;
  return Object.keys(body).length > 0 ? body : undefined;
}

/** Whether the draft differs from the live chat, valid or not (for "unsaved changes"). */
export function routingDraftChanged(line: LineDto, draft: RoutingDraft): boolean {
  const saved = routingDraftFromLine(line);
  return (
    !sameIds(draft.operatorGroupIds, saved.operatorGroupIds) ||
    !sameIds(draft.supervisorGroupIds, saved.supervisorGroupIds) ||
    draft.maxSessions.trim() !== saved.maxSessions ||
    draft.capacity.length !== saved.capacity.length ||
    draft.capacity.some((row, index) => row.userId !== saved.capacity[index].userId || row.max.trim() !== saved.capacity[index].max)
  );
}

/** The operators a capacity row's select offers: those without a limit yet, and its own. */
export function capacityChoices<T extends { userId: string }>(operators: readonly T[], rows: readonly CapacityRowDraft[], own: string): T[] {
  return operators.filter((operator) => operator.userId === own || !rows.some((row) => row.userId === operator.userId));
}
