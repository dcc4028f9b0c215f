/**
 * Write conflicts between concurrent writers, on one host instance or many: an insert that lost
 * a race to a unique index, or a conditional update that found the row changed. The losing
 * transaction is run again and then sees what the winner wrote.
 */
export class WriteConflict extends Error {
  override readonly name = 'WriteConflict';
}

export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** `attempt` must be a whole transaction: PostgreSQL aborts a transaction on a violation. */
export async function retryOnConflict<T>(attempt: () => Promise<T>, attempts = 8): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      const conflict = error instanceof WriteConflict || isUniqueViolation(error);
      if (i >= attempts || !conflict) throw error;
    }
  }
}
