/**
 * HostNotifications (#feed) on the host's `host_notifications` table: a notice for users and
 * groups becomes one row per user (group members resolved through the directory, each user once),
 * and each user reads their own feed and marks it read.
 */
import type { HostDirectory, HostNotice, HostNotifications } from '@elma365/sdk-types';
import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { HostSchema } from '../host-schema';

/** One notice in a user's feed, as GET /api/notifications answers it. */
export interface NotificationDto {
  id: string;
  title: string;
  text?: string;
  /** A path of the shell to open, e.g. `#/live-chats.workspace?session=…`. */
  link?: string;
  createdAt: string;
  read: boolean;
}

export interface NotificationFeed {
  /** The latest notices, newest first. */
  items: NotificationDto[];
  /** All unread notices of the user, not only those in `items`. */
  unread: number;
}

export const FEED_LIMIT = 50;
export const TITLE_MAX = 300;
export const TEXT_MAX = 4000;
export const LINK_MAX = 2000;
/** Rows per INSERT: far below SQLite's limit of bound variables. */
const INSERT_CHUNK = 500;

export class NotificationError extends Error {
  override readonly name = 'NotificationError';
  readonly code = 'notification/invalid';
}

const id = z.string().min(1).max(64);

/**
 * Links stay inside the shell: a hash route or a same-origin path. A `javascript:` or
 * protocol-relative link would let a notice run code or leave the site when clicked.
 */
const shellLink = z
  .string()
  .max(LINK_MAX)
  .regex(/^(#|\/(?![/\\]))/, 'a link must be a path of the shell, starting with / or #');

const noticeSchema = z.strictObject({
  userIds: z.array(id).max(100_000).optional(),
  groupIds: z.array(id).max(10_000).optional(),
  title: z.string().trim().min(1, 'a notice needs a title'),
  text: z.string().optional(),
  link: shellLink.optional(),
});

const clip = (value: string, max: number): string => (value.length > max ? `${value.slice(0, max - 1)}…` : value);

type Row = HostSchema['host_notifications'];

const toDto = (row: Row): NotificationDto => ({
  id: row.id,
  title: row.title,
  ...(row.text ? { text: row.text } : {}),
  ...(row.link ? { link: row.link } : {}),
  createdAt: row.created_at,
  read: row.read_at !== null,
});

export class NotificationsImpl implements HostNotifications {
  constructor(
    private readonly db: Kysely<HostSchema>,
    private readonly directory: Pick<HostDirectory, 'membersOf' | 'getUsers'>,
    private readonly now: () => Date,
  ) {}

  /** Rejects with a NotificationError when the notice is malformed; long titles and texts are clipped. */
  async notify(notice: HostNotice): Promise<void> {
    const parsed = noticeSchema.safeParse(notice);
    if (!parsed.success) {
      throw new NotificationError(`The notice is invalid: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'notice'}: ${issue.message}`).join('; ')}`);
    }
    const { userIds = [], groupIds = [], title, text, link } = parsed.data;
    const members = await this.directory.membersOf(groupIds);
    const wanted = [...new Set([...userIds, ...members])];
    // Only users the directory knows get a row: a stale id must not leave an orphan behind.
    const users = wanted.length === 0 ? [] : await this.directory.getUsers(wanted);
    if (users.length === 0) return;
    const createdAt = this.now().toISOString();
    const rows: Row[] = users.map((user) => ({
      id: randomUUID(),
      user_id: user.id,
      title: clip(title, TITLE_MAX),
      text: text?.trim() ? clip(text, TEXT_MAX) : null,
      link: link ?? null,
      created_at: createdAt,
      read_at: null,
    }));
    await this.db.transaction().execute(async (tx) => {
      for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
        await tx.insertInto('host_notifications').values(rows.slice(start, start + INSERT_CHUNK)).execute();
      }
    });
  }

  /** The user's latest notices (newest first) and how many of all their notices are unread. */
  async feed(userId: string, limit = FEED_LIMIT): Promise<NotificationFeed> {
    const [rows, unread] = await Promise.all([
      this.db
        .selectFrom('host_notifications')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute(),
      this.unreadCount(userId),
    ]);
    return { items: rows.map(toDto), unread };
  }

  /** Marks the user's notices read: those of `ids` (others' ids are ignored), or all. The unread count after. */
  async markRead(userId: string, ids?: readonly string[]): Promise<number> {
    let update = this.db
      .updateTable('host_notifications')
      .set({ read_at: this.now().toISOString() })
      .where('user_id', '=', userId)
      .where('read_at', 'is', null);
    if (ids) {
      if (ids.length === 0) return this.unreadCount(userId);
      update = update.where('id', 'in', [...ids]);
    }
    await update.execute();
    return this.unreadCount(userId);
  }

  private async unreadCount(userId: string): Promise<number> {
    const row = await this.db
      .selectFrom('host_notifications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
