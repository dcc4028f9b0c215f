/** Routing a new session (spec §3.3): real condition trees, compiled as the router compiles them. */
import fc from 'fast-check';
import type { ParameterDefinition } from '../../../../src/extension/common/parameters/parameter-types';
import { compileCondition } from '../../../../src/extension/common/routing/compile-condition';
import {
  type CompiledRule,
  hasRoom,
  type OperatorLoad,
  pickLeastOccupied,
  type RouteFacts,
  routeSession,
} from '../../../../src/extension/common/routing/route-session';
import type { ConditionGroup, ConditionJoin, ConditionRow } from '../../../../src/extension/common/routing/routing-condition';
import type { RoutingRule, RuleAction } from '../../../../src/extension/common/routing/routing-rule';
import { allDefs, defs } from '../parameters/parameter-fixtures';
import { all, one, snapshot } from './routing-fixtures';

const REFUND: ConditionRow = { attribute: 'messageText', operator: 'matchesWords', value: 'refund' };
const INVOICE: ConditionRow = { attribute: 'messageText', operator: 'contains', value: 'invoice' };
const FIRST: ConditionRow = { attribute: 'firstSession', operator: 'is', value: true };
const RETURNING: ConditionRow = { attribute: 'firstSession', operator: 'is', value: false };
const VIP: ConditionRow = { attribute: 'param', code: 'vip', operator: 'eq', value: true };

function rule(id: string, condition: ConditionGroup, action: RuleAction): RoutingRule {
  return { id, lineId: 'line-1', name: `Rule ${id}`, condition, action };
}

/** As the router does: a rule whose conditions no longer compile has no predicate. */
function compiled(rules: RoutingRule[], definitions: readonly ParameterDefinition[] = allDefs): CompiledRule[] {
  return rules.map((item) => {
    try {
      return { rule: item, matches: compileCondition(item.condition, definitions) };
    } catch {
      return { rule: item };
    }
  });
}

function facts({ online = [] as string[], groups = {} as Record<string, string[]>, last = undefined as string | undefined } = {}): RouteFacts {
  return {
    canBeAssigned: (userId) => online.includes(userId),
    groupMembers: (groupId) => groups[groupId] ?? [],
    lastOperatorId: last,
  };
}

describe('routeSession: order of the rules', () => {
  const invoices = rule('invoices', one(INVOICE), { type: 'inviteGroup', groupId: 'billing' });
  const refunds = rule('refunds', one(REFUND), { type: 'inviteGroup', groupId: 'refunds' });
  const newcomers = rule('newcomers', one(FIRST), { type: 'inviteGroup', groupId: 'sales' });
  const rules = compiled([invoices, refunds, newcomers]);

  it('applies the first rule whose conditions hold, not a later one that also holds', () => {
    // The first message mentions a refund and the client is new: both refunds and newcomers hold.
    const decision = routeSession(rules, snapshot(), facts());
    expect(decision).toStrictEqual({ rule: refunds, operatorGroupId: 'refunds', skipped: [] });
  });

  it('goes on to a later rule when an earlier one does not hold', () => {
    const decision = routeSession(rules, snapshot({ firstMessageText: 'Where is my parcel?' }), facts());
    expect(decision.rule).toBe(newcomers);
    expect(decision.operatorGroupId).toBe('sales');
  });

  it('does not list rules whose conditions do not hold among the skipped ones', () => {
    const decision = routeSession(rules, snapshot({ firstMessageText: 'Where is my parcel?', firstSession: false }), facts());
    expect(decision).toStrictEqual({ skipped: [] });
  });

  it('reads parameters and joins through the compiled tree', () => {
    const vipRefunds = rule('vip', all(REFUND, VIP), { type: 'inviteGroup', groupId: 'vip' });
    const decision = (params: Record<string, unknown>) => routeSession(compiled([vipRefunds, newcomers]), snapshot({ params: params as never }), facts());
    expect(decision({ vip: true }).rule).toBe(vipRefunds);
    expect(decision({ vip: false }).rule).toBe(newcomers);
    expect(decision({}).rule).toBe(newcomers);
  });

  it('passes over a rule whose conditions no longer compile, without listing it as skipped', () => {
    // The rule was saved while the VIP parameter existed; the parameter has since been deleted.
    const withoutVip = allDefs.filter((def) => def.code !== defs.flag.code);
    expect(() => compileCondition(one(VIP), withoutVip)).toThrow(/not valid/);
    const stale = rule('stale', { joins: ['or'], items: [VIP, FIRST] }, { type: 'inviteAll' });
    const [staleCompiled, newcomersCompiled] = compiled([stale, newcomers], withoutVip);
    expect(staleCompiled!.matches).toBeUndefined();
    expect(routeSession([staleCompiled!, newcomersCompiled!], snapshot(), facts())).toStrictEqual({ rule: newcomers, operatorGroupId: 'sales', skipped: [] });
  });

  it('falls back to the Default rule (no rule, common queue) when there are no rules', () => {
    expect(routeSession([], snapshot(), facts())).toStrictEqual({ skipped: [] });
  });
});

