/**
 * Write conflicts between concurrent writers, on one host instance or many: an insert that lost
 * a race to a unique index, a conditional update that found the row changed, or a transaction
 * PostgreSQL aborted to break a deadlock. The losing transaction is run again and then sees what
 * the winner wrote.
 */
export class WriteConflict extends Error {
  override readonly name = 'WriteConflict';
}

export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** PostgreSQL gave up on the transaction for another's sake (a deadlock, a serialization failure). */
export function isTransientFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return code === '40P01' || code === '40001';
}

/** `attempt` must be a whole transaction: PostgreSQL aborts a transaction on a violation. */
export async function retryOnConflict<T>(attempt: () => Promise<T>, attempts = 8): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      const conflict = error instanceof WriteConflict || isUniqueViolation(error) || isTransientFailure(error);
      if (i >= attempts || !conflict) throw error;
    }
  }
}
