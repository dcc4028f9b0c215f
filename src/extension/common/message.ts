/** Messages of a session: client and operator text, and system messages that clients never see. */
import { LineMessageType } from '@elma365/sdk-types';
import type { AttachmentDto } from './attachments-api';
import { LiveChatsError } from './errors';

export const MESSAGE_TEXT_MAX = 10_000;
export const CLIENT_MESSAGE_ID_MAX = 100;

export type MessageAuthorKind = 'client' | 'operator' | 'system';

export interface Message {
  id: string;
  sessionId: string;
  /** Position in the session, from 1, without gaps. */
  seq: number;
  type: LineMessageType;
  body: string;
  authorKind: MessageAuthorKind;
  /** The user who wrote it (an internal client or an operator). */
  authorUserId?: string;
  /** Display name as the viewer may see it. */
  authorName?: string;
  clientMessageId?: string;
  createdAt: string;
  /** The message this one replies to, as it was when quoted (it survives edits of the original). */
  quote?: MessageQuote;
  /** When the author last edited the text (spec §5.2); absent on a message never edited. */
  editedAt?: string;
  /** Files sent with the message, in the order they were attached; absent when there are none. */
  attachments?: AttachmentDto[];
}

/** A snapshot of a quoted message of the same session: who wrote it and what it said then. */
export interface MessageQuote {
  messageId: string;
  /** Where the original is in the session, to scroll to it. */
  seq: number;
  authorKind: MessageAuthorKind;
  authorUserId?: string;
  authorName?: string;
  body: string;
}

/** The quote of a message: who wrote it and what it said, as `message` shows them now. */
export function quoteSnapshot(message: Message): MessageQuote {
  return {
    messageId: message.id,
    seq: message.seq,
    authorKind: message.authorKind,
    ...(message.authorUserId ? { authorUserId: message.authorUserId } : {}),
    ...(message.authorName ? { authorName: message.authorName } : {}),
    body: message.body,
  };
}

/** The system message a closed session gets when its client writes again and it resumes (spec §4.9). */
export const CONVERSATION_RESUMED_NOTE = 'The client wrote again: the conversation continues.';

/** Operators may edit their own messages for this long after sending (spec §5.2). */
export const MESSAGE_EDIT_WINDOW_MS = 48 * 60 * 60 * 1000;

/** Whether a message sent at `createdAt` may still be edited at `now`. */
export function withinEditWindow(createdAt: string, now: Date): boolean {
  return now.getTime() - Date.parse(createdAt) <= MESSAGE_EDIT_WINDOW_MS;
}

/** Trims the text and checks it is a message someone could send (empty only when files go with it). */
export function normalizeMessageText(text: string, options: { allowEmpty?: boolean } = {}): string {
  const trimmed = text.trim();
  if (trimmed.length === 0 && !options.allowEmpty) throw new LiveChatsError('message/invalid', 'The message is empty.');
  if (trimmed.length > MESSAGE_TEXT_MAX) {
    throw new LiveChatsError('message/invalid', `The message is longer than ${MESSAGE_TEXT_MAX} characters.`);
  }
  return trimmed;
}

export function isVisibleToClient(message: Message): boolean {
  return message.type !== LineMessageType.System;
}
