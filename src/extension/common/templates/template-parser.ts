/**
 * Recursive-descent parser from tokens to the template syntax tree. Each `{…}` block is parsed on
 * its own (a broken block does not hide problems in the next one), then a flat pass pairs
 * {if}/{else}/{end} blocks into a tree with an explicit stack, so deep nesting cannot overflow it.
 *
 *   block      := 'if' condition | 'else' | 'end' | value
 *   condition  := and ('OR' and)*
 *   and        := primary ('AND' primary)*
 *   primary    := '(' condition ')' | operand (op operand)?
 *   value      := '{' value '}' | '$' path | call | string | number
 *                 ('$' path only directly inside braces; braces never directly inside braces)
 *   call       := Name '(' (value (',' value)*)? ')'
 */
import {
  MAX_NESTING_DEPTH,
  problemAt,
  type ComparisonOperator,
  type Condition,
  type Expression,
  type TemplateNode,
  type TemplateProblem,
} from './template-ast';
import { tokenizeTemplate, type Token } from './template-tokenizer';

type Block =
  | { kind: 'if'; condition?: Condition; position: number }
  | { kind: 'else' | 'end'; position: number }
  | { kind: 'output'; expression?: Expression; position: number }
  | { kind: 'for'; position: number };

/** Where a value appears: directly inside a block's braces, or as a function argument / condition operand. */
type ValueContext = 'block' | 'argument';

export function parseTemplate(source: string): { nodes: TemplateNode[]; problems: TemplateProblem[] } {
  const { segments, problems } = tokenizeTemplate(source);
  const root: TemplateNode[] = [];
  const open: { node: Extract<TemplateNode, { kind: 'if' }>; inElse: boolean }[] = [];
  const current = (): TemplateNode[] => {
    const top = open[open.length - 1];
    return top === undefined ? root : top.inElse ? top.node.otherwise : top.node.then;
  };
  for (const segment of segments) {
    if (segment.kind === 'text') {
      current().push({ kind: 'text', text: segment.text, position: segment.position });
      continue;
    }
    const block = segment.broken
      ? keywordOf(segment.tokens, segment.position)
      : new BlockParser(segment.tokens, segment.end, problems).parse(segment.position);
    switch (block.kind) {
      case 'output':
        if (block.expression) current().push({ kind: 'output', expression: block.expression, position: block.position });
        break;
      case 'if': {
        if (open.length >= MAX_NESTING_DEPTH) {
          problems.push(problemAt('Too many {if} blocks inside each other', block.position, `at most ${MAX_NESTING_DEPTH}`));
        }
        // A broken condition still opens the block, so its {else}/{end} are not reported as strays.
        const condition = block.condition ?? { kind: 'test', operand: { kind: 'string', value: '', position: block.position }, position: block.position };
        const node: TemplateNode = { kind: 'if', condition, then: [], otherwise: [], position: block.position };
        current().push(node);
        open.push({ node, inElse: false });
        break;
      }
      case 'else': {
        const top = open[open.length - 1];
        if (top === undefined) problems.push(problemAt('{else} without a matching {if}', block.position));
        else if (top.inElse) problems.push(problemAt('A second {else}', block.position, `the {if} at ${top.node.position} already has one`));
        else top.inElse = true;
        break;
      }
      case 'end':
        if (open.pop() === undefined) problems.push(problemAt('{end} without a matching {if}', block.position));
        break;
      case 'for':
        problems.push(problemAt('Loops {for … in …} are not supported in session names', block.position));
        break;
    }
  }
  for (const { node } of open) problems.push(problemAt('This {if} is never closed with {end}', node.position));
  return { nodes: root, problems };
}

/** What a block with lexical problems most likely was, judged by its first word only. */
function keywordOf(tokens: Token[], position: number): Block {
  const keyword = tokens[0]?.kind === 'word' ? tokens[0].text.toLowerCase() : undefined;
  if (keyword === 'if' || keyword === 'else' || keyword === 'end') return { kind: keyword, position };
  return { kind: 'output', position };
}

function isKeyword(token: Token | undefined, keyword: string): boolean {
  return token?.kind === 'word' && token.text.toLowerCase() === keyword;
}

function describe(token: Token): string {
  switch (token.kind) {
    case 'string':
      return `text "${token.text}"`;
    case 'variable':
      return `"$${token.text}"`;
    default:
      return `"${token.text}"`;
  }
}

/** Parses one block; reports at most one problem, then gives up on the block. */
class BlockParser {
  private index = 0;
  private depth = 0;
  private failed = false;

  constructor(
    private readonly tokens: Token[],
    /** Offset of the block's closing `}`: where "expected …" problems point when tokens run out. */
    private readonly end: number,
    private readonly problems: TemplateProblem[],
  ) {}

