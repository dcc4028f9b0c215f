/**
 * Uploads never sent with a message are deleted, record and bytes, once they are older than a
 * day: an upload waits for the uploader's next message, not for ever. A sweep runs when the
 * server starts, every few minutes, and when an upload comes in after the sweep interval has
 * passed by the host's clock (so a long quiet time is caught up on at once).
 */
import type { Disposable } from '@elma365/sdk-types';
import { inject, injectable } from 'inversify';
import { HostClock, HostLogger } from '../kernel/host-services';
import { Rounds } from '../kernel/rounds';
import { AttachmentRepository } from '../storage/attachment-repository';
import { AttachmentFiles } from './attachment-files';

/** How long an upload waits for its message. */
export const UNSENT_UPLOAD_MS = 24 * 3_600_000;
const SWEEP_MS = 10 * 60_000;
const BATCH = 200;

@injectable()
export class UploadSweep {
  private readonly rounds: Rounds;
  /** When the last sweep started, by the host's clock. */
  private lastSweep = Number.NEGATIVE_INFINITY;

  constructor(
    @inject(AttachmentRepository) private readonly attachments: AttachmentRepository,
    @inject(AttachmentFiles) private readonly files: AttachmentFiles,
    @inject(HostClock) private readonly clock: HostClock,
    @inject(HostLogger) private readonly logger: HostLogger,
  ) {
    this.rounds = new Rounds(
      () => this.sweep(),
      (error) => this.logger.error('the sweep of unsent uploads failed', { error: String(error) }),
    );
  }

  start(): Disposable {
    return this.rounds.start(SWEEP_MS);
  }

  /** A sweep if the last one started at least the sweep interval ago. */
  pokeIfDue(): void {
    if (this.clock.now().getTime() - this.lastSweep >= SWEEP_MS) this.rounds.poke();
  }

  /** Resolves when no sweep is in progress (for tests and shutdown). */
  idle(): Promise<void> {
    return this.rounds.idle();
  }

  private async sweep(): Promise<void> {
    const now = this.clock.now().getTime();
    this.lastSweep = now;
    const before = new Date(now - UNSENT_UPLOAD_MS).toISOString();
    for (;;) {
      const fileIds = await this.attachments.deleteUnsent(before, BATCH);
      await this.files.discard(fileIds, 'uploads never sent');
      if (fileIds.length < BATCH || this.rounds.isStopped) return;
    }
  }
}
