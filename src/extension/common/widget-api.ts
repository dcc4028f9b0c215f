/**
 * The Web API contract of the Live Chat Messages widget (spec §6): the query that lists the
 * sessions of the item a form shows, by account or by bound item, and what each listed session
 * tells the widget. The conversation itself is read through GET /sessions/:id/transcript.
 */
import type { LineChannelType, LineSessionState } from '@elma365/sdk-types';
import { z } from 'zod';

const code = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,99}$/, 'must be a field code');

export const WIDGET_SESSIONS_MAX = 200;

export const widgetSessionsQuery = z.strictObject({
  /** The app of the form, and the item it shows. */
  appCode: z.string().min(1).max(100),
  itemId: z.string().min(1).max(64),
  showHistory: z.enum(['account', 'item']),
  /** By account: an Account field of the app (`code`) or of the app an App field points to (`appField.code`); empty: the app's own. */
  accountField: z.union([z.literal(''), code, z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,99}\.[A-Za-z_][A-Za-z0-9_]{0,99}$/, 'must be code or appField.code')]).optional(),
  /** By app item: empty for the current item, or an App field pointing to an app with an Account field. */
  itemField: z.union([z.literal(''), code]).optional(),
  /** Closed sessions instead of the active ones. */
  archive: z.enum(['true', 'false']).optional(),
});
export type WidgetSessionsQuery = z.infer<typeof widgetSessionsQuery>;

/** How the viewer reads a session: as its live chat's supervisor, operator, or as a reader (spec §1.2). */
export type WidgetAccess = 'supervisor' | 'operator' | 'reader';

export interface WidgetSessionDto {
  id: string;
  name: string;
  lineId: string;
  lineName: string;
  channelType: LineChannelType;
  clientName: string;
  state: LineSessionState;
  operatorName?: string;
  createdAt: string;
  lastActivityAt: string;
  closedAt?: string;
  lastSeq: number;
  access: WidgetAccess;
  /** The viewer may reply: an operator of the live chat and the session is assigned to them. */
  canReply: boolean;
}

export interface WidgetItemKey {
  appCode: string;
  itemId: string;
}

/**
 * What the list depends on, so that the widget follows it live (docs/widget.md): it subscribes to
 * `line:<id>` of `lineIds` and reloads the list on a `session` hint of a listed session, of a
 * session of one of `clientIds`, of a session bound to one of `items`, or of any session while
 * `anyClient`.
 */
export interface WidgetFollowDto {
  /** The live chats the viewer may read (the transcript's policy). */
  lineIds: string[];
  /** By account: the clients behind the item's accounts that have a session the viewer may read. */
  clientIds: string[];
  /** The items whose accounts or bindings are listed: the item, or those its App field points to. */
  items: WidgetItemKey[];
  /** By account, when an account has no such client yet: its first readable session may be any new one. */
  anyClient: boolean;
}

export interface WidgetSessionsDto {
  /** Most recent activity first; at most WIDGET_SESSIONS_MAX. */
  items: WidgetSessionDto[];
  follow: WidgetFollowDto;
}
