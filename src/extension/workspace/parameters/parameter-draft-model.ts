/**
 * One custom session parameter as the parameter dialog edits it (form settings, spec §4.6),
 * DOM-free: the draft and its options by type, the code made from the name, the checks the server
 * makes (worded for a form, so a mistake shows before Save), and the declaration it stands for.
 */
import { FieldType } from '@elma365/sdk-types';
import type {
  DatetimeKind,
  NumberKind,
  ParameterDefinition,
  ParameterEnumItem,
  ParameterType,
  PlainParameterType,
} from '../../common/parameters/parameter-definition';
import {
  APP_CODE_PATTERN,
  CURRENCY_CODE_PATTERN,
  ENUM_ITEM_CODE_MAX,
  ENUM_ITEMS_MAX,
  PARAMETER_CODE_MAX,
  PARAMETER_CODE_PATTERN,
  PARAMETER_NAME_MAX,
  RESERVED_PARAMETER_CODES,
} from './parameter-catalogue';

export const NUMBER_KINDS: readonly { value: NumberKind; label: string }[] = [
  { value: 'integer', label: 'Integer' },
  { value: 'float', label: 'Fractional' },
];

export const DATETIME_KINDS: readonly { value: DatetimeKind; label: string }[] = [
  { value: 'datetime', label: 'Date and time' },
  { value: 'date', label: 'Date' },
  { value: 'time', label: 'Time' },
];

/** Everything the parameter dialog edits; the options of the other types are kept while the type changes. */
export interface ParameterDraft {
  type: ParameterType;
  code: string;
  name: string;
  required: boolean;
  array: boolean;
  numberKind: NumberKind;
  datetimeKind: DatetimeKind;
  enumItems: ParameterEnumItem[];
  /** ISO 4217; empty: any currency. */
  currency: string;
  appNamespace: string;
  appCode: string;
  /** The code follows the name until the user types a code (new parameters only). */
  codeFollowsName: boolean;
}

export type ParameterDraftField = 'code' | 'name' | 'enumItems' | 'currency' | 'app';
export type ParameterDraftErrors = Partial<Record<ParameterDraftField, string>>;

export function newParameterDraft(type: ParameterType): ParameterDraft {
  return {
    type,
    code: '',
    name: '',
    required: false,
    array: false,
    numberKind: 'integer',
    datetimeKind: 'datetime',
    enumItems: [],
    currency: '',
    appNamespace: '',
    appCode: '',
    codeFollowsName: true,
  };
}

export function draftFromDefinition(def: ParameterDefinition): ParameterDraft {
  const draft: ParameterDraft = { ...newParameterDraft(def.type), code: def.code, name: def.name, required: def.required, array: def.array, codeFollowsName: false };
  switch (def.type) {
    case FieldType.FLOAT:
      return { ...draft, numberKind: def.data.additionalType };
    case FieldType.DATETIME:
      return { ...draft, datetimeKind: def.data.additionalType };
    case FieldType.ENUM:
      return { ...draft, enumItems: def.data.enumItems.map((item) => ({ ...item })) };
    case FieldType.MONEY:
      return { ...draft, currency: def.data?.currency ?? '' };
    case FieldType.SYS_COLLECTION:
      return { ...draft, appNamespace: def.data.namespace, appCode: def.data.code };
    default:
      return draft;
  }
}

/**
 * A code made from a name: "Contact phone" → "contact_phone". Letters outside a–z are dropped, so
 * a name in another script gives "parameter"; a taken code gets a number ("contact_phone_2").
 */
export function suggestCode(name: string, taken: Iterable<string> = []): string {
  const used = new Set(taken);
  let base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (base === '') base = 'parameter';
  if (!/^[a-z]/.test(base)) base = `p_${base}`;
  base = base.slice(0, PARAMETER_CODE_MAX).replace(/_+$/, '');
  let code = base;
  for (let n = 2; used.has(code) || RESERVED_PARAMETER_CODES.has(code); n++) {
    const suffix = `_${n}`;
    code = `${base.slice(0, PARAMETER_CODE_MAX - suffix.length)}${suffix}`;
  }
  return code;
}

/** Changes the name; a new parameter's code follows it. `taken`: the codes of the other parameters. */
export function renameDraft(draft: ParameterDraft, name: string, taken: Iterable<string>): ParameterDraft {
  return draft.codeFollowsName ? { ...draft, name, code: name.trim() === '' ? '' : suggestCode(name, taken) } : { ...draft, name };
}

/** The user typed a code: from now on it no longer follows the name. */
export function recodeDraft(draft: ParameterDraft, code: string): ParameterDraft {
  return { ...draft, code, codeFollowsName: false };
}

export function addEnumItem(items: readonly ParameterEnumItem[]): ParameterEnumItem[] {
  return [...items, { code: '', name: '' }];
}

/** Changes an item's name; its code follows while it is empty or still the one made from the old name. */
export function renameEnumItem(items: readonly ParameterEnumItem[], index: number, name: string): ParameterEnumItem[] {
  const others = items.filter((_, at) => at !== index).map((item) => item.code);
  return items.map((item, at) => {
    if (at !== index) return item;
    const follows = item.code === '' || item.code === suggestCode(item.name, others);
    return { name, code: follows && name.trim() !== '' ? suggestCode(name, others) : follows ? '' : item.code };
  });
}

export function recodeEnumItem(items: readonly ParameterEnumItem[], index: number, code: string): ParameterEnumItem[] {
  return items.map((item, at) => (at === index ? { ...item, code } : item));
}

