/**
 * A custom routing rule of a live chat (spec §3.2): its name, conditions, action and additional
 * actions, and what is wrong with one an administrator is saving. The conditions are the tree of
 * routing-condition.ts; choosing the rule for a session is route-session.ts.
 */
import { LineSessionPriority } from '@elma365/sdk-types';
import type { ProcessBinding } from '../process-bindings';
import { type ConditionGroup, isConditionGroup } from './routing-condition';

/**
 * What a rule does with the session it matches:
 * - `leastOccupied`: assigns it to the Online operator of the group with the fewest active sessions;
 * - `inviteGroup`: puts it into the group's queue, for any of its operators to take;
 * - `inviteAll`: puts it into the common queue of all operators (what the Default rule does);
 * - `assignOperator`: assigns it to one operator;
 * - `assignLast`: assigns it to the operator of the client's previous session;
 * - `assignBot`: listed, refused until a chat-bot can be attached to a live chat.
 */
export type RuleAction =
  | { type: 'leastOccupied'; groupId: string }
  | { type: 'inviteGroup'; groupId: string }
  | { type: 'inviteAll' }
  | { type: 'assignOperator'; userId: string }
  | { type: 'assignLast' }
  | { type: 'assignBot' };

export type RuleActionType = RuleAction['type'];

export const RULE_ACTION_LABELS: Readonly<Record<RuleActionType, string>> = {
  leastOccupied: 'Assign to least occupied operator in a group',
  inviteGroup: 'Invite all operators of a group',
  inviteAll: 'Invite all operators',
  assignOperator: 'Assign an operator',
  assignLast: 'Assign to the "last" operator',
  assignBot: 'Assign to bot',
};

/** "+Set session attribute value": Priority and custom parameters (values in their stored shapes). */
export interface RuleSetValues {
  priority?: LineSessionPriority;
  params?: Record<string, unknown>;
}

/** "+Start business process": fed like the "On new session creation" binding of the live chat. */
export interface RuleProcess extends ProcessBinding {
  /** Also start the live chat's own "On new session creation" process (by default the rule's replaces it). */
  alsoLineProcess: boolean;
}

/** What an administrator edits. */
export interface RoutingRuleDraft {
  name: string;
  condition: ConditionGroup;
  action: RuleAction;
  /** "+Send reply message": a template over the session name variables, sent to the client. */
  reply?: string;
  setValues?: RuleSetValues;
  process?: RuleProcess;
}

export interface RoutingRule extends RoutingRuleDraft {
  id: string;
  lineId: string;
}

export const RULE_NAME_MAX = 200;
export const RULES_PER_LINE_MAX = 100;
export const DEFAULT_RULE_NAME = 'Default rule';

/**
 * Whether the conditions can only hold for a returning client: a top-level row "First session
 * with client = No" that every later join keeps (joins are applied left to right, so an OR after
 * it could let a first session through).
 */
export function requiresReturningClient(condition: ConditionGroup): boolean {
  return condition.items.some((item, index) => {
    if (isConditionGroup(item) || item.attribute !== 'firstSession' || item.value !== false) return false;
    const ownJoin = index === 0 ? 'and' : condition.joins[index - 1];
    return ownJoin === 'and' && condition.joins.slice(index).every((join) => join === 'and' || join === 'andNot');
  });
}

/** Who an action targets, to check it against the live chat. */
export interface RuleTargets {
  /** The live chat's operator groups. */
  operatorGroupIds: readonly string[];
  /** Whether the user exists and is an operator of the live chat. */
  isOperator(userId: string): boolean;
}

/** Problems of the action, in the words the rule dialog uses. */
export function actionProblems(rule: Pick<RoutingRuleDraft, 'action' | 'condition'>, targets: RuleTargets): string[] {
  const { action } = rule;
  switch (action.type) {
    case 'leastOccupied':
    case 'inviteGroup':
      return targets.operatorGroupIds.includes(action.groupId) ? [] : ['Action: choose one of the live chat\'s operator groups.'];
    case 'assignOperator':
      return targets.isOperator(action.userId) ? [] : ['Action: the operator must be a member of one of the live chat\'s operator groups.'];
    case 'assignLast':
      return requiresReturningClient(rule.condition)
        ? []
        : ['Action: assigning to the "last" operator needs the condition "First session with client = No".'];
    case 'assignBot':
      return ['Action: no chat-bot is attached to this live chat.'];
    case 'inviteAll':
      return [];
  }
}

export const PRIORITIES: readonly LineSessionPriority[] = [LineSessionPriority.High, LineSessionPriority.Medium, LineSessionPriority.Low];
