/** Properties of compiled conditions over any snapshot, not only the examples of the other suites. */
import fc from 'fast-check';
import { LineChannelType } from '@elma365/sdk-types';
import { checkCondition } from '../../../../src/extension/common/routing/check-condition';
import { compileCondition } from '../../../../src/extension/common/routing/compile-condition';
import type { ConditionGroup, ConditionJoin, ConditionRow, RoutingSnapshot } from '../../../../src/extension/common/routing/routing-condition';
import { allDefs } from '../parameters/parameter-fixtures';

const hhmm = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const text = fc.string({ minLength: 1, maxLength: 12 }).filter((value) => /[\p{L}\p{N}]/u.test(value));
const channelType = fc.constantFrom(...Object.values(LineChannelType));

const row: fc.Arbitrary<ConditionRow> = fc.oneof(
  fc.tuple(hhmm, hhmm).filter(([from, to]) => from !== to).map(([from, to]): ConditionRow => ({ attribute: 'time', operator: 'between', value: { from, to } })),
  fc.tuple(fc.constantFrom('before' as const, 'after' as const), hhmm).map(([operator, value]): ConditionRow => ({ attribute: 'time', operator, value })),
  fc.uniqueArray(fc.constantFrom(1, 2, 3, 4, 5, 6, 7 as const), { minLength: 1 }).map((value): ConditionRow => ({ attribute: 'dayOfWeek', operator: 'in', value })),
  fc.boolean().map((value): ConditionRow => ({ attribute: 'firstSession', operator: 'is', value })),
  fc.tuple(fc.constantFrom('is' as const, 'isNot' as const), fc.constantFrom('c1', 'c2')).map(([operator, id]): ConditionRow => ({ attribute: 'channel', operator, value: [id] })),
  fc.tuple(fc.constantFrom('is' as const, 'isNot' as const), fc.constantFrom('l1', 'l2')).map(([operator, id]): ConditionRow => ({ attribute: 'line', operator, value: [id] })),
  fc.uniqueArray(channelType, { minLength: 1 }).map((value): ConditionRow => ({ attribute: 'channelType', operator: 'in', value })),
  fc.tuple(fc.constantFrom('is' as const, 'contains' as const), text).map(([operator, value]): ConditionRow => ({ attribute: 'clientAccount', operator, value })),
  fc.tuple(fc.constantFrom('contains' as const, 'startsWith' as const, 'matchesWords' as const), text).map(([operator, value]): ConditionRow => ({ attribute: 'messageText', operator, value })),
  fc.tuple(fc.constantFrom('contains' as const, 'startsWith' as const, 'is' as const), text).map(([operator, value]): ConditionRow => ({ attribute: 'emailSubject', operator, value })),
  fc.constantFrom<ConditionRow>(
    { attribute: 'param', code: 'note', operator: 'contains', value: 'call' },
    { attribute: 'param', code: 'order_count', operator: 'gt', value: 3 },
    { attribute: 'param', code: 'vip', operator: 'neq', value: true },
    { attribute: 'param', code: 'topic', operator: 'eq', value: 'billing' },
    { attribute: 'param', code: 'budget', operator: 'lte', value: { cents: 100 } },
    { attribute: 'param', code: 'callback_at', operator: 'gte', value: '2026-01-01T00:00:00Z' },
    { attribute: 'param', code: 'contact_name', operator: 'contains', value: 'lee' },
    { attribute: 'param', code: 'page', operator: 'empty' },
  ),
);

const join = fc.constantFrom<ConditionJoin>('and', 'or', 'orNot', 'andNot');
const { tree } = fc.letrec<{ tree: ConditionGroup; item: ConditionRow | ConditionGroup }>((tie) => ({
  tree: fc
    .array(tie('item'), { minLength: 1, maxLength: 4 })
    .chain((items) => fc.array(join, { minLength: items.length - 1, maxLength: items.length - 1 }).map((joins) => ({ joins, items }))),
  item: fc.oneof({ depthSize: 'small', maxDepth: 3 }, row, tie('tree')),
}));

/** Snapshots with any values where a value goes, including ones of the wrong type. */
const anything = fc.anything({ withDate: true, withMap: true, withNullPrototype: true });
const snapshot: fc.Arbitrary<RoutingSnapshot> = fc.record({
  lineId: fc.oneof(fc.constantFrom('l1', 'l2'), anything),
  channelId: fc.oneof(fc.constantFrom('c1', 'c2'), anything),
  channelType: fc.oneof(channelType, anything),
  firstSession: fc.oneof(fc.boolean(), anything),
  clientAccount: fc.oneof(fc.string(), anything),
  firstMessageText: fc.oneof(fc.string(), anything),
  emailSubject: fc.oneof(fc.string(), anything),
  params: fc.oneof(fc.dictionary(fc.constantFrom(...allDefs.map((def) => def.code)), anything), anything),
  now: fc.oneof(fc.date(), anything),
  timeZone: fc.oneof(fc.constantFrom('UTC', 'Asia/Tokyo', 'America/New_York', 'Asia/Kolkata', 'Nowhere/City'), anything),
}) as fc.Arbitrary<RoutingSnapshot>;

describe('compiled conditions', () => {
  it('come from trees checkCondition accepts', () => {
    fc.assert(fc.property(tree, (condition) => expect(checkCondition(condition, allDefs)).toEqual([])));
  });

  it('never throw, whatever the snapshot holds', () => {
    fc.assert(
      fc.property(tree, fc.array(snapshot, { maxLength: 5 }), (condition, snapshots) => {
        const predicate = compileCondition(condition, allDefs);
        for (const value of snapshots) expect(typeof predicate(value)).toBe('boolean');
        expect(typeof predicate(undefined as never)).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('are deterministic: the same snapshot gives the same answer, whatever was evaluated in between', () => {
    fc.assert(
      fc.property(tree, snapshot, snapshot, (condition, first, other) => {
        const predicate = compileCondition(condition, allDefs);
        const again = compileCondition(condition, allDefs);
        const answer = predicate(first);
        predicate(other);
        expect(predicate(first)).toBe(answer);
        expect(again(first)).toBe(answer);
      }),
      { numRuns: 300 },
    );
  });

  it('turn a NOT join into the complement', () => {
    fc.assert(
      fc.property(row, snapshot, (condition, value) => {
        const start = { attribute: 'firstSession', operator: 'is', value: false } as const;
        const plain = compileCondition({ joins: ['or'], items: [start, condition] }, allDefs);
        const negated = compileCondition({ joins: ['orNot'], items: [start, condition] }, allDefs);
        const withStart = { ...value, firstSession: true };
        expect(negated(withStart)).toBe(!plain(withStart));
      }),
    );
  });
});
