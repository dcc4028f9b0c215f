/**
 * A background job run in rounds: `poke()` starts a round now, or one more right after the round
 * in progress (never two at once); an interval pokes it too, for what another host instance did.
 * Stopping lets the round in progress finish and starts no more.
 */
import type { Disposable } from '@elma365/sdk-types';

export class Rounds {
  private running?: Promise<void>;
  private again = false;
  private stopped = false;

  constructor(
    private readonly round: () => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  get isStopped(): boolean {
    return this.stopped;
  }

  /** Pokes every `intervalMs` and once now; disposing stops the rounds. */
  start(intervalMs: number): Disposable {
    const timer = setInterval(() => this.poke(), intervalMs);
    timer.unref();
    this.poke();
    return {
      dispose: () => {
        this.stopped = true;
        clearInterval(timer);
      },
    };
  }

  poke(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.round()
      .catch(this.onError)
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.poke();
        }
      });
  }

  /** Resolves when no round is in progress (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }
}
