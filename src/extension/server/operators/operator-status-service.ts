/**
 * Operators' working status (spec §3.4): the switch, heartbeats from open Live Chats pages, the
 * automatic Offline after the configured inactivity, and the guard that keeps Offline staff
 * view-only. A user is Online only while switched Online and seen within the threshold, so the
 * guard is exact even between two sweeps; the sweep makes the change visible (realtime `status`).
 */
import { OperatorStatusType, type Disposable } from '@elma365/sdk-types';
import { inject, injectable } from 'inversify';
import { Subject, type Observable } from 'rxjs';
import { AccessPolicy, type Actor } from '../../common/access-policy';
import { LiveChatsError } from '../../common/errors';
import { effectiveStatus } from '../../common/operators';
import type { LiveChatsSettings } from '../../common/settings';
import type { MyStatusDto } from '../../common/routing-api';
import { RealtimeEvents, Topics } from '../../common/topics';
import { HostClock, HostLogger, HostRealtime } from '../kernel/host-services';
import { LineRepository } from '../storage/line-repository';
import { OperatorRepository } from '../storage/operator-repository';
import type { Tx } from '../storage/schema';
import { SettingsService } from './settings-service';

const SWEEP_MS = 15_000;

@injectable()
export class OperatorStatusService {
  private readonly didGoOnline = new Subject<string>();
  /** A user switched Online: sessions waiting for an operator may now be assigned. */
  readonly onDidGoOnline: Observable<string> = this.didGoOnline.asObservable();

  constructor(
    @inject(OperatorRepository) private readonly operators: OperatorRepository,
    @inject(SettingsService) private readonly settings: SettingsService,
    @inject(LineRepository) private readonly lines: LineRepository,
    @inject(HostClock) private readonly clock: HostClock,
    @inject(HostRealtime) private readonly realtime: HostRealtime,
    @inject(HostLogger) private readonly logger: HostLogger,
  ) {}

  start(): Disposable {
    const timer = setInterval(() => {
      this.sweep().catch((error: unknown) => this.logger.error('the operator status sweep failed', { error: String(error) }));
    }, SWEEP_MS);
    timer.unref();
    return { dispose: () => clearInterval(timer) };
  }

  /** Only operators and supervisors of some live chat have a working status. */
  private async isEligible(actor: Actor): Promise<boolean> {
    return (await this.lines.list()).some((line) => AccessPolicy.canWorkOnLine(actor, line));
  }

  async myStatus(actor: Actor): Promise<MyStatusDto> {
    const settings = await this.settings.get();
    const status = await this.statusOf(actor.userId, settings);
    return { status, eligible: await this.isEligible(actor), inactivityMinutes: settings.inactivityMinutes };
  }

  async setStatus(actor: Actor, status: OperatorStatusType): Promise<MyStatusDto> {
    if (!(await this.isEligible(actor))) {
      throw new LiveChatsError('auth/forbidden', 'Only operators and supervisors of a live chat have a working status.');
    }
    await this.operators.setStatus(actor.userId, status, this.clock.now().toISOString());
    const dto = await this.myStatus(actor);
    this.publish(actor.userId, dto);
    if (status === OperatorStatusType.Online) this.didGoOnline.next(actor.userId);
    return dto;
  }

  async heartbeat(actor: Actor): Promise<MyStatusDto> {
    await this.operators.touch(actor.userId, this.clock.now().toISOString());
    return this.myStatus(actor);
  }

  /** Refuses a working action to an Offline operator or supervisor (`operator/offline`). */
  async requireOnline(actor: Actor): Promise<void> {
    if ((await this.statusOf(actor.userId, await this.settings.get())) !== OperatorStatusType.Online) {
      throw new LiveChatsError('operator/offline', 'You are Offline: switch your status to Online to work on sessions.');
    }
  }

  /**
   * Which of the users are Online now. Inside a transaction pass the settings read before it:
   * on SQLite a read outside the transaction would wait for it forever.
   */
  async onlineAmong(userIds: readonly string[], tx?: Tx, known?: LiveChatsSettings): Promise<Set<string>> {
    const settings = known ?? (await this.settings.get());
    const now = this.clock.now();
    const presences = await this.operators.presences(userIds, tx);
    return new Set(userIds.filter((id) => effectiveStatus(presences.get(id), now, settings) === OperatorStatusType.Online));
  }

  /** Flips the operators not seen within the threshold to Offline and tells their pages. */
  async sweep(): Promise<void> {
    const settings = await this.settings.get();
    const now = this.clock.now();
    const cutoff = new Date(now.getTime() - settings.inactivityMinutes * 60_000).toISOString();
    for (const userId of await this.operators.staleOnline(cutoff)) {
      if (await this.operators.expire(userId, cutoff, now.toISOString())) {
        this.publish(userId, { status: OperatorStatusType.Offline, eligible: true, inactivityMinutes: settings.inactivityMinutes });
      }
    }
  }

  private async statusOf(userId: string, settings: LiveChatsSettings): Promise<OperatorStatusType> {
    const presences = await this.operators.presences([userId]);
    return effectiveStatus(presences.get(userId), this.clock.now(), settings);
  }

  settingsNow(): Promise<LiveChatsSettings> {
    return this.settings.get();
  }

  private publish(userId: string, dto: MyStatusDto): void {
    this.realtime.publish({ topic: Topics.user(userId), type: RealtimeEvents.status, data: dto });
  }
}
