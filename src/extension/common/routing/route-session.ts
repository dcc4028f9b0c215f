/**
 * Choosing where a new (or returning) session goes, exactly as spec §3.3 says: rules top-down,
 * the first whose conditions hold and whose target qualifies wins; a rule naming an operator who
 * is Offline or inactive is skipped, and so is a least-occupied rule whose group has nobody
 * Online; when nothing applies, the Default rule puts the session into the common queue.
 *
 * Pure: the caller supplies who is Online. The assignment itself happens later, under the
 * operators' capacity (server/routing/dispatcher.ts), so the decision names a target, not a user.
 */
import type { RoutingPredicate } from './compile-condition';
import type { RoutingSnapshot } from './routing-condition';
import type { RoutingRule } from './routing-rule';

export interface CompiledRule {
  rule: RoutingRule;
  /** Undefined for a rule whose conditions no longer compile (a parameter was deleted): it is skipped. */
  matches?: RoutingPredicate;
}

/** A pending automatic assignment: kept on a queued session until an operator has room for it. */
export type RoutingTarget = { kind: 'operator'; userId: string } | { kind: 'leastOccupied'; groupId: string };

export interface RouteFacts {
  /** Online, active and an operator of the live chat: may be assigned sessions. */
  canBeAssigned(userId: string): boolean;
  /** Members of a group, in the order ties are broken. */
  groupMembers(groupId: string): readonly string[];
  /** The operator of the client's previous session, if any. */
  lastOperatorId?: string;
}

export interface RouteDecision {
  /** The rule applied; undefined for the Default rule. */
  rule?: RoutingRule;
  /** The queue the session waits in: a group's, or the common queue when undefined. */
  operatorGroupId?: string;
  target?: RoutingTarget;
  /** Rules whose conditions held but whose target did not qualify, with why. */
  skipped: { rule: RoutingRule; reason: string }[];
}

export function routeSession(rules: readonly CompiledRule[], snapshot: RoutingSnapshot, facts: RouteFacts): RouteDecision {
  const skipped: RouteDecision['skipped'] = [];
  for (const { rule, matches } of rules) {
    if (!matches?.(snapshot)) continue;
    const outcome = apply(rule, facts);
    if ('reason' in outcome) {
      skipped.push({ rule, reason: outcome.reason });
      continue;
    }
    return { rule, ...outcome, skipped };
  }
  return { skipped };
}

function apply(rule: RoutingRule, facts: RouteFacts): Omit<RouteDecision, 'rule' | 'skipped'> | { reason: string } {
  const { action } = rule;
  switch (action.type) {
    case 'inviteAll':
      return {};
    case 'inviteGroup':
      return { operatorGroupId: action.groupId };
    case 'leastOccupied':
      return facts.groupMembers(action.groupId).some((id) => facts.canBeAssigned(id))
        ? { operatorGroupId: action.groupId, target: { kind: 'leastOccupied', groupId: action.groupId } }
        : { reason: 'nobody in the group is Online' };
    case 'assignOperator':
      return facts.canBeAssigned(action.userId)
        ? { target: { kind: 'operator', userId: action.userId } }
        : { reason: 'the operator is Offline or inactive' };
    case 'assignLast':
      if (!facts.lastOperatorId) return { reason: 'the client has no previous operator' };
      return facts.canBeAssigned(facts.lastOperatorId)
        ? { target: { kind: 'operator', userId: facts.lastOperatorId } }
        : { reason: 'the last operator is Offline or inactive' };
    case 'assignBot':
      return { reason: 'no chat-bot is attached' };
  }
}

export interface OperatorLoad {
  userId: string;
  /** Active sessions on the live chat. */
  active: number;
  /** The most active sessions the operator may have on the live chat; undefined: no limit. */
  capacity?: number;
}

/**
 * Of the candidates (Online and active, in tie-break order), the one with the fewest active
 * sessions who has room for one more; undefined when everyone is full.
 */
export function pickLeastOccupied(candidates: readonly OperatorLoad[]): string | undefined {
  let best: OperatorLoad | undefined;
  for (const candidate of candidates) {
    if (!hasRoom(candidate)) continue;
    if (!best || candidate.active < best.active) best = candidate;
  }
  return best?.userId;
}

export function hasRoom(load: OperatorLoad): boolean {
  return load.capacity === undefined || load.active < load.capacity;
}
