/**
 * Live chats as the SDK exposes them through `System.lines` (module `_09_lines_`), under the SDK's
 * own names: lines, channels, clients, sessions, messages, metrics, and the payloads of session
 * events. Enum values are the SDK's camelCase strings.
 *
 * Where the vendor documentation stops (members of some enums, the data of lines, channels, clients
 * and metrics, the event payloads), the shapes are this package's inference and say so.
 */
import type { FileItemRef, ItemRef, Search } from './items';
import type { TAccount, TDatetime, TJSON } from './types';
import type { UserGroupItemRef, UserItemRef } from './users';

// ---------------------------------------------------------------------------------------------
// Enums

export enum LineSessionState {
  Waiting = 'waiting',
  AssignedToOperator = 'assignedToOperator',
  AssignedToBot = 'assignedToBot',
  MarkedAsSpam = 'markedAsSpam',
  Closed = 'closed',
}

export enum LineSessionPriority {
  Low = 'low',
  Medium = 'medium',
  High = 'high',
}

export enum LineChannelType {
  Internal = 'internal',
  Support = 'support',
  Telegram = 'telegram',
  TelegramBot = 'telegramBot',
  WhatsApp = 'whatsapp',
  ViberBot = 'viberbot',
  VK = 'vk',
  VKTeams = 'vkTeams',
  Custom = 'custom',
  Inbox = 'inbox',
  LiveChat = 'livechat',
  Instagram = 'instagram',
}

export enum LineChannelState {
  Active = 'active',
  Disconnected = 'disconnected',
  Error = 'error',
}

export enum LineMessageType {
  Text = 'text',
  File = 'file',
  System = 'system',
}

/** Whether a client's account is on the blocklist. Members are inferred. */
export enum LineClientBlockedStatus {
  NotBlocked = 'notBlocked',
  Blocked = 'blocked',
}

/** The measures of the live-chat reports. Members are inferred from the report widget's metrics. */
export enum LineMetricType {
  AverageResponseTime = 'averageResponseTime',
  MaxWaitTime = 'maxWaitTime',
  AverageFirstResponseTime = 'averageFirstResponseTime',
  BotResponsePercentage = 'botResponsePercentage',
  AverageSessionDuration = 'averageSessionDuration',
  ProcessedRequests = 'processedRequests',
}

/** An operator's working status. Members follow the UI's two states. */
export enum OperatorStatusType {
  Online = 'online',
  Offline = 'offline',
}

// ---------------------------------------------------------------------------------------------
// Apps bound to lines and sessions

/** An app bound to a line: "to bind an account" and "to register messages" apps. */
export interface LineBindingApplication {
  namespace: string;
  code: string;
  /** Code of the app's Account-type field. */
  accountField?: string;
}

/** An app item linked to a session or a client; any item ref fits. */
export interface LineApplicationRef {
  readonly namespace: string;
  readonly code: string;
  readonly id: string;
}

// ---------------------------------------------------------------------------------------------
// Lines (inferred data fields beyond the system ones)

export interface LineData {
  readonly __id: string;
  readonly __name: string;
  readonly __createdAt: TDatetime;
  readonly __updatedAt: TDatetime;
  readonly __deletedAt?: TDatetime;
  /** Groups whose members operate the line. */
  readonly _operatorGroupIds: string[];
  /** Groups whose members supervise the line. */
  readonly _supervisorGroupIds: string[];
  /** "To bind an account" apps. */
  readonly _accountApps: LineBindingApplication[];
  /** "To register messages" apps. */
  readonly _requestApps: LineBindingApplication[];
}

export type LineItemRef = ItemRef<LineItem>;

export interface LineItem extends LineItemRef {
  readonly data: LineData;
}

export type LineSearch = Search<LineItem, LineData>;

/** `System.lines.lines`. */
export interface Lines {
  search(): LineSearch;
}

// ---------------------------------------------------------------------------------------------
// Channels (inferred data fields beyond the system ones)

export interface LineChannelData {
  readonly __id: string;
  readonly __name: string;
  readonly __createdAt: TDatetime;
  readonly __updatedAt: TDatetime;
  readonly __deletedAt?: TDatetime;
  readonly _type: LineChannelType;
  readonly _state: LineChannelState;
  /** The line the channel delivers into; internal channels may serve several. */
  readonly _line?: LineItemRef;
}

export interface LineChannelItemRef extends ItemRef<LineChannelItem> {
  disconnect(): Promise<void>;
}

export interface LineChannelItem extends LineChannelItemRef {
  readonly data: LineChannelData;
}

export type LineChannelSearch = Search<LineChannelItem, LineChannelData>;

/** `System.lines.channels`. */
export interface LineChannels {
  search(): LineChannelSearch;
}

// ---------------------------------------------------------------------------------------------
// Clients (`_applicationItem` and `_extraData` are documented; the rest is inferred)

/** Free-form data captured about a client, e.g. the UTM tags of a website visitor. */
export interface LineClientExtraData {
  utm_source?: string;
  utm_medium?: string;
  utm_campaign?: string;
  utm_content?: string;
  utm_term?: string;
  [key: string]: TJSON;
}

export interface LineClientData {
  readonly __id: string;
  readonly __name: string;
  readonly __createdAt: TDatetime;
  readonly __updatedAt: TDatetime;
  /** The item of a "to bind an account" app the client is bound to. */
  _applicationItem?: LineApplicationRef;
  readonly _extraData?: LineClientExtraData;
  readonly _account?: TAccount;
  readonly _channel?: LineChannelItemRef;
  /** Set when the client is an internal user. */
  readonly _user?: UserItemRef;
  readonly _blockedStatus?: LineClientBlockedStatus;
}

