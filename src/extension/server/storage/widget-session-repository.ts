/**
 * The sessions the Live Chat Messages widget lists (spec §6): those of the clients behind a set of
 * accounts (channel type + external id, as an item's Account field holds them), and those bound
 * to a set of app items. Both in the given states, most recent activity first.
 */
import type { LineSessionState } from '@elma365/sdk-types';
import { inject, injectable } from 'inversify';
import type { Session } from '../../common/session';
import { LiveChatsDb } from '../kernel/host-services';
import type { SelectQueryBuilder } from 'kysely';
import type { Db, LiveChatsSchema, SessionsTable } from './schema';
import { toSession } from './session-repository';

export interface AccountKey {
  type: string;
  id: string;
}

export interface ItemKey {
  appCode: string;
  itemId: string;
}

@injectable()
export class WidgetSessionRepository {
  constructor(@inject(LiveChatsDb) private readonly db: Db) {}

  /** The clients with these accounts: every live chat's sessions of one person share the client. */
  async clientIdsOf(accounts: readonly AccountKey[]): Promise<string[]> {
    if (accounts.length === 0) return [];
    const rows = await this.db
      .selectFrom('lc_clients')
      .select('id')
      .where((eb) => eb.or(accounts.map((account) => eb.and([eb('channel_type', '=', account.type), eb('external_id', '=', account.id)]))))
      .execute();
    return rows.map((row) => row.id);
  }

  /** Those of the clients that have a session, in any state, on one of the live chats. */
  async withSessionsOn(clientIds: readonly string[], lineIds: readonly string[]): Promise<string[]> {
    if (clientIds.length === 0 || lineIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('lc_sessions')
      .select('client_id')
      .distinct()
      .where('client_id', 'in', [...new Set(clientIds)])
      .where('line_id', 'in', [...lineIds])
      .execute();
    return rows.map((row) => row.client_id);
  }

  async ofClients(clientIds: readonly string[], states: readonly LineSessionState[], limit: number): Promise<Session[]> {
    if (clientIds.length === 0) return [];
    return this.listed(this.db.selectFrom('lc_sessions').selectAll().where('client_id', 'in', [...new Set(clientIds)]), states, limit);
  }

  async ofItems(items: readonly ItemKey[], states: readonly LineSessionState[], limit: number): Promise<Session[]> {
    if (items.length === 0) return [];
    const bound = this.db
      .selectFrom('lc_session_items')
      .select('session_id')
      .where((eb) => eb.or(items.map((item) => eb.and([eb('app_code', '=', item.appCode), eb('item_id', '=', item.itemId)]))));
    return this.listed(this.db.selectFrom('lc_sessions').selectAll().where('id', 'in', bound), states, limit);
  }

  private async listed(query: SelectQueryBuilder<LiveChatsSchema, 'lc_sessions', SessionsTable>, states: readonly LineSessionState[], limit: number): Promise<Session[]> {
    const rows = await query.where('state', 'in', [...states]).orderBy('last_activity_at', 'desc').orderBy('id').limit(limit).execute();
    return rows.map(toSession);
  }
}
