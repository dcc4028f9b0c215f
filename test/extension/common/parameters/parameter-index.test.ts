import { FieldType } from '@elma365/sdk-types';
import { PARAMETER_TYPE_VALUES, type ParameterDefinition } from '../../../../src/extension/common/parameters/parameter-definition';
import {
  FILTER_OPERATORS,
  filterOperatorsFor,
  INDEX_COLUMN,
  parseParameterFilter,
  sortKeyOf,
} from '../../../../src/extension/common/parameters/parameter-index';
import { normalizeParameterValue } from '../../../../src/extension/common/parameters/parameter-value';
import { defs, errorOf, list } from './parameter-fixtures';

const keyOf = (def: ParameterDefinition, input: unknown) => sortKeyOf(def, normalizeParameterValue(def, input));

describe('sort keys', () => {
  it.each([
    ['String', defs.text, '  Hello World ', { text: 'hello world' }],
    ['Number', defs.float, -2.5, { number: -2.5 }],
    ['Yes/No (yes)', defs.flag, true, { number: 1 }],
    ['Yes/No (no)', defs.flag, false, { number: 0 }],
    ['Date/Time', defs.datetime, '2025-04-05T13:56:06+03:00', { text: '2025-04-05T10:56:06.000Z' }],
    ['Date', defs.date, '2025-04-05', { text: '2025-04-05' }],
    ['Time', defs.time, '09:05', { text: '09:05:00' }],
    ['Category', defs.category, 'tech', { text: 'technical support' }],
    ['Money', defs.money, { amount: 12.34 }, { number: 1234 }],
    ['Phone', defs.phone, '+1 555 0100', { text: '+15550100' }],
    ['Email', defs.email, 'Ann.Lee@Example.com', { text: 'ann.lee@example.com' }],
    ['Full name', defs.fullName, { firstname: 'Ann', lastname: 'Lee', middlename: 'K' }, { text: 'lee ann' }],
    ['Full name (first name only)', defs.fullName, { firstname: 'Ann' }, { text: 'ann' }],
    ['Link', defs.link, 'https://Example.com/Path', { text: 'https://example.com/path' }],
    ['Users', defs.user, 'u1', { text: 'u1' }],
    ['App', defs.app, 'D1', { text: 'D1' }],
  ])('%s', (_type, def, input, key) => {
    expect(keyOf(def, input)).toEqual(key);
  });

  it('has none for JSON or a cleared value', () => {
    expect(keyOf(defs.json, { a: 1 })).toBeUndefined();
    expect(sortKeyOf(defs.text, undefined)).toBeUndefined();
  });

  it('keys a list by its first item', () => {
    expect(keyOf(list(defs.integer), [3, 1, 2])).toEqual({ number: 3 });
    expect(keyOf(list(defs.category), ['billing', 'tech'])).toEqual({ text: 'billing' });
  });

  it('keeps the first 200 characters of text, not splitting a surrogate pair', () => {
    expect(keyOf(defs.text, 'A'.repeat(300))).toEqual({ text: 'a'.repeat(200) });
    expect(keyOf(defs.text, `${'a'.repeat(199)}😀`)?.text).toBe('a'.repeat(199));
  });

  it('puts every sort key in the column of its type', () => {
    for (const type of PARAMETER_TYPE_VALUES) {
      const filterable = FILTER_OPERATORS[type].length > 0;
      expect(INDEX_COLUMN[type] !== undefined).toBe(filterable);
    }
  });
});

