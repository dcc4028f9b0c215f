/**
 * Counters and notifications through the Web API (spec §3.6, §3.5, §2.9), on each engine: taking
 * the next session from the bottom-left counter (order, the caller's queues only, one winner per
 * session among ten operators clicking at once), the counters per role and as the global settings
 * hide them, read markers per user, and the realtime hints behind the pop-up and the sounds.
 */
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { API, ApiClient, newMessageId } from '../support/api';
import { addGroup, addUsers } from '../support/directory';
import { describeEachEngine } from '../support/requirements';
import { createTestHost, type TestHost } from '../support/test-host';
import { until } from '../support/until';

/** A user's socket with the frames it received on the topics it subscribed. */
async function listen(host: TestHost, client: ApiClient, topics: string[]): Promise<{ frames: any[]; close: () => void }> {
  const ws = new WebSocket(`${host.url.replace('http', 'ws')}${API}/ws`, { headers: { authorization: `Bearer ${client.token}` } });
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const frames: any[] = [];
  ws.on('message', (raw) => frames.push(JSON.parse(raw.toString())));
  for (const topic of topics) ws.send(JSON.stringify({ type: 'subscribe', topic }));
  await settle('subscriptions', () => frames.filter((frame) => frame.type === 'subscribed').length === topics.length);
  return { frames, close: () => ws.terminate() };
}

/** Waits until `check` holds (realtime frames arrive after the request returned). */
const settle = (what: string, check: () => boolean): Promise<boolean> => until(what, async () => check(), (ok) => ok, 5_000);

const events = (frames: any[], event: string): any[] => frames.filter((frame) => frame.event === event).map((frame) => frame.data);

