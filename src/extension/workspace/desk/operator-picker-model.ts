/**
 * What the operator picker of About the session offers (spec §3.4, §3.5): the live chat's
 * operators with their status and load, Online first; only Online ones when the global setting
 * "reassign only to Online operators" is on. The operator the session already has, and operators
 * without room, are shown but cannot be chosen.
 */
import { OperatorStatusType } from '@elma365/sdk-types';
import type { OperatorDto } from '../../common/routing-api';

export interface OperatorChoice {
  userId: string;
  name: string;
  online: boolean;
  /** "Online" / "Offline". */
  statusText: string;
  /** "2 active", or "2 / 3" against a limit. */
  loadText: string;
  /** The load in words, for screen readers: "2 active sessions", "2 of 3 sessions". */
  loadLabel: string;
  /** Why the operator cannot be chosen, when they cannot. */
  unavailable?: string;
}

export interface OperatorChoiceOptions {
  /** The global setting "Allow manual reassignment only to Online operators". */
  onlyOnline: boolean;
  /** The session's operator now. */
  currentOperatorId?: string;
  /** What the user typed into the search box. */
  query?: string;
}

export function loadText(operator: Pick<OperatorDto, 'active' | 'capacity'>): string {
  return operator.capacity === undefined ? `${operator.active} active` : `${operator.active} / ${operator.capacity}`;
}

function loadLabel(operator: Pick<OperatorDto, 'active' | 'capacity'>): string {
  const sessions = (count: number): string => (count === 1 ? 'session' : 'sessions');
  return operator.capacity === undefined
    ? `${operator.active} active ${sessions(operator.active)}`
    : `${operator.active} of ${operator.capacity} ${sessions(operator.capacity)}`;
}

const isOnline = (operator: OperatorDto): boolean => operator.status === OperatorStatusType.Online;

export function operatorChoices(operators: readonly OperatorDto[], options: OperatorChoiceOptions): OperatorChoice[] {
  const needle = (options.query ?? '').trim().toLocaleLowerCase();
  return operators
    .filter((operator) => !options.onlyOnline || isOnline(operator))
    .filter((operator) => needle === '' || operator.name.toLocaleLowerCase().includes(needle))
    .sort((a, b) => Number(isOnline(b)) - Number(isOnline(a)) || a.name.localeCompare(b.name))
    .map((operator) => {
      const online = isOnline(operator);
      const full = operator.capacity !== undefined && operator.active >= operator.capacity;
      return {
        userId: operator.userId,
        name: operator.name,
        online,
        statusText: online ? 'Online' : 'Offline',
        loadText: loadText(operator),
        loadLabel: loadLabel(operator),
        unavailable: operator.userId === options.currentOperatorId ? 'Assigned now' : full ? 'No room' : undefined,
      };
    });
}

/** The line under the picker's heading: what the list holds, when it is not simply everyone. */
export function pickerNote(operators: readonly OperatorDto[], onlyOnline: boolean): string | undefined {
  if (!onlyOnline) return undefined;
  const offline = operators.filter((operator) => !isOnline(operator)).length;
  const base = 'Only Online operators can receive sessions.';
  return offline > 0 ? `${base} ${offline} Offline ${offline === 1 ? 'operator is' : 'operators are'} not listed.` : base;
}

/** What the picker says when it lists nobody. */
export function emptyText(operators: readonly OperatorDto[], onlyOnline: boolean, query: string): string {
  if (operators.length === 0) return 'The live chat has no operators.';
  if (query.trim() !== '') return 'No operator matches.';
  return onlyOnline ? 'No operator is Online right now.' : 'The live chat has no operators.';
}

/** The next choosable option from `from` in a direction, wrapping around; -1 when none is choosable. */
export function nextChoosable(choices: readonly OperatorChoice[], from: number, delta: 1 | -1): number {
  const count = choices.length;
  for (let step = 1; step <= count; step++) {
    const index = (((from < 0 && delta < 0 ? count : from) + delta * step) % count + count) % count;
    if (!choices[index].unavailable) return index;
  }
  return -1;
}
