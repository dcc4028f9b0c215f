/**
 * `npm run bench`: figures of DESIGN.md §6 that exist so far, each next to a baseline measured in
 * the same run on the same machine, on SQLite and (when reachable) PostgreSQL.
 *
 * - durable ingest: messages written through the Web API (HTTP, validation, transaction,
 *   realtime fan-out to a subscribed operator socket) vs raw single-row inserts in the same database;
 * - take race: 100 operators racing for 1,000 queued sessions through two host instances on one
 *   database: double assignments and time;
 * - dispatcher: 1,000 sessions waiting for the least occupied of 100 Online operators with a limit,
 *   assigned by three instances at once: time and the most sessions any operator got;
 * - routing decision: routeSession over 20 compiled rules, first applicable wins, over 100,000
 *   generated sessions, vs the same decision with conditions that are `() => false` (no host);
 * - Sessions app: pages of 100,000 sessions by filter, sort and cursor, and their export (sessions-app.ts);
 * - the Live Chat Messages widget with 10,000 messages in Chromium: first screen and DOM size (widget.ts).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import pg from 'pg';
import WebSocket from 'ws';
import { FieldType, LineChannelType } from '@elma365/sdk-types';
import { hashPassword } from '../host/auth';
import { startHost, type RunningHost } from '../host/host';
import type { HostSchema } from '../host/host-schema';
import type { ParameterDefinition } from '../src/extension/common/parameters/parameter-types';
import { compileCondition } from '../src/extension/common/routing/compile-condition';
import { type CompiledRule, routeSession } from '../src/extension/common/routing/route-session';
import type { ConditionGroup, RoutingSnapshot } from '../src/extension/common/routing/routing-condition';
import { reportsBench } from './reports';
import { sessionsAppBench } from './sessions-app';
import { widgetBench } from './widget';

const ROOT = resolve(__dirname, '../..');
const API = '/api/extensions/live-chats/v1';
const PG_ADMIN_URL = process.env.LIVECHATS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

type Engine = 'sqlite' | 'postgres';

interface Client {
  token: string;
  userId: string;
}

async function call<T>(host: RunningHost, client: Client, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(`${host.url}${path.startsWith('/api/') ? path : API + path}`, {
    method,
    headers: { authorization: `Bearer ${client.token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

async function login(host: RunningHost, loginName: string): Promise<Client> {
  const response = await fetch(`${host.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: loginName, password: 'demo' }),
  });
  const body = (await response.json()) as { token: string; user: { id: string } };
  return { token: body.token, userId: body.user.id };
}

async function withHost<T>(engine: Engine, run: (host: RunningHost) => Promise<T>): Promise<T> {
  return withHosts(engine, 1, ([host]) => run(host!));
}

/** `count` host instances on one database (the same SQLite file, or the same PostgreSQL database). */
async function withHosts<T>(engine: Engine, count: number, run: (hosts: RunningHost[]) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'livechats-bench-'));
  let databaseUrl: string | undefined;
  const dbName = `lc_bench_${randomUUID().slice(0, 8)}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: PG_ADMIN_URL });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  if (engine === 'postgres') {
    await admin(`CREATE DATABASE ${dbName}`);
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${dbName}`;
    databaseUrl = url.toString();
  }
  const hosts: RunningHost[] = [];
  try {
    for (let i = 0; i < count; i++) {
      hosts.push(await startHost({ root: ROOT, port: 0, dataDir, databaseUrl, seed: 'demo', demoPassword: 'demo', entryForm: 'output', logLevel: 'error' }));
    }
    return await run(hosts);
  } finally {
    for (const host of hosts.reverse()) await host.close();
    rmSync(dataDir, { recursive: true, force: true });
    if (engine === 'postgres') await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  }
}

async function groupIds(host: RunningHost, admin: Client): Promise<Record<string, string>> {
  const groups = await call<{ id: string; name: string }[]>(host, admin, 'GET', '/api/directory/groups');
  return Object.fromEntries(groups.body.map((g) => [g.name, g.id]));
}

async function createLines(host: RunningHost, admin: Client, count: number): Promise<string[]> {
  const groups = await groupIds(host, admin);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const line = await call<{ id: string }>(host, admin, 'POST', '/lines', {
      name: `Bench ${i}`,
      operatorGroupIds: [groups.Operators],
      supervisorGroupIds: [groups.Supervisors],
      internalClientGroupIds: [groups.Employees],
    });
    ids.push(line.body.id);
  }
  return ids;
}

