/**
 * Holds one rxjs subscription for a Lit element: subscribes while the element is connected and
 * replaces the previous subscription when the source changes (a newer source supersedes it).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Observable, Subscription } from 'rxjs';

export class SubscriptionController<T> implements ReactiveController {
  private source?: Observable<T>;
  private current?: Subscription;
  private connected = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly next: (value: T) => void,
  ) {
    host.addController(this);
  }

  /** Switches to a new source (or none); the old subscription ends at once. */
  set(source: Observable<T> | undefined): void {
    this.current?.unsubscribe();
    this.current = undefined;
    this.source = source;
    if (this.connected) this.subscribe();
  }

  hostConnected(): void {
    this.connected = true;
    this.subscribe();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.current?.unsubscribe();
    this.current = undefined;
  }

  private subscribe(): void {
    if (!this.source || this.current) return;
    this.current = this.source.subscribe({ next: (value) => this.next(value), error: () => undefined });
  }
}
