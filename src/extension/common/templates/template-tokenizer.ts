/**
 * Splits a template source into literal text and `{…}` blocks, and each block into tokens.
 * Outside braces every character is literal; only `{` and `}` are special there. A block ends at
 * the `}` that balances its opening `{` (nested `{$var}` arguments count), and braces inside quoted
 * strings do not count. Lexical problems stay local to their block so the others still get checked.
 */
import { problemAt, type TemplateProblem } from './template-ast';

export type TokenKind = '{' | '}' | '(' | ')' | ',' | 'variable' | 'word' | 'string' | 'number' | 'operator';

export interface Token {
  kind: TokenKind;
  /** variable: the dot path; word: the name; string: the content without quotes; operator: the operator. */
  text: string;
  position: number;
}

export type Segment =
  | { kind: 'text'; text: string; position: number }
  | {
      kind: 'block';
      /** Offset of the opening `{`. */
      position: number;
      /** Offset of the closing `}`. */
      end: number;
      tokens: Token[];
      /** The block had lexical problems (already reported); its tokens are incomplete. */
      broken: boolean;
    };

/** The four quote pairs the platform allows around text arguments. */
const CLOSING_QUOTE: Readonly<Record<string, string>> = { '"': '"', '«': '»', '“': '”', "'": "'" };
const PUNCTUATION = new Set(['{', '}', '(', ')', ',']);
const OPERATORS = ['<>', '<=', '>=', '=', '<', '>'];
const NAME_CHAR = /[A-Za-z0-9_]/;
const WORD_START = /[A-Za-z_]/;
const DIGIT = /[0-9]/;
const WHITESPACE = /\s/;
const NUMBER = /-?[0-9]+(\.[0-9]+)?/y;

export function tokenizeTemplate(source: string): { segments: Segment[]; problems: TemplateProblem[] } {
  const segments: Segment[] = [];
  const problems: TemplateProblem[] = [];
  let textStart = 0;
  let i = 0;
  const flushText = (until: number): void => {
    if (until > textStart) segments.push({ kind: 'text', text: source.slice(textStart, until), position: textStart });
  };
  while (i < source.length) {
    const c = source[i];
    if (c === '}') {
      flushText(i);
      problems.push(problemAt('Unexpected "}"', i, 'to show a brace as text, write {"}"}'));
      textStart = i = i + 1;
    } else if (c === '{') {
      flushText(i);
      const scanned = scanBlock(source, i);
      problems.push(...scanned.problems);
      if (scanned.segment) segments.push(scanned.segment);
      textStart = i = scanned.next;
    } else {
      i += 1;
    }
  }
  flushText(source.length);
  return { segments, problems };
}

interface ScannedBlock {
  segment?: Segment;
  problems: TemplateProblem[];
  next: number;
}

function scanBlock(source: string, start: number): ScannedBlock {
  const tokens: Token[] = [];
  const problems: TemplateProblem[] = [];
  let depth = 1;
  let i = start + 1;
  while (i < source.length) {
    const c = source[i];
    if (WHITESPACE.test(c)) {
      i += 1;
    } else if (PUNCTUATION.has(c)) {
      if (c === '{') depth += 1;
      if (c === '}') {
        depth -= 1;
        if (depth === 0) {
          return { segment: { kind: 'block', position: start, end: i, tokens, broken: problems.length > 0 }, problems, next: i + 1 };
        }
      }
      tokens.push({ kind: c as TokenKind, text: c, position: i });
      i += 1;
    } else if (c in CLOSING_QUOTE) {
      const close = source.indexOf(CLOSING_QUOTE[c], i + 1);
      if (close < 0) {
        // The string swallowed the rest of the template, so this is the only useful message.
        return { problems: [problemAt(`The text starting with ${c} is never closed with ${CLOSING_QUOTE[c]}`, i)], next: source.length };
      }
      tokens.push({ kind: 'string', text: source.slice(i + 1, close), position: i });
      i = close + 1;
    } else if (c === '$') {
      const end = scanPath(source, i + 1);
      if (end === i + 1) {
        problems.push(problemAt('Expected a variable code after "$", such as {$client.name}', i));
        i += 1;
      } else {
        tokens.push({ kind: 'variable', text: source.slice(i + 1, end), position: i });
        i = end;
      }
    } else if (DIGIT.test(c) || (c === '-' && DIGIT.test(source[i + 1] ?? ''))) {
      NUMBER.lastIndex = i;
      const match = NUMBER.exec(source) as RegExpExecArray;
      tokens.push({ kind: 'number', text: match[0], position: i });
      i += match[0].length;
    } else if (WORD_START.test(c)) {
      let end = i + 1;
      while (end < source.length && NAME_CHAR.test(source[end])) end += 1;
      tokens.push({ kind: 'word', text: source.slice(i, end), position: i });
      i = end;
    } else {
      const operator = OPERATORS.find((op) => source.startsWith(op, i));
      if (source.startsWith('!=', i) || source.startsWith('==', i)) {
        problems.push(problemAt(`Unknown operator "${source.slice(i, i + 2)}"`, i, 'use = or <>'));
        i += 2;
      } else if (operator) {
        tokens.push({ kind: 'operator', text: operator, position: i });
        i += operator.length;
      } else {
        const hint = c === '+' ? '{+} is the editor button that inserts a variable; write the variable itself, such as {$client.name}' : undefined;
        problems.push(problemAt(`Unexpected character "${c}"`, i, hint));
        i += 1;
      }
    }
  }
  // Whatever was inside is probably meant as text; saying where the brace opened is what helps.
  return { problems: [problemAt('This "{" is never closed with "}"', start, 'to show a brace as text, write {"{"}')], next: source.length };
}

/** The end of a dot path such as `client.phone` that starts at `from`; `from` when there is none. */
function scanPath(source: string, from: number): number {
  let end = from;
  for (;;) {
    let segmentEnd = end;
    while (segmentEnd < source.length && NAME_CHAR.test(source[segmentEnd])) segmentEnd += 1;
    if (segmentEnd === end) return end === from ? from : end - 1; // a trailing dot is not part of the path
    end = segmentEnd;
    if (source[end] !== '.') return end;
    end += 1;
  }
}