/** Runs `tasks` with at most `width` in flight. */
async function pool<T>(width: number, tasks: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < tasks.length) {
        const i = next++;
        results[i] = await tasks[i]();
      }
    }),
  );
  return results;
}

async function ingest(engine: Engine): Promise<string[]> {
  const MESSAGES = 3000;
  return withHost(engine, async (host) => {
    const [admin, operator, e1, e2] = await Promise.all(['admin', 'operator1', 'employee1', 'employee2'].map((l) => login(host, l)));
    const lineIds = await createLines(host, admin, 10);
    // Open the sessions and subscribe an operator socket to all of them: every message fans out.
    const sessions: string[] = [];
    for (const lineId of lineIds) {
      for (const employee of [e1, e2]) {
        const sent = await call<{ sessionId: string }>(host, employee, 'POST', `/lines/${lineId}/messages`, { text: 'hello', clientMessageId: randomUUID() });
        sessions.push(sent.body.sessionId);
      }
    }
    const socket = new WebSocket(`${host.url.replace('http', 'ws')}${API}/ws`, { headers: { authorization: `Bearer ${operator.token}` } });
    await new Promise((ok) => socket.once('open', ok));
    let delivered = 0;
    socket.on('message', (raw) => {
      if ((JSON.parse(raw.toString()) as { type: string }).type === 'event') delivered++;
    });
    for (const id of sessions) socket.send(JSON.stringify({ type: 'subscribe', topic: `session:${id}` }));
    await new Promise((ok) => setTimeout(ok, 300));

    const started = performance.now();
    await pool(32, Array.from({ length: MESSAGES }, (_, i) => () =>
      call(host, i % 2 ? e1 : e2, 'POST', `/lines/${lineIds[i % lineIds.length]}/messages`, { text: `message ${i}`, clientMessageId: randomUUID() }).then((r) => {
        if (r.status !== 201) throw new Error(`send failed: ${JSON.stringify(r.body)}`);
      }),
    ));
    const apiSeconds = (performance.now() - started) / 1000;
    const deadline = Date.now() + 10_000;
    while (delivered < MESSAGES && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 20));
    socket.close();

    // Baseline: the same number of single-row inserts, one transaction each, in the same database.
    const db = host.database.kysely as Kysely<{ bench_raw: { id: string; body: string; created_at: string } }>;
    await db.schema.createTable('bench_raw').addColumn('id', 'varchar(64)', (c) => c.primaryKey()).addColumn('body', 'text').addColumn('created_at', 'varchar(32)').execute();
    const rawStarted = performance.now();
    await pool(engine === 'sqlite' ? 1 : 32, Array.from({ length: MESSAGES }, (_, i) => () =>
      db.insertInto('bench_raw').values({ id: randomUUID(), body: `message ${i}`, created_at: new Date().toISOString() }).execute().then(() => undefined),
    ));
    const rawSeconds = (performance.now() - rawStarted) / 1000;
    const rate = MESSAGES / apiSeconds;
    const rawRate = MESSAGES / rawSeconds;
    return [
      `| durable ingest through the Web API, ${engine} | ${Math.round(rate)} msg/s (${MESSAGES} messages, 32 in flight, ${delivered >= MESSAGES ? 'all' : delivered} fanned out to a socket) | raw single-row inserts: ${Math.round(rawRate)} rows/s | ${((rate / rawRate) * 100).toFixed(0)} % |`,
    ];
  });
}

/** `count` operators in a new group, signed in; `online` switches them Online once they work on a live chat. */
async function addOperators(host: RunningHost, count: number, prefix: string): Promise<{ groupId: string; operators: Client[]; online: () => Promise<void> }> {
  const db = host.database.kysely as Kysely<HostSchema>;
  const groupId = randomUUID();
  await db.insertInto('host_groups').values({ id: groupId, code: `racers_${prefix}`, name: `Racers ${prefix}`, is_system: 0 }).execute();
  const hash = await hashPassword('demo');
  for (let i = 0; i < count; i++) {
    const id = randomUUID();
    await db.insertInto('host_users').values({ id, login: `${prefix}-${i}`, firstname: 'Bench', lastname: `Operator ${i}`, email: null, password_hash: hash, created_at: new Date().toISOString() }).execute();
    await db.insertInto('host_group_members').values({ group_id: groupId, user_id: id }).execute();
  }
  const operators = await pool(4, Array.from({ length: count }, (_, i) => () => login(host, `${prefix}-${i}`)));
  const online = async (): Promise<void> => {
    await pool(8, operators.map((operator) => async () => {
      const result = await call(host, operator, 'PUT', '/me/status', { status: 'online' });
      if (result.status !== 200) throw new Error(`going Online failed: ${JSON.stringify(result.body)}`);
    }));
  };
  return { groupId, operators, online };
}

