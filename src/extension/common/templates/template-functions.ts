/**
 * The functions a session-name template may call: what each accepts (checked when the template is
 * saved) and what it does (when it is rendered). Names match case-insensitively.
 */
import { findDateFormatMistake, formatDate } from './date-format';
import { DATE_LOCALES, DEFAULT_DATE_LOCALE, isDateLocale } from './date-locales';
import { problemAt, type Expression, type StaticType, type TemplateProblem } from './template-ast';
import { toComparableNumber, toDate, toText } from './template-values';

export interface TemplateArgument {
  expression: Expression;
  type: StaticType;
}

export interface TemplateFunction {
  name: string;
  /** How the function is written, for messages. */
  signature: string;
  minArgs: number;
  maxArgs: number;
  /** Problems with the arguments beyond their count. */
  check(args: TemplateArgument[]): TemplateProblem[];
  apply(args: unknown[], timeZone: string): string;
}

const LOCALE_LIST = Object.keys(DATE_LOCALES).join(', ');

const textFunction = (name: string, transform: (text: string) => string): TemplateFunction => ({
  name,
  signature: `${name}(text)`,
  minArgs: 1,
  maxArgs: 1,
  check: () => [],
  apply: ([value], timeZone) => transform(toText(value, timeZone)),
});

function capitalize(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return '';
  const letter = String.fromCodePoint(first);
  return letter.toUpperCase() + text.slice(letter.length);
}

/**
 * `from` is 0-based and counts code points; a negative `from` counts from the end (-4: the last
 * four). Without `length` the rest of the text is taken.
 */
function substr(value: unknown, from: unknown, length: unknown, timeZone: string): string {
  const chars = Array.from(toText(value, timeZone));
  const fromNumber = Math.trunc(toComparableNumber(from) ?? 0);
  const start = fromNumber < 0 ? Math.max(0, chars.length + fromNumber) : fromNumber;
  const count = length === undefined ? chars.length : Math.trunc(toComparableNumber(length) ?? chars.length);
  return count <= 0 ? '' : chars.slice(start, start + count).join('');
}

function describeArgument(arg: TemplateArgument): string {
  switch (arg.expression.kind) {
    case 'variable':
      return `{$${arg.expression.path}} is ${arg.type === 'unknown' ? 'not known to be a date' : `a ${arg.type} variable`}`;
    case 'string':
      return 'a quoted text was given';
    case 'number':
      return 'a number was given';
    case 'call':
      return `${arg.expression.name}(…) gives text`;
  }
}

const dateTime: TemplateFunction = {
  name: 'DateTime',
  signature: 'DateTime(format, date, locale?)',
  minArgs: 2,
  maxArgs: 3,
  check([format, date, locale]) {
    const problems: TemplateProblem[] = [];
    if (format.expression.kind !== 'string') {
      problems.push(problemAt('The format of DateTime must be quoted text such as "DD.MM.YYYY"', format.expression.position));
    } else {
      const mistake = findDateFormatMistake(format.expression.value);
      // The literal has no escapes, so an offset inside it maps straight onto the source after the quote.
      if (mistake) problems.push(problemAt(mistake.message, format.expression.position + 1 + mistake.offset, mistake.hint));
    }
    if (date.type !== 'datetime' && date.type !== 'unknown') {
      problems.push(problemAt(`DateTime needs a date as its second argument, but ${describeArgument(date)}`, date.expression.position));
    }
    if (locale !== undefined) {
      if (locale.expression.kind !== 'string') {
        problems.push(problemAt('The locale of DateTime must be quoted text such as "en_US"', locale.expression.position));
      } else if (!isDateLocale(locale.expression.value)) {
        problems.push(problemAt(`Unknown locale "${locale.expression.value}"`, locale.expression.position, `use one of ${LOCALE_LIST}`));
      }
    }
    return problems;
  },
  apply([format, value, locale], timeZone) {
    const date = toDate(value);
    if (date === undefined || typeof format !== 'string') return '';
    return formatDate(date, format, typeof locale === 'string' && isDateLocale(locale) ? locale : DEFAULT_DATE_LOCALE, timeZone);
  },
};

const numberArgument = (functionName: string, label: string) => (arg: TemplateArgument | undefined): TemplateProblem[] =>
  arg === undefined || arg.type === 'number' || arg.type === 'unknown'
    ? []
    : [problemAt(`The ${label} of ${functionName} must be a number`, arg.expression.position)];

const substrFunction: TemplateFunction = {
  name: 'Substr',
  signature: 'Substr(text, from, length?)',
  minArgs: 2,
  maxArgs: 3,
  check: ([, from, length]) => [...numberArgument('Substr', '"from" argument')(from), ...numberArgument('Substr', 'length')(length)],
  apply: ([value, from, length], timeZone) => substr(value, from, length, timeZone),
};

const FUNCTIONS: readonly TemplateFunction[] = [
  textFunction('UpperCase', (text) => text.toUpperCase()),
  textFunction('LowerCase', (text) => text.toLowerCase()),
  textFunction('Capitalize', capitalize),
  substrFunction,
  dateTime,
];

const BY_NAME = new Map(FUNCTIONS.map((fn) => [fn.name.toLowerCase(), fn]));

/** Platform functions that other template fields know but session names do not. */
const ELSEWHERE = new Set(['tostring', 'now', 'count']);

export const FUNCTION_NAMES: readonly string[] = FUNCTIONS.map((fn) => fn.name);

export function findTemplateFunction(name: string): TemplateFunction | undefined {
  return BY_NAME.get(name.toLowerCase());
}

/** Message and hint for problemAt(). */
export function unknownFunctionMessage(name: string): [message: string, hint: string] {
  const available = `available: ${FUNCTION_NAMES.join(', ')}`;
  return ELSEWHERE.has(name.toLowerCase())
    ? [`The function "${name}" is not available in session names`, available]
    : [`Unknown function "${name}"`, available];
}
