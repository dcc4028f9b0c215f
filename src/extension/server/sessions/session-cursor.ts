/** Opaque keyset cursors for session lists (newest activity first). */
import { z } from 'zod';
import { LiveChatsError } from '../../common/errors';
import type { Session } from '../../common/session';

const cursorShape = z.tuple([z.string().max(40), z.string().max(64)]);

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