describe('routeSession: targets that do not qualify (spec §3.3 3–4)', () => {
  const fallback = rule('fallback', one(FIRST), { type: 'inviteAll' });

  it('skips "Assign an operator" when the operator cannot be assigned, saying why, and goes on', () => {
    const ann = rule('ann', one(REFUND), { type: 'assignOperator', userId: 'ann' });
    const rules = compiled([ann, fallback]);
    expect(routeSession(rules, snapshot(), facts({ online: ['bob'] }))).toStrictEqual({
      rule: fallback,
      skipped: [{ rule: ann, reason: 'the operator is Offline or inactive' }],
    });
    expect(routeSession(rules, snapshot(), facts({ online: ['ann'] }))).toStrictEqual({
      rule: ann,
      target: { kind: 'operator', userId: 'ann' },
      skipped: [],
    });
  });

  it('skips "Assign to the last operator" for a client without a previous operator', () => {
    const lastOne = rule('last', one(RETURNING), { type: 'assignLast' });
    const decision = routeSession(compiled([lastOne]), snapshot({ firstSession: false }), facts({ online: ['ann'] }));
    expect(decision).toStrictEqual({ skipped: [{ rule: lastOne, reason: 'the client has no previous operator' }] });
  });

  it('skips "Assign to the last operator" when that operator is Offline, and assigns to them when Online', () => {
    const lastOne = rule('last', one(RETURNING), { type: 'assignLast' });
    const returning = snapshot({ firstSession: false });
    expect(routeSession(compiled([lastOne]), returning, facts({ online: ['bob'], last: 'ann' }))).toStrictEqual({
      skipped: [{ rule: lastOne, reason: 'the last operator is Offline or inactive' }],
    });
    expect(routeSession(compiled([lastOne]), returning, facts({ online: ['ann'], last: 'ann' }))).toStrictEqual({
      rule: lastOne,
      target: { kind: 'operator', userId: 'ann' },
      skipped: [],
    });
  });

  it('skips "least occupied" when nobody in the group is Online, even if someone outside it is', () => {
    const least = rule('least', one(REFUND), { type: 'leastOccupied', groupId: 'support' });
    const decision = routeSession(compiled([least, fallback]), snapshot(), facts({ online: ['zoe'], groups: { support: ['ann', 'bob'] } }));
    expect(decision).toStrictEqual({ rule: fallback, skipped: [{ rule: least, reason: 'nobody in the group is Online' }] });
  });

  it('targets the group\'s least occupied operator and queues in the group when a member is Online', () => {
    const least = rule('least', one(REFUND), { type: 'leastOccupied', groupId: 'support' });
    const decision = routeSession(compiled([least, fallback]), snapshot(), facts({ online: ['bob'], groups: { support: ['ann', 'bob'] } }));
    expect(decision).toStrictEqual({
      rule: least,
      operatorGroupId: 'support',
      target: { kind: 'leastOccupied', groupId: 'support' },
      skipped: [],
    });
  });

  it('puts the session into the group queue for "Invite all operators of a group", with no target', () => {
    const invite = rule('invite', one(REFUND), { type: 'inviteGroup', groupId: 'support' });
    const decision = routeSession(compiled([invite]), snapshot(), facts());
    expect(decision).toStrictEqual({ rule: invite, operatorGroupId: 'support', skipped: [] });
    expect(decision.target).toBeUndefined();
  });

  it('puts the session into the common queue for "Invite all operators"', () => {
    const everyone = rule('everyone', one(REFUND), { type: 'inviteAll' });
    expect(routeSession(compiled([everyone]), snapshot(), facts())).toStrictEqual({ rule: everyone, skipped: [] });
  });

  it('skips "Assign to bot" while no chat-bot can be attached', () => {
    const bot = rule('bot', one(REFUND), { type: 'assignBot' });
    expect(routeSession(compiled([bot, fallback]), snapshot(), facts()).skipped).toEqual([{ rule: bot, reason: 'no chat-bot is attached' }]);
  });

  it('uses the Default rule when every matching rule is skipped, listing them in order', () => {
    const ann = rule('ann', one(REFUND), { type: 'assignOperator', userId: 'ann' });
    const notHolding = rule('invoices', one(INVOICE), { type: 'inviteAll' });
    const least = rule('least', one(FIRST), { type: 'leastOccupied', groupId: 'support' });
    const decision = routeSession(compiled([ann, notHolding, least]), snapshot(), facts({ groups: { support: ['bob'] } }));
    expect(decision.rule).toBeUndefined();
    expect(decision.operatorGroupId).toBeUndefined();
    expect(decision.target).toBeUndefined();
    expect(decision.skipped).toEqual([
      { rule: ann, reason: 'the operator is Offline or inactive' },
      { rule: least, reason: 'nobody in the group is Online' },
    ]);
  });
});

