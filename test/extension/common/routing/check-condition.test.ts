import { LineChannelType } from '@elma365/sdk-types';
import { checkCondition } from '../../../../src/extension/common/routing/check-condition';
import type { ConditionGroup } from '../../../../src/extension/common/routing/routing-condition';
import { allDefs, defs, list } from '../parameters/parameter-fixtures';
import { all, one } from './routing-fixtures';

const check = (tree: unknown): string[] => checkCondition(tree, [...allDefs, list({ ...defs.text, code: 'tags', name: 'Tags' })]);
const row = (value: object): ConditionGroup => one(value as never);

describe('checkCondition', () => {
  it('accepts a valid tree of every attribute', () => {
    const tree = all(
      { attribute: 'time', operator: 'between', value: { from: '22:00', to: '06:00' } },
      { attribute: 'time', operator: 'before', value: '00:00' },
      { attribute: 'time', operator: 'after', value: '23:59' },
      { attribute: 'dayOfWeek', operator: 'in', value: [1, 7] },
      { attribute: 'firstSession', operator: 'is', value: false },
      { attribute: 'channel', operator: 'isNot', value: ['c1'] },
      { attribute: 'channelType', operator: 'in', value: [LineChannelType.Inbox, LineChannelType.LiveChat] },
      { attribute: 'line', operator: 'is', value: ['l1'] },
      { attribute: 'clientAccount', operator: 'contains', value: '@example.com' },
      { attribute: 'messageText', operator: 'matchesWords', value: 'refund' },
      { attribute: 'emailSubject', operator: 'startsWith', value: 'Re:' },
      { attribute: 'param', code: 'order_count', operator: 'gte', value: 3 },
      { attribute: 'param', code: 'topic', operator: 'eq', value: 'billing' },
      { attribute: 'param', code: 'tags', operator: 'empty' },
      { joins: ['orNot'], items: [{ attribute: 'firstSession', operator: 'is', value: true }, { attribute: 'line', operator: 'is', value: ['l2'] }] },
    );
    expect(check(tree)).toEqual([]);
    expect(check({ joins: [], items: [] })).toEqual([]);
  });

  it('reports an unknown attribute or an operator the attribute does not take', () => {
    expect(check(row({ attribute: 'weather', operator: 'is', value: 'rain' }))).toEqual(['Condition 1: unknown attribute "weather"']);
    expect(check(row({ attribute: 'time', operator: 'is', value: '10:00' }))[0]).toMatch(/time does not take the operator "is"/);
    expect(check(row({ attribute: 'messageText', operator: 'is', value: 'x' }))[0]).toMatch(/allowed: contains, startsWith, matchesWords/);
  });

  it('reports bad times and ranges', () => {
    expect(check(row({ attribute: 'time', operator: 'before', value: '25:00' }))[0]).toMatch(/HH:mm.*"25:00"/);
    expect(check(row({ attribute: 'time', operator: 'after', value: '9:00' }))).toHaveLength(1);
    expect(check(row({ attribute: 'time', operator: 'between', value: { from: '09:00', to: '24:00' } }))).toHaveLength(1);
    expect(check(row({ attribute: 'time', operator: 'between', value: '09:00' }))).toHaveLength(1);
    expect(check(row({ attribute: 'time', operator: 'between', value: { from: '09:00', to: '09:00' } }))[0]).toMatch(/different/);
  });

  it('reports bad values of the other attributes', () => {
    expect(check(row({ attribute: 'dayOfWeek', operator: 'in', value: [0] }))).toHaveLength(1);
    expect(check(row({ attribute: 'dayOfWeek', operator: 'in', value: [] }))).toHaveLength(1);
    expect(check(row({ attribute: 'firstSession', operator: 'is', value: 'yes' }))).toHaveLength(1);
    expect(check(row({ attribute: 'channel', operator: 'is', value: 'c1' }))).toHaveLength(1);
    expect(check(row({ attribute: 'channelType', operator: 'in', value: ['fax'] }))).toHaveLength(1);
    expect(check(row({ attribute: 'clientAccount', operator: 'is', value: '  ' }))).toHaveLength(1);
    expect(check(row({ attribute: 'messageText', operator: 'matchesWords', value: '?!' }))[0]).toMatch(/at least one word/);
    expect(check(row({ attribute: 'emailSubject', operator: 'is', value: 'x'.repeat(1001) }))).toHaveLength(1);
  });

  it('reports parameter problems with the type operators and value shapes', () => {
    expect(check(row({ attribute: 'param', code: 'nope', operator: 'eq', value: 1 }))[0]).toMatch(/no session parameter "nope"/);
    expect(check(row({ attribute: 'param', code: 'vip', operator: 'gt', value: true }))[0]).toMatch(/VIP.*allowed: eq, neq, empty, notEmpty/);
    expect(check(row({ attribute: 'param', code: 'payload', operator: 'eq', value: {} }))[0]).toMatch(/cannot be used/);
    expect(check(row({ attribute: 'param', code: 'tags', operator: 'eq', value: 'a' }))[0]).toMatch(/allowed: empty, notEmpty/);
    expect(check(row({ attribute: 'param', code: 'topic', operator: 'eq', value: 'sales' }))[0]).toMatch(/billing/);
    expect(check(row({ attribute: 'param', code: 'order_count', operator: 'lt', value: 'many' }))).toHaveLength(1);
    expect(check(row({ attribute: 'param', code: 'note', operator: 'contains', value: ' ' }))).toHaveLength(1);
    expect(check(row({ attribute: 'param', code: 'budget', operator: 'eq', value: { cents: 1, currency: 'EUR' } }))).toHaveLength(1);
  });

  it('reports joins that do not fit the items', () => {
    expect(check({ joins: [], items: [{ attribute: 'firstSession', operator: 'is', value: true }, { attribute: 'firstSession', operator: 'is', value: true }] })[0]).toMatch(/need 1 joins, got 0/);
    expect(check({ joins: ['xor'], items: [{ attribute: 'firstSession', operator: 'is', value: true }, { attribute: 'firstSession', operator: 'is', value: true }] })[0]).toMatch(/join 1 must be/);
    expect(check('rules')).toEqual(['Conditions: expected a group of conditions']);
    expect(check(all({ attribute: 'firstSession', operator: 'is', value: true }, { joins: [], items: [] }))).toEqual(['Group 2: the group is empty']);
  });

  it('numbers problems by their place in nested groups', () => {
    const tree = all({ attribute: 'firstSession', operator: 'is', value: true }, all({ attribute: 'firstSession', operator: 'is', value: true }, row({ attribute: 'time', operator: 'before', value: 'noon' }).items[0]!));
    expect(check(tree)[0]).toMatch(/^Condition 2\.2: /);
  });

  it('limits nesting to 8 levels and rows to 100', () => {
    const nest = (levels: number): ConditionGroup => {
      let tree: ConditionGroup = one({ attribute: 'firstSession', operator: 'is', value: true });
      for (let level = 1; level < levels; level += 1) tree = one(tree as never);
      return tree;
    };
    expect(check(nest(8))).toEqual([]);
    expect(check(nest(9))[0]).toMatch(/more than 8 levels/);
    const rows = (count: number): ConditionGroup => all(...Array.from({ length: count }, () => ({ attribute: 'firstSession', operator: 'is', value: true }) as const));
    expect(check(rows(100))).toEqual([]);
    expect(check(rows(101))).toEqual(['A rule may have at most 100 conditions; it has 101']);
  });
});