async function newLine(host: RunningHost, admin: Client, name: string, operatorGroupId: string, extra: object = {}): Promise<{ id: string; channelId: string }> {
  const groups = await groupIds(host, admin);
  const line = await call<{ id: string; channels: { id: string }[] }>(host, admin, 'POST', '/lines', {
    name, operatorGroupIds: [operatorGroupId], supervisorGroupIds: [groups.Supervisors], internalClientGroupIds: [groups.Employees], ...extra,
  });
  return { id: line.body.id, channelId: line.body.channels[0]!.id };
}

/** Queued sessions of distinct clients, as if that many visitors had written (no channel takes visitors yet). */
async function queueSessions(host: RunningHost, line: { id: string; channelId: string }, count: number, routingTarget?: object): Promise<string[]> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const db = host.database.kysely as Kysely<any>;
  const at = new Date().toISOString();
  const ids: string[] = [];
  for (let start = 0; start < count; start += 200) {
    const batch = Array.from({ length: Math.min(200, count - start) }, () => randomUUID());
    await db.insertInto('lc_clients').values(batch.map((id) => ({ id, channel_type: 'internal', external_id: `visitor-${id}`, name: 'Visitor', user_id: null, created_at: at }))).execute();
    await db.insertInto('lc_sessions').values(batch.map((id, i) => ({
      id, name: `Visitor ${start + i}`, line_id: line.id, channel_id: line.channelId, client_id: id, state: 'waiting', priority: null, operator_id: null,
      operator_group_id: null, before_spam: null, created_at: at, accepted_at: null, closed_at: null, last_activity_at: at, last_seq: 0, last_client_seq: 0,
      version: 0, routing_target: routingTarget ? JSON.stringify(routingTarget) : null,
    }))).execute();
    ids.push(...batch);
  }
  return ids;
}

async function takeRace(engine: Engine): Promise<string[]> {
  const OPERATORS = 100;
  const SESSIONS = 1000;
  return withHosts(engine, 2, async (hosts) => {
    const [first, second] = hosts as [RunningHost, RunningHost];
    const admin = await login(first, 'admin');
    const { groupId, operators, online } = await addOperators(first, OPERATORS, 'racer');
    const ids = await queueSessions(first, await newLine(first, admin, 'Race', groupId), SESSIONS);
    await online();
    const wins = new Map<string, number>();
    const started = performance.now();
    // Every operator walks the queue in its own random order, skipping what it has seen taken
    // (as the realtime queue shows it), so operators collide on the sessions still waiting; half
    // of them work through the second instance.
    let attempts = 0;
    await Promise.all(operators.map(async (operator, index) => {
      const host = index % 2 ? second : first;
      const order = [...ids].sort(() => Math.random() - 0.5);
      for (const id of order) {
        if (wins.has(id)) continue;
        attempts++;
        const result = await call(host, operator, 'POST', `/sessions/${id}/take`);
        if (result.status === 200) wins.set(id, (wins.get(id) ?? 0) + 1);
        else if (result.status !== 409) throw new Error(`take failed: ${JSON.stringify(result.body)}`);
        else if (!wins.has(id)) wins.set(id, 0);
      }
    }));
    const seconds = (performance.now() - started) / 1000;
    const doubles = [...wins.values()].filter((n) => n > 1).length;
    const assigned = [...wins.values()].filter((n) => n > 0).length;
    return [
      `| ${OPERATORS} operators racing for ${ids.length} queued sessions on 2 instances, ${engine} | ${assigned} assigned once, ${doubles} double assignments, ${attempts} take requests, all done in ${seconds.toFixed(2)} s | — | — |`,
    ];
  });
}

/**
 * The dispatcher: 1,000 sessions waiting for the least occupied of 100 Online operators with a
 * limit of 10 each, assigned by three instances at once; time until all are assigned, and the
 * most sessions any operator got.
 */
