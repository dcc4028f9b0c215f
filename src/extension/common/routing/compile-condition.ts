/**
 * Turns a checked condition tree into a predicate over a RoutingSnapshot. Everything that can be
 * worked out from the rule alone (lower-cased needles, word regexes, minutes, sets) is done here
 * once, so that evaluating 20 rules per new session stays far below a millisecond. A predicate
 * never throws: a missing or malformed snapshot value does not match, except for `isNot`/`neq`,
 * which hold for it.
 */
import { LiveChatsError } from '../errors';
import type { ParameterDefinition } from '../parameters/parameter-types';
import { checkCondition, minutesOf, wordsOf } from './check-condition';
import { localClock } from './local-clock';
import { compileParam } from './param-condition';
import { isConditionGroup, type ConditionGroup, type ConditionJoin, type ConditionRow, type RoutingSnapshot } from './routing-condition';

export type RoutingPredicate = (snapshot: RoutingSnapshot) => boolean;

/**
 * Throws `routing/invalid-condition` listing checkCondition's problems when the tree is not valid (a rule
 * saved before one of its parameters was deleted, say): the caller skips such a rule.
 */
export function compileCondition(tree: ConditionGroup, parameterDefinitions: readonly ParameterDefinition[]): RoutingPredicate {
  const problems = checkCondition(tree, parameterDefinitions);
  if (problems.length > 0) throw new LiveChatsError('routing/invalid-condition', `The routing rule's conditions are not valid: ${problems.join('; ')}`);
  const params = new Map(parameterDefinitions.map((def) => [def.code, def]));
  const predicate = compileGroup(tree, params);
  return (snapshot) => {
    try {
      return predicate(snapshot);
    } catch {
      return false; // only a snapshot that is not an object gets here
    }
  };
}

function compileGroup(group: ConditionGroup, params: ReadonlyMap<string, ParameterDefinition>): RoutingPredicate {
  const tests = group.items.map((item) => (isConditionGroup(item) ? compileGroup(item, params) : compileRow(item, params)));
  if (tests.length === 0) return () => true;
  if (tests.length === 1) return tests[0]!;
  const joins: readonly ConditionJoin[] = group.joins;
  const first = tests[0]!;
  return (snapshot) => {
    let result = first(snapshot);
    for (let index = 1; index < tests.length; index += 1) {
      switch (joins[index - 1]) {
        case 'and':
          if (result) result = tests[index]!(snapshot);
          break;
        case 'andNot':
          if (result) result = !tests[index]!(snapshot);
          break;
        case 'or':
          if (!result) result = tests[index]!(snapshot);
          break;
        default:
          if (!result) result = !tests[index]!(snapshot);
      }
    }
    return result;
  };
}

function compileRow(row: ConditionRow, params: ReadonlyMap<string, ParameterDefinition>): RoutingPredicate {
  switch (row.attribute) {
    case 'time': {
      if (row.operator === 'between') {
        const from = minutesOf(row.value.from)!;
        const to = minutesOf(row.value.to)!;
        const inside = from < to ? (m: number) => m >= from && m < to : (m: number) => m >= from || m < to;
        return (s) => {
          const clock = localClock(s.now, s.timeZone);
          return clock !== undefined && inside(clock.minutes);
        };
      }
      const at = minutesOf(row.value)!;
      const before = row.operator === 'before';
      return (s) => {
        const clock = localClock(s.now, s.timeZone);
        return clock !== undefined && (before ? clock.minutes < at : clock.minutes >= at);
      };
    }
    case 'dayOfWeek': {
      let mask = 0;
      for (const day of row.value) mask |= 1 << day;
      return (s) => {
        const clock = localClock(s.now, s.timeZone);
        return clock !== undefined && (mask & (1 << clock.day)) !== 0;
      };
    }
    case 'firstSession': {
      const wanted = row.value;
      return (s) => s.firstSession === wanted;
    }
    case 'channel': {
      const ids = new Set<unknown>(row.value);
      const negated = row.operator === 'isNot';
      return (s) => ids.has(s.channelId) !== negated;
    }
    case 'line': {
      const ids = new Set<unknown>(row.value);
      const negated = row.operator === 'isNot';
      return (s) => ids.has(s.lineId) !== negated;
    }
    case 'channelType': {
      const types = new Set<unknown>(row.value);
      return (s) => types.has(s.channelType);
    }
    case 'clientAccount':
      return textTest(row.operator === 'is' ? 'is' : 'contains', row.value, (s) => s.clientAccount);
    case 'emailSubject':
      return textTest(row.operator, row.value, (s) => s.emailSubject);
    case 'messageText':
      if (row.operator === 'matchesWords') return wordsTest(row.value);
      return textTest(row.operator, row.value, (s) => s.firstMessageText);
    case 'param': {
      const def = params.get(row.code)!;
      const test = compileParam(def, row.operator, row.value);
      const code = row.code;
      return (s) => {
        const values = s.params;
        return test(typeof values === 'object' && values !== null && Object.hasOwn(values, code) ? values[code] : undefined);
      };
    }
  }
}

/** Case-insensitive text tests; `is` also ignores outer spaces. */
function textTest(operator: 'is' | 'contains' | 'startsWith', value: string, read: (s: RoutingSnapshot) => unknown): RoutingPredicate {
  const needle = operator === 'is' ? value.trim().toLowerCase() : value.toLowerCase();
  switch (operator) {
    case 'is':
      return (s) => {
        const text = lower(read(s));
        return text !== undefined && text.trim() === needle;
      };
    case 'contains':
      return (s) => lower(read(s))?.includes(needle) === true;
    case 'startsWith':
      return (s) => lower(read(s))?.startsWith(needle) === true;
  }
}

/** Every word of `value` stands in the first message as a whole word, in any order. */
function wordsTest(value: string): RoutingPredicate {
  const patterns = [...new Set(wordsOf(value.toLowerCase()))].map(
    (word) => new RegExp(`(?<![\\p{L}\\p{M}\\p{N}\\p{Pc}])${escapeRegExp(word)}(?![\\p{L}\\p{M}\\p{N}\\p{Pc}])`, 'u'),
  );
  return (s) => {
    const text = lower(s.firstMessageText);
    return text !== undefined && patterns.every((pattern) => pattern.test(text));
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Rules of one session read the same texts again and again: keep the last few lower-cased.
const LOWER_SLOTS = 4;
const lowerIn: unknown[] = new Array<unknown>(LOWER_SLOTS);
const lowerOut: string[] = new Array<string>(LOWER_SLOTS);
let lowerNext = 0;

function lower(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  for (let slot = 0; slot < LOWER_SLOTS; slot += 1) if (lowerIn[slot] === text) return lowerOut[slot];
  const result = text.toLowerCase();
  lowerIn[lowerNext] = text;
  lowerOut[lowerNext] = result;
  lowerNext = (lowerNext + 1) % LOWER_SLOTS;
  return result;
}
