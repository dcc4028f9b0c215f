/** Properties that must hold for any input, not only the examples of the other suites. */
import fc from 'fast-check';
import { FieldType } from '@elma365/sdk-types';
import { LiveChatsError } from '../../../../src/extension/common/errors';
import { checkDefinitions, type ParameterDefinition } from '../../../../src/extension/common/parameters/parameter-definition';
import { INDEX_COLUMN, parseParameterFilter, sortKeyOf } from '../../../../src/extension/common/parameters/parameter-index';
import { normalizeParameterValue, normalizeParameterValues } from '../../../../src/extension/common/parameters/parameter-value';
import { allDefs, defs } from './parameter-fixtures';

/** Every fixture definition, optional or required, single or list. */
const anyDef: fc.Arbitrary<ParameterDefinition> = fc
  .tuple(fc.constantFrom(...allDefs), fc.boolean(), fc.boolean())
  .map(([def, required, array]) => ({ ...def, required, array }));

const anything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

/** Runs `run`, failing the property if it throws anything but a LiveChatsError. */
function onlyLiveChatsErrors(run: () => unknown): boolean {
  try {
    run();
    return true;
  } catch (error) {
    return error instanceof LiveChatsError;
  }
}

const isoDate = fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true });
const offset = fc.constantFrom('Z', '+03:00', '-05:30', '+0000', '-1200');
const phoneText = fc.oneof(
  fc.tuple(fc.constantFrom('', '+', ' +'), fc.string({ unit: fc.constantFrom('0', '1', '5', '9', '0', '1', '5', '9', ' ', '-', '(', ')', '.'), minLength: 4, maxLength: 28 })).map(([plus, rest]) => plus + rest),
  fc.string({ unit: fc.constantFrom('0', '1', '+', ' ', 'x'), maxLength: 30 }),
);
const name = fc.oneof(fc.string({ maxLength: 10 }), fc.constant(undefined));

/** Inputs of the right kind for each type, valid or not, in every form the type accepts. */
const inputsOf: Record<FieldType, fc.Arbitrary<unknown>> = {
  [FieldType.STRING]: fc.string({ unit: 'grapheme', maxLength: 40 }),
  [FieldType.FLOAT]: fc.oneof(fc.double(), fc.integer(), fc.constant(-0)),
  [FieldType.BOOLEAN]: fc.boolean(),
  [FieldType.DATETIME]: fc.oneof(
    isoDate,
    isoDate.map((date) => date.toISOString()),
    fc.tuple(isoDate, offset).map(([date, zone]) => date.toISOString().slice(0, 19) + zone),
    isoDate.map((date) => date.toISOString().slice(0, 10)),
    isoDate.map((date) => date.toISOString().slice(11, 16)),
  ),
  [FieldType.ENUM]: fc.oneof(fc.constantFrom('billing', 'tech', 'other'), fc.record({ code: fc.constantFrom('billing', 'tech'), name })),
  [FieldType.MONEY]: fc.oneof(
    fc.record({ cents: fc.integer(), currency: fc.constantFrom('USD', 'usd', 'EUR') }, { requiredKeys: ['cents'] }),
    fc.record({ amount: fc.double(), currency: fc.constantFrom('USD', 'EUR') }, { requiredKeys: ['amount'] }),
    fc.record({ amount: fc.integer({ min: -1e6, max: 1e6 }).map((cents) => cents / 100) }),
  ),
  [FieldType.PHONE]: fc.oneof(phoneText, fc.record({ tel: phoneText, type: fc.constantFrom('main', 'Mobile', 'work', undefined) })),
  [FieldType.EMAIL]: fc.oneof(fc.emailAddress(), fc.record({ email: fc.emailAddress(), type: fc.constantFrom('home', 'WORK', undefined) })),
  [FieldType.FULL_NAME]: fc.record({ firstname: name, lastname: name, middlename: name }, { requiredKeys: [] }),
  [FieldType.LINK]: fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string()),
  [FieldType.SYS_USER]: fc.oneof(fc.uuid(), fc.record({ id: fc.uuid() }), fc.string({ maxLength: 5 })),
  [FieldType.SYS_COLLECTION]: fc.oneof(
    fc.uuid(),
    fc.record({ namespace: fc.constantFrom('crm', 'hr'), code: fc.constant('deals'), id: fc.uuid() }, { requiredKeys: ['id'] }),
  ),
  [FieldType.JSON]: fc.jsonValue(),
} as Record<FieldType, fc.Arbitrary<unknown>>;