describeEachEngine('counters and notifications', (engine) => {
  let host: TestHost;
  let admin: ApiClient;
  let operator1: ApiClient;
  let operator2: ApiClient;
  let supervisor: ApiClient;
  let employee1: ApiClient;
  let employee2: ApiClient;
  let groups: Record<string, string>;

  beforeAll(async () => {
    host = await createTestHost({ engine });
    [admin, operator1, operator2, supervisor, employee1, employee2] = await Promise.all(
      ['admin', 'operator1', 'operator2', 'supervisor', 'employee1', 'employee2'].map((login) => ApiClient.login(host.url, login)),
    );
    await Promise.all([operator1, operator2, supervisor].map((staff) => staff.online()));
    groups = Object.fromEntries((await admin.get<{ id: string; name: string }[]>('/api/directory/groups')).body.map((g) => [g.name, g.id]));
  }, 60_000);
  afterAll(() => host?.close());

  const newLine = async (name: string, extra: object = {}): Promise<{ id: string; channelId: string }> => {
    const created = await admin.post('/lines', {
      name,
      operatorGroupIds: [groups.Operators],
      supervisorGroupIds: [groups.Supervisors],
      internalClientGroupIds: [groups.Employees],
      ...extra,
    });
    expect(created.status).toBe(201);
    return { id: created.body.id, channelId: created.body.channels[0].id };
  };

  /** Queued sessions of new clients that entered the queue at the given times (and with the given group queue). */
  const queue = async (line: { id: string; channelId: string }, entries: { at: string; groupId?: string; target?: object }[]): Promise<string[]> => {
    const db = host.database.kysely as any;
    const ids: string[] = [];
    for (const [i, entry] of entries.entries()) {
      const id = randomUUID();
      await db.insertInto('lc_clients').values({ id, channel_type: 'internal', external_id: `visitor-${id}`, name: `Visitor ${i}`, user_id: null, created_at: entry.at }).execute();
      await db
        .insertInto('lc_sessions')
        .values({
          id, name: `Visitor ${i}`, line_id: line.id, channel_id: line.channelId, client_id: id, state: 'waiting', priority: null, operator_id: null,
          operator_group_id: entry.groupId ?? null, before_spam: null, created_at: entry.at, accepted_at: null, closed_at: null, last_activity_at: entry.at,
          last_seq: 0, last_client_seq: 0, version: 0, routing_target: entry.target ? JSON.stringify(entry.target) : null,
        })
        .execute();
      ids.push(id);
    }
    return ids;
  };

  describe('taking the next session', () => {
    it('gives the caller the session that waited longest in the queues they may take from, and says when there is none', async () => {
      const line = await newLine('Next in line');
      const tier2 = await addGroup(host, 'Tier 2', [operator2.user!.id]);
      await admin.patch(`/lines/${line.id}`, { operatorGroupIds: [groups.Operators, tier2] });
      const [newest, oldestOfTier2, oldest, reserved] = await queue(line, [
        { at: '2026-01-01T10:05:00.000Z' },
        { at: '2026-01-01T09:00:00.000Z', groupId: tier2 },
        { at: '2026-01-01T09:30:00.000Z' },
        { at: '2026-01-01T08:00:00.000Z', target: { kind: 'operator', userId: operator2.user!.id } },
      ]);
      // operator1 is not in Tier 2, and the oldest session waits for operator2 by a routing rule.
      const first = await operator1.post('/sessions/take-next', { lineId: line.id });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ id: oldest, state: 'assignedToOperator', operatorId: operator1.user!.id });
      expect((await operator1.post('/sessions/take-next')).body.id).toBe(newest);
      const empty = await operator1.post('/sessions/take-next', { lineId: line.id });
      expect(empty).toEqual({ status: 404, body: { error: { code: 'queue/empty', message: expect.stringContaining('particular operators') } } });
      // operator2 gets the one reserved for them first, then their group's.
      expect((await operator2.post('/sessions/take-next', { lineId: line.id })).body.id).toBe(reserved);
      expect((await operator2.post('/sessions/take-next', { lineId: line.id })).body.id).toBe(oldestOfTier2);
      const none = await operator2.post('/sessions/take-next', { lineId: line.id });
      expect(none).toEqual({ status: 404, body: { error: { code: 'queue/empty', message: 'The queue of Next in line is empty: there is no session for you to take.' } } });
      const messages = (await operator1.get(`/sessions/${oldest}/messages?since=0`)).body.items;
      expect(messages.map((m: { body: string }) => m.body)).toEqual(['Olivia Bennett started work on the session.']);
      await admin.delete(`/lines/${line.id}`);
    });

    it('refuses bad requests, other live chats, Offline operators and callers with no room, and changes nothing', async () => {
      const line = await newLine('Refusals', { maxSessionsPerOperator: 1 });
      const [a, b] = await queue(line, [{ at: '2026-01-02T09:00:00.000Z' }, { at: '2026-01-02T09:01:00.000Z' }]);
      expect((await operator1.post('/sessions/take-next', { lineId: 42 })).status).toBe(400);
      expect((await operator1.post('/sessions/take-next', { lineId: line.id, extra: 1 })).status).toBe(400);
      expect((await operator1.post('/sessions/take-next', { lineId: 'no-such-line' })).body.error.code).toBe('line/not-found');
      expect((await supervisor.post('/sessions/take-next', { lineId: line.id })).status).toBe(403);
      expect((await employee1.post('/sessions/take-next')).body.error.code).toBe('auth/forbidden');
      const operator3 = await (await ApiClient.login(host.url, 'operator3')).get('/me/status');
      expect(operator3.body.status).toBe('offline');
      const offline = await (await ApiClient.login(host.url, 'operator3')).post('/sessions/take-next', { lineId: line.id });
      expect(offline.body.error.code).toBe('operator/offline');
      expect((await operator1.post('/sessions/take-next', { lineId: line.id })).body.id).toBe(a);
      const full = await operator1.post('/sessions/take-next', { lineId: line.id });
      expect(full.status).toBe(409);
      expect(full.body.error.code).toBe('operator/at-capacity');
      expect((await supervisor.get(`/sessions/${b}`)).body.state).toBe('waiting');
      await operator1.post(`/sessions/${a}/close`);
      await admin.delete(`/lines/${line.id}`);
    });

    it('gives each session to exactly one of ten operators clicking at once', async () => {
      const crowd = await addGroup(host, 'Crowd');
      const operators = await addUsers(host, 'crowd', 10, crowd);
      const line = await newLine('Rush hour', { operatorGroupIds: [crowd] });
      await Promise.all(operators.map((operator) => operator.online()));
      const ids = await queue(line, [{ at: '2026-01-03T09:00:00.000Z' }, { at: '2026-01-03T09:00:01.000Z' }, { at: '2026-01-03T09:00:02.000Z' }]);
      const results = await Promise.all(operators.map((operator) => operator.post('/sessions/take-next')));
      const won = results.filter((result) => result.status === 200);
      expect(won.map((result) => result.body.id).sort()).toEqual([...ids].sort());
      expect(new Set(won.map((result) => result.body.operatorId)).size).toBe(3);
      for (const lost of results.filter((result) => result.status !== 200)) {
        expect(lost).toEqual({ status: 404, body: { error: { code: 'queue/empty', message: expect.any(String) } } });
      }
      for (const id of ids) {
        const started = (await supervisor.get(`/sessions/${id}/messages?since=0`)).body.items.filter((m: { body: string }) => m.body.endsWith('started work on the session.'));
        expect(started).toHaveLength(1);
      }
    }, 60_000);
  });

  describe('counters', () => {
    it('count the queue for operators, unassigned sessions for supervisors, and hide what the settings hide', async () => {
      const line = await newLine('Counted');
      const tier3 = await addGroup(host, 'Tier 3', []);
      await admin.patch(`/lines/${line.id}`, { operatorGroupIds: [groups.Operators, tier3] });
      await queue(line, [{ at: '2026-01-04T09:00:00.000Z' }, { at: '2026-01-04T09:01:00.000Z', groupId: tier3 }]);
      const before = { operator: (await operator1.get('/me/counters')).body, supervisor: (await supervisor.get('/me/counters')).body };
      expect(before.operator.supervisorUnassigned).toBeUndefined();
      expect(before.supervisor.operatorQueue).toBeUndefined();
      expect(before.operator.lines.find((l: { lineId: string }) => l.lineId === line.id)).toEqual({ lineId: line.id, queue: 1, unread: 0 });
      expect(before.supervisor.lines.find((l: { lineId: string }) => l.lineId === line.id)).toEqual({ lineId: line.id, queue: 2, unread: 0 });
      // Both roles: an operator who also supervises this live chat sees both counters.
      const both = await newLine('Both roles', { supervisorGroupIds: [groups.Supervisors, groups.Operators] });
      await queue(both, [{ at: '2026-01-04T09:02:00.000Z' }]);
      const operatorBoth = (await operator1.get('/me/counters')).body;
      expect(operatorBoth.operatorQueue).toBe(before.operator.operatorQueue + 1);
      expect(operatorBoth.supervisorUnassigned).toBe(1);
      expect((await supervisor.get('/me/counters')).body.supervisorUnassigned).toBe(before.supervisor.supervisorUnassigned + 1);

      expect((await admin.patch('/settings', { showQueueCountToOperators: false })).status).toBe(200);
      const hiddenForOperators = (await operator1.get('/me/counters')).body;
      expect(hiddenForOperators.operatorQueue).toBeUndefined();
      expect(hiddenForOperators.supervisorUnassigned).toBe(1);
      await admin.patch('/settings', { showQueueCountToOperators: true, showUnassignedCountToSupervisors: false });
      expect((await supervisor.get('/me/counters')).body.supervisorUnassigned).toBeUndefined();
      expect((await operator1.get('/me/counters')).body.operatorQueue).toBe(operatorBoth.operatorQueue);
      await admin.patch('/settings', { showUnassignedCountToSupervisors: true });
      await admin.delete(`/lines/${line.id}`);
      await admin.delete(`/lines/${both.id}`);
    });
  });

  describe('notifications and read markers', () => {
    let lineId: string;
    let sessionId: string;

    beforeAll(async () => {
      lineId = (await newLine('Alerts')).id;
    });

    it('pops up a new session to the operators of the live chat, saying who is Online, and bumps the lists', async () => {
      await operator2.put('/me/status', { status: 'offline' });
      const [op1, op2, sup] = await Promise.all([
        listen(host, operator1, [`user:${operator1.user!.id}`, `line:${lineId}`]),
        listen(host, operator2, [`user:${operator2.user!.id}`]),
        listen(host, supervisor, [`user:${supervisor.user!.id}`]),
      ]);
      try {
        const text = `Hello,   my printer is on fire and I need help right now, please. ${'More words follow here. '.repeat(8)}`;
        const sent = await employee1.post(`/lines/${lineId}/messages`, { text, clientMessageId: newMessageId() });
        sessionId = sent.body.sessionId;
        await settle('new-session to both operators', () => events(op1.frames, 'new-session').length === 1 && events(op2.frames, 'new-session').length === 1);
        const [alert] = events(op1.frames, 'new-session');
        expect(alert).toMatchObject({ sessionId, state: 'waiting', lineId, lineName: 'Alerts', clientName: 'Emma Fischer', seq: 1, online: true, resumed: false });
        expect(alert.snippet.startsWith('Hello, my printer is on fire')).toBe(true);
        expect(alert.snippet.length).toBeLessThanOrEqual(140);
        expect(alert.snippet.endsWith('…')).toBe(true);
        expect(events(op2.frames, 'new-session')[0]).toMatchObject({ sessionId, online: false });
        expect(events(sup.frames, 'new-session')).toEqual([]);
        // A second message: the lists hear of the activity; no one has the session yet, so no sound.
        await employee1.post(`/lines/${lineId}/messages`, { text: 'Anyone?', clientMessageId: newMessageId() });
        await settle('activity', () => events(op1.frames, 'activity').length === 2);
        expect(events(op1.frames, 'activity')[1]).toMatchObject({ sessionId, seq: 2, fromClient: true });
        expect(events(op1.frames, 'new-message')).toEqual([]);
      } finally {
        [op1, op2, sup].forEach((socket) => socket.close());
        await operator2.online();
      }
    });

    it('tells the operator of the session when the client writes (their sound), and nobody else', async () => {
      expect((await operator1.post(`/sessions/${sessionId}/take`)).status).toBe(200);
      const [op1, op2] = await Promise.all([listen(host, operator1, [`user:${operator1.user!.id}`]), listen(host, operator2, [`user:${operator2.user!.id}`])]);
      try {
        await operator1.post(`/sessions/${sessionId}/messages`, { text: 'On my way', clientMessageId: newMessageId() });
        await employee1.post(`/lines/${lineId}/messages`, { text: 'Thanks!', clientMessageId: newMessageId() });
        await settle('new-message', () => events(op1.frames, 'new-message').length === 1);
        expect(events(op1.frames, 'new-message')[0]).toMatchObject({ sessionId, lineId, seq: expect.any(Number) });
        expect(events(op1.frames, 'counters').length).toBeGreaterThan(0);
        expect(events(op2.frames, 'new-message')).toEqual([]);
      } finally {
        op1.close();
        op2.close();
      }
    });

    it('keeps read markers per user: a supervisor reading does not clear the operator\'s unread', async () => {
      const unreadOf = async (client: ApiClient): Promise<number> => (await client.get(`/sessions/${sessionId}`)).body.unread;
      expect(await unreadOf(operator1)).toBe(3);
      expect(await unreadOf(supervisor)).toBe(3);
      const lastSeq = (await supervisor.get(`/sessions/${sessionId}`)).body.lastSeq;
      expect((await supervisor.post(`/sessions/${sessionId}/read`, { seq: lastSeq })).status).toBe(204);
      expect(await unreadOf(supervisor)).toBe(0);
      expect(await unreadOf(operator1)).toBe(3);
      const counted = (await operator1.get('/me/counters')).body;
      expect(counted.unread).toBeGreaterThanOrEqual(1);
      expect(counted.lines.find((l: { lineId: string }) => l.lineId === lineId).unread).toBe(1);
      // A marker never moves back, and reading past the end stops at the last message.
      await operator1.post(`/sessions/${sessionId}/read`, { seq: 10_000 });
      await operator1.post(`/sessions/${sessionId}/read`, { seq: 1 });
      expect(await unreadOf(operator1)).toBe(0);
      expect((await operator1.get('/me/counters')).body.lines.find((l: { lineId: string }) => l.lineId === lineId).unread).toBe(0);
      expect((await employee2.post(`/sessions/${sessionId}/read`, { seq: 1 })).status).toBe(403);
    });

    it('pops up a closed session that the client resumes, as resumed', async () => {
      await operator1.post(`/sessions/${sessionId}/close`);
      const op1 = await listen(host, operator1, [`user:${operator1.user!.id}`]);
      try {
        await employee1.post(`/lines/${lineId}/messages`, { text: 'One more thing', clientMessageId: newMessageId() });
        await settle('new-session', () => events(op1.frames, 'new-session').length === 1);
        expect(events(op1.frames, 'new-session')[0]).toMatchObject({ sessionId, resumed: true, snippet: 'One more thing', seq: expect.any(Number) });
        expect(events(op1.frames, 'new-session')[0].seq).toBeGreaterThan(5);
      } finally {
        op1.close();
      }
    });
  });
});
