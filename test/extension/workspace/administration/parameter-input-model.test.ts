import { FieldType } from '@elma365/sdk-types';
import type { ParameterDefinition } from '../../../../src/extension/common/parameters/parameter-types';
import {
  formatParamInput,
  paramInputKind,
  paramValueFromInput,
  parseParamInput,
} from '../../../../src/extension/workspace/administration/parameter-input-model';

const def = (type: FieldType, data?: unknown, array = false): ParameterDefinition =>
  ({ code: 'p', name: 'P', type, required: false, array, data }) as ParameterDefinition;

const integer = def(FieldType.FLOAT, { additionalType: 'integer' });
const money = def(FieldType.MONEY);
const euros = def(FieldType.MONEY, { currency: 'EUR' });
const date = def(FieldType.DATETIME, { additionalType: 'date' });
const time = def(FieldType.DATETIME, { additionalType: 'time' });
const datetime = def(FieldType.DATETIME, { additionalType: 'datetime' });
const yesNo = def(FieldType.BOOLEAN);
const name = def(FieldType.FULL_NAME);
const phones = def(FieldType.PHONE, undefined, true);
const json = def(FieldType.JSON);

describe('typing a parameter value in a routing rule', () => {
  it('picks an input that fits the type', () => {
    expect([integer, money, date, time, datetime, yesNo, name, json, def(FieldType.ENUM, { enumItems: [] }), def(FieldType.SYS_USER)].map(paramInputKind)).toEqual([
      'number',
      'money',
      'date',
      'time',
      'datetime',
      'yesNo',
      'text',
      'json',
      'enum',
      'user',
    ]);
  });

  it('reads numbers and amounts with a decimal point or comma', () => {
    expect(parseParamInput(integer, ' 42 ')).toEqual({ ok: true, value: 42 });
    expect(parseParamInput(integer, '3,5')).toEqual({ ok: true, value: 3.5 });
    expect(parseParamInput(integer, 'many')).toEqual({ ok: false, problem: 'enter a number, like 42' });
    expect(parseParamInput(money, '10.50 usd')).toEqual({ ok: true, value: { amount: 10.5, currency: 'USD' } });
    expect(parseParamInput(euros, '10,50')).toEqual({ ok: true, value: { amount: 10.5, currency: 'EUR' } });
    expect(parseParamInput(money, 'ten')).toMatchObject({ ok: false });
  });

  it('asks for a value when the input is empty', () => {
    expect(parseParamInput(integer, '  ')).toEqual({ ok: false, problem: 'enter a value' });
    expect(parseParamInput(yesNo, '')).toEqual({ ok: false, problem: 'choose a value' });
  });

  it('reads yes/no, names, JSON and a local date and time', () => {
    expect(parseParamInput(yesNo, 'no')).toEqual({ ok: true, value: false });
    expect(parseParamInput(name, 'Ann Marie Lee')).toEqual({ ok: true, value: { firstname: 'Ann', middlename: 'Marie', lastname: 'Lee' } });
    expect(parseParamInput(name, 'Ann Lee')).toEqual({ ok: true, value: { firstname: 'Ann', lastname: 'Lee' } });
    expect(parseParamInput(json, '{"a": [1]}')).toEqual({ ok: true, value: { a: [1] } });
    expect(parseParamInput(json, '{a')).toMatchObject({ ok: false });
    expect(parseParamInput(datetime, '2026-11-21T09:30')).toEqual({ ok: true, value: new Date(2026, 10, 21, 9, 30).toISOString() });
  });

  it('gives the stored value, a list of one for a list parameter, or the parameter\'s own complaint', () => {
    expect(paramValueFromInput(euros, '10.5')).toEqual({ ok: true, value: { cents: 1050, currency: 'EUR' } });
    expect(paramValueFromInput(euros, '10.5 USD')).toMatchObject({ ok: false, problem: expect.stringMatching(/EUR/) });
    expect(paramValueFromInput(phones, '+1 555 0100')).toEqual({ ok: true, value: [{ tel: '+15550100', type: 'main' }] });
    expect(paramValueFromInput(time, '09:30')).toEqual({ ok: true, value: '09:30:00' });
  });

  it('shows a stored value back in its input', () => {
    expect(formatParamInput(euros, { cents: 1050, currency: 'EUR' })).toBe('10.50');
    expect(formatParamInput(money, { cents: 1050, currency: 'USD' })).toBe('10.50 USD');
    expect(formatParamInput(money, { amount: 3 })).toBe('3.00');
    expect(formatParamInput(time, '09:30:00')).toBe('09:30');
    expect(formatParamInput(date, '2026-11-21')).toBe('2026-11-21');
    expect(formatParamInput(datetime, new Date(2026, 10, 21, 9, 30).toISOString())).toBe('2026-11-21T09:30');
    expect(formatParamInput(yesNo, false)).toBe('no');
    expect(formatParamInput(phones, [{ tel: '+15550100', type: 'main' }])).toBe('+15550100');
    expect(formatParamInput(name, { firstname: 'Ann', lastname: 'Lee' })).toBe('Ann Lee');
    expect(formatParamInput(def(FieldType.ENUM, { enumItems: [] }), { code: 'gold', name: 'Gold' })).toBe('gold');
    expect(formatParamInput(json, { a: 1 })).toBe('{"a":1}');
    expect(formatParamInput(integer, undefined)).toBe('');
  });
});
