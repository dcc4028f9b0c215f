import { FieldType } from '@elma365/sdk-types';
import {
  checkDefinitions,
  isParameterType,
  PARAMETER_TYPE_VALUES,
  PARAMETER_TYPES,
  parameterDefinitionSchema,
} from '../../../../src/extension/common/parameters/parameter-definition';
import { allDefs, defs, errorOf } from './parameter-fixtures';

const valid = (input: unknown): boolean => parameterDefinitionSchema.safeParse(input).success;

describe('parameter definitions (spec §4.6)', () => {
  it('accepts a definition of every supported type', () => {
    for (const def of allDefs) expect(parameterDefinitionSchema.parse(def)).toEqual(def);
  });

  it('catalogues the supported types with the form-settings labels, once each', () => {
    expect(PARAMETER_TYPES.map((entry) => entry.label)).toEqual([
      'String', 'Number', 'Yes/No', 'Date/Time', 'Category', 'Money', 'Phone', 'Email', 'Full name', 'Link', 'Users', 'App', 'JSON',
    ]);
    expect(PARAMETER_TYPES.map((entry) => entry.type)).toEqual([...PARAMETER_TYPE_VALUES]);
    expect(isParameterType(FieldType.TABLE)).toBe(false);
    expect(isParameterType(FieldType.ENUM)).toBe(true);
  });

  it('defaults required and array to false and trims the name', () => {
    expect(parameterDefinitionSchema.parse({ code: 'note', name: '  Note ', type: 'STRING' })).toEqual({
      code: 'note', name: 'Note', type: 'STRING', required: false, array: false,
    });
  });

  it.each([
    ['empty', ''],
    ['starting with "_" like system fields', '_note'],
    ['starting with a digit', '1note'],
    ['with capitals', 'Note'],
    ['with a hyphen', 'contact-phone'],
    ['longer than 63 characters', `a${'b'.repeat(63)}`],
    ['reserved for UTM tags', 'utm_source'],
  ])('refuses a code %s', (_why, code) => {
    expect(valid({ ...defs.text, code })).toBe(false);
  });

  it('accepts a code of 63 characters', () => {
    expect(valid({ ...defs.text, code: `a${'b'.repeat(62)}` })).toBe(true);
  });

  it('refuses a blank or too long name', () => {
    expect(valid({ ...defs.text, name: '   ' })).toBe(false);
    expect(valid({ ...defs.text, name: 'x'.repeat(201) })).toBe(false);
  });

  it('refuses unsupported types and unknown keys', () => {
    expect(valid({ ...defs.text, type: 'TABLE' })).toBe(false);
    expect(valid({ ...defs.text, type: 'INTEGER' })).toBe(false);
    expect(valid({ ...defs.text, tooltip: 'x' })).toBe(false);
  });

  it('requires the settings a type needs and forbids them where it has none', () => {
    expect(valid({ ...defs.integer, data: undefined })).toBe(false);
    expect(valid({ ...defs.integer, data: { additionalType: 'decimal' } })).toBe(false);
    expect(valid({ ...defs.date, data: { additionalType: 'week' } })).toBe(false);
    expect(valid({ ...defs.app, data: { namespace: 'crm' } })).toBe(false);
    expect(valid({ ...defs.app, data: { namespace: 'crm', code: 'deals-2' } })).toBe(false);
    expect(valid({ ...defs.text, data: { additionalType: 'text' } })).toBe(false);
    expect(valid({ ...defs.phone, data: {} })).toBe(false);
  });

  it('takes money with or without a currency, but only an ISO 4217 code', () => {
    expect(valid(defs.anyMoney)).toBe(true);
    expect(valid({ ...defs.money, data: { currency: 'usd' } })).toBe(false);
    expect(valid({ ...defs.money, data: { currency: 'DOLLAR' } })).toBe(false);
    expect(valid({ ...defs.money, data: {} })).toBe(false);
  });

  it('needs a category to have items with unique, non-blank codes', () => {
    expect(valid({ ...defs.category, data: {} })).toBe(false);
    expect(valid({ ...defs.category, data: { enumItems: [] } })).toBe(false);
    expect(valid({ ...defs.category, data: { enumItems: [{ code: 'a', name: 'A' }, { code: 'a', name: 'Again' }] } })).toBe(false);
    expect(valid({ ...defs.category, data: { enumItems: [{ code: ' ', name: 'A' }] } })).toBe(false);
    expect(valid({ ...defs.category, data: { enumItems: [{ code: 'a', name: '' }] } })).toBe(false);
    expect(valid({ ...defs.category, data: { enumItems: [{ code: 'a', name: 'A', colour: 'red' }] } })).toBe(false);
  });
});

describe('checkDefinitions', () => {
  it('returns the canonical definitions when they are all valid', () => {
    expect(checkDefinitions([{ ...defs.text, name: ' Note ' }, defs.phone])).toEqual([defs.text, defs.phone]);
    expect(checkDefinitions([])).toEqual([]);
  });

  it('reports duplicate codes', () => {
    const error = errorOf(() => checkDefinitions([defs.text, defs.phone, { ...defs.email, code: 'note' }]));
    expect(error.code).toBe('params/invalid-definition');
    expect(error.message).toContain('"note" is used more than once');
  });

  it('reports every problem at once, naming the parameter', () => {
    const error = errorOf(() =>
      checkDefinitions([defs.text, { ...defs.category, data: { enumItems: [] } }, { ...defs.phone, code: 'Bad' }, { name: 'x', type: 'STRING' }]),
    );
    expect(error.code).toBe('params/invalid-definition');
    expect(error.message).toContain('parameter "topic" data.enumItems: needs at least one item');
    expect(error.message).toContain('parameter "Bad" code: must start with a lower-case letter');
    expect(error.message).toContain('parameter #4 code');
  });

  it('refuses something that is not a list', () => {
    expect(errorOf(() => checkDefinitions({ note: defs.text })).code).toBe('params/invalid-definition');
  });
});

describe('a list of definitions that is not a list', () => {
  it('is refused as invalid definitions, whatever it holds', () => {
    for (const input of [undefined, null, 'STRING', { length: Object.create(null) }, { 0: { code: 'a' }, length: 1 }]) {
      expect(() => checkDefinitions(input)).toThrow(expect.objectContaining({ code: 'params/invalid-definition' }));
    }
  });
});
