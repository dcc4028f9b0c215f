/**
 * Custom session parameters (spec §4.6): how an administrator declares one on the Sessions app's
 * form settings, the schema that checks such a declaration at the edge, and the catalogue of
 * types the form-settings screen offers. Values live in parameter-value.ts.
 */
import { FieldType } from '@elma365/sdk-types';
import { z } from 'zod';
import { LiveChatsError } from '../errors';

/** The field types a custom session parameter may have; the platform's others (files, tables…) are not supported. */
export const PARAMETER_TYPE_VALUES = [
  FieldType.STRING,
  FieldType.FLOAT,
  FieldType.BOOLEAN,
  FieldType.DATETIME,
  FieldType.ENUM,
  FieldType.MONEY,
  FieldType.PHONE,
  FieldType.EMAIL,
  FieldType.FULL_NAME,
  FieldType.LINK,
  FieldType.SYS_USER,
  FieldType.SYS_COLLECTION,
  FieldType.JSON,
] as const;

export type ParameterType = (typeof PARAMETER_TYPE_VALUES)[number];

/** What the form-settings screen lists in its "property types" pane, in this order. */
export const PARAMETER_TYPES: readonly { readonly type: ParameterType; readonly label: string }[] = [
  { type: FieldType.STRING, label: 'String' },
  { type: FieldType.FLOAT, label: 'Number' },
  { type: FieldType.BOOLEAN, label: 'Yes/No' },
  { type: FieldType.DATETIME, label: 'Date/Time' },
  { type: FieldType.ENUM, label: 'Category' },
  { type: FieldType.MONEY, label: 'Money' },
  { type: FieldType.PHONE, label: 'Phone' },
  { type: FieldType.EMAIL, label: 'Email' },
  { type: FieldType.FULL_NAME, label: 'Full name' },
  { type: FieldType.LINK, label: 'Link' },
  { type: FieldType.SYS_USER, label: 'Users' },
  { type: FieldType.SYS_COLLECTION, label: 'App' },
  { type: FieldType.JSON, label: 'JSON' },
];

export function isParameterType(type: unknown): type is ParameterType {
  return (PARAMETER_TYPE_VALUES as readonly unknown[]).includes(type);
}

export const PARAMETER_CODE_PATTERN = /^[a-z][a-z0-9_]{0,62}$/;
export const PARAMETER_CODE_MAX = 63;
/** ISO 4217 alphabetic code; the list itself is not checked, only the form. */
export const CURRENCY_CODE_PATTERN = /^[A-Z]{3}$/;
/** Namespace and app codes of a linked app. */
export const APP_CODE_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;
export const PARAMETER_NAME_MAX = 200;
export const ENUM_ITEMS_MAX = 500;
export const ENUM_ITEM_CODE_MAX = 100;
/** How many custom parameters the Sessions app may declare. */
export const PARAMETER_DEFINITIONS_MAX = 200;

/**
 * Session fields that are not system fields (those start with `_`) but that the LiveChat widget
 * stores on every session (spec §4.3), so a custom parameter must not take their codes.
 */
export const RESERVED_PARAMETER_CODES: ReadonlySet<string> = new Set([
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_content',
  'utm_term',
]);

export type NumberKind = 'integer' | 'float';
export type DatetimeKind = 'datetime' | 'date' | 'time';

export interface ParameterEnumItem {
  code: string;
  name: string;
}

interface ParameterDefinitionBase {
  code: string;
  name: string;
  required: boolean;
  array: boolean;
}

/** Types whose values need no settings. */
export type PlainParameterType =
  | FieldType.STRING
  | FieldType.BOOLEAN
  | FieldType.PHONE
  | FieldType.EMAIL
  | FieldType.FULL_NAME
  | FieldType.LINK
  | FieldType.SYS_USER
  | FieldType.JSON;

export type ParameterDefinition =
  | (ParameterDefinitionBase & { type: PlainParameterType; data?: undefined })
  | (ParameterDefinitionBase & { type: FieldType.FLOAT; data: { additionalType: NumberKind } })
  | (ParameterDefinitionBase & { type: FieldType.DATETIME; data: { additionalType: DatetimeKind } })
  | (ParameterDefinitionBase & { type: FieldType.ENUM; data: { enumItems: ParameterEnumItem[] } })
  /** Without a currency the parameter takes money in any currency. */
  | (ParameterDefinitionBase & { type: FieldType.MONEY; data?: { currency: string } })
  | (ParameterDefinitionBase & { type: FieldType.SYS_COLLECTION; data: { namespace: string; code: string } });

export type ParameterDefinitionOf<T extends ParameterType> = Extract<ParameterDefinition, { type: T }>;

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