  parse(position: number): Block {
    const first = this.tokens[0];
    if (first === undefined) {
      this.fail('Empty "{}"', position, 'write a variable such as {$client.name}');
      return { kind: 'output', position };
    }
    const keyword = first.kind === 'word' ? first.text.toLowerCase() : undefined;
    if (keyword === 'for') return { kind: 'for', position };
    if (keyword === 'if') {
      this.index = 1;
      if (this.peek() === undefined) {
        this.fail('Expected a condition after "if"', this.end);
        return { kind: 'if', position };
      }
      const condition = this.parseOr();
      return { kind: 'if', condition: condition && this.expectEnd('Expected AND, OR or "}"') ? condition : undefined, position };
    }
    if (keyword === 'else' || keyword === 'end') {
      this.index = 1;
      this.expectEnd(`Expected "}" right after "${first.text}"`);
      return { kind: keyword, position };
    }
    const expression = this.parseValue('block', position);
    return { kind: 'output', expression: expression && this.expectEnd('Expected "}"') ? expression : undefined, position };
  }

  private parseOr(): Condition | undefined {
    let left = this.parseAnd();
    while (left && isKeyword(this.peek(), 'or')) {
      this.index += 1;
      const right = this.parseAnd();
      left = right && { kind: 'or', left, right, position: left.position };
    }
    return left;
  }

  private parseAnd(): Condition | undefined {
    let left = this.parsePrimary();
    while (left && isKeyword(this.peek(), 'and')) {
      this.index += 1;
      const right = this.parsePrimary();
      left = right && { kind: 'and', left, right, position: left.position };
    }
    return left;
  }

  private parsePrimary(): Condition | undefined {
    const token = this.peek();
    if (token?.kind === '(') {
      return this.nested(() => {
        this.index += 1;
        const inner = this.parseOr();
        return inner && this.expect(')', 'Expected ")"') ? inner : undefined;
      });
    }
    const left = this.parseValue('argument');
    if (!left) return undefined;
    const operator = this.peek();
    if (operator?.kind !== 'operator') return { kind: 'test', operand: left, position: left.position };
    this.index += 1;
    const right = this.parseValue('argument');
    return right && { kind: 'compare', operator: operator.text as ComparisonOperator, left, right, position: left.position };
  }

  /**
   * `brace` is the offset of the `{` directly around the value, if any: a variable is reported at
   * the brace that starts `{$code}`. Braces cannot directly hold braces, so only calls and
   * parentheses add nesting.
   */
  private parseValue(context: ValueContext, brace?: number): Expression | undefined {
    const token = this.peek();
    if (token === undefined) return this.fail('Expected a value', this.end);
    switch (token.kind) {
      case '{': {
        if (context === 'block') return this.fail('Expected a value but found "{"', token.position);
        this.index += 1;
        const inner = this.parseValue('block', token.position);
        return inner && this.expect('}', 'Expected "}"') ? inner : undefined;
      }
      case 'variable':
        if (context === 'argument') return this.fail(`Write the variable in braces: {$${token.text}}`, token.position);
        this.index += 1;
        return { kind: 'variable', path: token.text, position: brace ?? token.position };
      case 'string':
        this.index += 1;
        return { kind: 'string', value: token.text, position: token.position };
      case 'number':
        this.index += 1;
        return { kind: 'number', value: Number(token.text), position: token.position };
      case 'word':
        if (this.tokens[this.index + 1]?.kind === '(') return this.nested(() => this.parseCall(token));
        return this.fail(`Unknown word "${token.text}"`, token.position, 'variables are written {$code}, functions Name(…)');
      default:
        return this.fail(`Expected a value but found ${describe(token)}`, token.position);
    }
  }

  private parseCall(name: Token): Expression | undefined {
    this.index += 2; // the name and "("
    const args: Expression[] = [];
    if (this.peek()?.kind === ')') {
      this.index += 1;
      return { kind: 'call', name: name.text, args, position: name.position };
    }
    for (;;) {
      const arg = this.parseValue('argument');
      if (!arg) return undefined;
      args.push(arg);
      const separator = this.peek();
      if (separator?.kind === ')') {
        this.index += 1;
        return { kind: 'call', name: name.text, args, position: name.position };
      }
      if (separator?.kind !== ',') {
        return this.fail(`Expected "," or ")" after an argument of ${name.text}`, separator?.position ?? this.end);
      }
      this.index += 1;
    }
  }

  /** Runs one level of nesting, refusing to go deeper than the limit. */
  private nested<T>(parse: () => T | undefined): T | undefined {
    if (this.depth >= MAX_NESTING_DEPTH) {
      return this.fail('Too deeply nested', this.peek()?.position ?? this.end, `at most ${MAX_NESTING_DEPTH} levels`);
    }
    this.depth += 1;
    try {
      return parse();
    } finally {
      this.depth -= 1;
    }
  }

  private expect(kind: Token['kind'], message: string): boolean {
    const token = this.peek();
    if (token?.kind === kind) {
      this.index += 1;
      return true;
    }
    this.fail(token ? `${message} but found ${describe(token)}` : message, token?.position ?? this.end);
    return false;
  }

  private expectEnd(message: string): boolean {
    const token = this.peek();
    if (token === undefined) return true;
    this.fail(`${message} but found ${describe(token)}`, token.position);
    return false;
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private fail(message: string, position: number, hint?: string): undefined {
    if (!this.failed) this.problems.push(problemAt(message, position, hint));
    this.failed = true;
    return undefined;
  }
}
