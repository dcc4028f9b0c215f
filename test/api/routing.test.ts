/**
 * Routing, operator status and supervision through the Web API (issue 4), on each storage engine,
 * with the host's clock frozen: rules and their checks, where sessions land and why, capacity,
 * the Offline guard, and a supervisor's changes with their #feed notices.
 */
import { ApiClient, newMessageId } from '../support/api';
import { addGroup } from '../support/directory';
import { insertMessengerSession } from '../support/messenger';
import { describeEachEngine } from '../support/requirements';
import { createTestHost, TestClock, type TestHost } from '../support/test-host';
import { until } from '../support/until';

const one = (row: object) => ({ joins: [], items: [row] });

describeEachEngine('routing, operator status and supervision', (engine) => {
  // 11:00 UTC is 12:00 in Berlin, before lunch.
  const clock = new TestClock('2026-03-02T11:00:00.000Z');
  let host: TestHost;
  let admin: ApiClient;
  let operator1: ApiClient;
  let operator2: ApiClient;
  let operator3: ApiClient;
  let supervisor: ApiClient;
  let employee1: ApiClient;
  let employee2: ApiClient;
  let groups: Record<string, string>;

  beforeAll(async () => {
    host = await createTestHost({ engine, now: clock.now, timezone: 'Europe/Berlin' });
    [admin, operator1, operator2, operator3, supervisor, employee1, employee2] = await ApiClient.loginAll(host.url, ['admin', 'operator1', 'operator2', 'operator3', 'supervisor', 'employee1', 'employee2']);
    groups = await admin.groupIds();
  });
  afterAll(() => host?.close());

  /** A live chat of its own, so that every employee's first message opens a new session. */
  const newLine = async (name: string, extra: object = {}): Promise<string> => {
    const created = await admin.post('/lines', {
      name,
      operatorGroupIds: [groups.Operators],
      supervisorGroupIds: [groups.Supervisors],
      internalClientGroupIds: [groups.Employees],
      ...extra,
    });
    expect(created.status).toBe(201);
    return created.body.id;
  };
  const write = async (client: ApiClient, lineId: string, text: string): Promise<string> => {
    const sent = await client.post(`/lines/${lineId}/messages`, { text, clientMessageId: newMessageId() });
    expect(sent.status).toBe(201);
    return sent.body.sessionId;
  };
  const sessionOf = (id: string) => supervisor.get(`/sessions/${id}`).then((r) => r.body);
  const settled = (id: string, check: (session: any) => boolean) => until(`session ${id}`, () => sessionOf(id), check);
  const texts = async (viewer: ApiClient, id: string): Promise<string[]> =>
    (await viewer.get(`/sessions/${id}/messages?since=0`)).body.items.map((m: { body: string }) => m.body);
  const setStatus = (client: ApiClient, status: 'online' | 'offline') => client.put('/me/status', { status });
  const userId = (client: ApiClient) => client.user!.id;

  describe('rules', () => {
    let lineId: string;
    beforeAll(async () => {
      lineId = await newLine('Rules');
    });

    it('are added, copied, reordered and deleted by administrators only', async () => {
      const lunch = await admin.post(`/lines/${lineId}/rules`, {
        name: 'After lunch',
        condition: one({ attribute: 'time', operator: 'after', value: '13:00' }),
        action: { type: 'leastOccupied', groupId: groups.Operators },
      });
      expect(lunch.status).toBe(201);
      const invoice = await admin.post(`/lines/${lineId}/rules`, {
        name: 'Invoice',
        condition: one({ attribute: 'messageText', operator: 'contains', value: 'invoice' }),
        action: { type: 'assignOperator', userId: userId(operator2) },
        setValues: { priority: 'high' },
        reply: 'Hello {$client.name}, we are on it.',
      });
      expect(invoice.status).toBe(201);
      const copy = await admin.post(`/lines/${lineId}/rules/${lunch.body.id}/copy`);
      expect(copy).toMatchObject({ status: 201, body: { name: 'After lunch (copy)' } });
      const names = async () => (await admin.get(`/lines/${lineId}/rules`)).body.map((r: { name: string }) => r.name);
      expect(await names()).toEqual(['After lunch', 'After lunch (copy)', 'Invoice']);

      const reordered = await admin.put(`/lines/${lineId}/rules/order`, { ruleIds: [invoice.body.id, copy.body.id, lunch.body.id] });
      expect(reordered.body.map((r: { name: string }) => r.name)).toEqual(['Invoice', 'After lunch (copy)', 'After lunch']);
      const incomplete = await admin.put(`/lines/${lineId}/rules/order`, { ruleIds: [invoice.body.id] });
      expect(incomplete).toMatchObject({ status: 400, body: { error: { code: 'request/invalid' } } });

      expect((await admin.delete(`/lines/${lineId}/rules/${copy.body.id}`)).status).toBe(204);
      expect((await admin.delete(`/lines/${lineId}/rules/${copy.body.id}`)).body.error.code).toBe('routing/rule-not-found');
      expect(await names()).toEqual(['Invoice', 'After lunch']);

      expect((await supervisor.get(`/lines/${lineId}/rules`)).status).toBe(403);
      expect((await operator1.post(`/lines/${lineId}/rules`, { name: 'X', condition: one({ attribute: 'firstSession', operator: 'is', value: true }), action: { type: 'inviteAll' } })).status).toBe(403);
    });

    it('are refused with every problem named when they cannot work, and nothing is saved', async () => {
      const before = (await admin.get(`/lines/${lineId}/rules`)).body.length;
      const nightShift = await addGroup(host, 'Night shift');
      const refused = await admin.post(`/lines/${lineId}/rules`, {
        name: 'Broken',
        condition: one({ attribute: 'time', operator: 'after', value: '25:00' }),
        action: { type: 'leastOccupied', groupId: nightShift },
        reply: 'Hello {$client.nickname}',
        setValues: { params: { no_such_parameter: 1 } },
        process: { templateCode: 'no_such_process', inputs: {}, alsoLineProcess: false },
      });
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe('routing/invalid-rule');
      for (const part of ['Condition 1', 'operator groups', 'Reply message', 'no_such_parameter', 'no_such_process']) {
        expect(refused.body.error.message).toContain(part);
      }
      const last = await admin.post(`/lines/${lineId}/rules`, { name: 'Last', condition: one({ attribute: 'firstSession', operator: 'is', value: true }), action: { type: 'assignLast' } });
      expect(last.body.error.message).toContain('First session with client = No');
      const bot = await admin.post(`/lines/${lineId}/rules`, { name: 'Bot', condition: one({ attribute: 'firstSession', operator: 'is', value: true }), action: { type: 'assignBot' } });
      expect(bot.body.error.message).toContain('no chat-bot');
      const stranger = await admin.post(`/lines/${lineId}/rules`, { name: 'Stranger', condition: one({ attribute: 'firstSession', operator: 'is', value: true }), action: { type: 'assignOperator', userId: userId(employee1) } });
      expect(stranger.body.error.code).toBe('routing/invalid-rule');
      const malformed = await admin.post(`/lines/${lineId}/rules`, { name: '', condition: 'always', action: { type: 'teleport' } });
      expect(malformed).toMatchObject({ status: 400, body: { error: { code: 'request/invalid' } } });
      expect((await admin.get(`/lines/${lineId}/rules`)).body).toHaveLength(before);
    });
  });

  describe('where sessions land', () => {
    let lineId: string;
    beforeAll(async () => {
      lineId = await newLine('Billing');
      await admin.post(`/lines/${lineId}/rules`, {
        name: 'Invoice',
        condition: one({ attribute: 'messageText', operator: 'contains', value: 'invoice' }),
        action: { type: 'assignOperator', userId: userId(operator2) },
        setValues: { priority: 'high' },
        reply: 'Hello {$client.name}, we are on it.',
      });
      await admin.post(`/lines/${lineId}/rules`, {
        name: 'After lunch',
        condition: one({ attribute: 'time', operator: 'after', value: '13:00' }),
        action: { type: 'leastOccupied', groupId: groups.Operators },
      });
    });

    it('follows the first rule that holds: an operator, a priority, an auto-reply and the rule in a system message', async () => {
      await setStatus(operator2, 'online');
      const id = await write(employee1, lineId, 'A question about my invoice');
      const session = await settled(id, (s) => s.state === 'assignedToOperator');
      expect(session).toMatchObject({ operatorId: userId(operator2), operatorName: 'Oscar Diaz', priority: 'high' });
      const staff = await until('the auto-reply', () => texts(operator2, id), (all) => all.includes('Hello Emma Fischer, we are on it.'));
      // Oscar has room: the session is his in the transaction that routed it, before the reply goes out.
      expect(staff).toEqual([
        'A question about my invoice',
        'Routing rule "Invoice" applied: the session is for Oscar Diaz.',
        'The session was assigned to Oscar Diaz.',
        'Hello Emma Fischer, we are on it.',
      ]);
      // The client sees the reply, never the system messages.
      const own = await texts(employee1, id);
      expect(own).toEqual(['A question about my invoice', 'Hello Emma Fischer, we are on it.']);
    });

    it('skips a rule whose operator is Offline, and uses the Default rule when nothing else applies', async () => {
      await setStatus(operator2, 'offline');
      const id = await write(employee2, lineId, 'Another invoice question');
      const session = await sessionOf(id);
      expect(session).toMatchObject({ state: 'waiting' });
      expect(session.operatorId).toBeUndefined();
      expect(await texts(supervisor, id)).toContain(
        'Rule "Invoice" skipped: the operator is Offline or inactive. Default rule applied: the session is in the common queue.',
      );
    });

    it('decides by the company\'s clock: after lunch the least occupied Online operator of the group gets it', async () => {
      clock.set('2026-03-02T13:30:00.000Z'); // 14:30 in Berlin
      await Promise.all([setStatus(operator1, 'online'), setStatus(operator3, 'online')]);
      const afternoon = await newLine('Afternoon', {});
      await admin.post(`/lines/${afternoon}/rules`, {
        name: 'After lunch',
        condition: one({ attribute: 'time', operator: 'after', value: '13:00' }),
        action: { type: 'leastOccupied', groupId: groups.Operators },
      });
      // Nora Quinn and Olivia Bennett have no session on it: the tie goes to the first by name.
      const first = await write(employee1, afternoon, 'Hello');
      expect(await settled(first, (s) => s.state === 'assignedToOperator')).toMatchObject({ operatorName: 'Nora Quinn' });
      const second = await write(employee2, afternoon, 'Hello too');
      expect(await settled(second, (s) => s.state === 'assignedToOperator')).toMatchObject({ operatorName: 'Olivia Bennett' });
      expect(await texts(supervisor, second)).toContain('The session was assigned to Olivia Bennett, the least occupied Online operator of the group.');
      clock.set('2026-03-02T11:00:00.000Z');
    });

    it('fills the reply with the values the rule sets, and still takes messages after a parameter the rule sets is deleted', async () => {
      const kept = (await admin.get('/parameters')).body;
      expect((await admin.put('/parameters', { definitions: [...kept, { code: 'tier', name: 'Tier', type: 'STRING', required: false, array: false }] })).status).toBe(200);
      const tiers = await newLine('Tiers');
      await admin.post(`/lines/${tiers}/rules`, {
        name: 'Gold',
        condition: one({ attribute: 'messageText', operator: 'contains', value: 'gold' }),
        action: { type: 'inviteAll' },
        setValues: { params: { tier: 'gold' } },
        reply: 'Your tier: {$tier}',
      });
      const id = await write(employee1, tiers, 'I am a gold customer');
      await until('the auto-reply', () => texts(employee1, id), (all) => all.includes('Your tier: gold'));
      expect((await sessionOf(id)).params).toMatchObject({ tier: 'gold' });
      expect((await admin.put('/parameters', { definitions: kept })).status).toBe(200);
      const after = await write(employee2, tiers, 'gold again');
      expect((await sessionOf(after)).params).toEqual({});
      const notes = await texts(supervisor, after);
      expect(notes.some((text) => text.startsWith('The automatic reply of the routing rule "Gold" was not sent: its template no longer fits'))).toBe(true);
    });

    it('starts the rule\'s process instead of the live chat\'s "On new session creation" process, or both when the rule says so', async () => {
      const line = await newLine('Processes', { processBindings: { sessionCreated: { templateCode: 'notify_on_close', inputs: { session: 'session.id' } } } });
      const qualify = { templateCode: 'qualify_request', inputs: { session: 'session.id' } };
      await admin.post(`/lines/${line}/rules`, { name: 'Only the rule', condition: one({ attribute: 'messageText', operator: 'contains', value: 'qualify' }), action: { type: 'inviteAll' }, process: { ...qualify, alsoLineProcess: false } });
      await admin.post(`/lines/${line}/rules`, { name: 'Both', condition: one({ attribute: 'messageText', operator: 'contains', value: 'both' }), action: { type: 'inviteAll' }, process: { ...qualify, alsoLineProcess: true } });
      const started = async (sessionId: string): Promise<string[]> =>
        (await admin.get('/outbox')).body
          .filter((entry: { kind: string; payload: { sessionId: string } }) => entry.kind === 'process.start' && entry.payload.sessionId === sessionId)
          .map((entry: { payload: { templateCode: string } }) => entry.payload.templateCode)
          .sort();
      const only = await write(employee1, line, 'Please qualify me');
      expect(await started(only)).toEqual(['qualify_request']);
      const both = await write(employee2, line, 'both, please');
      expect(await started(both)).toEqual(['notify_on_close', 'qualify_request']);
    });

    it('gives a returning client to the last operator with "First session with client = No"', async () => {
      const returning = await newLine('Returning');
      await admin.post(`/lines/${returning}/rules`, {
        name: 'Same operator again',
        condition: one({ attribute: 'firstSession', operator: 'is', value: false }),
        action: { type: 'assignLast' },
      });
      const id = await write(employee1, returning, 'First visit');
      expect((await operator3.post(`/sessions/${id}/take`)).status).toBe(200);
      expect((await operator3.post(`/sessions/${id}/close`)).status).toBe(200);
      await write(employee1, returning, 'I am back');
      expect(await settled(id, (s) => s.state === 'assignedToOperator')).toMatchObject({ operatorName: 'Nora Quinn' });
    });
  });

  describe('capacity', () => {
    it('never gives an operator more sessions than the limit, and assigns the waiting one as soon as there is room', async () => {
      const lineId = await newLine('Capacity', { maxSessionsPerOperator: 1 });
      await admin.post(`/lines/${lineId}/rules`, {
        name: 'All to Olivia',
        condition: one({ attribute: 'firstSession', operator: 'is', value: true }),
        action: { type: 'assignOperator', userId: userId(operator1) },
      });
      await setStatus(operator1, 'online');
      const first = await write(employee1, lineId, 'one');
      await settled(first, (s) => s.state === 'assignedToOperator' && s.operatorId === userId(operator1));
      const second = await write(employee2, lineId, 'two');
      // Olivia is full: the session waits for her, visible in the queue.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await sessionOf(second)).toMatchObject({ state: 'waiting' });
      const take = await operator1.post(`/sessions/${second}/take`);
      expect(take).toMatchObject({ status: 409, body: { error: { code: 'operator/at-capacity', message: 'You already have the most active sessions allowed on "Capacity" (1).' } } });
      // A per-operator limit overrides the live chat's.
      const operators = await supervisor.get(`/lines/${lineId}/operators`);
      expect(operators.body.find((o: { userId: string }) => o.userId === userId(operator1))).toMatchObject({ status: 'online', active: 1, capacity: 1 });
      expect((await operator1.post(`/sessions/${first}/close`)).status).toBe(200);
      expect(await settled(second, (s) => s.state === 'assignedToOperator')).toMatchObject({ operatorId: userId(operator1) });
      const raised = await admin.patch(`/lines/${lineId}`, { operatorCapacity: [{ userId: userId(operator1), max: 5 }] });
      expect(raised.body.operatorCapacity).toEqual([{ userId: userId(operator1), max: 5 }]);
      expect((await supervisor.get(`/lines/${lineId}/operators`)).body.find((o: { userId: string }) => o.userId === userId(operator1)).capacity).toBe(5);
    });
  });

  describe('operator status', () => {
    it('is only for operators and supervisors, and Offline staff can only view', async () => {
      expect((await employee1.get('/me/status')).body).toMatchObject({ eligible: false, status: 'offline' });
      expect((await setStatus(employee1, 'online')).status).toBe(403);
      const lineId = await newLine('Status');
      const id = await write(employee1, lineId, 'Anyone there?');
      await setStatus(operator3, 'offline');
      expect((await operator3.get(`/sessions/${id}`)).status).toBe(200);
      const refused = await operator3.post(`/sessions/${id}/take`);
      expect(refused).toMatchObject({ status: 409, body: { error: { code: 'operator/offline' } } });
      await setStatus(operator3, 'online');
      expect((await operator3.post(`/sessions/${id}/take`)).status).toBe(200);
      await setStatus(operator3, 'offline');
      for (const [method, path, body] of [
        ['POST', `/sessions/${id}/messages`, { text: 'hi', clientMessageId: newMessageId() }],
        ['POST', `/sessions/${id}/rename`, { name: 'New name' }],
        ['PUT', `/sessions/${id}/priority`, { priority: 'low' }],
        ['POST', `/sessions/${id}/return`, undefined],
        ['POST', `/sessions/${id}/processes`, { templateCode: 'qualify_request' }],
        ['POST', `/sessions/${id}/close`, undefined],
      ] as const) {
        const response = await operator3.request(method, path, body ?? {});
        expect([path, response.status, response.body.error?.code]).toEqual([path, 409, 'operator/offline']);
      }
      expect((await sessionOf(id)).state).toBe('assignedToOperator');
      await setStatus(operator3, 'online');
    });

    it('turns Offline by itself after the configured inactivity, unless a page keeps sending heartbeats', async () => {
      await setStatus(operator1, 'online');
      clock.advance(90_000);
      expect((await operator1.post('/me/heartbeat')).body.status).toBe('online');
      clock.advance(90_000);
      expect((await operator1.get('/me/status')).body.status).toBe('online');
      clock.advance(60_000); // 2.5 minutes since the last heartbeat, the default threshold is 2
      expect((await operator1.get('/me/status')).body).toMatchObject({ status: 'offline', inactivityMinutes: 2 });
      expect((await admin.patch('/settings', { inactivityMinutes: 10 })).body.inactivityMinutes).toBe(10);
      expect((await operator1.get('/me/status')).body.status).toBe('online');
      expect((await admin.patch('/settings', { inactivityMinutes: 1 })).body.error.code).toBe('request/invalid');
      expect((await supervisor.patch('/settings', { inactivityMinutes: 5 })).status).toBe(403);
      expect((await admin.patch('/settings', { inactivityMinutes: 2 })).status).toBe(200);
      clock.set('2026-03-02T11:00:00.000Z');
      await Promise.all([operator1, operator2, operator3, supervisor].map((staff) => setStatus(staff, 'online')));
    });
  });

  describe('supervision', () => {
    let lineId: string;
    let id: string;
    beforeAll(async () => {
      lineId = await newLine('Supervised');
      await Promise.all([operator1, operator2, supervisor].map((staff) => setStatus(staff, 'online')));
      id = await write(employee1, lineId, 'Please help');
      expect((await operator1.post(`/sessions/${id}/take`)).status).toBe(200);
    });

    it('reassigns to an operator with a system message and a #feed notice to them', async () => {
      const moved = await supervisor.post(`/sessions/${id}/assign`, { operatorId: userId(operator2) });
      expect(moved).toMatchObject({ status: 200, body: { state: 'assignedToOperator', operatorId: userId(operator2) } });
      expect(await texts(supervisor, id)).toContain('Sam Carter assigned the session to Oscar Diaz.');
      // The clock is frozen: notices carry the same time, so look this one up by what it says.
      const feed = await operator2.get('/api/notifications');
      const notice = feed.body.items.find((n: { text?: string }) => n.text?.includes('Sam Carter'));
      expect(notice).toMatchObject({ title: 'A session was assigned to you', text: '"Emma Fischer" in Supervised, by Sam Carter' });
      expect(notice.link).toContain(id);
      // The previous operator no longer sees it; another operator cannot reassign what is not theirs.
      expect((await operator1.get(`/sessions/${id}`)).status).toBe(403);
      expect((await operator1.post(`/sessions/${id}/assign`, { operatorId: userId(operator1) })).status).toBe(403);
      expect((await supervisor.post(`/sessions/${id}/assign`, { operatorId: userId(employee2) })).body.error.code).toBe('operator/not-an-operator');
    });

    it('refuses Offline targets when only Online operators may be chosen', async () => {
      await admin.patch('/settings', { reassignOnlyOnline: true });
      await setStatus(operator3, 'offline');
      const refused = await supervisor.post(`/sessions/${id}/assign`, { operatorId: userId(operator3) });
      expect(refused).toMatchObject({ status: 409, body: { error: { code: 'operator/offline' } } });
      await admin.patch('/settings', { reassignOnlyOnline: false });
      expect((await supervisor.post(`/sessions/${id}/assign`, { operatorId: userId(operator3) })).status).toBe(200);
      await setStatus(operator3, 'online');
    });

    it('puts a session into a group\'s queue that only that group\'s operators see and take', async () => {
      const nightShift = await addGroup(host, 'Night shift', [userId(operator2)]);
      await admin.patch(`/lines/${lineId}`, { operatorGroupIds: [groups.Operators, nightShift] });
      const queued = await supervisor.post(`/sessions/${id}/assign`, { operatorGroupId: nightShift });
      expect(queued.body).toMatchObject({ state: 'waiting', operatorGroupId: nightShift });
      expect(await texts(supervisor, id)).toContain('Sam Carter passed the session to the queue of Night shift.');
      const listed = async (client: ApiClient) => (await client.get(`/sessions?lineId=${lineId}&state=waiting`)).body.items.map((s: { id: string }) => s.id);
      expect(await listed(operator1)).not.toContain(id);
      expect(await listed(operator2)).toContain(id);
      expect((await operator1.post(`/sessions/${id}/take`)).status).toBe(403);
      expect((await operator2.post(`/sessions/${id}/take`)).status).toBe(200);
      const feed = await operator2.get('/api/notifications');
      expect(feed.body.items.map((n: { title: string }) => n.title)).toContain('A session is waiting in the queue of Night shift');
    });

    it('returns a session to the queue, sets and clears its priority, and lists active sessions for supervisors', async () => {
      expect((await supervisor.put(`/sessions/${id}/priority`, { priority: 'low' })).body.priority).toBe('low');
      expect((await supervisor.put(`/sessions/${id}/priority`, { priority: 'urgent' })).status).toBe(400);
      expect((await operator2.post(`/sessions/${id}/return`)).body).toMatchObject({ state: 'waiting' });
      const active = (await supervisor.get(`/sessions?lineId=${lineId}&active=true`)).body.items;
      expect(active.map((s: { id: string; priority: string }) => [s.id, s.priority])).toEqual([[id, 'low']]);
      expect((await supervisor.put(`/sessions/${id}/priority`, { priority: null })).body.priority).toBeUndefined();
      expect(await texts(supervisor, id)).toEqual(expect.arrayContaining(['Sam Carter set the priority to Low.', 'Oscar Diaz returned the session to the queue.', 'Sam Carter removed the priority.']));
    });

    it('marks a messenger session as spam and back, restoring its operator and priority; employees\' sessions are never spam', async () => {
      expect((await supervisor.post(`/sessions/${id}/spam`)).body.error.code).toBe('session/invalid-transition');
      const external = await insertMessengerSession(host, lineId);
      expect((await operator1.post(`/sessions/${external}/take`)).status).toBe(200);
      await supervisor.put(`/sessions/${external}/priority`, { priority: 'high' });
      const spam = await supervisor.post(`/sessions/${external}/spam`);
      expect(spam.body).toMatchObject({ state: 'markedAsSpam' });
      expect((await supervisor.get(`/sessions?lineId=${lineId}&active=true`)).body.items.map((s: { id: string }) => s.id)).not.toContain(external);
      const back = await supervisor.post(`/sessions/${external}/unspam`);
      expect(back.body).toMatchObject({ state: 'assignedToOperator', operatorId: userId(operator1), priority: 'high' });
    });
  });
});
