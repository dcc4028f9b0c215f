/**
 * Contribution points: a symbol and an interface share a name; everything bound to the symbol is
 * collected by a ContributionProvider. One failing contribution is reported and skipped, so it
 * cannot stop the others.
 */
export interface ContributionProvider<T> {
  getContributions(): T[];
  /** Calls `run` for every contribution; a failure is passed to `onError` and the rest go on. */
  forEach(run: (contribution: T) => void, onError: (error: unknown, contribution: T) => void): void;
}

/** Collects the contributions once, on first use, from what the container has bound to the point. */
export class ContributionProviderImpl<T> implements ContributionProvider<T> {
  private cached?: T[];

  constructor(private readonly collect: () => T[]) {}

  getContributions(): T[] {
    this.cached ??= this.collect();
    return this.cached;
  }

  forEach(run: (contribution: T) => void, onError: (error: unknown, contribution: T) => void): void {
    for (const contribution of this.getContributions()) {
      try {
        run(contribution);
      } catch (error) {
        onError(error, contribution);
      }
    }
  }
}
