/**
 * The messages of one open conversation, whichever way they arrive (first load, later pages,
 * realtime events, the answer to our own send): kept in seq order, each exactly once.
 */
import { LineMessageType } from '@elma365/sdk-types';
import type { MessageDto } from '../../common/api';

/** Merges new messages in; returns the same array when nothing was new (so views do not re-render). */
export function mergeMessages(current: readonly MessageDto[], incoming: readonly MessageDto[]): MessageDto[] {
  const known = new Set(current.map((message) => message.seq));
  const fresh = incoming.filter((message) => {
    if (known.has(message.seq)) return false;
    known.add(message.seq);
    return true;
  });
  if (fresh.length === 0) return current as MessageDto[];
  const merged = [...current, ...fresh];
  // Usually appended in order already; sort only when something arrived out of order.
  for (let i = 1; i < merged.length; i++) {
    if (merged[i - 1].seq > merged[i].seq) return merged.sort((a, b) => a.seq - b.seq);
  }
  return merged;
}

export function lastSeq(messages: readonly MessageDto[]): number {
  return messages.length === 0 ? 0 : messages[messages.length - 1].seq;
}

/** The newest message the client wrote: what an operator marks as read. */
export function lastClientSeq(messages: readonly MessageDto[]): number {
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i].authorKind === 'client') return messages[i].seq;
  }
  return 0;
}

export type MessageSide = 'mine' | 'theirs' | 'system';

/** Where a message sits: the viewer's side on the right, the other party's on the left. */
export function messageSide(message: MessageDto, perspective: 'operator' | 'client'): MessageSide {
  if (message.type === LineMessageType.System || message.authorKind === 'system') return 'system';
  if (perspective === 'client') return message.authorKind === 'client' ? 'mine' : 'theirs';
  return message.authorKind === 'operator' ? 'mine' : 'theirs';
}

/** How staff see a message that no one typed; a client sees it under the live chat's name. */
export const AUTOMATIC_AUTHOR = 'Automatic message';

/**
 * A message the company sent that no one typed (a routing rule's reply, a process's automatic
 * message): operator kind, without an author.
 */
export function isAutomatic(message: MessageDto): boolean {
  return message.authorKind === 'operator' && !message.authorUserId;
}

/**
 * How the message looks: `automatic` for what the company sent on its own, to staff (on the
 * company's side, told apart from what an operator typed); `typed` for the rest.
 */
export function messageLook(message: MessageDto, perspective: 'operator' | 'client'): 'automatic' | 'typed' {
  return perspective === 'operator' && messageSide(message, perspective) === 'mine' && isAutomatic(message) ? 'automatic' : 'typed';
}

/**
 * The author label above a message, if any: staff always see "Automatic message" on an
 * automatic one; otherwise the author's name where their run of messages starts (for a client,
 * only on the other side).
 */
export function authorLabel(messages: readonly MessageDto[], index: number, perspective: 'operator' | 'client'): string | undefined {
  const message = messages[index];
  const side = messageSide(message, perspective);
  if (side === 'system') return undefined;
  if (messageLook(message, perspective) === 'automatic') return AUTOMATIC_AUTHOR;
  if (side === 'mine' && perspective === 'client') return undefined;
  return startsRun(messages, index) ? message.authorName || undefined : undefined;
}

/** Whether to print the author's name above a message: only when the author changes. */
export function startsRun(messages: readonly MessageDto[], index: number): boolean {
  if (index === 0) return true;
  const previous = messages[index - 1];
  const message = messages[index];
  return previous.authorKind !== message.authorKind || previous.authorUserId !== message.authorUserId || previous.authorName !== message.authorName;
}
