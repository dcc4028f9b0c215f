/** The global Live Chats settings, one JSON row; missing keys take their defaults. */
import { inject, injectable } from 'inversify';
import { DEFAULT_SETTINGS, type LiveChatsSettings } from '../../common/settings';
import { LiveChatsDb } from '../kernel/host-services';
import type { Db, Tx } from './schema';

const KEY = 'global';

@injectable()
export class SettingsRepository {
  constructor(@inject(LiveChatsDb) private readonly db: Db) {}

  async get(tx: Tx = this.db): Promise<LiveChatsSettings> {
    const row = await tx.selectFrom('lc_settings').select('value').where('key', '=', KEY).executeTakeFirst();
    return { ...DEFAULT_SETTINGS, ...(row ? (JSON.parse(row.value) as Partial<LiveChatsSettings>) : {}) };
  }

  async save(settings: LiveChatsSettings, tx: Tx = this.db): Promise<void> {
    const value = JSON.stringify(settings);
    await tx
      .insertInto('lc_settings')
      .values({ key: KEY, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  }

  /** Forgets deleted channels wherever the settings name channels (the send-confirmation list). */
  async forgetChannels(channelIds: readonly string[], tx: Tx): Promise<void> {
    const settings = await this.get(tx);
    const kept = settings.sendConfirmationChannelIds.filter((id) => !channelIds.includes(id));
    if (kept.length < settings.sendConfirmationChannelIds.length) await this.save({ ...settings, sendConfirmationChannelIds: kept }, tx);
  }
}
