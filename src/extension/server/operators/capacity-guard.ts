/**
 * Capacity (issue 4): an operator never has more active sessions on a live chat than their limit,
 * whoever assigns (taking, reassigning, routing, processes) and on however many host instances.
 * Called in the transaction that has just assigned the session: it locks the operator's row,
 * counts what is committed plus this transaction's own change, and refuses one too many.
 */
import { inject, injectable } from 'inversify';
import { LiveChatsError } from '../../common/errors';
import type { Line } from '../../common/line';
import { capacityOf } from '../../common/operators';
import { OperatorRepository } from '../storage/operator-repository';
import type { Tx } from '../storage/schema';

@injectable()
export class CapacityGuard {
  constructor(@inject(OperatorRepository) private readonly operators: OperatorRepository) {}

  /** Whether the operator is within their limit with `more` sessions on top of what the transaction sees. */
  async withinLimit(tx: Tx, line: Line, userId: string, at: string, more = 0): Promise<boolean> {
    const capacity = capacityOf(line, userId);
    if (capacity === undefined) return true;
    await this.operators.lock([userId], at, tx);
    const active = (await this.operators.activeCounts(line.id, [userId], tx)).get(userId) ?? 0;
    return active + more <= capacity;
  }

  /** `who`: the operator's name, or undefined when they are the one asking ("You already have …"). */
  async ensureWithinLimit(tx: Tx, line: Line, userId: string, who: string | undefined, at: string): Promise<void> {
    if (!(await this.withinLimit(tx, line, userId, at))) {
      const subject = who === undefined ? 'You already have' : `${who} already has`;
      throw new LiveChatsError('operator/at-capacity', `${subject} the most active sessions allowed on "${line.name}" (${capacityOf(line, userId)}).`);
    }
  }
}