async function dispatchRace(engine: Engine): Promise<string[]> {
  const OPERATORS = 100;
  const SESSIONS = 1000;
  const LIMIT = 10;
  return withHosts(engine, 3, async (hosts) => {
    const first = hosts[0]!;
    const admin = await login(first, 'admin');
    const { groupId, operators, online } = await addOperators(first, OPERATORS, 'dispatch');
    const line = await newLine(first, admin, 'Dispatch', groupId, { maxSessionsPerOperator: LIMIT });
    await online();
    const started = performance.now();
    await queueSessions(first, line, SESSIONS, { kind: 'leastOccupied', groupId });
    // Going Online again on each instance wakes its dispatcher; they then race for the same sessions.
    await Promise.all(hosts.map((host, i) => call(host, operators[i]!, 'PUT', '/me/status', { status: 'online' })));
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const db = first.database.kysely as Kysely<any>;
    const assignedCount = async () => Number((await db.selectFrom('lc_sessions').select((eb) => eb.fn.countAll().as('n')).where('line_id', '=', line.id).where('state', '=', 'assignedToOperator').executeTakeFirstOrThrow()).n);
    while ((await assignedCount()) < SESSIONS && performance.now() - started < 120_000) await new Promise((r) => setTimeout(r, 20));
    const seconds = (performance.now() - started) / 1000;
    const loads = await db.selectFrom('lc_sessions').select(['operator_id', (eb) => eb.fn.countAll().as('n')]).where('line_id', '=', line.id).where('state', '=', 'assignedToOperator').groupBy('operator_id').execute();
    const most = Math.max(...loads.map((row) => Number(row.n)));
    return [
      `| dispatcher: ${SESSIONS} queued sessions to the least occupied of ${OPERATORS} Online operators (limit ${LIMIT}), 3 instances, ${engine} | ${await assignedCount()} assigned in ${seconds.toFixed(2)} s (${Math.round(SESSIONS / seconds)} sessions/s), at most ${most} per operator | — | — |`,
    ];
  });
}

const ROUTING_RULES = 20;
const ROUTING_SESSIONS = 100_000;

/** 20 rules of mixed conditions, as an administrator might write them; most sessions fall through several. */
function routingRules(): { conditions: ConditionGroup[]; definitions: ParameterDefinition[] } {
  const definitions: ParameterDefinition[] = [
    { code: 'order_count', name: 'Order count', type: FieldType.FLOAT, required: false, array: false, data: { additionalType: 'integer' } },
    { code: 'vip', name: 'VIP', type: FieldType.BOOLEAN, required: false, array: false },
    { code: 'note', name: 'Note', type: FieldType.STRING, required: false, array: false },
  ];
  const conditions: ConditionGroup[] = [];
  for (let rule = 0; rule < ROUTING_RULES; rule += 1) {
    const hour = String(rule % 24).padStart(2, '0');
    conditions.push({
      joins: ['and', 'andNot', 'or'],
      items: [
        { attribute: 'time', operator: 'between', value: { from: `${hour}:00`, to: `${String((rule + 9) % 24).padStart(2, '0')}:30` } },
        {
          joins: ['or', 'and'],
          items: [
            { attribute: 'messageText', operator: 'matchesWords', value: ['refund', 'invoice', 'delivery', 'возврат'][rule % 4]! },
            { attribute: 'channelType', operator: 'in', value: [LineChannelType.Telegram, LineChannelType.WhatsApp] },
            { attribute: 'dayOfWeek', operator: 'in', value: [1, 2, 3, 4, 5] },
          ],
        },
        { attribute: 'channel', operator: 'is', value: [`channel-${rule}`, `channel-${rule + 1}`] },
        {
          joins: ['and', 'or'],
          items: [
            { attribute: 'param', code: 'order_count', operator: 'gt', value: 40 + rule },
            { attribute: 'firstSession', operator: 'is', value: rule % 2 === 0 },
            { attribute: 'emailSubject', operator: 'startsWith', value: `ticket ${rule}` },
          ],
        },
      ],
    });
  }
  return { conditions, definitions };
}

function routingSnapshots(): RoutingSnapshot[] {
  const types = Object.values(LineChannelType);
  const texts = ['Hello, where is my delivery?', 'I want a refund for order 7', 'Нужен возврат', 'Please resend the invoice', 'hi'];
  const zones = ['UTC', 'Europe/Moscow', 'Asia/Tokyo', 'America/New_York'];
  const start = Date.UTC(2026, 10, 16);
  let seed = 42;
  const next = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed;
  };
  return Array.from({ length: ROUTING_SESSIONS }, (_, index) => ({
    lineId: `line-${next() % 5}`,
    channelId: `channel-${next() % 40}`,
    channelType: types[next() % types.length]!,
    firstSession: next() % 2 === 0,
    clientAccount: `client${index}@example.com`,
    firstMessageText: `${texts[next() % texts.length]!} #${index}`,
    emailSubject: next() % 3 === 0 ? `Ticket ${next() % 30}` : undefined,
    params: { order_count: next() % 60, vip: next() % 2 === 0, note: 'call back' },
    now: new Date(start + (next() % (7 * 86_400)) * 1_000),
    timeZone: zones[next() % zones.length]!,
  }));
}

