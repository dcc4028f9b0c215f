/**
 * The checks that need to know the variables on offer: unknown variables, unknown functions and
 * arguments of the wrong count or type. Also records the type of every variable the template uses,
 * which the evaluator needs to read date values.
 */
import {
  problemAt,
  type Condition,
  type Expression,
  type StaticType,
  type TemplateNode,
  type TemplateProblem,
  type TemplateVariable,
} from './template-ast';
import { findTemplateFunction, unknownFunctionMessage } from './template-functions';

export interface CheckedTemplate {
  problems: TemplateProblem[];
  /** Type of each variable path the template uses, in order of first use. */
  variableTypes: Map<string, StaticType>;
}

export function checkTemplate(nodes: readonly TemplateNode[], variables: readonly TemplateVariable[]): CheckedTemplate {
  const checker = new Checker(variables);
  checker.checkNodes(nodes);
  return { problems: checker.problems, variableTypes: checker.variableTypes };
}

class Checker {
  readonly problems: TemplateProblem[] = [];
  readonly variableTypes = new Map<string, StaticType>();
  private readonly declared = new Map<string, TemplateVariable>();

  constructor(variables: readonly TemplateVariable[]) {
    for (const variable of variables) this.declared.set(variable.code, variable);
  }

  checkNodes(nodes: readonly TemplateNode[]): void {
    for (const node of nodes) {
      if (node.kind === 'output') this.checkExpression(node.expression);
      if (node.kind === 'if') {
        this.checkCondition(node.condition);
        this.checkNodes(node.then);
        this.checkNodes(node.otherwise);
      }
    }
  }

  private checkCondition(condition: Condition): void {
    switch (condition.kind) {
      case 'and':
      case 'or':
        this.checkCondition(condition.left);
        this.checkCondition(condition.right);
        return;
      case 'compare':
        this.checkExpression(condition.left);
        this.checkExpression(condition.right);
        return;
      case 'test':
        this.checkExpression(condition.operand);
    }
  }

  private checkExpression(expression: Expression): StaticType {
    switch (expression.kind) {
      case 'string':
        return 'string';
      case 'number':
        return 'number';
      case 'variable':
        return this.checkVariable(expression.path, expression.position);
      case 'call': {
        const args = expression.args.map((arg) => ({ expression: arg, type: this.checkExpression(arg) }));
        const fn = findTemplateFunction(expression.name);
        if (fn === undefined) {
          const [message, hint] = unknownFunctionMessage(expression.name);
          this.problems.push(problemAt(message, expression.position, hint));
        } else if (args.length < fn.minArgs || args.length > fn.maxArgs) {
          const expected = fn.minArgs === fn.maxArgs ? `${fn.minArgs}` : `${fn.minArgs} or ${fn.maxArgs}`;
          const noun = fn.maxArgs === 1 ? 'argument' : 'arguments';
          this.problems.push(problemAt(`${fn.name} takes ${expected} ${noun} but was given ${args.length}: ${fn.signature}`, expression.position));
        } else {
          this.problems.push(...fn.check(args));
        }
        return 'string';
      }
    }
  }

  private checkVariable(path: string, position: number): StaticType {
    const known = this.variableTypes.get(path);
    if (known !== undefined) return known;
    const type = this.typeOf(path);
    if (type === undefined) {
      const suggestion = closestCode(path, [...this.declared.keys()]);
      this.problems.push(problemAt(`Unknown variable "${path}"`, position, suggestion && `did you mean "${suggestion}"?`));
      return 'unknown';
    }
    this.variableTypes.set(path, type);
    return type;
  }

  private typeOf(path: string): StaticType | undefined {
    const exact = this.declared.get(path);
    if (exact) return exact.type;
    // Below a JSON variable any property may exist; its type is only known when rendering.
    for (let dot = path.lastIndexOf('.'); dot > 0; dot = path.lastIndexOf('.', dot - 1)) {
      if (this.declared.get(path.slice(0, dot))?.type === 'json') return 'unknown';
    }
    return undefined;
  }
}

/** The declared code closest to a mistyped one, if it is only a typo or two away. */
function closestCode(code: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.min(3, Math.floor(code.length / 2) + 1);
  for (const candidate of candidates) {
    const distance = editDistance(code.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length];
}
