/** Links between sessions and app items (spec §4.5); the items themselves live in the host. */
import { inject, injectable } from 'inversify';
import type { SessionItemRole } from '../../common/api';
import { LiveChatsDb } from '../kernel/host-services';
import type { Db, Tx } from './schema';

export interface SessionItemLink {
  sessionId: string;
  appCode: string;
  itemId: string;
  role: SessionItemRole;
  createdAt: string;
}

@injectable()
export class SessionItemRepository {
  constructor(@inject(LiveChatsDb) private readonly db: Db) {}

  /** Links of the sessions, oldest first, grouped by session id. */
  async linksOf(sessionIds: readonly string[]): Promise<Map<string, SessionItemLink[]>> {
    const result = new Map<string, SessionItemLink[]>();
    if (sessionIds.length === 0) return result;
    const rows = await this.db
      .selectFrom('lc_session_items')
      .selectAll()
      .where('session_id', 'in', [...new Set(sessionIds)])
      .orderBy('created_at')
      .orderBy('item_id')
      .execute();
    for (const row of rows) {
      const link: SessionItemLink = { sessionId: row.session_id, appCode: row.app_code, itemId: row.item_id, role: row.role as SessionItemRole, createdAt: row.created_at };
      result.set(row.session_id, [...(result.get(row.session_id) ?? []), link]);
    }
    return result;
  }

  /** True when the link was added, false when it was there already. */
  async link(link: SessionItemLink, tx: Tx = this.db): Promise<boolean> {
    const result = await tx
      .insertInto('lc_session_items')
      .values({ session_id: link.sessionId, app_code: link.appCode, item_id: link.itemId, role: link.role, created_at: link.createdAt })
      .onConflict((oc) => oc.columns(['session_id', 'app_code', 'item_id']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async unlink(sessionId: string, appCode: string, itemId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('lc_session_items')
      .where('session_id', '=', sessionId)
      .where('app_code', '=', appCode)
      .where('item_id', '=', itemId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
