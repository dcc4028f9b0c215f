/** Waiting for what happens after a request returns (realtime, the dispatcher, the outbox), with a deadline. */
export const WAIT = 15_000;

export async function until<T>(describe: string, probe: () => Promise<T>, check: (value: T) => boolean, timeout = WAIT): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const last = await probe();
    if (check(last)) return last;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${describe}; last seen: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
