import { compileTemplate } from '../../../../src/extension/common/templates/template';
import { compiled, problemsOf, render, sessionVariables } from './template-support';

const session = {
  code: 'S-42',
  client: { name: 'alice smith', phone: '+49 30 1234567' },
  contact_phone: '+1 555 0100',
  __createdAt: '2025-04-05T10:56:06Z',
  line: { name: 'Support' },
  count: 7,
  vip: true,
  extra: { utm: { source: 'newsletter' } },
};

describe('session-name templates (spec §4.4): text and variables', () => {
  it('renders literal text as it is, including $, quotes and parentheses', () => {
    expect(render('Session $1 "quoted" «x» (a, b) \'y\'')).toBe('Session $1 "quoted" «x» (a, b) \'y\'');
    expect(render('')).toBe('');
  });

  it('substitutes variables and nested properties by dot path', () => {
    expect(render('{$code}: {$client.name} {$client.phone} / {$contact_phone} @ {$line.name}', session)).toBe(
      'S-42: alice smith +49 30 1234567 / +1 555 0100 @ Support',
    );
  });

  it('allows spaces inside the braces', () => {
    expect(render('{ $code }', session)).toBe('S-42');
  });

  it('reads a flat key holding the whole path when there is no nested object', () => {
    expect(render('{$client.name}', { 'client.name': 'Bob' })).toBe('Bob');
  });

  it('renders missing values as empty text', () => {
    expect(render('[{$code}][{$client.name}][{$__createdAt}]', {})).toBe('[][][]');
    expect(render('[{$client.name}]', { client: null })).toBe('[]');
    expect(render('[{$client.name}]', { client: 'not an object' })).toBe('[]');
  });

  it('renders numbers, booleans, lists and objects', () => {
    expect(render('{$count}|{$vip}', { count: 2.5, vip: false })).toBe('2.5|false');
    expect(render('{$count}', { count: Number.NaN })).toBe('');
    expect(render('{$code}', { code: ['a', '', 'b', 3] })).toBe('a, b, 3');
    expect(render('{$extra}', { extra: { a: 1, big: 2n } })).toBe('{"a":1,"big":"2"}');
  });

  it('reads only own properties, never the prototype chain', () => {
    const template = compiled('[{$constructor}][{$toString}]', [
      { code: 'constructor', name: 'c', type: 'string' },
      { code: 'toString', name: 't', type: 'string' },
    ]);
    expect(template.render({}, { timeZone: 'UTC' })).toBe('[][]');
  });

  it('accepts any path below a json variable', () => {
    expect(render('{$extra.utm.source}', session)).toBe('newsletter');
    expect(compiled('{$extra.utm.source}{$code}{$extra.utm.source}').variables).toEqual(['extra.utm.source', 'code']);
  });

  it('lists the variables used, once each, in order of first use', () => {
    const template = compiled('{if {$vip}}{$client.name}{end} {UpperCase({$client.name})} {DateTime("D", {$__createdAt})}');
    expect(template.variables).toEqual(['vip', 'client.name', '__createdAt']);
    expect(template.source).toBe('{if {$vip}}{$client.name}{end} {UpperCase({$client.name})} {DateTime("D", {$__createdAt})}');
  });

  it('shows quoted text and numbers written in braces, the way to show a brace as text', () => {
    expect(render('{"{"}x{\'}\'} {42} {-1.5}')).toBe('{x} 42 -1.5');
  });
});

describe('session-name templates: quote pairs', () => {
  it.each([
    ['"…"', '{UpperCase("a «b» ’c’")}', 'A «B» ’C’'],
    ['«…»', '{UpperCase(«say "hi"»)}', 'SAY "HI"'],
    ['“…”', '{UpperCase(“it\'s”)}', "IT'S"],
    ["'…'", '{UpperCase(\'the "x"\')}', 'THE "X"'],
  ])('accepts %s around text arguments', (_pair, source, expected) => {
    expect(render(source)).toBe(expected);
  });

  it('accepts every pair for DateTime formats and locales', () => {
    const values = { __createdAt: '2025-04-05T10:56:06Z' };
    for (const [open, close] of [['"', '"'], ['«', '»'], ['“', '”'], ["'", "'"]]) {
      expect(render(`{DateTime(${open}DD MMMM${close}, {$__createdAt}, ${open}de_DE${close})}`, values)).toBe('05 April');
    }
  });

  it('keeps braces inside quoted text as text', () => {
    expect(render('{LowerCase("{$NOT A VARIABLE}")}')).toBe('{$not a variable}');
  });
});

