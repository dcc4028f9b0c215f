/**
 * The Web API contract of routing, operator status and supervision: routing rules of a live chat,
 * the global settings, the caller's working status, the operators of a live chat, and the
 * supervisor's changes to a session. Shapes are checked here; meaning (groups of the live chat,
 * parameter values, templates) is checked by the services.
 */
import { LineSessionPriority, OperatorStatusType } from '@elma365/sdk-types';
import { z } from 'zod';
import { EVENT_FIELDS, type EventField } from './process-bindings';
import { CAPACITY_MAX } from './operators';
import { RULE_NAME_MAX } from './routing/routing-rule';
import { MAX_TEMPLATE_LENGTH } from './templates/template';

const id = z.string().min(1).max(64);

const ruleAction = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('leastOccupied'), groupId: id }),
  z.strictObject({ type: z.literal('inviteGroup'), groupId: id }),
  z.strictObject({ type: z.literal('inviteAll') }),
  z.strictObject({ type: z.literal('assignOperator'), userId: id }),
  z.strictObject({ type: z.literal('assignLast') }),
  z.strictObject({ type: z.literal('assignBot') }),
]);

/** The condition tree is checked by checkCondition, which names the row of every problem. */
const conditionTree = z.strictObject({ joins: z.array(z.unknown()), items: z.array(z.unknown()) });

export const routingRuleBody = z.strictObject({
  name: z.string().trim().min(1, 'Rule name is required').max(RULE_NAME_MAX),
  condition: conditionTree,
  action: ruleAction,
  reply: z.string().max(MAX_TEMPLATE_LENGTH).optional(),
  setValues: z
    .strictObject({
      priority: z.enum(LineSessionPriority).optional(),
      params: z.record(z.string().min(1).max(63), z.unknown()).optional(),
    })
    .optional(),
  process: z
    .strictObject({
      templateCode: z.string().min(1).max(100),
      inputs: z.record(z.string().min(1).max(100), z.enum(Object.keys(EVENT_FIELDS) as [EventField, ...EventField[]])),
      alsoLineProcess: z.boolean(),
    })
    .optional(),
});
export type RoutingRuleBody = z.infer<typeof routingRuleBody>;

export const reorderRulesBody = z.strictObject({ ruleIds: z.array(id).max(1000) });

export const capacityFields = {
  /** null removes the limit. */
  maxSessionsPerOperator: z.number().int().min(1).max(CAPACITY_MAX).nullable().optional(),
  operatorCapacity: z
    .array(z.strictObject({ userId: id, max: z.number().int().min(1).max(CAPACITY_MAX) }))
    .max(1000)
    .optional(),
};

export const setStatusBody = z.strictObject({ status: z.enum(OperatorStatusType) });

/** Reassignment from About the session: to an operator (optionally with a group), or to a group's queue. */
export const assignSessionBody = z.union([
  z.strictObject({ operatorId: id, operatorGroupId: id.optional() }),
  z.strictObject({ operatorGroupId: id }),
]);
export type AssignSessionBody = z.infer<typeof assignSessionBody>;

export const setPriorityBody = z.strictObject({ priority: z.enum(LineSessionPriority).nullable() });

// ---------------------------------------------------------------------------------------------
// Responses

export interface MyStatusDto {
  status: OperatorStatusType;
  /** Whether the caller is an operator or supervisor of any live chat (only they have a status). */
  eligible: boolean;
  inactivityMinutes: number;
}

export interface OperatorDto {
  userId: string;
  name: string;
  status: OperatorStatusType;
  /** Active sessions assigned to the operator on this live chat. */
  active: number;
  /** The operator's limit on this live chat; undefined: no limit. */
  capacity?: number;
  /** The live chat's operator groups the user belongs to. */
  groupIds: string[];
}
