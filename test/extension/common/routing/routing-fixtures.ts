/** A snapshot builder and shorthands for routing condition trees. */
import { LineChannelType } from '@elma365/sdk-types';
import type { ConditionGroup, ConditionJoin, ConditionRow, RoutingSnapshot } from '../../../../src/extension/common/routing/routing-condition';

/** Friday 2026-11-20 20:30 UTC, which is Saturday 05:30 in Tokyo. */
export const FRIDAY_EVENING_UTC = new Date('2026-11-20T20:30:00Z');

export function snapshot(overrides: Partial<RoutingSnapshot> = {}): RoutingSnapshot {
  return {
    lineId: 'line-1',
    channelId: 'channel-1',
    channelType: LineChannelType.Telegram,
    firstSession: true,
    clientAccount: 'Ann.Lee@Example.com',
    firstMessageText: 'Hello! I need a refund for order 42, please.',
    emailSubject: 'Re: Invoice 2026/11',
    params: {},
    now: FRIDAY_EVENING_UTC,
    timeZone: 'UTC',
    ...overrides,
  };
}

export function all(...items: (ConditionRow | ConditionGroup)[]): ConditionGroup {
  return joined('and', ...items);
}

export function joined(join: ConditionJoin, ...items: (ConditionRow | ConditionGroup)[]): ConditionGroup {
  return { joins: items.slice(1).map(() => join), items };
}

export function one(row: ConditionRow): ConditionGroup {
  return { joins: [], items: [row] };
}
