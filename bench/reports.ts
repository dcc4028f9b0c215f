/**
 * Reports (spec §9) over a year of work: 50,000 sessions of the demo live chat, each taken and
 * answered twice (200,000 messages), three quarters of them closed. Times GET /reports/operators
 * and GET /reports/lines for one month, with the report indexes (migration 0009) and, as the
 * baseline in the same run, after dropping them.
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { median, type BenchKit } from './sessions-app';

const SESSIONS = 50_000;
const REPEAT = 5;
const PERIOD = 'from=2025-06-01&to=2025-06-30';
const REPORT_INDEXES = ['lc_messages_author_created', 'lc_messages_session_author_seq', 'lc_sessions_accepted'];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function seed(db: Kysely<any>, lineId: string, channelId: string, operatorIds: string[]): Promise<void> {
  const start = Date.parse('2025-01-01T00:00:00Z');
  const at = (base: number, seconds: number) => new Date(base + seconds * 1000).toISOString();
  const BATCH = 500;
  for (let from = 0; from < SESSIONS; from += BATCH) {
    const rows = Array.from({ length: BATCH }, (_, j) => {
      const i = from + j;
      const created = start + i * 630_000;
      return { i, created, id: `rep-s-${i}`, client: `rep-c-${i}`, operator: operatorIds[i % operatorIds.length]!, closed: i % 4 !== 0 };
    });
    await db.insertInto('lc_clients').values(rows.map((r) => ({ id: r.client, channel_type: 'telegramBot', external_id: r.client, name: `Client ${r.i}`, user_id: null, created_at: at(r.created, 0) }))).execute();
    await db
      .insertInto('lc_sessions')
      .values(
        rows.map((r) => ({
          id: r.id, name: `Session ${r.i}`, line_id: lineId, channel_id: channelId, client_id: r.client, state: r.closed ? 'closed' : 'assignedToOperator',
          priority: null, operator_id: r.operator, operator_group_id: null, before_spam: null, created_at: at(r.created, 0),
          accepted_at: at(r.created, 60), closed_at: r.closed ? at(r.created, 600) : null, last_activity_at: at(r.created, 260), last_seq: 4, last_client_seq: 3, version: 1, routing_target: null,
        })),
      )
      .execute();
    const kinds = [['client', 0], ['operator', 90], ['client', 200], ['operator', 260]] as const;
    await db
      .insertInto('lc_messages')
      .values(
        rows.flatMap((r) =>
          kinds.map(([kind, offset], k) => ({
            id: `rep-m-${r.i}-${k}`, session_id: r.id, seq: k + 1, type: 'text', body: `Message ${k + 1}`, author_kind: kind,
            author_user_id: kind === 'operator' ? r.operator : null, client_message_id: null, idempotency_key: null, created_at: at(r.created, offset),
          })),
        ),
      )
      .execute();
  }
}

export async function reportsBench(engine: 'sqlite' | 'postgres', kit: BenchKit): Promise<string[]> {
  return kit.withHost(engine, async (host) => {
    const admin = await kit.login(host, 'admin');
    const [line] = (await kit.call<{ id: string; channels: { id: string }[] }[]>(host, admin, 'GET', '/lines')).body;
    const operators = (await host.directory.listUsers()).filter((user) => /^operator\d$/.test(user.login)).map((user) => user.id);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const db = host.database.kysely as Kysely<any>;
    await seed(db, line!.id, line!.channels[0]!.id, operators);
    if (engine === 'postgres') await sql`analyze`.execute(db);

    const time = async (path: string) => {
      const times: number[] = [];
      for (let r = 0; r < REPEAT; r++) {
        const started = performance.now();
        const response = await kit.call(host, admin, 'GET', `${path}?${PERIOD}`);
        if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${JSON.stringify(response.body)}`);
        times.push(performance.now() - started);
      }
      return median(times);
    };
    const indexed = { operators: await time('/reports/operators'), lines: await time('/reports/lines') };
    for (const index of REPORT_INDEXES) await db.schema.dropIndex(index).execute();
    if (engine === 'postgres') await sql`analyze`.execute(db);
    const bare = { operators: await time('/reports/operators'), lines: await time('/reports/lines') };

    const label = `Reports, ${SESSIONS.toLocaleString('en-US')} sessions and ${(SESSIONS * 4).toLocaleString('en-US')} messages over a year, one month, ${engine}`;
    const row = (what: string, withIndexes: number, without: number) =>
      `| ${label}: ${what} | ${withIndexes.toFixed(1)} ms (median of ${REPEAT}) | without the report indexes: ${without.toFixed(1)} ms | ${(withIndexes / without).toFixed(2)}× |`;
    return [row('GET /reports/operators', indexed.operators, bare.operators), row('GET /reports/lines (daily series)', indexed.lines, bare.lines)];
  });
}
