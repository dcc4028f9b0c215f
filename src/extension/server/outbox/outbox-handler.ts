/**
 * The contribution point of outbox delivery: one handler per kind of row, with its own retry
 * schedule. A handler throws to have the row retried; after its last attempt the row is dead and
 * the handler may still record the failure where people will see it.
 */
import type { ServiceIdentifier } from 'inversify';
import type { OutboxEntry } from './outbox-repository';

export interface OutboxHandler {
  readonly kind: string;
  /** Delay before attempt n + 1; after the last one the row is dead. */
  readonly backoffMs: readonly number[];
  deliver(entry: OutboxEntry): Promise<void>;
  /** Called once when the row is dead-lettered. */
  onDead?(entry: OutboxEntry, error: string): Promise<void>;
}

export const OutboxHandler: ServiceIdentifier<OutboxHandler> = Symbol('OutboxHandler');
