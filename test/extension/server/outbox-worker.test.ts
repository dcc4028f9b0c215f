/** Outbox delivery with handlers: retries on each handler's schedule, dead letters, the routing auto-reply (spec §3.2). */
import type { HostProcesses } from '@elma365/sdk-types';
import { ContributionProviderImpl } from '../../../src/extension/common/contribution-provider';
import type { HostClock, HostLogger } from '../../../src/extension/server/kernel/host-services';
import type { OutboxHandler } from '../../../src/extension/server/outbox/outbox-handler';
import type { OutboxEntry, OutboxRepository, OutboxStatus } from '../../../src/extension/server/outbox/outbox-repository';
import { OutboxWorker } from '../../../src/extension/server/outbox/outbox-worker';
import { PROCESS_START, ProcessStartHandler, type ProcessStartPayload } from '../../../src/extension/server/outbox/process-start';
import { AUTO_REPLY, type AutoReplyPayload } from '../../../src/extension/server/routing/auto-reply';
import { AutoReplyHandler } from '../../../src/extension/server/routing/auto-reply-handler';
import type { CompanyMessages } from '../../../src/extension/server/sessions/company-messages';

interface Row extends OutboxEntry {
  status: OutboxStatus;
  nextAttemptAt: string;
  lockedUntil?: string;
  lastError?: string;
}

/** The contract of OutboxRepository over an array: a claim counts the attempt and leases the row. */
class InMemoryOutbox {
  readonly rows: Row[] = [];
  readonly finished: { id: string; at: string }[] = [];
  readonly failed: { id: string; error: string; retryAt: string | undefined; at: string }[] = [];
  private next = 1;

  add(kind: string, payload: unknown, at: Date): string {
    const id = `o${this.next++}`;
    this.rows.push({ id, kind, payload, attempts: 0, status: 'pending', nextAttemptAt: at.toISOString() });
    return id;
  }

  async claimDue(now: Date, limit: number, leaseMs: number): Promise<OutboxEntry[]> {
    const at = now.toISOString();
    const due = this.rows
      .filter((row) => (row.status === 'pending' && row.nextAttemptAt <= at) || (row.status === 'delivering' && row.lockedUntil! < at))
      .sort((a, b) => a.nextAttemptAt.localeCompare(b.nextAttemptAt))
      .slice(0, limit);
    return due.map((row) => {
      row.status = 'delivering';
      row.attempts += 1;
      row.lockedUntil = new Date(now.getTime() + leaseMs).toISOString();
      return { id: row.id, kind: row.kind, payload: structuredClone(row.payload), attempts: row.attempts };
    });
  }

  async finish(id: string, at: string): Promise<void> {
    this.finished.push({ id, at });
    Object.assign(this.row(id), { status: 'done', lockedUntil: undefined, lastError: undefined });
  }

  async fail(id: string, error: string, retryAt: string | undefined, at: string): Promise<void> {
    this.failed.push({ id, error, retryAt, at });
    Object.assign(this.row(id), { status: retryAt ? 'pending' : 'dead', nextAttemptAt: retryAt ?? at, lockedUntil: undefined, lastError: error });
  }

  row(id: string): Row {
    const row = this.rows.find((candidate) => candidate.id === id);
    if (!row) throw new Error(`no outbox row ${id}`);
    return row;
  }
}

const START = new Date('2026-11-20T10:00:00.000Z');
const iso = (offsetMs: number): string => new Date(START.getTime() + offsetMs).toISOString();

function setUp(handlers: OutboxHandler[]) {
  const outbox = new InMemoryOutbox();
  let now = START.getTime();
  const clock: HostClock = { now: () => new Date(now), timezone: 'UTC' };
  const warnings: Record<string, unknown>[] = [];
  const errors: string[] = [];
  const logger: HostLogger = {
    debug: () => undefined,
    info: () => undefined,
    warn: (_message, fields) => warnings.push(fields ?? {}),
    error: (message) => errors.push(message),
  };
  const worker = new OutboxWorker(outbox as unknown as OutboxRepository, new ContributionProviderImpl(() => handlers), clock, logger);
  return {
    outbox,
    warnings,
    errors,
    /** Moves the clock to START + offsetMs and runs a delivery round to its end. */
    async runAt(offsetMs: number): Promise<void> {
      now = START.getTime() + offsetMs;
      worker.poke();
      await worker.idle();
    },
    add: (kind: string, payload: unknown) => outbox.add(kind, payload, new Date(now)),
  };
}

