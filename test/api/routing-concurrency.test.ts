/**
 * Correctness under concurrency (issue 4, peers §3.1–3.2), with several host instances sharing one
 * database on each engine: 100 operators racing over 1,000 queued sessions, capacity 3 with three
 * instances assigning at once, and a burst of first messages from one client.
 */
import { randomUUID } from 'node:crypto';
import { ApiClient, newMessageId } from '../support/api';
import { addGroup, addUsers } from '../support/directory';
import { describeEachEngine } from '../support/requirements';
import { createTestHost, type TestHost } from '../support/test-host';
import { until } from '../support/until';

/** Another instance on the same data: the same SQLite file, or the same PostgreSQL database. */
const anotherInstance = (first: TestHost): Promise<TestHost> =>
  createTestHost({ engine: first.engine, dataDir: first.dataDir, databaseUrl: first.databaseUrl });

/** The same signed-in user, talking to another instance. */
const via = (instance: TestHost, client: ApiClient): ApiClient => new ApiClient(instance.url, client.token, client.user);

describeEachEngine('routing under concurrency, several host instances on one database', (engine) => {
  let a: TestHost;
  let b: TestHost;
  let c: TestHost;
  let admin: ApiClient;
  let groups: Record<string, string>;

  beforeAll(async () => {
    a = await createTestHost({ engine });
    b = await anotherInstance(a);
    c = await anotherInstance(a);
    admin = await ApiClient.login(a.url, 'admin');
    groups = await admin.groupIds();
  }, 120_000);
  afterAll(async () => {
    await c?.close();
    await b?.close();
    await a?.close();
  });

  const newLine = async (name: string, operatorGroupIds: string[], extra: object = {}): Promise<{ id: string; channelId: string }> => {
    const created = await admin.post('/lines', { name, operatorGroupIds, supervisorGroupIds: [groups.Supervisors], internalClientGroupIds: [groups.Employees], ...extra });
    expect(created.status).toBe(201);
    return { id: created.body.id, channelId: created.body.channels[0].id };
  };

  /** Queued sessions of distinct clients, as if that many people had written. */
  const queueSessions = async (lineId: string, channelId: string, count: number, routingTarget?: object): Promise<string[]> => {
    const db = a.database.kysely as any;
    const at = new Date().toISOString();
    const ids: string[] = [];
    for (let start = 0; start < count; start += 200) {
      const batch = Array.from({ length: Math.min(200, count - start) }, () => randomUUID());
      await db.insertInto('lc_clients').values(batch.map((id) => ({ id, channel_type: 'internal', external_id: `visitor-${id}`, name: `Visitor ${id.slice(0, 4)}`, user_id: null, created_at: at }))).execute();
      await db
        .insertInto('lc_sessions')
        .values(batch.map((clientId, i) => ({
          id: clientId, name: `Visitor ${start + i}`, line_id: lineId, channel_id: channelId, client_id: clientId, state: 'waiting',
          priority: null, operator_id: null, operator_group_id: null, before_spam: null, created_at: at, accepted_at: null, closed_at: null,
          last_activity_at: at, last_seq: 0, last_client_seq: 0, version: 0, routing_target: routingTarget ? JSON.stringify(routingTarget) : null,
        })))
        .execute();
      ids.push(...batch);
    }
    return ids;
  };

  it('gives each of 1,000 queued sessions to exactly one of 100 operators racing for them on two instances', async () => {
    const racers = await addGroup(a, 'Racers');
    const operators = await addUsers(a, `racer-${engine}`, 100, racers);
    const line = await newLine('Race', [racers]);
    const ids = await queueSessions(line.id, line.channelId, 1000);
    // Half the operators work through one instance, half through the other.
    const clients = operators.map((operator, i) => via(i % 2 ? b : a, operator));
    await Promise.all(clients.map((client) => client.online()));

    const wins = new Map<string, number>();
    const taken = new Set<string>();
    let requests = 0;
    await Promise.all(clients.map(async (client) => {
      // Each walks the queue in its own order and skips what it has seen taken, as the live queue shows it.
      const order = [...ids].sort(() => Math.random() - 0.5);
      for (const id of order) {
        if (taken.has(id)) continue;
        requests++;
        const result = await client.post(`/sessions/${id}/take`);
        if (result.status === 200) wins.set(id, (wins.get(id) ?? 0) + 1);
        else expect([result.status, result.body.error.code]).toEqual([409, 'session/not-waiting']);
        taken.add(id);
      }
    }));
    expect(wins.size).toBe(1000);
    expect([...wins.values()].every((n) => n === 1)).toBe(true);
    expect(requests).toBeGreaterThan(1000); // they did collide

    const db = a.database.kysely as any;
    const states = await db.selectFrom('lc_sessions').select(['state']).where('line_id', '=', line.id).execute();
    expect(states.every((row: { state: string }) => row.state === 'assignedToOperator')).toBe(true);
    const notes = await db
      .selectFrom('lc_messages')
      .select(['session_id', (eb: any) => eb.fn.countAll().as('n')])
      .where('session_id', 'in', ids)
      .where('body', 'like', '% started work on the session.')
      .groupBy('session_id')
      .execute();
    expect(notes).toHaveLength(1000);
    expect(notes.every((row: { n: number | string }) => Number(row.n) === 1)).toBe(true);
  }, 180_000);

  it('never gives an operator a fourth session at capacity 3 while three instances assign and take at once', async () => {
    const operator = await ApiClient.login(a.url, 'operator1');
    const line = await newLine('Capacity race', [groups.Operators], { maxSessionsPerOperator: 3 });
    const ids = await queueSessions(line.id, line.channelId, 20, { kind: 'operator', userId: operator.user!.id });
    const instances = [a, b, c];
    // Going Online wakes each instance's dispatcher while the operator also presses "Start work" everywhere.
    await Promise.all([
      ...instances.map((instance) => via(instance, operator).online()),
      ...ids.map((id, i) => via(instances[i % 3]!, operator).post(`/sessions/${id}/take`)),
    ]);
    const active = async () =>
      Number((await (a.database.kysely as any).selectFrom('lc_sessions').select((eb: any) => eb.fn.countAll().as('n')).where('line_id', '=', line.id).where('operator_id', '=', operator.user!.id).where('state', '=', 'assignedToOperator').executeTakeFirst()).n);
    await until('the operator to be full', active, (n) => n >= 3);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await active()).toBe(3);

    // Closing one makes room for exactly one more, assigned by whichever dispatcher gets there first.
    const mine = (await operator.get(`/sessions?lineId=${line.id}&mine=true&state=assignedToOperator`)).body.items;
    expect((await via(b, operator).post(`/sessions/${mine[0].id}/close`)).status).toBe(200);
    await until('the freed place to be taken', active, (n) => n === 3);
    await Promise.all(ids.map((id, i) => via(instances[i % 3]!, operator).post(`/sessions/${id}/take`)));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await active()).toBe(3);
    await via(a, operator).offline();
  }, 120_000);

  it('makes one session of a burst of first messages from one client sent to two instances', async () => {
    const employee = await ApiClient.login(a.url, 'employee1');
    const line = await newLine('Burst', [groups.Operators]);
    const sends = await Promise.all(
      Array.from({ length: 20 }, (_, i) => via(i % 2 ? b : a, employee).post(`/lines/${line.id}/messages`, { text: `message ${i}`, clientMessageId: newMessageId() })),
    );
    expect(sends.map((s) => s.status)).toEqual(Array(20).fill(201));
    expect(new Set(sends.map((s) => s.body.sessionId)).size).toBe(1);
    expect(sends.map((s) => s.body.message.seq).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});
