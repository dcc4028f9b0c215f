/** Clients: the people sessions are with. */
import { LineChannelType } from '@elma365/sdk-types';
import type { HostUser } from '@elma365/sdk-types';
import { randomUUID } from 'node:crypto';
import { inject, injectable } from 'inversify';
import type { Client } from '../../common/client';
import { LiveChatsDb } from '../kernel/host-services';
import type { ClientsTable, Db, Tx } from './schema';

function toClient(row: ClientsTable): Client {
  return {
    id: row.id,
    channelType: row.channel_type as LineChannelType,
    externalId: row.external_id,
    name: row.name,
    userId: row.user_id ?? undefined,
  };
}

@injectable()
export class ClientRepository {
  constructor(@inject(LiveChatsDb) private readonly db: Db) {}

  /** The internal client for a company user, created on first use (safe under concurrency). */
  async internalClientFor(user: HostUser, at: string, tx: Tx): Promise<Client> {
    const existing = await this.internalClientOf(user.id, tx);
    if (existing) return existing;
    await tx
      .insertInto('lc_clients')
      .values({ id: randomUUID(), channel_type: LineChannelType.Internal, external_id: user.id, name: user.name, user_id: user.id, created_at: at })
      .onConflict((oc) => oc.columns(['channel_type', 'external_id']).doNothing())
      .execute();
    const created = await this.internalClientOf(user.id, tx);
    if (!created) throw new Error(`the internal client of ${user.id} was neither found nor created`);
    return created;
  }

  private async internalClientOf(userId: string, tx: Tx): Promise<Client | undefined> {
    const row = await tx
      .selectFrom('lc_clients')
      .selectAll()
      .where('channel_type', '=', LineChannelType.Internal)
      .where('external_id', '=', userId)
      .executeTakeFirst();
    return row ? toClient(row) : undefined;
  }

  async getMany(ids: readonly string[]): Promise<Map<string, Client>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.selectFrom('lc_clients').selectAll().where('id', 'in', [...new Set(ids)]).execute();
    return new Map(rows.map((row) => [row.id, toClient(row)]));
  }

  async idsOfUser(userId: string): Promise<string[]> {
    const rows = await this.db.selectFrom('lc_clients').select('id').where('user_id', '=', userId).execute();
    return rows.map((row) => row.id);
  }
}