/** Sessions per second through the rules, top-down, first match wins; and which rules matched. */
/** Routes every snapshot; `route` says whether a custom rule (not the Default rule) applied. */
function routeAll(route: (snapshot: RoutingSnapshot) => boolean, snapshots: RoutingSnapshot[]): { rate: number; matched: number } {
  let matched = 0;
  const started = performance.now();
  for (const snapshot of snapshots) if (route(snapshot)) matched += 1;
  return { rate: snapshots.length / ((performance.now() - started) / 1000), matched };
}

function routingEvaluation(): string[] {
  const { conditions, definitions } = routingRules();
  // Rules assign named operators, two of three of whom are Online: routeSession skips the others' rules.
  const compiled = conditions.map((condition, i): CompiledRule => ({
    rule: { id: `r${i}`, lineId: 'l1', name: `Rule ${i}`, condition, action: { type: 'assignOperator', userId: `u${i % 3}` } },
    matches: compileCondition(condition, definitions),
  }));
  const online = new Set(['u0', 'u1']);
  const facts = { canBeAssigned: (id: string) => online.has(id), groupMembers: () => [] };
  const rules = (snapshot: RoutingSnapshot): boolean => routeSession(compiled, snapshot, facts).rule !== undefined;
  const unmatched = compiled.map(({ rule }): CompiledRule => ({ rule, matches: () => false }));
  const never = (snapshot: RoutingSnapshot): boolean => routeSession(unmatched, snapshot, facts).rule !== undefined;
  const snapshots = routingSnapshots();
  routeAll(rules, snapshots.slice(0, 10_000)); // warm up the compiled code and the zone offsets
  routeAll(never, snapshots.slice(0, 10_000));
  const { rate, matched } = routeAll(rules, snapshots);
  const baseline = routeAll(never, snapshots).rate;
  return [
    `| routing decision (routeSession), ${ROUTING_RULES} rules top-down, first applicable wins, rules of Offline operators skipped | ${Math.round(rate)} sessions/s (${ROUTING_SESSIONS} sessions, ${matched} routed by a rule) | same decision, conditions \`() => false\`: ${Math.round(baseline)} sessions/s | ${((rate / baseline) * 100).toFixed(0)} % |`,
  ];
}

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const CASES = ['routing', 'ingest', 'take', 'dispatch', 'sessions', 'reports', 'widget'] as const;

/** The cases to run: all, or those named in LIVECHATS_BENCH (e.g. `reports,sessions`). */
function chosenCases(): Set<string> {
  const named = (process.env.LIVECHATS_BENCH ?? '').split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = named.filter((name) => !(CASES as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`LIVECHATS_BENCH names unknown cases (${unknown.join(', ')}); known: ${CASES.join(', ')}`);
  return new Set(named.length > 0 ? named : CASES);
}

async function main(): Promise<void> {
  const cases = chosenCases();
  const engines: Engine[] = (await postgresReachable()) ? ['sqlite', 'postgres'] : ['sqlite'];
  const rows: string[] = cases.has('routing') ? [...routingEvaluation()] : [];
  const kit = { withHost, login, call };
  for (const engine of engines) {
    if (cases.has('ingest')) rows.push(...(await ingest(engine)));
    if (cases.has('take')) rows.push(...(await takeRace(engine)));
    if (cases.has('dispatch')) rows.push(...(await dispatchRace(engine)));
    if (cases.has('sessions')) rows.push(...(await sessionsAppBench(engine, kit)));
    if (cases.has('reports')) rows.push(...(await reportsBench(engine, kit)));
  }
  // The widget's figure is the browser's: measured once, on the embedded database.
  if (cases.has('widget')) rows.push(...(await widgetBench(kit)));
  const lines = [
    `Live Chats benchmarks — ${new Date().toISOString()}, Node ${process.version}, ${(await import('node:os')).cpus().length} cores`,
    '',
    '| figure | result | baseline in the same run | ratio |',
    '|---|---|---|---|',
    ...rows,
  ];
  if (!engines.includes('postgres')) lines.push('', `PostgreSQL at ${PG_ADMIN_URL} was not reachable: its rows are missing.`);
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