/** Company messages whose client channel is down: responses fail, notes are recorded. */
function sessionsWithFailingChannel() {
  const responses: unknown[][] = [];
  const notes: { sessionId: string; text: string }[] = [];
  const sessions = {
    async addProcessMessage(sessionId: string, kind: 'note' | 'response' | 'automatic', text: string, idempotencyKey?: string) {
      if (kind === 'automatic') {
        responses.push([sessionId, text, idempotencyKey]);
        throw new Error('Telegram is not reachable');
      }
      notes.push({ sessionId, text });
      return {};
    },
  };
  return { sessions: sessions as unknown as CompanyMessages, responses, notes };
}

const reply: AutoReplyPayload = { sessionId: 's1', ruleName: 'Night shift', text: 'We will answer in the morning.' };

describe('the outbox worker', () => {
  it('finishes a delivered row and does not deliver it again', async () => {
    const delivered: OutboxEntry[] = [];
    const handler: OutboxHandler = { kind: 'test.ok', backoffMs: [1_000], deliver: async (entry) => void delivered.push(entry) };
    const { outbox, add, runAt } = setUp([handler]);
    const id = add('test.ok', { n: 1 });
    await runAt(0);
    expect(delivered).toEqual([{ id, kind: 'test.ok', payload: { n: 1 }, attempts: 1 }]);
    expect(outbox.finished).toEqual([{ id, at: iso(0) }]);
    expect(outbox.failed).toEqual([]);
    expect(outbox.row(id).status).toBe('done');
    await runAt(60_000);
    expect(delivered).toHaveLength(1);
  });

  it('sends a routing rule\'s reply with the row as idempotency key', async () => {
    const sent: unknown[][] = [];
    const sessions = {
      addProcessMessage: async (...args: unknown[]) => (sent.push(args), {}),
    } as unknown as CompanyMessages;
    const { outbox, add, runAt } = setUp([new AutoReplyHandler(sessions)]);
    const id = add(AUTO_REPLY, reply);
    await runAt(0);
    expect(sent).toEqual([['s1', 'automatic', 'We will answer in the morning.', `outbox:${id}`]]);
    expect(outbox.row(id).status).toBe('done');
  });

  it('retries a failed auto-reply once, exactly 15 s later, then writes a system message about the failure', async () => {
    const { sessions, responses, notes } = sessionsWithFailingChannel();
    const { outbox, add, runAt } = setUp([new AutoReplyHandler(sessions)]);
    const id = add(AUTO_REPLY, reply);

    await runAt(0);
    expect(outbox.failed).toEqual([{ id, error: 'Telegram is not reachable', retryAt: iso(15_000), at: iso(0) }]);
    expect(outbox.row(id).status).toBe('pending');
    expect(notes).toEqual([]);

    await runAt(14_999); // not due yet
    expect(responses).toHaveLength(1);
    expect(outbox.failed).toHaveLength(1);

    await runAt(15_000);
    expect(responses).toEqual([
      ['s1', reply.text, `outbox:${id}`],
      ['s1', reply.text, `outbox:${id}`],
    ]);
    expect(outbox.failed[1]).toEqual({ id, error: 'Telegram is not reachable', retryAt: undefined, at: iso(15_000) });
    expect(outbox.row(id).status).toBe('dead');
    expect(notes).toEqual([{ sessionId: 's1', text: 'The automatic reply of the routing rule "Night shift" could not be sent: Telegram is not reachable' }]);

    await runAt(3_600_000); // a dead row stays dead, and the note is written once
    expect(responses).toHaveLength(2);
    expect(notes).toHaveLength(1);
    expect(outbox.finished).toEqual([]);
  });

  it('dead-letters a row of an unknown kind with a clear error, and still delivers the others', async () => {
    const delivered: string[] = [];
    const handler: OutboxHandler = { kind: 'test.ok', backoffMs: [], deliver: async (entry) => void delivered.push(entry.id) };
    const { outbox, add, runAt, warnings } = setUp([handler]);
    const unknown = add('mystery.kind', {});
    const known = add('test.ok', {});
    await runAt(0);
    expect(outbox.failed).toEqual([{ id: unknown, error: 'no handler for outbox entries of kind "mystery.kind"', retryAt: undefined, at: iso(0) }]);
    expect(outbox.row(unknown).status).toBe('dead');
    expect(outbox.row(unknown).lastError).toBe('no handler for outbox entries of kind "mystery.kind"');
    expect(delivered).toEqual([known]);
    expect(warnings).toContainEqual(expect.objectContaining({ id: unknown, kind: 'mystery.kind', attempt: 1 }));
  });

  it('keeps going when recording a dead row fails, and logs it', async () => {
    const handler: OutboxHandler = {
      kind: 'test.fail',
      backoffMs: [],
      deliver: async () => {
        throw new Error('down');
      },
      onDead: async () => {
        throw new Error('the session is closed');
      },
    };
    const delivered: string[] = [];
    const ok: OutboxHandler = { kind: 'test.ok', backoffMs: [], deliver: async (entry) => void delivered.push(entry.id) };
    const { outbox, add, runAt, errors } = setUp([handler, ok]);
    const failing = add('test.fail', {});
    const fine = add('test.ok', {});
    await runAt(0);
    expect(outbox.row(failing).status).toBe('dead');
    expect(delivered).toEqual([fine]);
    expect(errors).toEqual(['recording a dead outbox row failed']);
  });

  it('starts processes on the schedule 1 s, 5 s, 30 s, 2 min, 10 min, then gives up', async () => {
    const runs: { templateCode: string; key: string | undefined; at: string }[] = [];
    let current = 0;
    const processes = {
      run: async (templateCode: string, _inputs: unknown, options?: { idempotencyKey?: string }) => {
        runs.push({ templateCode, key: options?.idempotencyKey, at: iso(current) });
        throw new Error('the process engine is unavailable');
      },
    } as unknown as HostProcesses;
    const handler = new ProcessStartHandler(processes);
    expect(handler.backoffMs).toEqual([1_000, 5_000, 30_000, 120_000, 600_000]);

    const { outbox, add, runAt } = setUp([handler]);
    const payload: ProcessStartPayload = { event: 'sessionCreated', sessionId: 's1', templateCode: 'qualify_request', inputs: {} };
    const id = add(PROCESS_START, payload);
    const attempts = [0, 1_000, 6_000, 36_000, 156_000, 756_000];
    for (const at of attempts) {
      current = at;
      await runAt(at);
    }
    expect(runs.map((run) => run.at)).toEqual(attempts.map(iso));
    expect(new Set(runs.map((run) => run.key))).toEqual(new Set([`live-chats:${id}`]));
    expect(outbox.failed.map((failure) => failure.retryAt)).toEqual([iso(1_000), iso(6_000), iso(36_000), iso(156_000), iso(756_000), undefined]);
    expect(outbox.row(id).status).toBe('dead');
    expect(outbox.row(id).attempts).toBe(6);
  });

  it('does not deliver a retry before it is due', async () => {
    let calls = 0;
    const handler: OutboxHandler = {
      kind: 'test.flaky',
      backoffMs: [5_000],
      deliver: async () => {
        calls += 1;
        if (calls === 1) throw new Error('once');
      },
    };
    const { outbox, add, runAt } = setUp([handler]);
    const id = add('test.flaky', {});
    await runAt(0);
    await runAt(4_999);
    expect(calls).toBe(1);
    await runAt(5_000);
    expect(calls).toBe(2);
    expect(outbox.finished).toEqual([{ id, at: iso(5_000) }]);
  });
});
