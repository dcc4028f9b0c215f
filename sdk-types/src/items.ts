/**
 * Apps, items, field descriptors, the fluent search builder, storage and cache (the SDK's
 * `items` / `application` modules), under the SDK's own names; plus the JSON field schema that
 * apps, process contexts and custom session parameters are declared with.
 */
import type { TDatetime, TEnum, TStatus } from './types';
import type { UserItemRef } from './users';

// ---------------------------------------------------------------------------------------------
// Items

/** System fields every item carries. */
export interface BaseItemData {
  readonly __id: string;
  __name: string;
  readonly __createdAt: TDatetime;
  readonly __createdBy: UserItemRef;
  readonly __updatedAt: TDatetime;
  readonly __updatedBy: UserItemRef;
  readonly __deletedAt?: TDatetime;
  readonly __status?: TStatus;
  __externalId?: string;
  readonly __index?: number;
}

/** A lightweight pointer to an item; `fetch()` loads the item. */
export interface ItemRef<I> {
  readonly id: string;
  readonly namespace: string;
  readonly code: string;
  fetch(): Promise<I>;
}

/** `P` is the app's parameter type; refs and items carry it so that typings line up with `TApplication`. */
export interface ApplicationItemRef<D = BaseItemData, P = unknown>
  extends ItemRef<ApplicationItem<D, P>> {
  /** Posts a message into the item's activity feed. */
  sendMessage?(title: string, text: string): Promise<void>;
}

export interface ApplicationItem<D = BaseItemData, P = unknown> extends ApplicationItemRef<D, P> {
  readonly data: D;
  readonly fields: FieldDescriptors<D>;
  save(): Promise<void>;
  delete(): Promise<void>;
  setStatus(status: TStatus, comment?: string): Promise<void>;
  /** Removes duplicate links from the item's array fields. */
  normalize(): void;
}

export interface FileData extends BaseItemData {
  /** Size in bytes. */
  readonly size?: number;
}

export interface FileItem extends FileItemRef {
  readonly data: FileData;
}

export interface FileItemRef extends ItemRef<FileItem> {
  getDownloadUrl(): Promise<string>;
}

// ---------------------------------------------------------------------------------------------
// Field descriptors (`App.fields.<code>`, `item.fields.<code>`, `Context.fields.<code>`)

export interface FieldDescriptor<T = unknown> {
  readonly code: string;
  readonly type: FieldType;
  readonly array: boolean;
  readonly required: boolean;
  readonly data?: FieldSchemaData;
  /** ENUM and STATUS fields: the variants by code. */
  readonly variants?: Readonly<Record<string, TEnum | TStatus>>;
  /** SYS_COLLECTION fields: the app the field links to. */
  readonly app?: TApplication;
  /** Builds a value for the field (a table, a file from name and content…). */
  create?(...args: unknown[]): T | Promise<T>;
}

export type FieldDescriptors<D> = { readonly [K in keyof D]-?: FieldDescriptor<D[K]> };

// ---------------------------------------------------------------------------------------------
// Apps (`Namespace.app.<code>`, `Application`)

export interface TApplication<D = BaseItemData, P = unknown, S = unknown> {
  readonly namespace: string;
  readonly code: string;
  readonly name: string;
  readonly fields: FieldDescriptors<D>;
  /** The app's process templates by code. */
  readonly processes: S;
  readonly storage: IStorage;
  readonly cache: ICache;
  create(): ApplicationItem<D, P>;
  search(): Search<ApplicationItem<D, P>, D>;
}

// ---------------------------------------------------------------------------------------------
// Search

/** A condition; only the host builds one, through `FieldFilter` and `FilterGroup`. */
export interface Filter {
  readonly __brand: 'Filter';
}

/**
 * Operators on one field. `eq(null)` / `neq(null)` test for an empty value, as in the SDK idiom
 * `f.__deletedAt.eq(null)`; `has` tests that an array field contains a value.
 */
