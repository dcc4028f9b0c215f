/**
 * Delivers outbox rows: polls for due rows, and is poked right after a commit that wrote one so
 * that delivery does not wait for the next poll. Each kind of row has its handler (an
 * OutboxHandler contribution); failures are retried on the handler's schedule, and after the
 * last attempt a row is dead-lettered with its error.
 */
import type { Disposable } from '@elma365/sdk-types';
import { inject, injectable } from 'inversify';
import type { ContributionProvider } from '../../common/contribution-provider';
import { OutboxHandlerProvider } from '../kernel/contribution-providers';
import { HostClock, HostLogger } from '../kernel/host-services';
import { Rounds } from '../kernel/rounds';
import type { OutboxHandler } from './outbox-handler';
import { type OutboxEntry, OutboxRepository } from './outbox-repository';

const POLL_MS = 1000;
const LEASE_MS = 120_000;
const BATCH = 20;

@injectable()
export class OutboxWorker {
  private readonly rounds: Rounds;

  constructor(
    @inject(OutboxRepository) private readonly outbox: OutboxRepository,
    @inject(OutboxHandlerProvider) private readonly handlers: ContributionProvider<OutboxHandler>,
    @inject(HostClock) private readonly clock: HostClock,
    @inject(HostLogger) private readonly logger: HostLogger,
  ) {
    this.rounds = new Rounds(
      () => this.drain(),
      (error) => this.logger.error('outbox round failed', { error: String(error) }),
    );
  }

  /** Disposing lets a round in progress finish its row and claim no more: the database may close next. */
  start(): Disposable {
    return this.rounds.start(POLL_MS);
  }

  /** Runs a delivery round now (or right after the one in progress). */
  poke(): void {
    this.rounds.poke();
  }

  /** Resolves when no delivery round is in progress (for tests and shutdown). */
  idle(): Promise<void> {
    return this.rounds.idle();
  }

  private async drain(): Promise<void> {
    while (!this.rounds.isStopped) {
      const entries = await this.outbox.claimDue(this.clock.now(), BATCH, LEASE_MS);
      if (entries.length === 0) return;
      for (const entry of entries) if (!this.rounds.isStopped) await this.deliver(entry);
    }
  }

  private async deliver(entry: OutboxEntry): Promise<void> {
    const handler = this.handlers.getContributions().find((candidate) => candidate.kind === entry.kind);
    try {
      if (!handler) throw new Error(`no handler for outbox entries of kind "${entry.kind}"`);
      await handler.deliver(entry);
      await this.outbox.finish(entry.id, this.clock.now().toISOString());
    } catch (error) {
      const delay = handler?.backoffMs[entry.attempts - 1];
      const now = this.clock.now();
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn('outbox delivery failed', { id: entry.id, kind: entry.kind, attempt: entry.attempts, error: message });
      await this.outbox.fail(entry.id, message, delay === undefined ? undefined : new Date(now.getTime() + delay).toISOString(), now.toISOString());
      if (delay === undefined && handler?.onDead) {
        await handler.onDead(entry, message).catch((failure: unknown) => this.logger.error('recording a dead outbox row failed', { id: entry.id, error: String(failure) }));
      }
    }
  }
}
