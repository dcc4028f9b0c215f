/**
 * Delivers outbox rows: polls for due rows, and is poked right after a commit that wrote one so
 * that delivery does not wait for the next poll. Failures are retried with backoff; after the
 * last attempt a row is dead-lettered with its error.
 */
import type { Disposable } from '@elma365/sdk-types';
import { inject, injectable } from 'inversify';
import { HostClock, HostLogger, HostProcesses } from '../kernel/host-services';
import { type OutboxEntry, OutboxRepository } from './outbox-repository';
import { type ProcessStartPayload, PROCESS_START } from './process-start';

const POLL_MS = 1000;
const LEASE_MS = 120_000;
const BATCH = 20;
/** Delay before attempt n + 1; after the last one the row is dead. */
const BACKOFF_MS = [1_000, 5_000, 30_000, 120_000, 600_000];

@injectable()
export class OutboxWorker {
  private running?: Promise<void>;
  private again = false;
  private stopped = false;

  constructor(
    @inject(OutboxRepository) private readonly outbox: OutboxRepository,
    @inject(HostProcesses) private readonly processes: HostProcesses,
    @inject(HostClock) private readonly clock: HostClock,
    @inject(HostLogger) private readonly logger: HostLogger,
  ) {}

  start(): Disposable {
    const timer = setInterval(() => this.poke(), POLL_MS);
    timer.unref();
    this.poke();
    return {
      dispose: () => {
        // A round in progress finishes its row and claims no more: the database may close next.
        this.stopped = true;
        clearInterval(timer);
      },
    };
  }

  /** Runs a delivery round now (or right after the one in progress). */
  poke(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((error: unknown) => this.logger.error('outbox round failed', { error: String(error) }))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.poke();
        }
      });
  }

  /** Resolves when no delivery round is in progress (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    while (!this.stopped) {
      const entries = await this.outbox.claimDue(this.clock.now(), BATCH, LEASE_MS);
      if (entries.length === 0) return;
      for (const entry of entries) if (!this.stopped) await this.deliver(entry);
    }
  }

  private async deliver(entry: OutboxEntry): Promise<void> {
    try {
      if (entry.kind !== PROCESS_START) throw new Error(`no handler for outbox entries of kind "${entry.kind}"`);
      const payload = entry.payload as ProcessStartPayload;
      // The row id is the idempotency key: a redelivery finds the instance of the first delivery.
      await this.processes.run(payload.templateCode, payload.inputs, { idempotencyKey: `live-chats:${entry.id}`, initiatorId: payload.initiatorId });
      await this.outbox.finish(entry.id, this.clock.now().toISOString());
    } catch (error) {
      const delay = BACKOFF_MS[entry.attempts - 1];
      const now = this.clock.now();
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn('outbox delivery failed', { id: entry.id, kind: entry.kind, attempt: entry.attempts, error: message });
      await this.outbox.fail(entry.id, message, delay === undefined ? undefined : new Date(now.getTime() + delay).toISOString(), now.toISOString());
    }
  }
}
