import { FieldType } from '@elma365/sdk-types';
import type { ParameterDefinition } from '../../../../src/extension/common/parameters/parameter-definition';
import {
  formatParameterValue,
  needsUserNames,
  parameterEntries,
  parameterHref,
  parameterSummary,
  type FormatContext,
} from '../../../../src/extension/workspace/parameters/parameter-format';

const base = { required: false, array: false };
const def = <T extends ParameterDefinition>(d: Omit<T, 'required' | 'array'> & Partial<Pick<T, 'required' | 'array'>>): T => ({ ...base, ...d }) as T;

const phone = def({ code: 'contact_phone', name: 'Contact phone', type: FieldType.PHONE });
const text = def({ code: 'topic', name: 'Topic', type: FieldType.STRING });
const integer = def({ code: 'orders', name: 'Orders', type: FieldType.FLOAT, data: { additionalType: 'integer' } });
const fraction = def({ code: 'score', name: 'Score', type: FieldType.FLOAT, data: { additionalType: 'float' } });
const yes = def({ code: 'vip', name: 'VIP', type: FieldType.BOOLEAN });
const when = def({ code: 'when', name: 'When', type: FieldType.DATETIME, data: { additionalType: 'datetime' } });
const day = def({ code: 'day', name: 'Day', type: FieldType.DATETIME, data: { additionalType: 'date' } });
const time = def({ code: 'time', name: 'Time', type: FieldType.DATETIME, data: { additionalType: 'time' } });
const priority = def({ code: 'priority', name: 'Priority', type: FieldType.ENUM, data: { enumItems: [{ code: 'high', name: 'High' }] } });
const money = def({ code: 'budget', name: 'Budget', type: FieldType.MONEY });
const email = def({ code: 'email', name: 'Email', type: FieldType.EMAIL });
const person = def({ code: 'person', name: 'Person', type: FieldType.FULL_NAME });
const link = def({ code: 'link', name: 'Link', type: FieldType.LINK });
const user = def({ code: 'manager', name: 'Manager', type: FieldType.SYS_USER });
const item = def({ code: 'deal', name: 'Deal', type: FieldType.SYS_COLLECTION, data: { namespace: 'crm', code: 'deals' } });
const json = def({ code: 'extra', name: 'Extra', type: FieldType.JSON });
const tags = def({ code: 'tags', name: 'Tags', type: FieldType.STRING, array: true });

const ctx: FormatContext = { locale: 'en-US', timeZone: 'UTC', userName: (id) => (id === 'u1' ? 'Olivia Bennett' : undefined) };

