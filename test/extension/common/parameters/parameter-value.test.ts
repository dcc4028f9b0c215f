import type { ParameterDefinition } from '../../../../src/extension/common/parameters/parameter-definition';
import { normalizeParameterValue } from '../../../../src/extension/common/parameters/parameter-value';
import { defs, errorOf, list, required } from './parameter-fixtures';

const normalize = normalizeParameterValue;

/** The message of the refusal, after checking its code and that it names the parameter. */
function refusal(def: ParameterDefinition, value: unknown): string {
  const error = errorOf(() => normalize(def, value));
  expect(error.code).toBe('params/invalid-value');
  expect(error.message).toContain(`"${def.name}" (${def.code})`);
  return error.message;
}

describe('normalizeParameterValue', () => {
  it('words a refusal with the parameter, what it expects and what it got', () => {
    expect(refusal(defs.phone, 42)).toBe('"Contact phone" (contact_phone) expects a phone number of 5 to 20 digits like {tel: "+15550100"}; got 42');
  });

  describe('String', () => {
    it('keeps text as written', () => {
      expect(normalize(defs.text, ' Hello\nworld ')).toBe(' Hello\nworld ');
      expect(normalize(defs.text, 'x'.repeat(10_000))).toHaveLength(10_000);
    });
    it('refuses what is not text, or longer than 10,000 characters', () => {
      expect(refusal(defs.text, 5)).toContain('expects text');
      expect(refusal(defs.text, { text: 'a' })).toContain('got an object with keys "text"');
      expect(refusal(defs.text, 'x'.repeat(10_001))).toContain('at most 10000 characters');
    });
  });

  describe('Number', () => {
    it('takes finite numbers, whole ones for an integer parameter', () => {
      expect(normalize(defs.float, 3.14)).toBe(3.14);
      expect(normalize(defs.integer, 42)).toBe(42);
      expect(normalize(defs.integer, -7)).toBe(-7);
      expect(Object.is(normalize(defs.float, -0), 0)).toBe(true);
    });
    it('refuses fractions for integers, non-finite numbers and numeric text', () => {
      expect(refusal(defs.integer, 1.5)).toContain('expects a whole number');
      expect(refusal(defs.integer, 2 ** 53)).toContain('expects a whole number');
      expect(refusal(defs.float, Number.NaN)).toContain('got NaN');
      expect(refusal(defs.float, Infinity)).toContain('expects a finite number');
      expect(refusal(defs.float, '3.14')).toContain('got "3.14"');
    });
  });

  describe('Yes/No', () => {
    it('takes booleans only', () => {
      expect(normalize(defs.flag, true)).toBe(true);
      expect(normalize(defs.flag, false)).toBe(false);
      expect(refusal(defs.flag, 'true')).toContain('expects true or false');
      expect(refusal(defs.flag, 1)).toContain('got 1');
    });
  });

  describe('Date/Time', () => {
    it('stores an instant as ISO 8601 in UTC', () => {
      expect(normalize(defs.datetime, '2025-04-05T10:56:06Z')).toBe('2025-04-05T10:56:06.000Z');
      expect(normalize(defs.datetime, '2025-04-05T13:56:06.123456+03:00')).toBe('2025-04-05T10:56:06.123Z');
      expect(normalize(defs.datetime, '2025-04-05 10:56-0130')).toBe('2025-04-05T12:26:00.000Z');
      expect(normalize(defs.datetime, new Date(Date.UTC(2025, 3, 5, 10, 56, 6)))).toBe('2025-04-05T10:56:06.000Z');
      expect(normalize(defs.datetime, '0099-01-01T00:00:00Z')).toBe('0099-01-01T00:00:00.000Z');
    });
    it('refuses instants without a time zone, impossible dates and invalid Dates', () => {
      expect(refusal(defs.datetime, '2025-04-05T10:56:06')).toContain('expects a date and time in ISO 8601 with a time zone');
      expect(refusal(defs.datetime, '2025-04-05')).toContain('got "2025-04-05"');
      expect(refusal(defs.datetime, '2025-02-29T00:00:00Z')).toContain('got "2025-02-29T00:00:00Z"');
      expect(refusal(defs.datetime, '2025-04-05T24:00:00Z')).toContain('expects a date');
      expect(refusal(defs.datetime, new Date(Number.NaN))).toContain('got an invalid Date');
      expect(refusal(defs.datetime, 1743850566000)).toContain('got 1743850566000');
      expect(refusal(defs.datetime, '0000-01-01T00:00:00Z')).toContain('expects a date');
    });
    it('stores a date as YYYY-MM-DD, taking the UTC date of an instant', () => {
      expect(normalize(defs.date, '2024-02-29')).toBe('2024-02-29');
      expect(normalize(defs.date, '2025-04-05T23:30:00-02:00')).toBe('2025-04-06');
      expect(normalize(defs.date, new Date(Date.UTC(2025, 3, 5, 23, 59)))).toBe('2025-04-05');
      expect(refusal(defs.date, '2025-02-29')).toContain('expects a date like "2025-04-05"');
      expect(refusal(defs.date, '05.04.2025')).toContain('got "05.04.2025"');
      expect(refusal(defs.date, '2025-13-01')).toContain('expects a date');
    });
    it('stores a time of day as HH:mm:ss', () => {
      expect(normalize(defs.time, '09:05')).toBe('09:05:00');
      expect(normalize(defs.time, '23:59:59.999')).toBe('23:59:59');
      expect(normalize(defs.time, '2025-04-05T10:56:06+01:00')).toBe('09:56:06');
      expect(refusal(defs.time, '24:00')).toContain('expects a time of day like "10:56:06"');
      expect(refusal(defs.time, '9:05')).toContain('got "9:05"');
    });
  });

  describe('Category', () => {
    it('takes a code or {code, name?} and stores the item as defined', () => {
      expect(normalize(defs.category, 'tech')).toEqual({ code: 'tech', name: 'Technical support' });
      expect(normalize(defs.category, { code: 'billing', name: 'old name' })).toEqual({ code: 'billing', name: 'Billing' });
    });
    it('refuses unknown codes, listing the known ones', () => {
      expect(refusal(defs.category, 'sales')).toBe('"Topic" (topic) expects one of the codes "billing", "tech"; got "sales"');
      expect(refusal(defs.category, { name: 'Billing' })).toContain('expects one of the codes');
    });
  });

  describe('Money', () => {
    it('takes cents or an amount, in the parameter currency', () => {
      expect(normalize(defs.money, { cents: 1050, currency: 'USD' })).toEqual({ cents: 1050, currency: 'USD' });
      expect(normalize(defs.money, { amount: 10.5, currency: 'usd' })).toEqual({ cents: 1050, currency: 'USD' });
      expect(normalize(defs.money, { amount: 0.29 })).toEqual({ cents: 29, currency: 'USD' });
      expect(normalize(defs.money, { cents: -5, amount: 999, currency: 'USD' })).toEqual({ cents: -5, currency: 'USD' });
    });
    it('takes any currency when the parameter names none, but needs one then', () => {
      expect(normalize(defs.anyMoney, { cents: 100, currency: 'EUR' })).toEqual({ cents: 100, currency: 'EUR' });
      expect(refusal(defs.anyMoney, { cents: 100 })).toContain('expects money like {cents: 1050, currency: "USD"}');
    });
    it('refuses another currency, fractions of a cent and bad shapes', () => {
      expect(refusal(defs.money, { cents: 100, currency: 'EUR' })).toContain('expects money in USD');
      expect(refusal(defs.money, { cents: 10.5, currency: 'USD' })).toContain('expects money in USD');
      expect(refusal(defs.money, { amount: 10.555 })).toContain('expects money');
      expect(refusal(defs.money, { amount: '10' })).toContain('expects money');
      expect(refusal(defs.money, 1050)).toContain('got 1050');
      expect(refusal(defs.money, { cents: 1, currency: 'US' })).toContain('expects money');
    });
  });

  describe('Phone', () => {
    it('keeps "+" and digits and defaults the kind to main', () => {
      expect(normalize(defs.phone, '+1 (555) 01-00.')).toEqual({ tel: '+15550100', type: 'main' });
      expect(normalize(defs.phone, { tel: '8 912 345 67 89', type: 'Mobile' })).toEqual({ tel: '89123456789', type: 'mobile' });
    });
    it('refuses letters, too few or too many digits and unknown kinds', () => {
      expect(refusal(defs.phone, 'call me')).toContain('got "call me"');
      expect(refusal(defs.phone, '1234')).toContain('5 to 20 digits');
      expect(refusal(defs.phone, '1'.repeat(21))).toContain('5 to 20 digits');
      expect(refusal(defs.phone, '12+345678')).toContain('expects a phone number');
      expect(refusal(defs.phone, { tel: '+15550100', type: 'pager' })).toContain('expects a phone number');
    });
  });

  describe('Email', () => {
    it('trims, lower-cases the domain and defaults the kind to main', () => {
      expect(normalize(defs.email, ' Ann.Lee@Example.COM ')).toEqual({ email: 'Ann.Lee@example.com', type: 'main' });
      expect(normalize(defs.email, { email: 'a+b@mail.xn--p1ai', type: 'work' })).toEqual({ email: 'a+b@mail.xn--p1ai', type: 'work' });
    });
    it.each(['ann', 'ann@', '@example.com', 'ann@example', 'ann lee@example.com', 'ann..lee@example.com', 'ann@-example.com', `${'a'.repeat(65)}@example.com`])(
      'refuses %j',
      (address) => {
        expect(refusal(defs.email, address)).toContain('expects an email address like {email: "name@example.com"}');
      },
    );
  });

  describe('Full name', () => {
    it('trims the parts and needs at least one', () => {
      expect(normalize(defs.fullName, { firstname: ' Ann ', lastname: 'Lee' })).toEqual({ firstname: 'Ann', lastname: 'Lee' });
      expect(normalize(defs.fullName, { lastname: 'Lee', middlename: 'K.' })).toEqual({ firstname: '', lastname: 'Lee', middlename: 'K.' });
      expect(refusal(defs.fullName, { firstname: ' ', lastname: '' })).toContain('at least one part');
      expect(refusal(defs.fullName, 'Ann Lee')).toContain('expects a full name');
      expect(refusal(defs.fullName, { firstname: 5 })).toContain('expects a full name');
    });
  });

  describe('Link', () => {
    it('takes absolute http(s) links, as the URL parser writes them', () => {
      expect(normalize(defs.link, 'https://Example.com/a?b=1')).toBe('https://example.com/a?b=1');
      expect(normalize(defs.link, 'http://example.com')).toBe('http://example.com/');
    });
    it('refuses other schemes and relative links', () => {
      expect(refusal(defs.link, 'javascript:alert(1)')).toContain('expects an http or https link');
      expect(refusal(defs.link, 'ftp://example.com')).toContain('expects an http or https link');
      expect(refusal(defs.link, '/relative')).toContain('got "/relative"');
      expect(refusal(defs.link, `https://example.com/${'a'.repeat(2000)}`)).toContain('expects an http');
    });
  });

  describe('Users', () => {
    it('takes a user id or a user ref, without checking the user exists', () => {
      expect(normalize(defs.user, '0f6c4f0e-1f7c-4c59-9b42-6bd3f4b2a0a1')).toBe('0f6c4f0e-1f7c-4c59-9b42-6bd3f4b2a0a1');
      expect(normalize(defs.user, { id: 'u1', namespace: 'system', code: 'users' })).toBe('u1');
      expect(refusal(defs.user, 'two words')).toContain('expects a user id');
      expect(refusal(defs.user, 7)).toContain('expects a user id');
    });
  });

  describe('App', () => {
    it('links an item of the parameter app, by id or by ref', () => {
      const ref = { namespace: 'crm', code: 'deals', id: 'd1' };
      expect(normalize(defs.app, 'd1')).toEqual(ref);
      expect(normalize(defs.app, { id: 'd1' })).toEqual(ref);
      expect(normalize(defs.app, ref)).toEqual(ref);
    });
    it('refuses an item of another app', () => {
      expect(refusal(defs.app, { namespace: 'crm', code: 'leads', id: 'd1' })).toContain('expects an item of the app crm.deals');
      expect(refusal(defs.app, { namespace: 'hr', code: 'deals', id: 'd1' })).toContain('crm.deals');
    });
  });

  describe('JSON', () => {
    it('takes plain JSON values and stores a copy', () => {
      const input = { a: [1, 'two', null, { b: false }], c: -0 };
      const stored = normalize(defs.json, input);
      expect(stored).toEqual({ a: [1, 'two', null, { b: false }], c: 0 });
      expect(stored).not.toBe(input);
      expect(normalize(defs.json, '')).toBe('');
      expect(normalize(defs.json, [1, 2])).toEqual([1, 2]);
      expect(normalize(defs.json, JSON.parse('{"__proto__": {"x": 1}}'))).toEqual(JSON.parse('{"__proto__": {"x": 1}}'));
    });
    it.each([
      ['a Date', new Date(0)],
      ['a function', () => 1],
      ['undefined inside', { a: undefined }],
      ['NaN', { n: Number.NaN }],
      ['a bigint', 1n],
      ['a Map', new Map()],
      ['a hole', [1, , 3]],
    ])('refuses %s', (_what, value) => {
      expect(refusal(defs.json, value)).toContain('expects a JSON value');
    });
    it('refuses cycles, deep nesting and more than 64 KB', () => {
      const cycle: Record<string, unknown> = {};
      cycle.self = cycle;
      expect(refusal(defs.json, cycle)).toContain('expects a JSON value');
      let deep: unknown = 1;
      for (let i = 0; i < 100; i++) deep = [deep];
      expect(refusal(defs.json, deep)).toContain('expects a JSON value');
      expect(normalize(defs.json, 'x'.repeat(65_000))).toHaveLength(65_000);
      expect(refusal(defs.json, 'é'.repeat(33_000))).toContain('expects JSON of at most 64 KB; got 65 KB');
    });
  });

  describe('empty values and required parameters', () => {
    it('clears an optional parameter on undefined, null, blank text or an empty list', () => {
      expect(normalize(defs.text, undefined)).toBeUndefined();
      expect(normalize(defs.phone, null)).toBeUndefined();
      expect(normalize(defs.text, '   ')).toBeUndefined();
      expect(normalize(defs.category, '')).toBeUndefined();
      expect(normalize(list(defs.text), [])).toBeUndefined();
    });
    it('refuses to clear a required parameter', () => {
      for (const value of [undefined, null, '', ' ']) {
        expect(refusal(required(defs.text), value)).toContain('is required');
      }
      expect(refusal(required(list(defs.user)), [])).toBe('"Manager" (manager) is required; got a list of 0 items');
    });
    it('keeps a blank string for JSON, which is a value there', () => {
      expect(normalize(required(defs.json), ' ')).toBe(' ');
    });
  });

  describe('lists', () => {
    it('normalizes every item', () => {
      expect(normalize(list(defs.phone), ['+1 555 0100', { tel: '+44 20 7946 0000', type: 'work' }])).toEqual([
        { tel: '+15550100', type: 'main' },
        { tel: '+442079460000', type: 'work' },
      ]);
      expect(normalize(list(defs.json), [[1], { a: 2 }])).toEqual([[1], { a: 2 }]);
    });
    it('drops repeated categories, users and app items, keeping other repeats', () => {
      expect(normalize(list(defs.category), ['tech', { code: 'tech' }, 'billing'])).toEqual([
        { code: 'tech', name: 'Technical support' },
        { code: 'billing', name: 'Billing' },
      ]);
      expect(normalize(list(defs.user), ['u1', 'u2', 'u1'])).toEqual(['u1', 'u2']);
      expect(normalize(list(defs.app), ['d1', { id: 'd1' }])).toEqual([{ namespace: 'crm', code: 'deals', id: 'd1' }]);
      expect(normalize(list(defs.text), ['a', 'a'])).toEqual(['a', 'a']);
    });
    it('says which item is wrong', () => {
      expect(refusal(list(defs.integer), [1, 2, 'three'])).toBe('"Order count" (order_count) item 3 expects a whole number, like 42; got "three"');
      expect(refusal(list(defs.text), ['a', null])).toContain('item 2 is empty');
    });
    it('needs a list, of at most 100 items', () => {
      expect(refusal(list(defs.text), 'a')).toContain('expects a list of up to 100 values; got "a"');
      expect(normalize(list(defs.flag), Array.from({ length: 100 }, () => true))).toHaveLength(100);
      expect(refusal(list(defs.flag), Array.from({ length: 101 }, () => true))).toContain('accepts at most 100 values; got 101');
    });
    it('refuses a list for a single-valued parameter, except as a JSON value', () => {
      expect(refusal(defs.text, ['a'])).toContain('got a list of 1 item');
      expect(refusal(defs.user, [])).toContain('got a list of 0 items');
    });
    it('counts the 64 KB of a JSON list over the whole list', () => {
      expect(refusal(list(defs.json), ['x'.repeat(40_000), 'y'.repeat(40_000)])).toContain('at most 64 KB');
    });
  });

  it('turns a failure to read a hostile value into a refusal', () => {
    const hostile = {
      get tel(): string {
        throw new Error('boom');
      },
    };
    expect(refusal(defs.phone, hostile)).toBe('"Contact phone" (contact_phone) could not read the value given');
  });
});