describe('session-name templates: functions', () => {
  it('changes case', () => {
    expect(render('{UpperCase({$client.name})}|{LowerCase("ÀB Ç")}|{Capitalize({$client.name})}', session)).toBe('ALICE SMITH|àb ç|Alice smith');
  });

  it('capitalizes only the first character and leaves the rest alone', () => {
    expect(render('{Capitalize("éLAN")}|{Capitalize("")}|{Capitalize(" x")}|{Capitalize("𝑥y")}')).toBe('ÉLAN|| x|𝑥y');
  });

  it('takes substrings with a 0-based start and an optional length', () => {
    expect(render('{Substr("abcdef", 0, 3)}|{Substr("abcdef", 2)}|{Substr("abcdef", 2, 2)}|{Substr("abcdef", 10)}')).toBe('abc|cdef|cd|');
  });

  it('counts a negative start from the end and treats a length of 0 or less as empty', () => {
    expect(render('{Substr({$client.phone}, -4)}|{Substr("abc", -10, 2)}|{Substr("abc", 0, 0)}|{Substr("abc", 0, -1)}', session)).toBe('4567|ab||');
  });

  it('counts characters, not UTF-16 units, and truncates fractions', () => {
    expect(render('{Substr("😀ab", 1, 1.9)}')).toBe('a');
  });

  it('takes start and length from number variables, a missing length meaning the rest', () => {
    expect(render('{Substr("abcdef", {$count}, {$count})}', { count: 2 })).toBe('cd');
    expect(render('{Substr("abcdef", {$count})}', {})).toBe('abcdef');
  });

  it('nests calls with or without braces around the inner call', () => {
    expect(render('{UpperCase(Substr({$client.name}, 0, 5))}|{Capitalize({LowerCase("HELLO")})}', session)).toBe('ALICE|Hello');
  });

  it('matches function names and keywords without regard to case', () => {
    expect(render('{uppercase("a")}{IF {$vip} and {$count} > 1}y{ELSE}n{End}', session)).toBe('Ay');
  });

  it('gives a function a date in full form when it is not formatted with DateTime', () => {
    expect(render('{LowerCase({$__createdAt})}', session)).toBe('2025-04-05 10:56:06 +0000 utc');
  });
});

describe('session-name templates: conditions', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['{if {$vip}}VIP{end}', { vip: true }, 'VIP'],
    ['{if {$vip}}VIP{end}', { vip: false }, ''],
    ['{if {$client.name}}named{else}anonymous{end}', { client: { name: 'Ann' } }, 'named'],
    ['{if {$client.name}}named{else}anonymous{end}', { client: { name: '  ' } }, 'anonymous'],
    ['{if {$client.name}}named{else}anonymous{end}', {}, 'anonymous'],
    ['{if {$count}}has{else}none{end}', { count: 0 }, 'has'],
    ['{if {$extra}}x{else}empty{end}', { extra: {} }, 'empty'],
    ['{if {$extra}}x{else}empty{end}', { extra: [] }, 'empty'],
    ['{if {$count} = 7}eq{end}', { count: 7 }, 'eq'],
    ['{if {$count} = "7"}eq{end}', { count: 7 }, 'eq'],
    ['{if {$count} <> 7}ne{else}eq{end}', { count: 7 }, 'eq'],
    ['{if {$count} > 10}gt{else}le{end}', { count: 9 }, 'le'],
    ['{if {$count} >= 9}ge{end}', { count: 9 }, 'ge'],
    ['{if {$count} < 10}lt{end}', { count: 9 }, 'lt'],
    ['{if {$count} <= 8}le{else}gt{end}', { count: 9 }, 'gt'],
    ['{if {$code} > "9"}as numbers{else}as text{end}', { code: '10' }, 'as numbers'],
    ['{if {$code} > "b"}after{end}', { code: 'c' }, 'after'],
    ['{if {$code} = "abc"}same{else}differs{end}', { code: 'ABC' }, 'differs'],
    ['{if {$code} = ""}empty{end}', {}, 'empty'],
    ['{if {$count} > 0}positive{else}no{end}', {}, 'no'],
    ['{if {$count} < 5}less{else}no{end}', {}, 'no'],
    ['{if {$__createdAt} > "2025-01-01"}this year{end}', { __createdAt: '2025-04-05T10:56:06Z' }, 'this year'],
    ['{if {$__createdAt} = "2025-04-05T12:56:06+02:00"}same instant{end}', { __createdAt: new Date('2025-04-05T10:56:06Z') }, 'same instant'],
    ['{if {$vip} AND {$count} > 5}a{else}b{end}', { vip: true, count: 3 }, 'b'],
    ['{if {$vip} OR {$count} > 5}a{else}b{end}', { vip: false, count: 6 }, 'a'],
    ['{if {$vip} OR {$count} > 5 AND {$code} = "x"}a{else}b{end}', { vip: true, count: 0 }, 'a'],
    ['{if ({$vip} OR {$count} > 5) AND {$code} = "x"}a{else}b{end}', { vip: true, count: 0 }, 'b'],
    ['{if (({$vip}))}a{end}', { vip: true }, 'a'],
    ['{if Substr({$code}, 0, 2) = "S-"}session{end}', { code: 'S-42' }, 'session'],
    ['{if 1 = 1}one{end}', {}, 'one'],
    ['{if {$vip}}{if {$count} > 1}both{else}vip{end}{else}none{end}', { vip: true, count: 1 }, 'vip'],
  ];
  it.each(cases)('%s with %j renders %j', (source, values, expected) => {
    expect(render(source, values)).toBe(expected);
  });

  it('keeps the text around the blocks', () => {
    expect(render('Chat{if {$vip}} (VIP){end} #{$code}', { vip: true, code: '1' })).toBe('Chat (VIP) #1');
  });
});

