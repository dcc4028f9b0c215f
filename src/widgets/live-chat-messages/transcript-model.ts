/**
 * The conversation of one session as the widget shows it (DOM-free): the messages loaded so far
 * (pages of the newest first, older ones prepended as the reader scrolls up, live ones appended),
 * and the rows the virtualized list renders: a divider where a closed conversation resumed (the
 * client's earlier conversations on the channel are this session's history, spec §4.9, §6),
 * system messages only while they are shown, and the top row saying whether more is above.
 */
import type { MessageDto } from '../../extension/common/api';
import { CONVERSATION_RESUMED_NOTE } from '../../extension/common/message';
import { firstSeq, isSystemMessage, lastSeq, mergeMessages } from '../../extension/workspace/conversation/conversation-model';

export const FIRST_PAGE = 50;
export const OLDER_PAGE = 100;

export interface Transcript {
  sessionId: string;
  messages: MessageDto[];
  /** Older messages exist above the first loaded one. */
  hasOlder: boolean;
}

export type TranscriptRow =
  | { kind: 'start'; key: string; hasOlder: boolean }
  | { kind: 'divider'; key: string; at: string }
  | { kind: 'message'; key: string; message: MessageDto };

export function emptyTranscript(sessionId: string): Transcript {
  return { sessionId, messages: [], hasOlder: true };
}

/** A page of older messages (or the first page) put in front of what is loaded. */
export function withOlderPage(transcript: Transcript, page: { items: MessageDto[]; hasMore: boolean }): Transcript {
  return { ...transcript, messages: mergeMessages(transcript.messages, page.items), hasOlder: page.hasMore };
}

/** Live messages (and our own sent ones) merged in, each once, in seq order. */
export function withMessages(transcript: Transcript, messages: readonly MessageDto[]): Transcript {
  const merged = mergeMessages(transcript.messages, messages);
  return merged === transcript.messages ? transcript : { ...transcript, messages: merged };
}

/** Where the next older page ends (exclusive); a huge number for the first page. */
export function olderCursor(transcript: Transcript): number {
  return transcript.messages.length === 0 ? Number.MAX_SAFE_INTEGER : firstSeq(transcript.messages);
}

export function newestSeq(transcript: Transcript): number {
  return lastSeq(transcript.messages);
}

export function isResumeNote(message: MessageDto): boolean {
  return isSystemMessage(message) && message.body === CONVERSATION_RESUMED_NOTE;
}

export function transcriptRows(transcript: Transcript, showSystem: boolean): TranscriptRow[] {
  const rows: TranscriptRow[] = [{ kind: 'start', key: 'start', hasOlder: transcript.hasOlder }];
  for (const message of transcript.messages) {
    if (isResumeNote(message)) rows.push({ kind: 'divider', key: `d${message.seq}`, at: message.createdAt });
    else if (showSystem || !isSystemMessage(message)) rows.push({ kind: 'message', key: `m${message.seq}`, message });
  }
  return rows;
}

/** The row of a message, or of the first message after it when it is hidden; -1 when none. */
export function rowOfSeq(rows: readonly TranscriptRow[], seq: number): number {
  return rows.findIndex((row) => (row.kind === 'message' && row.message.seq >= seq) || (row.kind === 'divider' && Number(row.key.slice(1)) >= seq));
}

/** The seq a row stands for (the anchor kept in place while pages load above it). */
export function seqOfRow(row: TranscriptRow | undefined): number | undefined {
  if (!row || row.kind === 'start') return undefined;
  return row.kind === 'message' ? row.message.seq : Number(row.key.slice(1));
}