export interface FieldFilter<T> {
  eq(value: T | null): Filter;
  neq(value: T | null): Filter;
  gt(value: T): Filter;
  gte(value: T): Filter;
  lt(value: T): Filter;
  lte(value: T): Filter;
  like(pattern: string): Filter;
  in(values: ReadonlyArray<T extends ReadonlyArray<infer E> ? E : T>): Filter;
  has(value: T extends ReadonlyArray<infer E> ? E : T): Filter;
  /** The link field points to the item. */
  link(ref: { readonly id: string }): Filter;
}

export type FieldFilters<D> = { readonly [K in keyof D]-?: FieldFilter<NonNullable<D[K]>> };

export interface FilterGroup {
  and(...filters: Filter[]): Filter;
  or(...filters: Filter[]): Filter;
}

/** The fluent query builder shared by apps, users, groups, files, process instances and tasks. */
export interface Search<I, D = BaseItemData> {
  where(condition: (f: FieldFilters<D>, g: FilterGroup) => Filter): this;
  /** Page size; 10 by default, at most 10 000. */
  size(count: number): this;
  /** Number of results to skip. */
  from(offset: number): this;
  sort(field: keyof D & string, ascending?: boolean): this;
  first(): Promise<I | undefined>;
  /** One page: `size` results from `from`. */
  all(): Promise<I[]>;
  /** All matches, ignoring `from` and `size`. */
  count(): Promise<number>;
}

// ---------------------------------------------------------------------------------------------
// Storage and cache

/** Long-term storage of strings on the server (`Application.storage`, `Namespace.storage`). */
export interface IStorage {
  getItem(key: string): Promise<string | undefined>;
  setItem(key: string, value: string): Promise<void>;
  /** Host extension: the Web API can delete a key, the SDK's method name is unconfirmed. */
  removeItem?(key: string): Promise<void>;
}

/** Temporary storage (`Application.cache`, `System.cache`). */
export interface ICache {
  getItem(key: string): Promise<string | undefined>;
  /** `ttlSeconds` is a host extension. */
  setItem(key: string, value: string, ttlSeconds?: number): Promise<void>;
  removeItem?(key: string): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Field schema (JSON), the same for app fields, process contexts, module parameters and custom
// session parameters

export enum FieldType {
  STRING = 'STRING',
  FLOAT = 'FLOAT',
  INTEGER = 'INTEGER',
  MONEY = 'MONEY',
  DATETIME = 'DATETIME',
  BOOLEAN = 'BOOLEAN',
  ENUM = 'ENUM',
  CATEGORY = 'CATEGORY',
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
  FULL_NAME = 'FULL_NAME',
  SYS_USER = 'SYS_USER',
  SYS_COLLECTION = 'SYS_COLLECTION',
  REF_ITEM = 'REF_ITEM',
  FILE = 'FILE',
  IMAGE = 'IMAGE',
  TABLE = 'TABLE',
  STATUS = 'STATUS',
  LINK = 'LINK',
  JSON = 'JSON',
  ROLE = 'ROLE',
  /** The platform's code for Account fields is unconfirmed; this one is the host's. */
  ACCOUNT = 'ACCOUNT',
}

export interface EnumItemSchema {
  code: string;
  name: string;
  checked?: boolean;
}

/** Type-specific settings; the known members are typed, anything else passes through. */
export interface FieldSchemaData {
  /** ENUM: the variants. */
  enumItems?: EnumItemSchema[];
  /** SYS_COLLECTION: the linked app. */
  namespace?: string;
  code?: string;
  linkedFieldCode?: string;
  isDependent?: boolean;
  /** TABLE: the row's fields. */
  fields?: FieldSchema[];
  [key: string]: unknown;
}

export interface FieldViewSchema {
  name: string;
  tooltip?: string;
  input?: boolean;
  output?: boolean;
  /** Presentation settings, e.g. `additionalType` (`string`/`text`, `integer`/`float`, `datetime`/`date`/`time`). */
  data?: { additionalType?: string; [key: string]: unknown };
}

export interface FieldSchema {
  code: string;
  type: FieldType;
  array: boolean;
  single?: boolean;
  required: boolean;
  searchable?: boolean;
  indexed?: boolean;
  deleted?: boolean;
  defaultValue?: unknown;
  data?: FieldSchemaData;
  view?: FieldViewSchema;
}
