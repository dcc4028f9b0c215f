/** Messages of a session: client and operator text, and system messages that clients never see. */
import { LineMessageType } from '@elma365/sdk-types';
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
}

/** Trims the text and checks it is a message someone could send. */
export function normalizeMessageText(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw new LiveChatsError('message/invalid', 'The message is empty.');
  if (trimmed.length > MESSAGE_TEXT_MAX) {
    throw new LiveChatsError('message/invalid', `The message is longer than ${MESSAGE_TEXT_MAX} characters.`);
  }
  return trimmed;
}

export function isVisibleToClient(message: Message): boolean {
  return message.type !== LineMessageType.System;
}