describe('a parameter value as it reads on screen', () => {
  it('reads every type', () => {
    expect(formatParameterValue(phone, { tel: '+15550100', type: 'main' }, ctx)).toBe('+15550100');
    expect(formatParameterValue(text, 'Delivery', ctx)).toBe('Delivery');
    expect(formatParameterValue(integer, 1234, ctx)).toBe('1,234');
    expect(formatParameterValue(fraction, 3.25, ctx)).toBe('3.25');
    expect(formatParameterValue(yes, true, ctx)).toBe('Yes');
    expect(formatParameterValue(yes, false, ctx)).toBe('No');
    expect(formatParameterValue(when, '2026-11-21T08:05:00.000Z', ctx)).toBe('Nov 21, 2026, 08:05 AM');
    expect(formatParameterValue(day, '2026-11-21', ctx)).toBe('Nov 21, 2026');
    expect(formatParameterValue(time, '09:30:00', ctx)).toBe('09:30');
    expect(formatParameterValue(time, '09:30:15', ctx)).toBe('09:30:15');
    expect(formatParameterValue(priority, { code: 'high', name: 'High' }, ctx)).toBe('High');
    expect(formatParameterValue(money, { cents: 105050, currency: 'USD' }, ctx)).toBe('$1,050.50');
    expect(formatParameterValue(email, { email: 'ann@example.com', type: 'main' }, ctx)).toBe('ann@example.com');
    expect(formatParameterValue(person, { firstname: 'Ann', lastname: 'Lee', middlename: 'May' }, ctx)).toBe('Ann May Lee');
    expect(formatParameterValue(link, 'https://example.com/a', ctx)).toBe('https://example.com/a');
    expect(formatParameterValue(user, 'u1', ctx)).toBe('Olivia Bennett');
    expect(formatParameterValue(user, 'u2', ctx)).toBe('u2');
    expect(formatParameterValue(item, { namespace: 'crm', code: 'deals', id: 'd-7' }, ctx)).toBe('deals #d-7');
    expect(formatParameterValue(json, { a: [1, 2] }, ctx)).toBe('{"a":[1,2]}');
  });

  it('shows a calendar date as written, whatever the time zone', () => {
    expect(formatParameterValue(day, '2026-01-01', { locale: 'en-US', timeZone: 'Pacific/Honolulu' })).toBe('Jan 1, 2026');
  });

  it('joins lists and says nothing for no value', () => {
    expect(formatParameterValue(tags, ['a', 'b'], ctx)).toBe('a, b');
    expect(formatParameterValue(text, undefined, ctx)).toBe('');
    expect(formatParameterValue(text, null, ctx)).toBe('');
  });

  it('never breaks on a value of the wrong shape', () => {
    expect(formatParameterValue(phone, '+1 555', ctx)).toBe('+1 555');
    expect(formatParameterValue(integer, 'many', ctx)).toBe('many');
    expect(formatParameterValue(money, { cents: 100, currency: 'XYZW' }, ctx)).toBe('1.00 XYZW');
    expect(formatParameterValue(when, 'not a date', ctx)).toBe('not a date');
    expect(formatParameterValue(priority, 7, ctx)).toBe('7');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => formatParameterValue(json, cyclic, ctx)).not.toThrow();
  });

  it('links only web addresses, mail and phone numbers', () => {
    expect(parameterHref(link, 'https://example.com/a')).toBe('https://example.com/a');
    expect(parameterHref(link, 'javascript:alert(1)')).toBeUndefined();
    expect(parameterHref(email, { email: 'ann@example.com' })).toBe('mailto:ann@example.com');
    expect(parameterHref(phone, { tel: '+15550100' })).toBe('tel:+15550100');
    expect(parameterHref(phone, { tel: '+1 (555) 0100' })).toBeUndefined();
    expect(parameterHref(text, 'https://example.com')).toBeUndefined();
  });
});

describe('parameters of a session', () => {
  const defs = [text, phone, yes, integer];
  const params = { contact_phone: { tel: '+15550100', type: 'main' }, vip: true, orders: 3 };

  it('lists every parameter in order, with or without a value', () => {
    expect(parameterEntries(defs, params, ctx)).toEqual([
      { code: 'topic', name: 'Topic', text: '' },
      { code: 'contact_phone', name: 'Contact phone', text: '+15550100', href: 'tel:+15550100' },
      { code: 'vip', name: 'VIP', text: 'Yes' },
      { code: 'orders', name: 'Orders', text: '3' },
    ]);
  });

  it('sums up the filled ones for a list, and counts the rest', () => {
    const summary = parameterSummary(defs, params, ctx, 2);
    expect(summary.items.map((entry) => `${entry.name}: ${entry.text}`)).toEqual(['Contact phone: +15550100', 'VIP: Yes']);
    expect(summary.more).toBe(1);
    expect(parameterSummary(defs, {}, ctx)).toEqual({ items: [], more: 0 });
    expect(parameterSummary(defs, undefined, ctx)).toEqual({ items: [], more: 0 });
  });

  it('knows when user names are needed', () => {
    expect(needsUserNames(defs)).toBe(false);
    expect(needsUserNames([...defs, user])).toBe(true);
  });
});