export function removeEnumItem(items: readonly ParameterEnumItem[], index: number): ParameterEnumItem[] {
  return items.filter((_, at) => at !== index);
}

/**
 * What is wrong with the draft, by field; `others` are the other parameters of the list (their
 * codes are taken). The rules are the server's (parameter-definition.ts), worded for a form.
 */
export function validateParameterDraft(draft: ParameterDraft, others: readonly ParameterDefinition[]): ParameterDraftErrors {
  const errors: ParameterDraftErrors = {};
  const name = draft.name.trim();
  if (name === '') errors.name = 'Name is required';
  else if (name.length > PARAMETER_NAME_MAX) errors.name = `Name must be at most ${PARAMETER_NAME_MAX} characters`;

  if (draft.code === '') errors.code = 'Code is required';
  else if (!PARAMETER_CODE_PATTERN.test(draft.code)) {
    errors.code = `Code must start with a lower-case letter and contain only a–z, 0–9 and "_" (up to ${PARAMETER_CODE_MAX} characters)`;
  } else if (RESERVED_PARAMETER_CODES.has(draft.code)) errors.code = `The code "${draft.code}" is reserved for UTM tags`;
  else if (others.some((other) => other.code === draft.code)) errors.code = `Another parameter already has the code "${draft.code}"`;

  switch (draft.type) {
    case FieldType.ENUM: {
      const problem = enumItemsProblem(draft.enumItems);
      if (problem) errors.enumItems = problem;
      break;
    }
    case FieldType.MONEY:
      if (draft.currency !== '' && !CURRENCY_CODE_PATTERN.test(draft.currency)) {
        errors.currency = 'Currency must be an ISO 4217 code of three capital letters, like "USD"';
      }
      break;
    case FieldType.SYS_COLLECTION:
      if (draft.appNamespace === '' || draft.appCode === '') errors.app = 'Enter the namespace and the code of the app';
      else if (!APP_CODE_PATTERN.test(draft.appNamespace) || !APP_CODE_PATTERN.test(draft.appCode)) {
        errors.app = 'Namespace and code may contain letters, digits and "_" and must not start with a digit';
      }
      break;
    default:
      break;
  }
  return errors;
}

function enumItemsProblem(items: readonly ParameterEnumItem[]): string | undefined {
  if (items.length === 0) return 'Add at least one item';
  if (items.length > ENUM_ITEMS_MAX) return `A category may have at most ${ENUM_ITEMS_MAX} items`;
  const seen = new Set<string>();
  for (const [index, item] of items.entries()) {
    const which = `Item ${index + 1}`;
    if (item.name.trim() === '') return `${which} needs a name`;
    if (item.name.trim().length > PARAMETER_NAME_MAX) return `${which}: the name must be at most ${PARAMETER_NAME_MAX} characters`;
    if (item.code.trim() === '') return `${which} needs a code`;
    if (item.code.trim().length > ENUM_ITEM_CODE_MAX) return `${which}: the code must be at most ${ENUM_ITEM_CODE_MAX} characters`;
    if (seen.has(item.code.trim())) return `The item code "${item.code.trim()}" is used twice`;
    seen.add(item.code.trim());
  }
  return undefined;
}

export function isParameterDraftValid(draft: ParameterDraft, others: readonly ParameterDefinition[]): boolean {
  return Object.keys(validateParameterDraft(draft, others)).length === 0;
}

/** The declaration the draft stands for (call it on a valid draft). */
export function definitionFromDraft(draft: ParameterDraft): ParameterDefinition {
  const base = { code: draft.code, name: draft.name.trim(), required: draft.required, array: draft.array };
  switch (draft.type) {
    case FieldType.FLOAT:
      return { ...base, type: FieldType.FLOAT, data: { additionalType: draft.numberKind } };
    case FieldType.DATETIME:
      return { ...base, type: FieldType.DATETIME, data: { additionalType: draft.datetimeKind } };
    case FieldType.ENUM:
      return { ...base, type: FieldType.ENUM, data: { enumItems: draft.enumItems.map((item) => ({ code: item.code.trim(), name: item.name.trim() })) } };
    case FieldType.MONEY:
      return draft.currency === '' ? { ...base, type: FieldType.MONEY } : { ...base, type: FieldType.MONEY, data: { currency: draft.currency } };
    case FieldType.SYS_COLLECTION:
      return { ...base, type: FieldType.SYS_COLLECTION, data: { namespace: draft.appNamespace, code: draft.appCode } };
    default:
      return { ...base, type: draft.type as PlainParameterType };
  }
}

/** A short description of a parameter's settings for the list: "Integer · required · multiple". */
export function describeDefinition(def: ParameterDefinition): string {
  const parts: string[] = [];
  switch (def.type) {
    case FieldType.FLOAT:
      parts.push(NUMBER_KINDS.find((kind) => kind.value === def.data.additionalType)?.label ?? '');
      break;
    case FieldType.DATETIME:
      parts.push(DATETIME_KINDS.find((kind) => kind.value === def.data.additionalType)?.label ?? '');
      break;
    case FieldType.ENUM:
      parts.push(`${def.data.enumItems.length} ${def.data.enumItems.length === 1 ? 'item' : 'items'}`);
      break;
    case FieldType.MONEY:
      parts.push(def.data?.currency ?? 'any currency');
      break;
    case FieldType.SYS_COLLECTION:
      parts.push(`${def.data.namespace}.${def.data.code}`);
      break;
    default:
      break;
  }
  if (def.required) parts.push('required');
  if (def.array) parts.push('multiple');
  return parts.filter(Boolean).join(' · ');
}
