/**
 * The messages of one open conversation, whichever way they arrive (first load, later pages,
 * realtime events, the answer to our own send): kept in seq order, each exactly once.
 */
import { LineMessageType } from '@elma365/sdk-types';
import type { MessageDto } from '../../common/api';
import { withinEditWindow } from '../../common/message';

/**
 * Merges new messages in, and newer edits of known ones (a later `editedAt` wins, so a stale
 * copy never undoes an edit); returns the same array when nothing changed (so views do not re-render).
 */
export function mergeMessages(current: readonly MessageDto[], incoming: readonly MessageDto[]): MessageDto[] {
  const position = new Map(current.map((message, index) => [message.seq, index]));
  let edited: MessageDto[] | undefined;
  const fresh: MessageDto[] = [];
  const added = new Set<number>();
  for (const message of incoming) {
    const at = position.get(message.seq);
    if (at !== undefined) {
      const known = (edited ?? current)[at];
      if ((message.editedAt ?? '') > (known.editedAt ?? '')) (edited ??= [...current])[at] = message;
      continue;
    }
    if (added.has(message.seq)) continue;
    added.add(message.seq);
    fresh.push(message);
  }
  const base = edited ?? current;
  if (fresh.length === 0) return base as MessageDto[];
  const merged = [...base, ...fresh];
  // Usually appended in order already; sort only when something arrived out of order.
  for (let i = 1; i < merged.length; i++) {
    if (merged[i - 1].seq > merged[i].seq) return merged.sort((a, b) => a.seq - b.seq);
  }
  return merged;
}

/** Takes newer edits of messages already shown; a message not shown (further back) is left for when it loads. */
export function applyEdits(current: readonly MessageDto[], edited: readonly MessageDto[]): MessageDto[] {
  const shown = new Set(current.map((message) => message.seq));
  return mergeMessages(current, edited.filter((message) => shown.has(message.seq)));
}

export function firstSeq(messages: readonly MessageDto[]): number {
  return messages.length === 0 ? 0 : messages[0].seq;
}

export function isSystemMessage(message: MessageDto): boolean {
  return message.type === LineMessageType.System || message.authorKind === 'system';
}

/** The messages a viewer sees: system messages only while they are shown (spec §5.3). */
export function visibleMessages(messages: MessageDto[], showSystem: boolean): MessageDto[] {
  return showSystem ? messages : messages.filter((message) => !isSystemMessage(message));
}

export interface EditRules {
  viewerId: string;
  /** The global setting "Enable message editing". */
  editing: boolean;
  now: Date;
}

/** Whether the viewer may edit the message (spec §5.2): their own typed message, editing on, within 48 hours. */
export function canEditMessage(message: MessageDto, rules: EditRules): boolean {
  return (
    rules.editing &&
    message.authorKind === 'operator' &&
    message.authorUserId === rules.viewerId &&
    !isSystemMessage(message) &&
    withinEditWindow(message.createdAt, rules.now)
  );
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
  if (isSystemMessage(message)) return 'system';
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
