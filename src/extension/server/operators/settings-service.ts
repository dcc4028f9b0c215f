/** Administration › Live Chats Settings (spec §2.9): read by everyone who works, changed by administrators. */
import { inject, injectable } from 'inversify';
import { AccessPolicy, type Actor, forbidden } from '../../common/access-policy';
import type { LiveChatsSettings } from '../../common/settings';
import { SettingsRepository } from '../storage/settings-repository';

/** Settings are read by every guarded action; other host instances see a change within this time. */
const CACHE_MS = 2_000;

@injectable()
export class SettingsService {
  private cached?: { value: LiveChatsSettings; until: number };

  constructor(@inject(SettingsRepository) private readonly repository: SettingsRepository) {}

  async get(): Promise<LiveChatsSettings> {
    const now = Date.now();
    if (this.cached && this.cached.until > now) return this.cached.value;
    const value = await this.repository.get();
    this.cached = { value, until: now + CACHE_MS };
    return value;
  }

  async update(actor: Actor, patch: Partial<LiveChatsSettings>): Promise<LiveChatsSettings> {
    if (!AccessPolicy.canConfigureLines(actor)) throw forbidden('Only administrators change the Live Chats settings.');
    const value = { ...(await this.repository.get()), ...patch };
    await this.repository.save(value);
    this.cached = { value, until: Date.now() + CACHE_MS };
    return value;
  }
}