describe('filters', () => {
  it('gives a column, the operator and an operand in the sort key form', () => {
    expect(parseParameterFilter(defs.text, 'eq', ' Hello ')).toEqual({ column: 'text', operator: 'eq', value: 'hello' });
    expect(parseParameterFilter(defs.integer, 'gte', '10')).toEqual({ column: 'number', operator: 'gte', value: 10 });
    expect(parseParameterFilter(defs.float, 'lt', '-1.5e2')).toEqual({ column: 'number', operator: 'lt', value: -150 });
    expect(parseParameterFilter(defs.flag, 'eq', 'true')).toEqual({ column: 'number', operator: 'eq', value: 1 });
    expect(parseParameterFilter(defs.flag, 'neq', '0')).toEqual({ column: 'number', operator: 'neq', value: 0 });
    expect(parseParameterFilter(defs.datetime, 'gt', '2025-04-05T13:56:06+03:00')).toEqual({
      column: 'text', operator: 'gt', value: '2025-04-05T10:56:06.000Z',
    });
    expect(parseParameterFilter(defs.date, 'lte', '2025-04-05')).toEqual({ column: 'text', operator: 'lte', value: '2025-04-05' });
    expect(parseParameterFilter(defs.category, 'eq', 'tech')).toEqual({ column: 'text', operator: 'eq', value: 'technical support' });
    expect(parseParameterFilter(defs.money, 'gt', '10.50')).toEqual({ column: 'number', operator: 'gt', value: 1050 });
    expect(parseParameterFilter(defs.anyMoney, 'lt', '3')).toEqual({ column: 'number', operator: 'lt', value: 300 });
    expect(parseParameterFilter(defs.phone, 'eq', '+1 (555) 0100')).toEqual({ column: 'text', operator: 'eq', value: '+15550100' });
    expect(parseParameterFilter(defs.email, 'eq', 'Ann@Example.com')).toEqual({ column: 'text', operator: 'eq', value: 'ann@example.com' });
    expect(parseParameterFilter(defs.user, 'neq', 'u1')).toEqual({ column: 'text', operator: 'neq', value: 'u1' });
    expect(parseParameterFilter(defs.app, 'eq', 'd1')).toEqual({ column: 'text', operator: 'eq', value: 'd1' });
  });

  it('reads "contains" as a lower-cased fragment, digits only for phones', () => {
    expect(parseParameterFilter(defs.text, 'contains', ' World ')).toEqual({ column: 'text', operator: 'contains', value: 'world' });
    expect(parseParameterFilter(defs.fullName, 'contains', 'Lee')).toEqual({ column: 'text', operator: 'contains', value: 'lee' });
    expect(parseParameterFilter(defs.phone, 'contains', '555-01')).toEqual({ column: 'text', operator: 'contains', value: '55501' });
    expect(errorOf(() => parseParameterFilter(defs.text, 'contains', 'x'.repeat(201))).message).toContain('a fragment of 1 to 200 characters');
    expect(errorOf(() => parseParameterFilter(defs.phone, 'contains', 'abc')).code).toBe('params/invalid-value');
  });

  it('needs no operand to ask whether a value is there', () => {
    expect(parseParameterFilter(defs.text, 'empty', '')).toEqual({ column: 'text', operator: 'empty' });
    expect(parseParameterFilter(defs.money, 'notEmpty', 'ignored')).toEqual({ column: 'number', operator: 'notEmpty' });
  });

  it.each([
    [defs.flag, 'lt'],
    [defs.category, 'contains'],
    [defs.fullName, 'eq'],
    [defs.user, 'gt'],
    [defs.text, 'like'],
    [defs.text, 'constructor'],
    [defs.json, 'notEmpty'],
    [defs.json, 'eq'],
  ])('refuses %j with operator %s', (def, operator) => {
    const error = errorOf(() => parseParameterFilter(def, operator, 'x'));
    expect(error.code).toBe('params/invalid-value');
    expect(error.message).toContain(`"${def.name}" (${def.code}) cannot be filtered with "${operator}"`);
  });

  it('says which operators a parameter allows', () => {
    expect(errorOf(() => parseParameterFilter(defs.flag, 'gt', '1')).message).toContain('allowed: eq, neq, empty, notEmpty');
    expect(errorOf(() => parseParameterFilter(defs.json, 'eq', '1')).message).toContain('it cannot be filtered');
  });

  it('lets lists be asked only whether they are empty', () => {
    expect(filterOperatorsFor(list(defs.user))).toEqual(['empty', 'notEmpty']);
    expect(filterOperatorsFor(list(defs.json))).toEqual([]);
    expect(parseParameterFilter(list(defs.user), 'notEmpty', '')).toEqual({ column: 'text', operator: 'notEmpty' });
    expect(errorOf(() => parseParameterFilter(list(defs.user), 'eq', 'u1')).message).toContain('allowed: empty, notEmpty');
  });

  it('refuses operands a write would refuse, naming the parameter', () => {
    const cases: [ParameterDefinition, string, string][] = [
      [defs.integer, 'eq', '1.5'],
      [defs.integer, 'eq', 'ten'],
      [defs.float, 'gt', '0x10'],
      [defs.flag, 'eq', 'yes'],
      [defs.datetime, 'lt', '2025-04-05'],
      [defs.category, 'eq', 'sales'],
      [defs.money, 'gt', '1.005'],
      [defs.money, 'gt', 'ten'],
      [defs.email, 'eq', 'not-an-address'],
      [defs.link, 'eq', 'ftp://x'],
      [defs.user, 'eq', 'a b'],
      [defs.text, 'eq', '   '],
      [defs.text, 'eq', 'x'.repeat(2001)],
    ];
    for (const [def, operator, raw] of cases) {
      const error = errorOf(() => parseParameterFilter(def, operator, raw));
      expect(error.code).toBe('params/invalid-value');
      expect(error.message).toContain(`(${def.code})`);
    }
  });

  it('allows the operators of the spec per type', () => {
    expect(FILTER_OPERATORS[FieldType.FLOAT]).toEqual(['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'empty', 'notEmpty']);
    expect(FILTER_OPERATORS[FieldType.STRING]).toContain('contains');
    expect(FILTER_OPERATORS[FieldType.JSON]).toEqual([]);
  });
});
