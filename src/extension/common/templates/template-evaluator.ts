/**
 * Renders a checked syntax tree against values. Never throws: a value that cannot be read or
 * shown renders as empty text, and a condition that cannot be evaluated is false.
 */
import type { ComparisonOperator, Condition, Expression, StaticType, TemplateNode } from './template-ast';
import { findTemplateFunction } from './template-functions';
import { isEmptyValue, lookupPath, toComparableNumber, toDate, toText } from './template-values';

export interface RenderContext {
  values: unknown;
  timeZone: string;
  variableTypes: ReadonlyMap<string, StaticType>;
}

export function renderNodes(nodes: readonly TemplateNode[], context: RenderContext): string {
  let output = '';
  for (const node of nodes) {
    switch (node.kind) {
      case 'text':
        output += node.text;
        break;
      case 'output':
        output += guarded(() => toText(evaluate(node.expression, context), context.timeZone), '');
        break;
      case 'if':
        output += renderNodes(guarded(() => test(node.condition, context), false) ? node.then : node.otherwise, context);
        break;
    }
  }
  return output;
}

function guarded<T>(compute: () => T, fallback: T): T {
  try {
    return compute();
  } catch {
    return fallback;
  }
}

function evaluate(expression: Expression, context: RenderContext): unknown {
  switch (expression.kind) {
    case 'string':
    case 'number':
      return expression.value;
    case 'variable': {
      const value = lookupPath(context.values, expression.path);
      // A date variable may arrive as an ISO string; read it as a date so it shows in full form.
      return context.variableTypes.get(expression.path) === 'datetime' ? (toDate(value) ?? value) : value;
    }
    case 'call': {
      const fn = findTemplateFunction(expression.name);
      const args = expression.args.map((arg) => evaluate(arg, context));
      return fn ? fn.apply(args, context.timeZone) : '';
    }
  }
}

function test(condition: Condition, context: RenderContext): boolean {
  switch (condition.kind) {
    case 'and':
      return test(condition.left, context) && test(condition.right, context);
    case 'or':
      return test(condition.left, context) || test(condition.right, context);
    case 'test':
      return !isEmptyValue(evaluate(condition.operand, context));
    case 'compare':
      return compare(condition.operator, evaluate(condition.left, context), evaluate(condition.right, context), context.timeZone);
  }
}

/**
 * Numbers (and text that is a number) compare as numbers, dates as instants, anything else as
 * text, exactly and case-sensitively. A missing value equals only empty text and is neither
 * greater nor less than anything.
 */
function compare(operator: ComparisonOperator, left: unknown, right: unknown, timeZone: string): boolean {
  const missing = left === undefined || left === null || right === undefined || right === null;
  if (missing && operator !== '=' && operator !== '<>') return false;
  const order = missing ? textOrder(left, right, timeZone) : (numberOrder(left, right) ?? dateOrder(left, right) ?? textOrder(left, right, timeZone));
  switch (operator) {
    case '=':
      return order === 0;
    case '<>':
      return order !== 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
  }
}

function sign(difference: number): number {
  return difference > 0 ? 1 : difference < 0 ? -1 : 0;
}

function numberOrder(left: unknown, right: unknown): number | undefined {
  const a = toComparableNumber(left);
  const b = toComparableNumber(right);
  return a === undefined || b === undefined ? undefined : sign(a - b);
}

function dateOrder(left: unknown, right: unknown): number | undefined {
  if (!(left instanceof Date) && !(right instanceof Date)) return undefined;
  const a = toDate(left);
  const b = toDate(right);
  return a === undefined || b === undefined ? undefined : sign(a.getTime() - b.getTime());
}

/** Plain code-unit order, so the result does not depend on the runtime's locale. */
function textOrder(left: unknown, right: unknown, timeZone: string): number {
  const a = toText(left, timeZone);
  const b = toText(right, timeZone);
  return a < b ? -1 : a > b ? 1 : 0;
}
