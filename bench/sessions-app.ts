/**
 * The Sessions app over 100,000 sessions (issue 5): GET /sessions first page and a deep page
 * (after 50 pages by cursor) with a filter and a sort, a custom parameter filter, and an export of
 * every session to CSV (rows/s, peak RSS growth of the process that serves it). The sessions are
 * written with bulk SQL inserts; the baseline is the same page read with a bare SQL query.
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { RunningHost } from '../host/host';

const SESSIONS = 100_000;
const PAGE = 50;
const REPEAT = 15;

export interface BenchClient {
  token: string;
  userId: string;
}

export interface BenchKit {
  withHost<T>(engine: 'sqlite' | 'postgres', run: (host: RunningHost) => Promise<T>): Promise<T>;
  login(host: RunningHost, login: string): Promise<BenchClient>;
  call<T>(host: RunningHost, client: BenchClient, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
}

/** The middle value (the upper one of an even count). */
export const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** 100,000 sessions of the demo live chat over a year: a quarter closed, each with a `tier`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function seed(db: Kysely<any>, lineId: string, channelId: string): Promise<void> {
  const start = Date.parse('2025-01-01T00:00:00Z');
  const BATCH = 500;
  for (let from = 0; from < SESSIONS; from += BATCH) {
    const rows = Array.from({ length: BATCH }, (_, j) => {
      const i = from + j;
      const created = new Date(start + i * 300_000).toISOString();
      const closed = i % 4 === 0;
      return { i, created, closed, id: `bench-s-${String(i).padStart(6, '0')}`, client: `bench-c-${i}` };
    });
    await db.insertInto('lc_clients').values(rows.map((r) => ({ id: r.client, channel_type: 'telegramBot', external_id: r.client, name: `Client ${r.i}`, user_id: null, created_at: r.created }))).execute();
    await db
      .insertInto('lc_sessions')
      .values(
        rows.map((r) => ({
          id: r.id, name: `Session ${r.i}`, line_id: lineId, channel_id: channelId, client_id: r.client, state: r.closed ? 'closed' : 'waiting',
          priority: ['low', 'medium', 'high', null][r.i % 4], operator_id: null, operator_group_id: null, before_spam: null, created_at: r.created,
          accepted_at: null, closed_at: r.closed ? r.created : null, last_activity_at: r.created, last_seq: 0, last_client_seq: 0, version: 0, routing_target: null,
        })),
      )
      .execute();
    await db
      .insertInto('lc_session_params')
      .values(rows.map((r) => ({ session_id: r.id, code: 'tier', value: JSON.stringify(r.i % 10 === 0 ? 'Gold' : 'Silver'), sort_text: r.i % 10 === 0 ? 'gold' : 'silver', sort_number: null })))
      .execute();
  }
}

export async function sessionsAppBench(engine: 'sqlite' | 'postgres', kit: BenchKit): Promise<string[]> {
  return kit.withHost(engine, async (host) => {
    const admin = await kit.login(host, 'admin');
    const [line] = (await kit.call<{ id: string; channels: { id: string }[] }[]>(host, admin, 'GET', '/lines')).body;
    await kit.call(host, admin, 'PUT', '/parameters', { definitions: [{ code: 'tier', name: 'Tier', type: 'STRING', required: false, array: false }] });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const db = host.database.kysely as Kysely<any>;
    const inserting = performance.now();
    await seed(db, line!.id, line!.channels[0]!.id);
    const insertSeconds = (performance.now() - inserting) / 1000;
    if (engine === 'postgres') await sql`analyze`.execute(db);

    const get = async (query: string) => {
      const response = await kit.call<{ items: unknown[]; nextCursor?: string }>(host, admin, 'GET', `/sessions?${query}`);
      if (response.status !== 200) throw new Error(`GET /sessions?${query}: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body;
    };
    const measure = async (query: string) => {
      let cursor: string | undefined;
      const first: number[] = [];
      for (let r = 0; r < REPEAT; r++) first.push(await timed(async () => (cursor = (await get(`${query}&limit=${PAGE}`)).nextCursor)));
      for (let p = 1; p < 50 && cursor; p++) cursor = (await get(`${query}&limit=${PAGE}&cursor=${cursor}`)).nextCursor;
      const deep: number[] = [];
      for (let r = 0; r < REPEAT; r++) deep.push(await timed(() => get(`${query}&limit=${PAGE}&cursor=${cursor}`)));
      return { first: median(first), deep: median(deep) };
    };
    const sorted = await measure('all=true&state=closed&sort=__createdAt&order=desc');
    const param = await measure(`all=true&param=${encodeURIComponent('tier:eq:gold')}`);
    // Baseline: the same first page (25,000 closed sessions, newest first) as one bare SQL query.
    const raw: number[] = [];
    for (let r = 0; r < REPEAT; r++) {
      raw.push(await timed(() => db.selectFrom('lc_sessions').selectAll().where('state', '=', 'closed').orderBy('created_at', 'desc').orderBy('id', 'desc').limit(PAGE + 1).execute()));
    }

    // Export of every session to CSV, with the host's resident memory sampled while it streams.
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 20);
    const exporting = performance.now();
    const response = await fetch(`${host.url}/api/extensions/live-chats/v1/sessions/export?format=csv&systemInfo=true`, { headers: { authorization: `Bearer ${admin.token}` } });
    let records = 0;
    let bytes = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.byteLength;
      for (const byte of chunk) if (byte === 0x0a) records++;
    }
    const exportSeconds = (performance.now() - exporting) / 1000;
    clearInterval(sampler);
    const rows = records - 1;
    if (rows !== SESSIONS) throw new Error(`the export wrote ${rows} rows, not ${SESSIONS}`);
    const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
    const label = `Sessions app, ${SESSIONS.toLocaleString('en-US')} sessions, ${engine}`;
    return [
      `| ${label}: GET /sessions State = Closed, sorted by Created ↓, ${PAGE} per page (${insertSeconds.toFixed(1)} s bulk insert) | first page ${sorted.first.toFixed(1)} ms, page 51 by cursor ${sorted.deep.toFixed(1)} ms (median of ${REPEAT}) | bare SQL of the first page: ${median(raw).toFixed(1)} ms | ${(sorted.first / median(raw)).toFixed(1)}× |`,
      `| ${label}: GET /sessions custom parameter Tier = gold (10 %), latest activity first | first page ${param.first.toFixed(1)} ms, page 51 by cursor ${param.deep.toFixed(1)} ms (median of ${REPEAT}) | bar: ≤ 30 ms per page | ${param.deep <= 30 && param.first <= 30 ? 'met' : 'missed'} |`,
      `| ${label}: export of every session to CSV with system information | ${Math.round(rows / exportSeconds).toLocaleString('en-US')} rows/s (${exportSeconds.toFixed(1)} s, ${mb(bytes)} MB), peak RSS growth ${mb(rssPeak - rssBefore)} MB | — | — |`,
    ];
  });
}
