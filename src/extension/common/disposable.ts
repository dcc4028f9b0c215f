/** Disposables owned by one lifetime (the extension, a mounted screen, a widget instance). */
import type { Disposable } from '@elma365/sdk-types';

export type { Disposable };

export function toDisposable(dispose: () => void): Disposable {
  let disposed = false;
  return {
    dispose: () => {
      if (!disposed) {
        disposed = true;
        dispose();
      }
    },
  };
}

export class DisposableCollection implements Disposable {
  private readonly items = new Set<Disposable>();
  private disposedFlag = false;

  get disposed(): boolean {
    return this.disposedFlag;
  }

  /** Adds a disposable; adding to a disposed collection disposes it at once. */
  push(...items: Disposable[]): Disposable {
    for (const item of items) {
      if (this.disposedFlag) item.dispose();
      else this.items.add(item);
    }
    return toDisposable(() => items.forEach((item) => this.items.delete(item)));
  }

  /** Disposes in reverse order of registration; one failure does not stop the others. */
  dispose(): void {
    if (this.disposedFlag) return;
    this.disposedFlag = true;
    const errors: unknown[] = [];
    for (const item of [...this.items].reverse()) {
      try {
        item.dispose();
      } catch (error) {
        errors.push(error);
      }
    }
    this.items.clear();
    if (errors.length === 1) throw errors[0];
    if (errors.length > 1) throw new AggregateError(errors, 'several disposables failed');
  }
}
