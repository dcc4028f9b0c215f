/**
 * Custom session parameters (spec §4.6): the schema that checks a declaration made on the
 * Sessions app's form settings at the edge. The types themselves are in parameter-types.ts,
 * values in parameter-value.ts.
 */
import { FieldType } from '@elma365/sdk-types';
import { z } from 'zod';
import { LiveChatsError } from '../errors';
import { PARAMETER_TYPE_VALUES, PARAMETER_CODE_PATTERN, CURRENCY_CODE_PATTERN, APP_CODE_PATTERN, PARAMETER_NAME_MAX, ENUM_ITEMS_MAX, ENUM_ITEM_CODE_MAX, PARAMETER_DEFINITIONS_MAX, RESERVED_PARAMETER_CODES, type PlainParameterType, type ParameterDefinition } from './parameter-types';

export * from './parameter-types';

// ---------------------------------------------------------------------------------------------
// Schema

export const currencyCodeSchema = z.string().regex(CURRENCY_CODE_PATTERN, 'must be an ISO 4217 currency code of three capital letters, like "USD"');

const appCodeSchema = z
  .string()
  .regex(APP_CODE_PATTERN, 'must be a namespace or app code (letters, digits and "_", up to 100 characters)');

const base = {
  code: z
    .string()
    .regex(PARAMETER_CODE_PATTERN, 'must start with a lower-case letter and contain only a–z, 0–9 and "_" (up to 63 characters)')
    .refine((code) => !RESERVED_PARAMETER_CODES.has(code), 'is reserved for UTM tags'),
  name: z.string().trim().min(1, 'is required').max(PARAMETER_NAME_MAX, `must be at most ${PARAMETER_NAME_MAX} characters`),
  required: z.boolean().default(false),
  array: z.boolean().default(false),
};

const enumItemSchema = z.strictObject({
  code: z.string().trim().min(1, 'is required').max(ENUM_ITEM_CODE_MAX, `must be at most ${ENUM_ITEM_CODE_MAX} characters`),
  name: z.string().trim().min(1, 'is required').max(PARAMETER_NAME_MAX, `must be at most ${PARAMETER_NAME_MAX} characters`),
});

const enumItemsSchema = z
  .array(enumItemSchema)
  .min(1, 'needs at least one item')
  .max(ENUM_ITEMS_MAX, `may have at most ${ENUM_ITEMS_MAX} items`)
  .superRefine((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item.code)) ctx.addIssue({ code: 'custom', message: `repeats the item code "${item.code}"`, path: [index, 'code'] });
      seen.add(item.code);
    });
  });

const plain = (type: PlainParameterType) => z.strictObject({ ...base, type: z.literal(type) });

/** One parameter declaration as the form-settings API receives it; `required` and `array` default to false. */
export const parameterDefinitionSchema = z.discriminatedUnion(
  'type',
  [
    plain(FieldType.STRING),
    z.strictObject({ ...base, type: z.literal(FieldType.FLOAT), data: z.strictObject({ additionalType: z.enum(['integer', 'float']) }) }),
    plain(FieldType.BOOLEAN),
    z.strictObject({
      ...base,
      type: z.literal(FieldType.DATETIME),
      data: z.strictObject({ additionalType: z.enum(['datetime', 'date', 'time']) }),
    }),
    z.strictObject({ ...base, type: z.literal(FieldType.ENUM), data: z.strictObject({ enumItems: enumItemsSchema }) }),
    z.strictObject({ ...base, type: z.literal(FieldType.MONEY), data: z.strictObject({ currency: currencyCodeSchema }).optional() }),
    plain(FieldType.PHONE),
    plain(FieldType.EMAIL),
    plain(FieldType.FULL_NAME),
    plain(FieldType.LINK),
    plain(FieldType.SYS_USER),
    z.strictObject({
      ...base,
      type: z.literal(FieldType.SYS_COLLECTION),
      data: z.strictObject({ namespace: appCodeSchema, code: appCodeSchema }),
    }),
    plain(FieldType.JSON),
  ],
  { error: `must be one of the supported types: ${PARAMETER_TYPE_VALUES.join(', ')}` },
);

// Keeps the hand-written type and the schema from drifting apart.
const _schemaMatchesType: z.ZodType<ParameterDefinition> = parameterDefinitionSchema;
void _schemaMatchesType;

/** The whole list of a Sessions app's parameters: each valid, codes unique. */
export const parameterDefinitionsSchema = z
  .array(parameterDefinitionSchema)
  .max(PARAMETER_DEFINITIONS_MAX, `at most ${PARAMETER_DEFINITIONS_MAX} parameters`)
  .superRefine((defs, ctx) => {
    for (const duplicate of duplicateCodes(defs)) {
      ctx.addIssue({ code: 'custom', message: `the code "${duplicate.code}" is used more than once`, path: [duplicate.index, 'code'] });
    }
  });

function duplicateCodes(defs: readonly { code: string }[]): { code: string; index: number }[] {
  const seen = new Set<string>();
  const duplicates: { code: string; index: number }[] = [];
  defs.forEach((def, index) => {
    if (seen.has(def.code)) duplicates.push({ code: def.code, index });
    seen.add(def.code);
  });
  return duplicates;
}

/**
 * Validates a list of declarations (for instance a form-settings save) and returns them in their
 * canonical form, or throws `params/invalid-definition` naming every problem at once.
 */
export function checkDefinitions(input: unknown): ParameterDefinition[] {
  // Checked before the schema: zod's length check throws a TypeError on an object whose `length` is not a number.
  if (!Array.isArray(input)) throw new LiveChatsError('params/invalid-definition', 'Invalid session parameters: send a list of parameter definitions.');
  const result = parameterDefinitionsSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => describeIssue(input, issue));
  throw new LiveChatsError('params/invalid-definition', `Invalid session parameters: ${problems.join('; ')}.`, { cause: result.error });
}

/** Names the parameter an issue is about by its code when it has one, else by its position. */
function describeIssue(input: unknown, issue: z.core.$ZodIssue): string {
  const [index, ...rest] = issue.path;
  if (typeof index !== 'number') return issue.message;
  const entry = Array.isArray(input) ? (input[index] as unknown) : undefined;
  const code = typeof entry === 'object' && entry !== null ? (entry as { code?: unknown }).code : undefined;
  const who = typeof code === 'string' && code.length > 0 && code.length <= 100 ? `"${code}"` : `#${index + 1}`;
  const where = rest.length > 0 ? ` ${rest.map(String).join('.')}` : '';
  return `parameter ${who}${where}: ${issue.message}`;
}