describe('session-name templates: problems reported when saving', () => {
  const cases: [string, number, string][] = [
    ['Hi {$client.nmae}', 3, 'Unknown variable "client.nmae" at 3 (did you mean "client.name"?)'],
    ['{$nothing}', 0, 'Unknown variable "nothing" at 0'],
    ['{{$code}}', 1, 'Expected a value but found "{" at 1'],
    ['ab } cd', 3, 'Unexpected "}" at 3 (to show a brace as text, write {"}"})'],
    ['ab { cd', 3, 'This "{" is never closed with "}" at 3'],
    ['{$code', 0, 'This "{" is never closed with "}" at 0'],
    ['{}', 0, 'Empty "{}" at 0'],
    ['{code}', 1, 'Unknown word "code" at 1 (variables are written {$code}, functions Name(…))'],
    ['{+}', 1, 'Unexpected character "+" at 1 ({+} is the editor button that inserts a variable'],
    ['{$}', 1, 'Expected a variable code after "$"'],
    ['{$code.}', 6, 'Unexpected character "." at 6'],
    ['{UpperCase("abc)}', 11, 'The text starting with " is never closed with " at 11'],
    ['{UpperCase(«abc")}', 11, 'The text starting with « is never closed with »'],
    ['{UpperCase($code)}', 11, 'Write the variable in braces: {$code} at 11'],
    ['{UpperCase({$code}}', 18, 'Expected "," or ")" after an argument of UpperCase at 18'],
    ['{UpperCase({$code}) x}', 20, 'Expected "}" but found "x" at 20'],
    ['{UpperCase()}', 1, 'UpperCase takes 1 argument but was given 0: UpperCase(text) at 1'],
    ['{Substr("abc", "1")}', 15, 'The "from" argument of Substr must be a number at 15'],
    ['{Substr("abc", 1, {$code})}', 18, 'The length of Substr must be a number at 18'],
    ['{Foo(1)}', 1, 'Unknown function "Foo" at 1 (available: UpperCase, LowerCase, Capitalize, Substr, DateTime)'],
    ['{Now("date")}', 1, 'The function "Now" is not available in session names'],
    ['{DateTime("DD", {$code})}', 16, 'DateTime needs a date as its second argument, but {$code} is a string variable at 16'],
    ['{DateTime("DD", "2025-01-01")}', 16, 'DateTime needs a date as its second argument, but a quoted text was given'],
    ['{DateTime({$code}, {$__createdAt})}', 10, 'The format of DateTime must be quoted text such as "DD.MM.YYYY" at 10'],
    ['{DateTime("DD", {$__createdAt}, "en_ZA")}', 32, 'Unknown locale "en_ZA" at 32 (use one of en_US, en_GB, de_DE, fr_FR, ru_RU, es_ES)'],
    ['{DateTime("DD", {$__createdAt}, {$code})}', 32, 'The locale of DateTime must be quoted text such as "en_US" at 32'],
    ['{DateTime("DD.MM.YYY", {$__createdAt})}', 17, 'Unknown date token "YYY" at 17 (use YY or YYYY)'],
    ['{DateTime("Y", {$__createdAt})}', 11, 'Unknown date token "Y" at 11'],
    ['{DateTime("MMMMM", {$__createdAt})}', 11, 'Unknown date token "MMMMM" at 11 (use at most MMMM)'],
    ['{DateTime("DD")}', 1, 'DateTime takes 2 or 3 arguments but was given 1: DateTime(format, date, locale?) at 1'],
    ['{if}x{end}', 3, 'Expected a condition after "if" at 3'],
    ['{if {$vip} x}y{end}', 11, 'Expected AND, OR or "}" but found "x" at 11'],
    ['{if ({$vip}}y{end}', 11, 'Expected ")" at 11'],
    ['{if {$count} > }y{end}', 15, 'Expected a value at 15'],
    ['{if {$count} != 1}y{end}', 13, 'Unknown operator "!=" at 13 (use = or <>)'],
    ['{if {$vip}}y', 0, 'This {if} is never closed with {end} at 0'],
    ['x{else}', 1, '{else} without a matching {if} at 1'],
    ['x{end}', 1, '{end} without a matching {if} at 1'],
    ['{if {$vip}}a{else}b{else}c{end}', 19, 'A second {else} at 19 (the {if} at 0 already has one)'],
    ['{if 1}{else x}{end}', 12, 'Expected "}" right after "else" but found "x" at 12'],
    ['{for x in {$extra}}{end}', 0, 'Loops {for … in …} are not supported in session names at 0'],
  ];
  it.each(cases)('%j: problem at %d', (source, position, message) => {
    const problems = problemsOf(source);
    expect(problems[0]).toEqual({ position, message: expect.stringContaining(message) });
  });

  it('reports several independent problems, ordered by position', () => {
    const problems = problemsOf('{$a} and {Foo()} and {$client.name} and {DateTime("D", {$code})} }');
    expect(problems.map((problem) => problem.position)).toEqual([0, 10, 55, 65]);
  });

  it('does not report the {end} of an {if} whose condition is broken', () => {
    expect(problemsOf('{if {$vip} = }a{end}').map((problem) => problem.message)).toEqual(['Expected a value at 13']);
    expect(problemsOf('{if #}a{else}b{end}').map((problem) => problem.message)).toEqual(['Unexpected character "#" at 4']);
  });

  it('refuses sources over 2,000 characters with a problem at the limit', () => {
    expect(compileTemplate('x'.repeat(2000), []).ok).toBe(true);
    expect(problemsOf('x'.repeat(2001), [])).toEqual([
      { position: 2000, message: 'The template is longer than 2000 characters: it passes the limit at 2000 (shorten it by 1 characters)' },
    ]);
  });

  it('refuses deep nesting with a problem instead of overflowing the stack', () => {
    const calls = `${'{UpperCase('.repeat(40)}"x"${')}'.repeat(40)}`;
    expect(problemsOf(calls)[0].message).toMatch(/^Too deeply nested at \d+ \(at most 32 levels\)$/);
    const parentheses = `{if ${'('.repeat(40)}{$vip}${')'.repeat(40)}}x{end}`;
    expect(problemsOf(parentheses)[0].message).toMatch(/^Too deeply nested/);
    const ifs = `${'{if 1}'.repeat(40)}${'{end}'.repeat(40)}`;
    expect(problemsOf(ifs)[0]).toEqual({ position: 192, message: 'Too many {if} blocks inside each other at 192 (at most 32)' });
    expect(compileTemplate(`${'{UpperCase('.repeat(20)}"x"${')}'.repeat(20)}`, []).ok).toBe(true);
  });

  it('limits the list of problems to 20', () => {
    expect(problemsOf('}'.repeat(100))).toHaveLength(20);
  });

  it('answers with a problem rather than throwing when the source is not text', () => {
    expect(compileTemplate(undefined as unknown as string, sessionVariables)).toEqual({
      ok: false,
      problems: [{ position: 0, message: 'The template must be text at 0' }],
    });
  });
});

