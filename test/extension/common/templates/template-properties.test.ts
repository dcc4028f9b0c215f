import fc from 'fast-check';
import { compileTemplate, type TemplateValues } from '../../../../src/extension/common/templates/template';
import { sessionVariables } from './template-support';

/** Pieces that collide in every way the syntax allows, and a few it does not. */
const piece = fc.constantFrom(
  '{', '}', '$', '"', '«', '»', '“', '”', "'", '(', ')', ',', ' ', '.', '-', '=', '<>', '>=', '<', '!=', '#', '+',
  'if', 'else', 'end', 'for', 'AND', 'OR', 'and', 'x', '1', '-2.5',
  'DateTime', 'UpperCase', 'LowerCase', 'Capitalize', 'Substr', 'Now', 'Foo',
  '{$code}', '{$client.name}', '{$__createdAt}', '{$count}', '{$nope}', '{$extra.a.b}',
  '{if ', '{else}', '{end}', '"DD.MM.YYYY"', '"YYY"', '"ru_RU"', '"xx_XX"',
);
const messySource = fc.oneof(
  fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join('')),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom('{', '}', '(', ')', '$', 'a', '"', ','), minLength: 1990, maxLength: 2010 }),
);

const timeZone = fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Nowhere/Else', '');

const anyDate = fc.oneof(
  fc.date(),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  fc.integer({ min: -8.64e15, max: 8.64e15 }),
  fc.anything(),
);
const sessionValues: fc.Arbitrary<TemplateValues> = fc.record(
  {
    code: fc.anything(),
    client: fc.oneof(fc.anything(), fc.record({ name: fc.anything(), phone: fc.string() }, { requiredKeys: [] })),
    __createdAt: anyDate,
    count: fc.oneof(fc.double(), fc.integer(), fc.bigInt(), fc.anything()),
    vip: fc.oneof(fc.boolean(), fc.anything()),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);
const anyValues = fc.oneof(sessionValues, fc.anything().map((value) => value as TemplateValues));

/** Text as an administrator would write it in a quote pair: anything but the closing quote. */
const quoted = fc.oneof(
  ...[['"', '"'], ['«', '»'], ['“', '”'], ["'", "'"]].map(([open, close]) =>
    fc.string({ maxLength: 8 }).map((text) => `${open}${text.split(close).join('')}${close}`),
  ),
);
const dateFormat = fc
  .array(fc.constantFrom('YYYY', 'YY', 'MMMM', 'MMM', 'MM', 'M', 'DDDD', 'DDD', 'DD', 'D', 'hh', 'mm', 'ss', 'h', 'de', 'à'), { maxLength: 6 })
  .chain((tokens) => fc.constantFrom('.', '-', ' ', ':', '/', ', ').map((separator) => `"${tokens.join(separator)}"`));
const locale = fc.constantFrom('', ', "en_US"', ', «en_GB»', ', “de_DE”', ", 'fr_FR'", ', "ru_RU"', ', "es_ES"');
const variable = fc.constantFrom('{$code}', '{$client.name}', '{$client.phone}', '{$__createdAt}', '{$count}', '{$vip}', '{$extra.any.path}');
const numberArgument = fc.oneof(fc.integer({ min: -20, max: 20 }).map(String), fc.constant('{$count}'));
const dateArgument = fc.constantFrom('{$__createdAt}', '{$extra.when}');
const operator = fc.constantFrom('=', '<>', '>', '>=', '<', '<=');
const literalText = fc.string({ maxLength: 10 }).map((text) => text.replace(/[{}]/g, ''));

/** Templates that are valid by construction, with every construct nested in every other. */
const { template: validTemplate } = fc.letrec<{ value: string; condition: string; template: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    variable,
    quoted,
    fc.integer().map(String),
    fc.tuple(fc.constantFrom('UpperCase', 'LowerCase', 'Capitalize', 'uppercase'), tie('value')).map(([name, arg]) => `${name}(${arg})`),
    fc.tuple(tie('value'), numberArgument, fc.option(numberArgument)).map(([text, from, length]) => `Substr(${text}, ${from}${length === null ? '' : `, ${length}`})`),
    fc.tuple(dateFormat, dateArgument, locale).map(([format, date, loc]) => `DateTime(${format}, ${date}${loc})`),
  ),
  condition: fc.oneof(
    { depthSize: 'small' },
    tie('value'),
    fc.tuple(tie('value'), operator, tie('value')).map(([left, op, right]) => `${left} ${op} ${right}`),
    fc.tuple(tie('condition'), fc.constantFrom('AND', 'OR'), tie('condition')).map(([left, op, right]) => `${left} ${op} ${right}`),
    tie('condition').map((inner) => `(${inner})`),
  ),
  template: fc
    .array(
      fc.oneof(
        { depthSize: 'small' },
        literalText,
        tie('value').map((value) => (value.startsWith('{') ? value : `{${value}}`)),
        fc.tuple(tie('condition'), tie('template'), fc.option(tie('template'))).map(
          ([condition, then, otherwise]) => `{if ${condition}}${then}${otherwise === null ? '' : `{else}${otherwise}`}{end}`,
        ),
      ),
      { maxLength: 4 },
    )
    .map((parts) => parts.join('')),
}));

