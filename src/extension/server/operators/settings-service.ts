/** Administration › Live Chats Settings (spec §2.9): read by everyone who works, changed by administrators. */
import { inject, injectable } from 'inversify';
import { AccessPolicy, type Actor, forbidden } from '../../common/access-policy';
import { LiveChatsError } from '../../common/errors';
import type { LiveChatsSettings } from '../../common/settings';
import { LineRepository } from '../storage/line-repository';
import { SettingsRepository } from '../storage/settings-repository';

/** Settings are read by every guarded action; other host instances see a change within this time. */
const CACHE_MS = 2_000;

@injectable()
export class SettingsService {
  private cached?: { value: LiveChatsSettings; until: number };

  constructor(
    @inject(SettingsRepository) private readonly repository: SettingsRepository,
    @inject(LineRepository) private readonly lines: LineRepository,
  ) {}

  async get(): Promise<LiveChatsSettings> {
    const now = Date.now();
    if (this.cached && this.cached.until > now) return this.cached.value;
    const value = await this.repository.get();
    this.cached = { value, until: now + CACHE_MS };
    return value;
  }

  /** Reads the stored settings on the next get (they changed behind the service, e.g. a live chat was deleted). */
  invalidate(): void {
    this.cached = undefined;
  }

  async update(actor: Actor, patch: Partial<LiveChatsSettings>): Promise<LiveChatsSettings> {
    if (!AccessPolicy.canConfigureLines(actor)) throw forbidden('Only administrators change the Live Chats settings.');
    const checked = { ...patch };
    if (patch.sendConfirmationChannelIds) checked.sendConfirmationChannelIds = await this.knownChannels(patch.sendConfirmationChannelIds);
    if (patch.attachmentTypes) checked.attachmentTypes = [...new Set(patch.attachmentTypes)];
    const value = { ...(await this.repository.get()), ...checked };
    await this.repository.save(value);
    this.cached = { value, until: Date.now() + CACHE_MS };
    return value;
  }

  /** The ids without repeats; every one must be a channel of a live chat (400 naming the others). */
  private async knownChannels(ids: readonly string[]): Promise<string[]> {
    const wanted = [...new Set(ids)];
    const known = new Set((await this.lines.list()).flatMap((line) => line.channels.map((channel) => channel.id)));
    const unknown = wanted.filter((id) => !known.has(id));
    if (unknown.length) {
      throw new LiveChatsError('settings/unknown-channels', `There is no such channel: ${unknown.join(', ')}.`, { details: { channelIds: unknown } });
    }
    return wanted;
  }
}
