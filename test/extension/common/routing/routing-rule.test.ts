/** Routing rules (spec §3.2): when "Assign to the last operator" is allowed, and what the rule dialog says about an action. */
import fc from 'fast-check';
import { compileCondition } from '../../../../src/extension/common/routing/compile-condition';
import type { ConditionGroup, ConditionJoin, ConditionRow } from '../../../../src/extension/common/routing/routing-condition';
import { actionProblems, requiresReturningClient, type RuleAction, type RuleTargets } from '../../../../src/extension/common/routing/routing-rule';
import { joined, one, snapshot } from './routing-fixtures';

const RETURNING: ConditionRow = { attribute: 'firstSession', operator: 'is', value: false };
const FIRST: ConditionRow = { attribute: 'firstSession', operator: 'is', value: true };
const TELEGRAM: ConditionRow = { attribute: 'channel', operator: 'is', value: ['channel-1'] };
const REFUND: ConditionRow = { attribute: 'messageText', operator: 'contains', value: 'refund' };

const tree = (items: (ConditionRow | ConditionGroup)[], joins: ConditionJoin[]): ConditionGroup => ({ items, joins });

describe('requiresReturningClient', () => {
  it('holds for a first row "First session with client = No", alone or ANDed with more', () => {
    expect(requiresReturningClient(one(RETURNING))).toBe(true);
    expect(requiresReturningClient(tree([RETURNING, TELEGRAM], ['and']))).toBe(true);
    expect(requiresReturningClient(tree([RETURNING, TELEGRAM, REFUND], ['and', 'and']))).toBe(true);
  });

  it('holds for a later row joined with AND', () => {
    expect(requiresReturningClient(tree([TELEGRAM, RETURNING], ['and']))).toBe(true);
    // Joins go left to right: (telegram or refund) and returning.
    expect(requiresReturningClient(tree([TELEGRAM, REFUND, RETURNING], ['or', 'and']))).toBe(true);
  });

  it('does not hold when an OR (or OR NOT) follows the row: a first session could get through', () => {
    expect(requiresReturningClient(tree([RETURNING, TELEGRAM], ['or']))).toBe(false);
    expect(requiresReturningClient(tree([RETURNING, TELEGRAM], ['orNot']))).toBe(false);
    expect(requiresReturningClient(tree([RETURNING, TELEGRAM, REFUND], ['and', 'or']))).toBe(false);
    expect(requiresReturningClient(tree([TELEGRAM, RETURNING, REFUND], ['and', 'orNot']))).toBe(false);
  });

  it('still holds when AND NOT follows the row', () => {
    expect(requiresReturningClient(tree([RETURNING, TELEGRAM], ['andNot']))).toBe(true);
    expect(requiresReturningClient(tree([TELEGRAM, RETURNING, REFUND, TELEGRAM], ['and', 'andNot', 'and']))).toBe(true);
  });

  it('does not count the row when it is itself joined with AND NOT or OR', () => {
    // "telegram and not (first session = no)" is a first session.
    expect(requiresReturningClient(tree([TELEGRAM, RETURNING], ['andNot']))).toBe(false);
    expect(requiresReturningClient(tree([TELEGRAM, RETURNING], ['or']))).toBe(false);
  });

  it('does not count a row inside a nested group', () => {
    expect(requiresReturningClient(tree([one(RETURNING), TELEGRAM], ['and']))).toBe(false);
    expect(requiresReturningClient(tree([TELEGRAM, joined('and', RETURNING, REFUND)], ['and']))).toBe(false);
  });

  it('does not count "First session with client = Yes", other attributes, nor an empty tree', () => {
    expect(requiresReturningClient(one(FIRST))).toBe(false);
    expect(requiresReturningClient(tree([FIRST, TELEGRAM], ['and']))).toBe(false);
    expect(requiresReturningClient(one(TELEGRAM))).toBe(false);
    expect(requiresReturningClient({ joins: [], items: [] })).toBe(false);
  });

  it('is sound: whenever it holds, the compiled conditions never match a first session', () => {
    const row = fc.constantFrom(RETURNING, FIRST, TELEGRAM, REFUND, { attribute: 'channel', operator: 'isNot', value: ['channel-1'] } as ConditionRow);
    const join = fc.constantFrom<ConditionJoin>('and', 'or', 'orNot', 'andNot');
    const flat = fc
      .array(fc.oneof(row, row.map(one)), { minLength: 1, maxLength: 5 })
      .chain((items) => fc.array(join, { minLength: items.length - 1, maxLength: items.length - 1 }).map((joins) => tree(items, joins)));
    fc.assert(
      fc.property(flat, fc.constantFrom('channel-1', 'channel-2'), fc.constantFrom('I want a refund', 'hello'), (condition, channelId, firstMessageText) => {
        fc.pre(requiresReturningClient(condition));
        expect(compileCondition(condition, [])(snapshot({ firstSession: true, channelId, firstMessageText }))).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('actionProblems', () => {
  const targets: RuleTargets = { operatorGroupIds: ['support', 'sales'], isOperator: (userId) => userId === 'ann' };
  const problems = (action: RuleAction, condition: ConditionGroup = one(TELEGRAM)): string[] => actionProblems({ action, condition }, targets);

  it('accepts the live chat\'s operator groups for "least occupied" and "invite group", and refuses others', () => {
    expect(problems({ type: 'leastOccupied', groupId: 'support' })).toEqual([]);
    expect(problems({ type: 'inviteGroup', groupId: 'sales' })).toEqual([]);
    expect(problems({ type: 'leastOccupied', groupId: 'finance' })).toEqual(['Action: choose one of the live chat\'s operator groups.']);
    expect(problems({ type: 'inviteGroup', groupId: '' })).toEqual(['Action: choose one of the live chat\'s operator groups.']);
  });

  it('accepts an operator of the live chat for "Assign an operator", and refuses anyone else', () => {
    expect(problems({ type: 'assignOperator', userId: 'ann' })).toEqual([]);
    expect(problems({ type: 'assignOperator', userId: 'bob' })).toEqual([
      'Action: the operator must be a member of one of the live chat\'s operator groups.',
    ]);
  });

  it('allows "Assign to the last operator" only with the condition "First session with client = No"', () => {
    expect(problems({ type: 'assignLast' }, tree([TELEGRAM, RETURNING], ['and']))).toEqual([]);
    const needsCondition = ['Action: assigning to the "last" operator needs the condition "First session with client = No".'];
    expect(problems({ type: 'assignLast' })).toEqual(needsCondition);
    expect(problems({ type: 'assignLast' }, tree([RETURNING, TELEGRAM], ['or']))).toEqual(needsCondition);
  });

  it('refuses "Assign to bot" while no chat-bot can be attached', () => {
    expect(problems({ type: 'assignBot' })).toEqual(['Action: no chat-bot is attached to this live chat.']);
  });

  it('always accepts "Invite all operators"', () => {
    expect(actionProblems({ action: { type: 'inviteAll' }, condition: { joins: [], items: [] } }, { operatorGroupIds: [], isOperator: () => false })).toEqual([]);
  });
});
