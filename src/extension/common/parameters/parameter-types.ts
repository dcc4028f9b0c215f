/**
 * The types of custom session parameters and the shape of their definitions, without the schema
 * library, so that browser screens can use them; parameter-definition.ts checks definitions.
 */
import { FieldType } from '@elma365/sdk-types';

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