export type LineClientItemRef = ItemRef<LineClientItem>;

export interface LineClientItem extends LineClientItemRef {
  readonly data: LineClientData;
  save(): Promise<void>;
}

export type LineClientSearch = Search<LineClientItem, LineClientData>;

/** `System.lines.clients`. */
export interface LineClients {
  search(): LineClientSearch;
}

// ---------------------------------------------------------------------------------------------
// Messages

export interface LineMessageData {
  readonly __id: string;
  readonly __createdAt: TDatetime;
  readonly body: string;
  /** Set when a client sent the message. */
  readonly client?: LineClientItemRef;
  /** The message's id in the messenger. */
  readonly externalId?: string;
  readonly files?: FileItemRef[];
  readonly isRead: boolean;
  /** Set when an operator sent the message. */
  readonly operator?: UserItemRef;
  /** Structured data, e.g. of system messages such as `session_reassign_message`. */
  readonly payload?: TJSON;
  readonly session: LineSessionItemRef;
  readonly type: LineMessageType;
}

export interface LineMessageItem {
  readonly id: string;
  readonly data: LineMessageData;
}

// ---------------------------------------------------------------------------------------------
// Sessions

export interface LineSessionData {
  readonly __id: string;
  readonly __name: string;
  readonly __createdAt: TDatetime;
  /** Unset when a client's message opened the session. */
  readonly __createdBy?: UserItemRef;
  readonly __updatedAt: TDatetime;
  readonly __updatedBy?: UserItemRef;
  readonly __deletedAt?: TDatetime;
  /** The last reassignment or state change. */
  readonly _acceptedAt?: TDatetime;
  /** App items linked to the session ("requests"); the only writable field. */
  _apps: LineApplicationRef[];
  readonly _channel: LineChannelItemRef;
  readonly _clients: LineClientItemRef[];
  readonly _closedAt?: TDatetime;
  readonly _externalChatId?: string;
  /** E-mail subject or group-chat title. */
  readonly _externalChatName?: string;
  readonly _lastActivityAt?: TDatetime;
  readonly _line: LineItemRef;
  /** Unset means "priority not set". */
  readonly _priority?: LineSessionPriority;
  readonly _state: LineSessionState;
  /** The operator group that may take the session from the queue. */
  readonly _userGroupId?: string;
  /** The assigned operator. */
  readonly _userId?: string;
}

export interface LineSessionItemRef extends ItemRef<LineSessionItem> {
  /** Only when a bot is attached; `silent` suppresses the bot-start event. */
  assignToBot(silent?: boolean): Promise<void>;
  assignToOperator(operator: UserItemRef): Promise<void>;
  /** The group must be one of the line's operator groups. */
  assignToOperatorGroup(group: UserGroupItemRef): Promise<void>;
  /** Runs on behalf of the assigned operator or bot. */
  close(): Promise<void>;
  /** `from` defaults to 0, `size` to 10 (at most 10 000). */
  getAllMessages(from?: number, size?: number): Promise<LineMessageItem[]>;
  getLastMessage(): Promise<LineMessageItem | undefined>;
  /** Not for `internal` and `support` channels. */
  markAsSpam(): Promise<void>;
  normalize(): void;
}

export interface LineSessionItem extends LineSessionItemRef {
  readonly data: LineSessionData;
  save(): Promise<void>;
}

export type LineSessionSearch = Search<LineSessionItem, LineSessionData>;

/** `System.lines.sessions`. */
export interface LineSessions {
  search(): LineSessionSearch;
}

// ---------------------------------------------------------------------------------------------
// Metrics (data fields inferred)

export interface LineMetricData {
  readonly __id: string;
  readonly __createdAt: TDatetime;
  readonly type: LineMetricType;
  /** Seconds for times, a percentage or a count otherwise. */
  readonly value: number;
  readonly line?: LineItemRef;
  readonly session?: LineSessionItemRef;
  readonly operator?: UserItemRef;
  readonly userGroup?: UserGroupItemRef;
}

export interface LineMetricItem {
  readonly id: string;
  readonly data: LineMetricData;
}

/** `System.lines.metrics`. */
export interface LineMetrics {
  search(): Search<LineMetricItem, LineMetricData>;
}

// ---------------------------------------------------------------------------------------------
// Entry point

/**
 * `System.lines`. Only `lines` and `channels` are confirmed property names; `sessions`, `clients`
 * and `metrics` follow the type names, and `messages` may be absent.
 */
export interface LinesCollections {
  readonly lines: Lines;
  readonly channels: LineChannels;
  readonly sessions: LineSessions;
  readonly clients: LineClients;
  readonly messages?: { search(): Search<LineMessageItem, LineMessageData> };
  readonly metrics: LineMetrics;
}

// ---------------------------------------------------------------------------------------------
// Event payloads (shapes inferred; ids only, so they travel as JSON)

export interface SessionFieldChange {
  /** Code of a system field (`_state`, `_priority`…) or of a custom session parameter. */
  field: string;
  oldValue?: TJSON;
  newValue?: TJSON;
}

export interface SessionChangedPayload {
  sessionId: string;
  changes: SessionFieldChange[];
  /** The user who made the change; unset for the system, a bot or a client. */
  changedBy?: string;
}

export interface SessionReassignedPayload {
  sessionId: string;
  oldUserId?: string;
  newUserId?: string;
  oldUserGroupId?: string;
  newUserGroupId?: string;
  /** The user who reassigned; unset for routing. */
  initiatorId?: string;
}