describe('the examples in docs/templates.md', () => {
  const values = {
    client: { name: 'Alice Smith', phone: '+49 30 1234567' },
    line: { name: 'Support' },
    __createdAt: '2025-04-05T10:56:06Z',
    vip: true,
  };
  it.each([
    ['{$client.name} — {DateTime("DD.MM.YYYY", {$__createdAt}, "en_US")}', values, 'Alice Smith — 05.04.2025'],
    ['{$__createdAt}', values, '2025-04-05 12:56:06 +0200 CEST'],
    ['{DateTime("DDDD, D MMMM YYYY hh:mm", {$__createdAt}, "de_DE")}', values, 'Samstag, 5 April 2025 12:56'],
    ['{UpperCase({$line.name})}: {Capitalize({$client.name})}', { ...values, client: { name: 'alice smith' } }, 'SUPPORT: Alice smith'],
    ['…{Substr({$client.phone}, -4)}', values, '…4567'],
    ['{DateTime("D MMMM", {$__createdAt}, "ru_RU")} — {$client.name}', values, '5 апреля — Alice Smith'],
    ['{if {$client.name}}{$client.name}{else}Guest{end} ({DateTime("DDD hh:mm", {$__createdAt})})', { __createdAt: values.__createdAt }, 'Guest (Sat 12:56)'],
    ['{if {$vip}}VIP · {end}{$client.name}{if {$line.name} <> ""} ({$line.name}){else} (no line){end}', values, 'VIP · Alice Smith (Support)'],
    ['{UpperCase(«say "hello"»)}', {}, 'SAY "HELLO"'],
  ])('%s', (source, input, expected) => {
    expect(render(source, input, 'Europe/Berlin')).toBe(expected);
  });
});