/** A definition and an input of the kind it takes (a list of them for list parameters). */
const defAndInput: fc.Arbitrary<[ParameterDefinition, unknown]> = anyDef.chain((def) =>
  fc.tuple(fc.constant(def), def.array ? fc.array(inputsOf[def.type], { maxLength: 4 }) : inputsOf[def.type]),
);

describe('normalizing parameter values, for any input', () => {
  it('throws nothing but LiveChatsError, whatever the value', () => {
    fc.assert(fc.property(anyDef, anything, (def, value) => onlyLiveChatsErrors(() => normalizeParameterValue(def, value))), { numRuns: 3000 });
  });

  it('throws nothing but LiveChatsError for a batch of anything', () => {
    const values = fc.dictionary(fc.oneof(fc.constantFrom(...allDefs.map((def) => def.code)), fc.string()), anything);
    fc.assert(fc.property(values, (batch) => onlyLiveChatsErrors(() => normalizeParameterValues(allDefs, batch))));
  });

  it('gives back a normalized value unchanged (idempotence), and keys it in its column', () => {
    const accepted = new Map<string, number>();
    fc.assert(
      fc.property(defAndInput, ([def, input]) => {
        let stored;
        try {
          stored = normalizeParameterValue(def, input);
        } catch (error) {
          return error instanceof LiveChatsError;
        }
        accepted.set(def.code, (accepted.get(def.code) ?? 0) + 1);
        expect(normalizeParameterValue(def, stored)).toStrictEqual(stored);
        const key = sortKeyOf(def, stored);
        const column = INDEX_COLUMN[def.type];
        if (stored !== undefined && column !== undefined) expect(key?.[column]).toBeDefined();
        return true;
      }),
      { numRuns: 3000 },
    );
    // Without successes the property would hold vacuously.
    for (const def of allDefs) expect(accepted.get(def.code) ?? 0).toBeGreaterThan(20);
  });

  it('sorts instants by their text keys in time order', () => {
    fc.assert(
      fc.property(isoDate, isoDate, (a, b) => {
        const ka = sortKeyOf(defs.datetime, normalizeParameterValue(defs.datetime, a))?.text as string;
        const kb = sortKeyOf(defs.datetime, normalizeParameterValue(defs.datetime, b))?.text as string;
        return Math.sign(a.getTime() - b.getTime()) === (ka < kb ? -1 : ka > kb ? 1 : 0);
      }),
    );
  });
});

describe('reading filters and definitions, for any input', () => {
  it('parseParameterFilter throws nothing but LiveChatsError', () => {
    const operator = fc.oneof(fc.constantFrom('eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'contains', 'empty', 'notEmpty'), fc.string());
    fc.assert(fc.property(anyDef, operator, fc.string({ unit: 'binary' }), (def, op, raw) => onlyLiveChatsErrors(() => parseParameterFilter(def, op, raw))));
  });

  it('checkDefinitions throws nothing but LiveChatsError', () => {
    const looksLikeDefs = fc.array(fc.record({ code: fc.string(), name: fc.string(), type: fc.constantFrom('STRING', 'ENUM', 'MONEY', 'X'), data: anything }, { requiredKeys: [] }));
    fc.assert(fc.property(fc.oneof(anything, looksLikeDefs), (input) => onlyLiveChatsErrors(() => checkDefinitions(input))));
  });
});
