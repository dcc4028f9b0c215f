import { normalizeParameterValues } from '../../../../src/extension/common/parameters/parameter-value';
import { allDefs, defs, errorOf, required } from './parameter-fixtures';

describe('normalizeParameterValues (a batch write)', () => {
  it('normalizes every value written and keeps a key for cleared ones', () => {
    const result = normalizeParameterValues(allDefs, { contact_phone: '+1 555 0100', topic: 'tech', note: null });
    expect(result).toEqual({
      contact_phone: { tel: '+15550100', type: 'main' },
      topic: { code: 'tech', name: 'Technical support' },
      note: undefined,
    });
    expect(Object.keys(result)).toEqual(['contact_phone', 'topic', 'note']);
  });

  it('leaves out what was not written, required or not', () => {
    expect(normalizeParameterValues([required(defs.text), defs.flag], { vip: true })).toEqual({ vip: true });
    expect(normalizeParameterValues(allDefs, {})).toEqual({});
  });

  it('refuses an unknown code', () => {
    const error = errorOf(() => normalizeParameterValues(allDefs, { nope: 1 }));
    expect(error.code).toBe('params/invalid-value');
    expect(error.message).toBe('There is no session parameter with the code "nope"');
  });

  it('throws a single problem as it is', () => {
    const error = errorOf(() => normalizeParameterValues(allDefs, { vip: true, contact_phone: 42 }));
    expect(error.message).toBe('"Contact phone" (contact_phone) expects a phone number of 5 to 20 digits like {tel: "+15550100"}; got 42');
  });

  it('lists every problem in one error, all or nothing', () => {
    const error = errorOf(() => normalizeParameterValues(allDefs, { vip: 'yes', note: 'fine', nope: 1, budget: { cents: 1, currency: 'EUR' } }));
    expect(error.code).toBe('params/invalid-value');
    expect(error.message).toMatch(/^3 session parameter values are invalid: /);
    expect(error.message).toContain('"VIP" (vip) expects true or false; got "yes"');
    expect(error.message).toContain('no session parameter with the code "nope"');
    expect(error.message).toContain('"Budget" (budget) expects money in USD');
    expect(Array.isArray(error.cause)).toBe(true);
  });

  it('counts problems beyond the first twenty rather than listing them', () => {
    const values = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`unknown_${i}`, 1]));
    expect(errorOf(() => normalizeParameterValues(allDefs, values)).message).toMatch(/^25 session parameter values are invalid: .*; and 5 more$/);
  });

  it('refuses values that are not an object of values by code', () => {
    expect(errorOf(() => normalizeParameterValues(allDefs, ['a'] as never)).message).toContain('must be an object of values by parameter code');
    expect(errorOf(() => normalizeParameterValues(allDefs, null as never)).code).toBe('params/invalid-value');
  });

  it('does not let a "__proto__" key reach the result', () => {
    const error = errorOf(() => normalizeParameterValues(allDefs, JSON.parse('{"__proto__": {"polluted": true}}')));
    expect(error.message).toContain('"__proto__"');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
