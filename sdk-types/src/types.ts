/**
 * Value types of app, process and session fields (the SDK's `types` module), under the SDK's own
 * names. The SDK's classes (`Datetime`, `TDate`, `TTime`, `Duration`, `Money`, `RefItem`) appear
 * here as interfaces of the immutable values they produce; constructing them is the host's job.
 */
import type { FileItemRef } from './items';

// ---------------------------------------------------------------------------------------------
// Primitives

export type TString = string;
export type TFloat = number;
export type TBoolean = boolean;
/** Unstructured JSON: the SDK gives it no shape. */
export type TJSON = unknown;
/** A URL. */
export type TLink = string;

// ---------------------------------------------------------------------------------------------
// Structured values

export interface TFullName {
  firstname: string;
  lastname: string;
  middlename?: string;
}

/** Kind of a phone number. `Main`, `Mobile` and `Work` are seen in vendor code; the rest are assumed. */
export enum PhoneType {
  Main = 'main',
  Mobile = 'mobile',
  Work = 'work',
  Home = 'home',
  Fax = 'fax',
  Other = 'other',
}

export interface TPhone<T extends PhoneType = PhoneType> {
  tel: string;
  type: T;
}

/** Kind of an e-mail address. `Work` is seen in vendor code; the rest are assumed. */
export enum EmailType {
  Main = 'main',
  Work = 'work',
  Home = 'home',
  Mobile = 'mobile',
  Other = 'other',
}

export interface TEmail<T extends EmailType = EmailType> {
  email: string;
  type: T;
}

/** A selected variant of a list (ENUM) field. */
export interface TEnum<C extends string = string> {
  code: C;
  name: string;
}

/** The value of an item's `__status`. */
export interface TStatus {
  code: string;
  name: string;
}

/** Money as stored: an integer number of minor units and an ISO 4217 currency code. */
export interface TMoney {
  cents: number;
  currency: string;
}

// ---------------------------------------------------------------------------------------------
// Time (immutable values: every operation returns a new value)

export type DurationUnit = 'milliseconds' | 'seconds' | 'minutes' | 'hours' | 'days';

/** A length of time, built by the SDK as `new Duration(value, unit)`. */
export interface Duration {
  add(other: Duration): Duration;
  sub(other: Duration): Duration;
  asMilliseconds(): number;
  asSeconds(): number;
  asMinutes(): number;
  asHours(): number;
  asDays(): number;
}

/** A point in time in the current time zone (`System.timezones.current`). */
export interface TDatetime {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
  readonly milliseconds: number;
  add(duration: Duration): TDatetime;
  sub(duration: Duration): TDatetime;
  addDate(years: number, months: number, days: number): TDatetime;
  after(other: TDatetime): boolean;
  afterOrEqual(other: TDatetime): boolean;
  before(other: TDatetime): boolean;
  beforeOrEqual(other: TDatetime): boolean;
  equal(other: TDatetime): boolean;
  asDate(): Date;
  /** Moment-style format; ISO 8601 (`YYYY-MM-DDTHH:mm:ss.SSSZ`) when omitted. */
  format(format?: string): string;
  getDate(): TDate;
  getTime(): TTime;
  /** The time zone the value is computed in. */
  getTz(): string;
  /** The same day at 00:00:00.000. */
  truncateTime(): TDatetime;
}

/** A calendar date without a time of day. */
export interface TDate {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
  addDate(years: number, months: number, days: number): TDate;
  after(other: TDate): boolean;
  before(other: TDate): boolean;
  equal(other: TDate): boolean;
  asDatetime(time: TTime): TDatetime;
  format(format?: string): string;
}

/** A time of day without a date. */
export interface TTime {
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
  readonly milliseconds: number;
  format(format?: string): string;
}

// ---------------------------------------------------------------------------------------------
// Collections and references

/** Rows of a TABLE field; changes persist only when the owning item is saved. */
export interface TTable<Row> extends Iterable<Row> {
  readonly length: number;
  readonly [index: number]: Row;
  /** Appends an empty row and returns it for filling in. */
  insert(): Row;
  delete(index: number): void;
  find(predicate: (row: Row, index: number) => boolean): Row | undefined;
  filter(predicate: (row: Row, index: number) => boolean): Row[];
  map<U>(callback: (row: Row, index: number) => U): U[];
  forEach(callback: (row: Row, index: number) => void): void;
}

/**
 * The value of an Account-type field: a client's identity in one channel. The SDK's name and shape
 * are unknown, so this is host-defined and opaque: extensions only pass it back to the host.
 */
export interface TAccount {
  /** Channel type, e.g. a `LineChannelType` value. */
  type: string;
  /** The identity within that channel (chat id, phone, address…). */
  id: string;
  name?: string;
}

/** A reference to an item of any app (REF_ITEM field), built as `new RefItem(namespace, code, id)`. */
export interface RefItem<I = unknown> {
  readonly namespace: string;
  readonly code: string;
  readonly id: string;
  fetch(): Promise<I>;
}

/** A file attached to a FILE field or a message. */
export type TFile = FileItemRef;
/** An image attached to an IMAGE field. */
export type TImage = FileItemRef;
