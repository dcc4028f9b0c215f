/**
 * The first conversation through the Web API, on each storage engine: live chats, an employee
 * writing, operators taking, replying and closing, resuming, and the guarantees of DESIGN.md §3
 * (idempotent send, gap-free sequence numbers, one winner, one session per client and channel).
 */
import { ApiClient, newMessageId } from '../support/api';
import { describeEachEngine } from '../support/requirements';
import { createTestHost, type TestHost } from '../support/test-host';

describeEachEngine('a conversation through the Web API', (engine) => {
  let host: TestHost;
  let admin: ApiClient;
  let operator1: ApiClient;
  let operator2: ApiClient;
  let supervisor: ApiClient;
  let employee1: ApiClient;
  let employee2: ApiClient;
  let groups: Record<string, string>;
  let supportId: string;

  beforeAll(async () => {
    host = await createTestHost({ engine });
    [admin, operator1, operator2, supervisor, employee1, employee2] = await ApiClient.loginAll(host.url, ['admin', 'operator1', 'operator2', 'supervisor', 'employee1', 'employee2']);
    await Promise.all([operator1, operator2, supervisor].map((staff) => staff.online()));
    const list = await admin.get<{ id: string; name: string }[]>('/api/directory/groups');
    groups = Object.fromEntries(list.body.map((g) => [g.name, g.id]));
    supportId = (await admin.get<{ id: string; name: string }[]>('/lines')).body.find((l) => l.name === 'Support')!.id;
  });
  afterAll(() => host?.close());

  const sessionCount = async (): Promise<number> => (await supervisor.get(`/sessions?lineId=${supportId}&limit=100`)).body.items.length;

  describe('live chats', () => {
    it('lets an administrator create one with its internal channel', async () => {
      const created = await admin.post('/lines', { name: 'Sales', operatorGroupIds: [groups.Operators], supervisorGroupIds: [groups.Supervisors] });
      expect(created.status).toBe(201);
      expect(created.body.channels).toEqual([expect.objectContaining({ type: 'internal', name: 'Internal channel Sales', state: 'active' })]);
      const patched = await admin.patch(`/lines/${created.body.id}`, { internalClientGroupIds: [groups.Employees], name: 'Sales EU' });
      expect(patched.status).toBe(200);
      expect(patched.body.internalClientGroupIds).toEqual([groups.Employees]);
      expect(patched.body.channels[0].name).toBe('Internal channel Sales EU');
      expect((await employee1.get(`/lines/${created.body.id}`)).body.roles).toEqual({ operator: false, supervisor: false, client: true });
      expect((await admin.delete(`/lines/${created.body.id}`)).status).toBe(204);
      expect((await admin.get(`/lines/${created.body.id}`)).status).toBe(404);
    });

    it('refuses non-administrators, missing fields and unknown groups, and creates nothing', async () => {
      const before = (await admin.get('/lines')).body.length;
      const byOperator = await operator1.post('/lines', { name: 'X', operatorGroupIds: [groups.Operators], supervisorGroupIds: [groups.Supervisors] });
      expect(byOperator).toEqual({ status: 403, body: { error: { code: 'auth/forbidden', message: expect.any(String) } } });
      const noSupervisors = await admin.post('/lines', { name: 'X', operatorGroupIds: [groups.Operators], supervisorGroupIds: [] });
      expect(noSupervisors.status).toBe(400);
      expect(noSupervisors.body.error.code).toBe('request/invalid');
      const unknown = await admin.post('/lines', { name: 'X', operatorGroupIds: ['nope'], supervisorGroupIds: [groups.Supervisors] });
      expect(unknown.body.error.code).toBe('line/invalid-groups');
      const wrongType = await admin.post('/lines', { name: 42, operatorGroupIds: groups.Operators, supervisorGroupIds: [groups.Supervisors] });
      expect(wrongType.status).toBe(400);
      const extra = await admin.post('/lines', { name: 'X', operatorGroupIds: [groups.Operators], supervisorGroupIds: [groups.Supervisors], admin: true });
      expect(extra.status).toBe(400);
      expect((await admin.get('/lines')).body.length).toBe(before);
    });

    it('shows each user only the live chats they take part in', async () => {
      expect((await employee1.get('/lines')).body.map((l: { name: string }) => l.name)).toEqual(['Support']);
      const other = await admin.post('/lines', { name: 'Internal IT', operatorGroupIds: [groups.Supervisors], supervisorGroupIds: [groups.Supervisors] });
      expect((await employee1.get('/lines')).body.map((l: { name: string }) => l.name)).toEqual(['Support']);
      expect((await employee1.get(`/lines/${other.body.id}`)).status).toBe(404);
      await admin.delete(`/lines/${other.body.id}`);
    });
  });

  describe('a session', () => {
    let sessionId: string;

    it('is created in the queue when an employee writes, and a retried send is not duplicated', async () => {
      const clientMessageId = newMessageId();
      const first = await employee1.post(`/lines/${supportId}/messages`, { text: '  Hello, I need help  ', clientMessageId });
      expect(first.status).toBe(201);
      expect(first.body.message).toMatchObject({ seq: 1, body: 'Hello, I need help', authorKind: 'client', authorName: 'Emma Fischer' });
      sessionId = first.body.sessionId;
      const retry = await employee1.post(`/lines/${supportId}/messages`, { text: 'Hello, I need help', clientMessageId });
      expect(retry.status).toBe(200);
      expect(retry.body).toEqual(first.body);
      const session = await operator1.get(`/sessions/${sessionId}`);
      expect(session.body).toMatchObject({ state: 'waiting', lineName: 'Support', clientName: 'Emma Fischer', lastSeq: 1, unread: 1 });
      expect((await operator1.get(`/sessions/${sessionId}/messages?since=0`)).body.items).toHaveLength(1);
    });

    it('refuses bad messages with a clear error and changes nothing', async () => {
      const cases: [unknown, number][] = [
        [{ text: '   ', clientMessageId: newMessageId() }, 400],
        [{ text: 'x'.repeat(10_001), clientMessageId: newMessageId() }, 400],
        [{ text: 5, clientMessageId: newMessageId() }, 400],
        [{ text: 'hi' }, 400],
        [{ text: 'hi', clientMessageId: '' }, 400],
        ['{"text": "hi", ', 400],
      ];
      for (const [body, status] of cases) {
        const response = await employee1.request('POST', `/lines/${supportId}/messages`, body, { 'content-type': 'application/json' });
        expect(response.status).toBe(status);
        expect(response.body.error).toEqual({ code: expect.stringMatching(/^(request|message)\//), message: expect.any(String) });
      }
      const textPlain = await employee1.request('POST', `/lines/${supportId}/messages`, 'text=hi', { 'content-type': 'text/plain' });
      expect(textPlain.status).toBe(415);
      const huge = await employee1.request('POST', `/lines/${supportId}/messages`, { text: 'x'.repeat(300_000), clientMessageId: newMessageId() });
      expect(huge.status).toBe(413);
      expect((await operator1.get(`/sessions/${sessionId}`)).body.lastSeq).toBe(1);
    });

    it('is visible to the live chat staff and its client only', async () => {
      expect((await operator2.get(`/sessions?lineId=${supportId}&state=waiting`)).body.items.map((s: { id: string }) => s.id)).toContain(sessionId);
      expect((await employee1.get(`/sessions?lineId=${supportId}`)).body.items.map((s: { id: string }) => s.id)).toEqual([sessionId]);
      expect((await employee2.get(`/sessions?lineId=${supportId}`)).body.items).toEqual([]);
      expect((await employee2.get(`/sessions/${sessionId}`)).status).toBe(403);
      expect((await employee2.get(`/sessions/${sessionId}/messages`)).status).toBe(403);
      expect((await employee1.post(`/sessions/${sessionId}/take`)).status).toBe(403);
      expect((await operator1.get('/sessions/no-such-session')).status).toBe(404);
      expect((await operator1.get('/sessions?cursor=garbage')).status).toBe(400);
      expect((await operator1.get('/sessions?limit=1000')).status).toBe(400);
      expect((await operator1.get('/me/counters')).body).toMatchObject({ queue: 1 });
    });

    it('goes to exactly one of the operators who press "Start work"', async () => {
      const [a, b] = await Promise.all([operator1.post(`/sessions/${sessionId}/take`), operator2.post(`/sessions/${sessionId}/take`)]);
      const statuses = [a.status, b.status].sort();
      expect(statuses).toEqual([200, 409]);
      const winner = a.status === 200 ? operator1 : operator2;
      const loser = (a.status === 200 ? b : a).body;
      expect(loser.error.code).toBe('session/not-waiting');
      const session = (await winner.get(`/sessions/${sessionId}`)).body;
      expect(session).toMatchObject({ state: 'assignedToOperator', operatorId: winner.user!.id, operatorName: winner.user!.name });
      if (winner !== operator1) {
        // Give it to operator1 for the rest of the story: operator2 closes, employee writes, operator1 takes.
        await operator2.post(`/sessions/${sessionId}/close`);
        await employee1.post(`/lines/${supportId}/messages`, { text: 'Still there?', clientMessageId: newMessageId() });
        expect((await operator1.post(`/sessions/${sessionId}/take`)).status).toBe(200);
      }
      expect((await operator2.get(`/sessions/${sessionId}`)).status).toBe(403);
      expect((await supervisor.get(`/sessions/${sessionId}`)).status).toBe(200);
    });

    it('carries replies both ways, hides system messages from the client, and counts unread', async () => {
      const reply = await operator1.post(`/sessions/${sessionId}/messages`, { text: 'Hi Emma, how can I help?', clientMessageId: newMessageId() });
      expect(reply.status).toBe(201);
      expect(reply.body.message).toMatchObject({ authorKind: 'operator', authorName: 'Olivia Bennett' });
      expect((await operator2.post(`/sessions/${sessionId}/messages`, { text: 'me too', clientMessageId: newMessageId() })).status).toBe(403);
      const answer = await employee1.post(`/sessions/${sessionId}/messages`, { text: 'My laptop does not start', clientMessageId: newMessageId() });
      expect(answer.status).toBe(201);
      expect((await operator1.get('/me/counters')).body.unread).toBe(1);
      const staffView = (await operator1.get(`/sessions/${sessionId}/messages?since=0`)).body.items;
      const clientView = (await employee1.get(`/sessions/${sessionId}/messages?since=0`)).body.items;
      expect(staffView.some((m: { type: string }) => m.type === 'system')).toBe(true);
      expect(clientView.some((m: { type: string }) => m.type === 'system')).toBe(false);
      expect(staffView.map((m: { seq: number }) => m.seq)).toEqual(staffView.map((_: unknown, i: number) => i + 1));
      const last = staffView[staffView.length - 1].seq;
      expect((await operator1.post(`/sessions/${sessionId}/read`, { seq: last })).status).toBe(204);
      expect((await operator1.get('/me/counters')).body.unread).toBe(0);
      const page = await operator1.get(`/sessions/${sessionId}/messages?since=0&limit=2`);
      expect(page.body).toMatchObject({ hasMore: true, items: [{ seq: 1 }, { seq: 2 }] });
    });

    it('is closed by its operator and resumed when the client writes again', async () => {
      expect((await operator2.post(`/sessions/${sessionId}/close`)).status).toBe(403);
      const closed = await operator1.post(`/sessions/${sessionId}/close`);
      expect(closed.body).toMatchObject({ state: 'closed', closedAt: expect.any(String) });
      expect((await operator1.post(`/sessions/${sessionId}/close`)).body.error.code).toMatch(/^(auth\/forbidden|session\/invalid-transition)$/);
      expect((await operator1.get(`/sessions?lineId=${supportId}&state=closed&mine=true`)).body.items.map((s: { id: string }) => s.id)).toEqual([sessionId]);
      const again = await employee1.post(`/lines/${supportId}/messages`, { text: 'One more question', clientMessageId: newMessageId() });
      expect(again.body.sessionId).toBe(sessionId);
      const resumed = (await operator2.get(`/sessions/${sessionId}`)).body;
      expect(resumed.state).toBe('waiting');
      expect(resumed.closedAt).toBeUndefined();
      expect(await sessionCount()).toBe(1);
    });
  });

  describe('under concurrency', () => {
    it('gives a waiting session to exactly one of 50 operators taking it at once', async () => {
      const first = await employee2.post(`/lines/${supportId}/messages`, { text: 'Race me', clientMessageId: newMessageId() });
      const takers = await Promise.all(Array.from({ length: 50 }, (_, i) => (i % 2 ? operator1 : operator2).post(`/sessions/${first.body.sessionId}/take`)));
      const won = takers.filter((r) => r.status === 200);
      expect(won).toHaveLength(1);
      expect(takers.filter((r) => r.status === 409 && r.body.error.code === 'session/not-waiting')).toHaveLength(49);
      const messages = (await supervisor.get(`/sessions/${first.body.sessionId}/messages?since=0`)).body.items;
      expect(messages.filter((m: { type: string }) => m.type === 'system')).toHaveLength(1);
    });

    it('makes one session of a burst of first messages from one client, numbered without gaps', async () => {
      const line = await admin.post('/lines', { name: 'Burst', operatorGroupIds: [groups.Operators], supervisorGroupIds: [groups.Supervisors], internalClientGroupIds: [groups.Employees] });
      const sends = await Promise.all(Array.from({ length: 20 }, (_, i) => employee1.post(`/lines/${line.body.id}/messages`, { text: `burst ${i}`, clientMessageId: newMessageId() })));
      expect(sends.every((r) => r.status === 201)).toBe(true);
      expect(new Set(sends.map((r) => r.body.sessionId)).size).toBe(1);
      expect(sends.map((r) => r.body.message.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      // The same message retried concurrently is stored once.
      const clientMessageId = newMessageId();
      const retries = await Promise.all(Array.from({ length: 10 }, () => employee1.post(`/lines/${line.body.id}/messages`, { text: 'again', clientMessageId })));
      expect(new Set(retries.map((r) => r.body.message.id)).size).toBe(1);
      expect(retries.filter((r) => r.status === 201)).toHaveLength(1);
      const all = await supervisor.get(`/sessions?lineId=${line.body.id}`);
      expect(all.body.items).toHaveLength(1);
      expect(all.body.items[0].lastSeq).toBe(21);
    });
  });
});
