/**
 * Opaque keyset cursors for session lists: the order the page was read in, the sort key of its
 * last session and that session's id. The next page starts strictly after (key, id), so rows
 * inserted or changed meanwhile never shift a page (no duplicates, no gaps for unchanged rows).
 */
import { z } from 'zod';
import { LiveChatsError } from '../../common/errors';
import type { SortKey } from '../storage/session-list-query';


export interface SessionCursor {
  /** `<sort>:<order>` of the query the cursor came from; another order refuses it. */
  order: string;
  key: SortKey;
  id: string;
}

const cursorShape = z.tuple([z.string().max(80), z.union([z.string().max(400), z.number(), z.null()]), z.string().min(1).max(64)]);

export function encodeCursor(cursor: SessionCursor): string {
  return Buffer.from(JSON.stringify([cursor.order, cursor.key, cursor.id])).toString('base64url');
}

export function decodeCursor(cursor: string, order: string): SessionCursor {
  let parsed: z.infer<typeof cursorShape>;
  try {
    parsed = cursorShape.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch (error) {
    throw new LiveChatsError('request/invalid', 'The cursor is not valid.', { cause: error });
  }
  if (parsed[0] !== order) throw new LiveChatsError('request/invalid', 'The cursor belongs to another order: start again from the first page.');
  return { order: parsed[0], key: parsed[1], id: parsed[2] };
}
