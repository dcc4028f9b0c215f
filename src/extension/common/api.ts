/**
 * The Web API contract of the extension, shared by the server (which validates with these
 * schemas at every edge) and the browser screens (which use the DTO types): request bodies and
 * query strings, response shapes and realtime topics.
 */
import { LineSessionPriority, LineSessionState, type ProcessInstanceStatus, type ProcessVariable } from '@elma365/sdk-types';
import { z } from 'zod';
import type { LineRoles } from './access-policy';
import { ATTACHMENTS_PER_MESSAGE_MAX } from './attachments-api';
import { LINE_NAME_MAX, type Line } from './line';
import { CLIENT_MESSAGE_ID_MAX, MESSAGE_TEXT_MAX, type Message } from './message';
import { EVENT_FIELDS, type EventField } from './process-bindings';
import { capacityFields } from './routing-api';
import { SESSION_NAME_MAX, type Session } from './session';

const id = z.string().min(1).max(64);

const processBindingSchema = z.strictObject({
  templateCode: z.string().min(1).max(100),
  inputs: z.record(z.string().min(1).max(100), z.enum(Object.keys(EVENT_FIELDS) as [EventField, ...EventField[]])),
});
const processBindingsSchema = z.strictObject({
  sessionCreated: processBindingSchema.optional(),
  clientMessage: processBindingSchema.optional(),
  sessionClosed: processBindingSchema.optional(),
});
const groupIds = z.array(id).max(100);
const appCode = z.string().min(1).max(100);

export const createLineBody = z.strictObject({
  name: z.string().trim().min(1, 'Name is required').max(LINE_NAME_MAX),
  operatorGroupIds: groupIds.min(1, 'Choose at least one operator group'),
  supervisorGroupIds: groupIds.min(1, 'Choose at least one supervisor group'),
  internalClientGroupIds: groupIds.optional(),
  showOperatorName: z.boolean().optional(),
  /** Checked against the template syntax and the variables on save; null removes it. */
  sessionNameTemplate: z.string().max(2000).nullable().optional(),
  processBindings: processBindingsSchema.optional(),
  /** Settings › Apps: only apps with an Account-type field; null removes the account app. */
  accountAppCode: appCode.nullable().optional(),
  requestAppCodes: z.array(appCode).max(20).optional(),
  /** Additional › Read access to sessions. */
  readerGroupIds: groupIds.optional(),
  ...capacityFields,
});
export type CreateLineBody = z.infer<typeof createLineBody>;

export const updateLineBody = createLineBody
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'Nothing to change');
export type UpdateLineBody = z.infer<typeof updateLineBody>;

export const sendMessageBody = z.strictObject({
  text: z.string().max(MESSAGE_TEXT_MAX * 2),
  clientMessageId: z.string().min(1).max(CLIENT_MESSAGE_ID_MAX),
  /** A message of the same session this one quotes (spec §5.2). */
  quoteOf: id.optional(),
  /** Files the sender uploaded to the session for this message (then the text may be empty). */
  attachmentIds: z
    .array(id)
    .max(ATTACHMENTS_PER_MESSAGE_MAX, `At most ${ATTACHMENTS_PER_MESSAGE_MAX} files go with one message`)
    .refine((ids) => new Set(ids).size === ids.length, 'A file is attached twice')
    .optional(),
});
export type SendMessageBody = z.infer<typeof sendMessageBody>;

/** The author's new text of a sent message (PATCH /sessions/:id/messages/:messageId). */
export const editMessageBody = z.strictObject({ text: z.string().max(MESSAGE_TEXT_MAX * 2) });

export const markReadBody = z.strictObject({ seq: z.number().int().min(0) });

/** POST /sessions/take-next: the longest-waiting session the caller may take, of one live chat or of all theirs. */
export const takeNextBody = z.strictObject({ lineId: id.optional() }).nullish();

export const renameSessionBody = z.strictObject({ name: z.string().trim().min(1, 'The name is empty').max(SESSION_NAME_MAX) });

/** Binds an existing item of an app to a session, or creates one and binds it (spec §4.5). */
export const bindItemBody = z.union([
  z.strictObject({ appCode, itemId: id }),
  z.strictObject({
    appCode,
    create: z.strictObject({
      name: z.string().trim().min(1, 'The name is empty').max(300),
      data: z.record(z.string().min(1).max(100), z.unknown()).optional(),
    }),
  }),
]);
export type BindItemBody = z.infer<typeof bindItemBody>;

export const APP_ITEMS_PAGE_MAX = 50;

export const searchItemsQuery = z.strictObject({
  search: z.string().max(200).optional(),
  limit: z.string().regex(/^\d+$/, 'must be a whole number').transform(Number).pipe(z.number().int().min(1).max(APP_ITEMS_PAGE_MAX)).optional(),
});

export const startProcessBody = z.strictObject({ templateCode: z.string().min(1).max(100) });

export interface ProcessTemplateDto {
  code: string;
  name: string;
  variables: ProcessVariable[];
}

export interface ProcessStartDto {
  instanceId: string;
  status: ProcessInstanceStatus;
  error?: { code: string; message: string };
}

const intParam = (min: number, max: number) =>
  z.string().regex(/^\d+$/, 'must be a whole number').transform(Number).pipe(z.number().int().min(min).max(max));

export const SESSION_PAGE_MAX = 100;

/** Columns the session list orders by, named as the SDK's LineSessionData fields (spec §4.3). */
export const SESSION_SORT_COLUMNS = ['_lastActivityAt', '__createdAt', '__name', '_state', '_priority', '_closedAt'] as const;
export type SessionSortColumn = (typeof SESSION_SORT_COLUMNS)[number];

