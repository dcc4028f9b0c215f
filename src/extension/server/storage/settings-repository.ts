/** The global Live Chats settings, one JSON row; missing keys take their defaults. */
import { inject, injectable } from 'inversify';
import { DEFAULT_SETTINGS, type LiveChatsSettings } from '../../common/settings';
import { LiveChatsDb } from '../kernel/host-services';
import type { Db } from './schema';

const KEY = 'global';

@injectable()
export class SettingsRepository {
  constructor(@inject(LiveChatsDb) private readonly db: Db) {}

  async get(): Promise<LiveChatsSettings> {
    const row = await this.db.selectFrom('lc_settings').select('value').where('key', '=', KEY).executeTakeFirst();
    return { ...DEFAULT_SETTINGS, ...(row ? (JSON.parse(row.value) as Partial<LiveChatsSettings>) : {}) };
  }

  async save(settings: LiveChatsSettings): Promise<void> {
    const value = JSON.stringify(settings);
    await this.db
      .insertInto('lc_settings')
      .values({ key: KEY, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  }
}