describe('pickLeastOccupied', () => {
  const load = (userId: string, active: number, capacity?: number): OperatorLoad => ({ userId, active, capacity });

  it('picks the operator with the fewest active sessions', () => {
    expect(pickLeastOccupied([load('ann', 3), load('bob', 1), load('cid', 2)])).toBe('bob');
  });

  it('keeps the candidate order on ties', () => {
    expect(pickLeastOccupied([load('ann', 2), load('bob', 1), load('cid', 1)])).toBe('bob');
    expect(pickLeastOccupied([load('cid', 1), load('bob', 1)])).toBe('cid');
  });

  it('passes over operators who are full, for the next least loaded one', () => {
    expect(pickLeastOccupied([load('ann', 1, 1), load('bob', 4, 5), load('cid', 6)])).toBe('bob');
  });

  it('returns undefined when everyone is full, or there is nobody', () => {
    expect(pickLeastOccupied([load('ann', 2, 2), load('bob', 3, 1)])).toBeUndefined();
    expect(pickLeastOccupied([])).toBeUndefined();
  });

  it('treats no capacity as unlimited', () => {
    expect(pickLeastOccupied([load('ann', 500)])).toBe('ann');
  });
});

describe('hasRoom', () => {
  it('has room below the capacity, none at or above it, and always without one', () => {
    expect(hasRoom({ userId: 'ann', active: 2, capacity: 3 })).toBe(true);
    expect(hasRoom({ userId: 'ann', active: 3, capacity: 3 })).toBe(false);
    expect(hasRoom({ userId: 'ann', active: 4, capacity: 3 })).toBe(false);
    expect(hasRoom({ userId: 'ann', active: 0, capacity: 0 })).toBe(false);
    expect(hasRoom({ userId: 'ann', active: 10_000 })).toBe(true);
  });
});

