/** Opaque keyset cursors for session lists (newest activity first). */
import { z } from 'zod';
import { LiveChatsError } from '../../common/errors';
import type { Session } from '../../common/session';

const cursorShape = z.tuple([z.string().max(40), z.string().max(64)]);
const offsetShape = z.tuple([z.literal('offset'), z.number().int().min(0).max(1_000_000)]);

export function encodeCursor(session: Session): string {
  return Buffer.from(JSON.stringify([session.lastActivityAt, session.id])).toString('base64url');
}

export function decodeCursor(cursor: string): { lastActivityAt: string; id: string } {
  try {
    const [lastActivityAt, id] = cursorShape.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return { lastActivityAt, id };
  } catch (error) {
    throw new LiveChatsError('request/invalid', 'The cursor is not valid.', { cause: error });
  }
}

/** Lists ordered by a parameter page by position. */
export function encodeOffsetCursor(offset: number): string {
  return Buffer.from(JSON.stringify(['offset', offset])).toString('base64url');
}

export function decodeOffsetCursor(cursor: string): number {
  try {
    return offsetShape.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')))[1];
  } catch (error) {
    throw new LiveChatsError('request/invalid', 'The cursor is not valid.', { cause: error });
  }
}