describe('template engine properties', () => {
  it('compileTemplate never throws and answers with a template or positioned problems', () => {
    fc.assert(
      fc.property(messySource, (source) => {
        const result = compileTemplate(source, sessionVariables);
        if (result.ok) {
          expect(result.template.source).toBe(source);
          return;
        }
        expect(result.problems.length).toBeGreaterThan(0);
        for (const problem of result.problems) {
          expect(problem.position).toBeGreaterThanOrEqual(0);
          expect(problem.position).toBeLessThanOrEqual(source.length);
          expect(problem.message).toContain(` at ${problem.position}`);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('compiles every template built from the documented constructs', () => {
    fc.assert(
      fc.property(validTemplate.filter((source) => source.length <= 2000), (source) => {
        const result = compileTemplate(source, sessionVariables);
        expect(result.ok ? [] : result.problems).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('renders a compiled template deterministically and without throwing, whatever the values', () => {
    const compiledTemplate = fc.oneof(validTemplate, messySource).chain((source) => {
      const result = compileTemplate(source, sessionVariables);
      return result.ok ? fc.constant(result.template) : fc.constant(undefined);
    });
    fc.assert(
      fc.property(compiledTemplate, anyValues, timeZone, (template, values, zone) => {
        if (template === undefined) return;
        const first = template.render(values, { timeZone: zone });
        expect(typeof first).toBe('string');
        expect(template.render(values, { timeZone: zone })).toBe(first);
      }),
      { numRuns: 1000 },
    );
  });

  it('renders literal text without braces as itself', () => {
    const text = fc
      .oneof(fc.string({ maxLength: 2000 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }))
      .map((value) => value.replace(/[{}]/g, ''));
    fc.assert(
      fc.property(text, anyValues, timeZone, (source, values, zone) => {
        const result = compileTemplate(source, sessionVariables);
        expect(result.ok).toBe(true);
        if (result.ok) {
          expect(result.template.render(values, { timeZone: zone })).toBe(source);
          expect(result.template.variables).toEqual([]);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('rendering hostile values', () => {
  const template = (() => {
    const result = compileTemplate(
      '{$code}|{$client.name}|{UpperCase({$extra})}|{DateTime("DD", {$__createdAt})}|{if {$extra} = "x" OR {$count} > 1 OR {$vip}}y{end}|{$extra.deep}',
      sessionVariables,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.template;
  })();
  const throwing = new Proxy(
    {},
    {
      get: () => {
        throw new Error('get');
      },
      getOwnPropertyDescriptor: () => {
        throw new Error('descriptor');
      },
      ownKeys: () => {
        throw new Error('keys');
      },
      getPrototypeOf: () => {
        throw new Error('prototype');
      },
    },
  );
  const cyclic: Record<string, unknown> = { name: 'loop' };
  cyclic.self = cyclic;
  const withGetter = Object.defineProperty({}, 'name', {
    enumerable: true,
    get: () => {
      throw new Error('getter');
    },
  });
  const hostile: unknown[] = [
    throwing,
    { code: throwing, client: throwing, extra: throwing, __createdAt: throwing, count: throwing, vip: throwing },
    { code: cyclic, client: withGetter, extra: cyclic, count: Symbol('n'), vip: () => true },
    { extra: [[[[[[['deep']]]]]]], code: 10n ** 30n, __createdAt: { toJSON: () => { throw new Error('toJSON'); } } },
    Object.create(null),
    null,
    undefined,
    'values',
    42,
  ];
  it.each(hostile.map((value, index) => [index, value]))('renders case %d as a string without throwing', (_index, values) => {
    expect(typeof template.render(values as TemplateValues, { timeZone: 'Europe/Berlin' })).toBe('string');
  });

  it('does not throw on a missing or odd options object', () => {
    expect(template.render({}, undefined as unknown as { timeZone: string })).toBe('|||||');
    expect(template.render({}, { timeZone: 42 as unknown as string })).toBe('|||||');
  });
});
