/**
 * The condition tree of a custom routing rule (spec §3.2) and the snapshot of a new session it is
 * evaluated against (§3.3). Types and limits only: check-condition.ts says what is wrong with a
 * tree, compile-condition.ts turns a valid tree into a fast predicate.
 */
import type { LineChannelType } from '@elma365/sdk-types';
import type { FilterOperator } from '../parameters/parameter-index';
import type { ParameterValue } from '../parameters/parameter-value';

/**
 * How an item joins everything to its left. Joins are applied strictly left to right, the first
 * item being the start: `a or b and c` is `(a or b) and c`. There is no AND-before-OR precedence;
 * a group is one item, so administrators group rows to say anything else.
 */
export type ConditionJoin = 'and' | 'or' | 'orNot' | 'andNot';
export const CONDITION_JOINS: readonly ConditionJoin[] = ['and', 'or', 'orNot', 'andNot'];

/** `HH:mm`, 24-hour clock, in the company's time zone. */
export type TimeOfDay = string;

/** ISO day of week: 1 is Monday, 7 is Sunday. */
export type DayOfWeek = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * Time of day: `between` is from (inclusive) to (exclusive) and wraps midnight when `to` is
 * earlier than `from` (`22:00`–`06:00`); `before` is strictly earlier, `after` is at or later, so
 * `before X` and `after X` split the day.
 */
export type TimeCondition =
  | { attribute: 'time'; operator: 'between'; value: { from: TimeOfDay; to: TimeOfDay } }
  | { attribute: 'time'; operator: 'before' | 'after'; value: TimeOfDay };
export interface DayOfWeekCondition {
  attribute: 'dayOfWeek';
  operator: 'in';
  value: DayOfWeek[];
}
export interface FirstSessionCondition {
  attribute: 'firstSession';
  operator: 'is';
  value: boolean;
}
/** The session's channel is (not) one of these channel ids. */
export interface ChannelCondition {
  attribute: 'channel';
  operator: 'is' | 'isNot';
  value: string[];
}
export interface ChannelTypeCondition {
  attribute: 'channelType';
  operator: 'in';
  value: LineChannelType[];
}
/** The session's live chat is (not) one of these line ids. */
export interface LineCondition {
  attribute: 'line';
  operator: 'is' | 'isNot';
  value: string[];
}
/** The client's account in the channel (login, phone, address); compared case-insensitively. */
export interface ClientAccountCondition {
  attribute: 'clientAccount';
  operator: 'is' | 'contains';
  value: string;
}
/**
 * The first message's text, case-insensitively. `matchesWords` holds when every word of the value
 * occurs in the text as a whole word (letters, marks, digits and `_` of any script make words),
 * in any order.
 */
export interface MessageTextCondition {
  attribute: 'messageText';
  operator: 'contains' | 'startsWith' | 'matchesWords';
  value: string;
}
/** The subject of the e-mail that opened the session, case-insensitively; `is` ignores outer spaces. */
export interface EmailSubjectCondition {
  attribute: 'emailSubject';
  operator: 'contains' | 'startsWith' | 'is';
  value: string;
}
/**
 * A custom session parameter, with the operators its type allows in the session list
 * (filterOperatorsFor). Comparison operands are one value in the stored shape of the type (what
 * normalizeParameterValue accepts); `contains` takes a text fragment; `empty`/`notEmpty` take none.
 * Values compare by their sort keys, as the session list filter does (text case-insensitively).
 */
export interface ParamCondition {
  attribute: 'param';
  code: string;
  operator: FilterOperator;
  value?: unknown;
}

export type ConditionRow =
  | TimeCondition
  | DayOfWeekCondition
  | FirstSessionCondition
  | ChannelCondition
  | ChannelTypeCondition
  | LineCondition
  | ClientAccountCondition
  | MessageTextCondition
  | EmailSubjectCondition
  | ParamCondition;

export type ConditionAttribute = ConditionRow['attribute'];

/** `joins[i]` joins `items[i + 1]` to the items before it; an empty top-level group always holds. */
export interface ConditionGroup {
  joins: ConditionJoin[];
  items: (ConditionRow | ConditionGroup)[];
}

/** The operators each built-in attribute takes (parameters take their type's, see ParamCondition). */
export const ATTRIBUTE_OPERATORS: Readonly<Record<Exclude<ConditionAttribute, 'param'>, readonly string[]>> = {
  time: ['between', 'before', 'after'],
  dayOfWeek: ['in'],
  firstSession: ['is'],
  channel: ['is', 'isNot'],
  channelType: ['in'],
  line: ['is', 'isNot'],
  clientAccount: ['is', 'contains'],
  messageText: ['contains', 'startsWith', 'matchesWords'],
  emailSubject: ['contains', 'startsWith', 'is'],
};

/** Groups inside groups: the top-level group is level 1. */
export const CONDITION_DEPTH_MAX = 8;
/** Rows in the whole tree. */
export const CONDITION_ROWS_MAX = 100;
/** The longest text a row compares with, and the most ids a list may hold. */
export const CONDITION_TEXT_MAX = 1_000;
export const CONDITION_LIST_MAX = 500;

/** What a rule is evaluated against: the new session, its client, its first message and the clock. */
export interface RoutingSnapshot {
  lineId: string;
  channelId: string;
  channelType: LineChannelType;
  firstSession: boolean;
  clientAccount?: string;
  firstMessageText: string;
  emailSubject?: string;
  /** Custom parameters by code, as stored (normalized). */
  params: Record<string, ParameterValue | undefined>;
  now: Date;
  /** The company's IANA time zone, e.g. `Europe/Moscow`. */
  timeZone: string;
}

export function isConditionGroup(item: ConditionRow | ConditionGroup): item is ConditionGroup {
  return 'items' in item;
}
