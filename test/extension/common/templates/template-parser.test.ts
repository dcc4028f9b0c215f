import { parseTemplate } from '../../../../src/extension/common/templates/template-parser';
import { tokenizeTemplate } from '../../../../src/extension/common/templates/template-tokenizer';

describe('template tokenizer', () => {
  it('splits text from blocks, balancing nested braces and ignoring braces inside quotes', () => {
    const { segments, problems } = tokenizeTemplate('a {UpperCase({$x}, "}")} b');
    expect(problems).toEqual([]);
    expect(segments.map((segment) => segment.kind)).toEqual(['text', 'block', 'text']);
    const block = segments[1];
    if (block.kind !== 'block') throw new Error('expected a block');
    expect(block).toMatchObject({ position: 2, end: 23, broken: false });
    expect(block.tokens.map((token) => [token.kind, token.text, token.position])).toEqual([
      ['word', 'UpperCase', 3],
      ['(', '(', 12],
      ['{', '{', 13],
      ['variable', 'x', 14],
      ['}', '}', 16],
      [',', ',', 17],
      ['string', '}', 19],
      [')', ')', 22],
    ]);
  });

  it('reads numbers, operators and dotted variable paths', () => {
    const { segments } = tokenizeTemplate('{if {$a.b_1.c} >= -1.5 <> 2}');
    const block = segments[0];
    if (block.kind !== 'block') throw new Error('expected a block');
    expect(block.tokens.map((token) => `${token.kind}:${token.text}`)).toEqual([
      'word:if', '{:{', 'variable:a.b_1.c', '}:}', 'operator:>=', 'number:-1.5', 'operator:<>', 'number:2',
    ]);
  });

  it('marks a block with a lexical problem as broken and carries on after it', () => {
    const { segments, problems } = tokenizeTemplate('{#}{$ok}');
    expect(segments.map((segment) => segment.kind === 'block' && segment.broken)).toEqual([true, false]);
    expect(problems).toEqual([{ position: 1, message: 'Unexpected character "#" at 1' }]);
  });
});

describe('template parser', () => {
  it('builds a tree of text, output and {if} nodes', () => {
    const { nodes, problems } = parseTemplate('Hi {$client.name}{if {$vip} AND ({$n} > 1 OR "a" = \'b\')}!{else}?{end}');
    expect(problems).toEqual([]);
    expect(nodes).toEqual([
      { kind: 'text', text: 'Hi ', position: 0 },
      { kind: 'output', expression: { kind: 'variable', path: 'client.name', position: 3 }, position: 3 },
      {
        kind: 'if',
        position: 17,
        condition: {
          kind: 'and',
          position: 21,
          left: { kind: 'test', operand: { kind: 'variable', path: 'vip', position: 21 }, position: 21 },
          right: {
            kind: 'or',
            position: 33,
            left: {
              kind: 'compare',
              operator: '>',
              left: { kind: 'variable', path: 'n', position: 33 },
              right: { kind: 'number', value: 1, position: 40 },
              position: 33,
            },
            right: {
              kind: 'compare',
              operator: '=',
              left: { kind: 'string', value: 'a', position: 45 },
              right: { kind: 'string', value: 'b', position: 51 },
              position: 45,
            },
          },
        },
        then: [{ kind: 'text', text: '!', position: 56 }],
        otherwise: [{ kind: 'text', text: '?', position: 63 }],
      },
    ]);
  });

  it('parses nested calls with their arguments', () => {
    const { nodes } = parseTemplate('{Substr(UpperCase({$a}), 0, 2)}');
    expect(nodes).toEqual([
      {
        kind: 'output',
        position: 0,
        expression: {
          kind: 'call',
          name: 'Substr',
          position: 1,
          args: [
            { kind: 'call', name: 'UpperCase', position: 8, args: [{ kind: 'variable', path: 'a', position: 18 }] },
            { kind: 'number', value: 0, position: 25 },
            { kind: 'number', value: 2, position: 28 },
          ],
        },
      },
    ]);
  });

  it('binds AND tighter than OR', () => {
    const { nodes } = parseTemplate('{if 1 OR 2 AND 3}{end}');
    const node = nodes[0];
    if (node.kind !== 'if') throw new Error('expected an if');
    expect(node.condition).toMatchObject({ kind: 'or', left: { kind: 'test' }, right: { kind: 'and' } });
  });

  it('keeps going after a broken block and reports problems in the later ones too', () => {
    expect(parseTemplate('{UpperCase(}{$a x}').problems).toEqual([
      { position: 11, message: 'Expected a value at 11' },
      { position: 16, message: 'Expected "}" but found "x" at 16' },
    ]);
  });

  it('survives nesting far beyond the limit without overflowing the stack', () => {
    const source = `{if ${'('.repeat(900)}1${')'.repeat(900)}}{end}`;
    expect(parseTemplate(source).problems[0].message).toMatch(/^Too deeply nested/);
  });
});