describe('routeSession properties', () => {
  // Rows whose truth for a snapshot is known without the compiler, so the oracle below is independent of it.
  type KnownRow = { row: ConditionRow; holds: (firstSession: boolean, channelId: string) => boolean };
  const knownRow: fc.Arbitrary<KnownRow> = fc.oneof(
    fc.boolean().map((value) => ({ row: { attribute: 'firstSession', operator: 'is', value } as ConditionRow, holds: (first: boolean) => first === value })),
    fc.tuple(fc.constantFrom('is' as const, 'isNot' as const), fc.constantFrom('c1', 'c2')).map(([operator, id]) => ({
      row: { attribute: 'channel', operator, value: [id] } as ConditionRow,
      holds: (_first: boolean, channel: string) => (channel === id) !== (operator === 'isNot'),
    })),
  );
  const join = fc.constantFrom<ConditionJoin>('and', 'or', 'orNot', 'andNot');
  const condition = fc
    .array(knownRow, { minLength: 1, maxLength: 3 })
    .chain((rows) => fc.array(join, { minLength: rows.length - 1, maxLength: rows.length - 1 }).map((joins) => ({ rows, joins })));
  const users = ['u1', 'u2', 'u3', 'u4'];
  const groups: Record<string, string[]> = { g1: ['u1', 'u2'], g2: ['u3'], g3: [] };
  const action = fc.oneof(
    fc.constant<RuleAction>({ type: 'inviteAll' }),
    fc.constantFrom('g1', 'g2', 'g3').map((groupId): RuleAction => ({ type: 'inviteGroup', groupId })),
    fc.constantFrom('g1', 'g2', 'g3').map((groupId): RuleAction => ({ type: 'leastOccupied', groupId })),
    fc.constantFrom(...users).map((userId): RuleAction => ({ type: 'assignOperator', userId })),
    fc.constant<RuleAction>({ type: 'assignLast' }),
    fc.constant<RuleAction>({ type: 'assignBot' }),
  );
  const ruleSpec = fc.record({ condition, action, compiles: fc.integer({ min: 0, max: 9 }).map((n) => n > 0) });

  /** Left to right, as the joins are documented (routing-condition.ts). */
  function expected(rows: KnownRow[], joins: ConditionJoin[], first: boolean, channel: string): boolean {
    let result = rows[0]!.holds(first, channel);
    for (let index = 1; index < rows.length; index += 1) {
      const next = rows[index]!.holds(first, channel);
      switch (joins[index - 1]!) {
        case 'and': result = result && next; break;
        case 'andNot': result = result && !next; break;
        case 'or': result = result || next; break;
        case 'orNot': result = result || !next; break;
      }
    }
    return result;
  }

  function qualifies(ruleAction: RuleAction, online: string[], last: string | undefined): boolean {
    switch (ruleAction.type) {
      case 'inviteAll':
      case 'inviteGroup':
        return true;
      case 'leastOccupied':
        return groups[ruleAction.groupId]!.some((id) => online.includes(id));
      case 'assignOperator':
        return online.includes(ruleAction.userId);
      case 'assignLast':
        return last !== undefined && online.includes(last);
      case 'assignBot':
        return false;
    }
  }

  it('applies the first rule whose predicate holds and whose target qualifies, and lists exactly the held-but-unqualified rules before it', () => {
    fc.assert(
      fc.property(
        fc.array(ruleSpec, { maxLength: 8 }),
        fc.boolean(),
        fc.constantFrom('c1', 'c2'),
        fc.subarray(users),
        fc.option(fc.constantFrom(...users), { nil: undefined }),
        (specs, firstSession, channelId, online, last) => {
          const rules = specs.map((spec, index) => rule(`r${index}`, { joins: spec.condition.joins, items: spec.condition.rows.map((known) => known.row) }, spec.action));
          const compiledRules: CompiledRule[] = rules.map((item, index) =>
            specs[index]!.compiles ? { rule: item, matches: compileCondition(item.condition, []) } : { rule: item },
          );
          const decision = routeSession(compiledRules, snapshot({ firstSession, channelId }), facts({ online, groups, last }));

          const holding = specs.map((spec) => spec.compiles && expected(spec.condition.rows, spec.condition.joins, firstSession, channelId));
          const winner = specs.findIndex((spec, index) => holding[index] && qualifies(spec.action, online, last));
          const before = winner === -1 ? specs.length : winner;
          expect(decision.rule).toBe(winner === -1 ? undefined : rules[winner]);
          expect(decision.skipped.map((entry) => entry.rule)).toEqual(rules.slice(0, before).filter((_item, index) => holding[index]));
          if (decision.target?.kind === 'operator') expect(online).toContain(decision.target.userId);
          if (decision.target?.kind === 'leastOccupied') expect(decision.operatorGroupId).toBe(decision.target.groupId);
          if (!decision.rule) expect(decision).toStrictEqual({ skipped: decision.skipped });
        },
      ),
      { numRuns: 300 },
    );
  });
});