/** The most custom parameter conditions one list query carries. */
export const PARAM_CONDITIONS_MAX = 10;
const paramCondition = z.string().regex(/^[a-z][a-z0-9_]*:[A-Za-z]+:/, 'use code:operator:value').max(2200);
const isoInstant = z.iso.datetime({ offset: true }).transform((value) => new Date(value).toISOString());

/** What selects sessions: the desk's lists, the Sessions app's filters and saved filters, the export. */
export const sessionFilterFields = {
  lineId: id.optional(),
  state: z.enum(LineSessionState).optional(),
  /** Only the sessions assigned to (or last handled by) the caller. */
  mine: z.enum(['true', 'false']).optional(),
  /** Only active sessions (in the queue, with an operator or the bot): a supervisor's Active sessions. */
  active: z.enum(['true', 'false']).optional(),
  /** The Sessions app (spec §4.7): administrators list every session of the company; others as without it. */
  all: z.enum(['true', 'false']).optional(),
  operatorId: id.optional(),
  /** `none`: sessions whose priority is not set. */
  priority: z.enum(['none', ...Object.values(LineSessionPriority)]).optional(),
  /** Created at or after this instant (ISO 8601). */
  createdFrom: isoInstant.optional(),
  /** Created before this instant (ISO 8601, exclusive). */
  createdTo: isoInstant.optional(),
  /** The session name contains this text, case-insensitively. */
  search: z.string().trim().max(200).optional(),
  /** A custom parameter filter `code:operator:value`, e.g. `contact_phone:contains:555` or `tier:empty:`. */
  param: paramCondition.optional(),
  /** More custom parameter conditions, all of which must hold: a JSON array of `code:operator:value`. */
  params: z
    .string()
    .max(12_000)
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be a JSON array of code:operator:value' });
        return z.NEVER;
      }
    })
    .pipe(z.array(paramCondition).max(PARAM_CONDITIONS_MAX))
    .optional(),
  /** A column of SESSION_SORT_COLUMNS or a custom parameter's code; the latest activity by default. */
  sort: z.string().regex(/^(_{1,2}[A-Za-z]+|[a-z][a-z0-9_]{0,62})$/, 'must be a session column or a parameter code').optional(),
  order: z.enum(['asc', 'desc']).optional(),
};

export const listSessionsQuery = z.strictObject({
  ...sessionFilterFields,
  cursor: z.string().max(400).optional(),
  limit: intParam(1, SESSION_PAGE_MAX).optional(),
});
export type ListSessionsQuery = z.infer<typeof listSessionsQuery>;

export const MESSAGE_PAGE_MAX = 500;
export const MESSAGE_SEARCH_MAX = 200;

export const listMessagesQuery = z.strictObject({
  since: intParam(0, Number.MAX_SAFE_INTEGER).optional(),
  /** Pages backwards: the newest messages with a seq below this one (any number above the last seq for the newest page). */
  before: intParam(1, Number.MAX_SAFE_INTEGER).optional(),
  limit: intParam(1, MESSAGE_PAGE_MAX).optional(),
  /** Only the messages whose text contains this, case-insensitively (the desk's search, spec §5.1). */
  search: z.string().trim().min(1, 'The search is empty').max(MESSAGE_SEARCH_MAX).optional(),
}).refine((query) => query.before === undefined || (query.since === undefined && query.search === undefined), 'Use before alone: not with since or search.');

// ---------------------------------------------------------------------------------------------
// Responses

export interface LineDto extends Line {
  /** The caller's roles on the live chat. */
  roles: LineRoles;
}

export interface SessionDto extends Session {
  lineName: string;
  clientName: string;
  operatorName?: string;
  /** Messages from the client after the caller's read marker. */
  unread: number;
  /** Custom parameter values by code, in their stored shapes. */
  params: Record<string, unknown>;
  /** App items bound to the session (spec §4.5). */
  items: SessionItemDto[];
}

export type SessionItemRole = 'client' | 'request';

export interface SessionItemDto {
  appCode: string;
  appName: string;
  itemId: string;
  name: string;
  /** `client` for the live chat's account app, `request` for its request apps. */
  role: SessionItemRole;
}

/** An app with an Account-type field: one that can be bound to live chats. */
export interface AppDto {
  namespace: string;
  code: string;
  name: string;
}

export interface AppItemDto {
  id: string;
  appCode: string;
  name: string;
  createdAt: string;
}

export type MessageDto = Message;

export interface SessionPage {
  items: SessionDto[];
  nextCursor?: string;
}

export interface MessagePage {
  items: MessageDto[];
  /**
   * True when more messages follow `items` (ask again with `since` = last seq); with `before`,
   * when older ones precede them (ask again with `before` = first seq).
   */
  hasMore: boolean;
}

export interface SendMessageResult {
  sessionId: string;
  message: MessageDto;
}

export interface LineCounters {
  lineId: string;
  /** Sessions waiting in the queue. */
  queue: number;
  /** My sessions with unread client messages. */
  unread: number;
}

export interface Counters {
  queue: number;
  /** My sessions with unread client messages: the badge of the workspace entry. */
  unread: number;
  lines: LineCounters[];
  /**
   * The operators' bottom-left counter: sessions waiting in the queues the caller may take from
   * (common queue and their groups' queues) of the live chats they operate. Undefined when the
   * caller operates none or the global settings hide it.
   */
  operatorQueue?: number;
  /** The supervisors' bottom-left counter: waiting sessions of the live chats they supervise; undefined likewise. */
  supervisorUnassigned?: number;
}

export interface ErrorBody {
  error: { code: string; message: string };
}
