/**
 * Reports through the Web API (issue 5), on each storage engine, with the host's clock frozen and
 * moved between messages so that every average is exact: who may see them, the figures of
 * Operator efficiency and Live chat efficiency, the filters, the breakdowns, spam left out, and
 * queries refused before anything is computed.
 */
import { ApiClient, newMessageId } from '../support/api';
import { addGroup, addUsers } from '../support/directory';
import { insertMessengerSession } from '../support/messenger';
import { describeEachEngine } from '../support/requirements';
import { createTestHost, TestClock, type TestHost } from '../support/test-host';

describeEachEngine('reports', (engine) => {
  const clock = new TestClock('2026-03-02T09:00:00.000Z');
  let host: TestHost;
  let admin: ApiClient;
  let operator1: ApiClient;
  let operator2: ApiClient;
  let supervisor: ApiClient;
  let clients: ApiClient[];
  let groups: Record<string, string>;
  let lineA: string;
  let lineB: string;
  let channelB: string;
  let nightShift: string;

  const at = (time: string): void => clock.set(time);
  const newLine = async (name: string, extra: object = {}): Promise<{ id: string; channels: { id: string }[] }> => {
    const created = await admin.post('/lines', {
      name,
      operatorGroupIds: [groups.Operators],
      supervisorGroupIds: [groups.Supervisors],
      internalClientGroupIds: [groups.Employees],
      ...extra,
    });
    expect(created.status).toBe(201);
    return created.body;
  };
  const write = async (client: ApiClient, lineId: string, text: string): Promise<string> => {
    const sent = await client.post(`/lines/${lineId}/messages`, { text, clientMessageId: newMessageId() });
    expect(sent.status).toBe(201);
    return sent.body.sessionId;
  };
  // The clock jumps further than the inactivity timeout: staff come back Online before they act.
  const reply = async (operator: ApiClient, sessionId: string, text: string): Promise<void> => {
    await operator.online();
    expect((await operator.post(`/sessions/${sessionId}/messages`, { text, clientMessageId: newMessageId() })).status).toBe(201);
  };
  const ok = async (operator: ApiClient, action: 'take' | 'close', sessionId: string): Promise<void> => {
    await operator.online();
    expect((await operator.post(`/sessions/${sessionId}/${action}`)).status).toBe(200);
  };
  const report = async (viewer: ApiClient, kind: 'operators' | 'lines', query: string) => {
    const response = await viewer.get(`/reports/${kind}?${query}`);
    expect(response.status).toBe(200);
    return response.body;
  };
  const userId = (client: ApiClient) => client.user!.id;

  beforeAll(async () => {
    host = await createTestHost({ engine, now: clock.now });
    [admin, operator1, operator2, supervisor] = await ApiClient.loginAll(host.url, ['admin', 'operator1', 'operator2', 'supervisor']);
    groups = await admin.groupIds();
    clients = await addUsers(host, 'reports-client', 4, groups.Employees);
    nightShift = await addGroup(host, 'Night shift', [userId(operator2)]);
    lineA = (await newLine('Reports A')).id;
    const b = await newLine('Reports B');
    lineB = b.id;
    channelB = b.channels[0].id;
    await Promise.all([operator1.online(), operator2.online(), supervisor.online()]);

    // Session 1, A, operator1: waits 60 s for the reply, first response 30 s after taking, lasts 300 s.
    at('2026-03-02T10:00:00.000Z');
    const one = await write(clients[0], lineA, 'Hello');
    at('2026-03-02T10:00:30.000Z');
    await ok(operator1, 'take', one);
    at('2026-03-02T10:01:00.000Z');
    await reply(operator1, one, 'Hi, how can I help?');
    at('2026-03-02T10:05:00.000Z');
    await ok(operator1, 'close', one);

    // Session 2, A, operator2: waits of 40 s and 120 s (from the first of two unanswered messages),
    // first response 30 s after taking, lasts 600 s.
    at('2026-03-02T11:00:00.000Z');
    const two = await write(clients[1], lineA, 'Question');
    at('2026-03-02T11:00:10.000Z');
    await ok(operator2, 'take', two);
    at('2026-03-02T11:00:40.000Z');
    await reply(operator2, two, 'Yes?');
    at('2026-03-02T11:01:00.000Z');
    await write(clients[1], lineA, 'First part');
    at('2026-03-02T11:01:30.000Z');
    await write(clients[1], lineA, 'Second part');
    at('2026-03-02T11:03:00.000Z');
    await reply(operator2, two, 'Done');
    at('2026-03-02T11:10:00.000Z');
    await ok(operator2, 'close', two);

    // Session 3, B, operator1: waits 80 s, first response 60 s, closed the next morning (75,600 s).
    at('2026-03-02T12:00:00.000Z');
    const three = await write(clients[2], lineB, 'Hello B');
    at('2026-03-02T12:00:20.000Z');
    await ok(operator1, 'take', three);
    at('2026-03-02T12:01:20.000Z');
    await reply(operator1, three, 'Hi from B');
    at('2026-03-03T09:00:00.000Z');
    await ok(operator1, 'close', three);

    // Session 4, A, operator1, from a messenger and marked as spam: it counts nowhere.
    at('2026-03-03T10:00:00.000Z');
    const spam = await insertMessengerSession(host, lineA, clock.now().toISOString());
    at('2026-03-03T10:00:05.000Z');
    await ok(operator1, 'take', spam);
    at('2026-03-03T10:10:00.000Z');
    await reply(operator1, spam, 'No, thanks');
    await supervisor.online();
    expect((await supervisor.post(`/sessions/${spam}/spam`)).body).toMatchObject({ state: 'markedAsSpam' });
  });
  afterAll(() => host?.close());

  const period = 'from=2026-03-02&to=2026-03-03';

  it('measures each operator: response speed, waiting time and session duration, with their counts', async () => {
    const body = await report(supervisor, 'operators', period);
    expect(body).toEqual({
      from: '2026-03-02',
      to: '2026-03-03',
      rows: [
        { operatorId: userId(operator1), name: 'Olivia Bennett', responses: 2, responseSpeed: 70, waitingTime: 80, closedSessions: 2, sessionDuration: 37_950 },
        { operatorId: userId(operator2), name: 'Oscar Diaz', responses: 2, responseSpeed: 80, waitingTime: 120, closedSessions: 1, sessionDuration: 600 },
      ],
    });
    expect(await report(admin, 'operators', period)).toEqual(body);
  });

  it('measures each live chat: first response speed and processed requests, with a series per breakdown', async () => {
    const body = await report(supervisor, 'lines', period);
    expect(body.rows).toEqual([
      { lineId: lineA, name: 'Reports A', firstResponses: 2, firstResponseSpeed: 30, processedRequests: 2 },
      { lineId: lineB, name: 'Reports B', firstResponses: 1, firstResponseSpeed: 60, processedRequests: 1 },
    ]);
    expect(body).toMatchObject({ breakdown: 'day', series: [{ start: '2026-03-02', processedRequests: 2 }, { start: '2026-03-03', processedRequests: 1 }] });

    const weeks = await report(supervisor, 'lines', 'from=2026-03-01&to=2026-03-03&breakdown=week');
    expect(weeks.series).toEqual([{ start: '2026-02-23', processedRequests: 0 }, { start: '2026-03-02', processedRequests: 3 }]);
    const months = await report(supervisor, 'lines', 'from=2026-02-15&to=2026-03-31&breakdown=month');
    expect(months.series).toEqual([{ start: '2026-02-01', processedRequests: 0 }, { start: '2026-03-01', processedRequests: 3 }]);
  });

  it('narrows every figure by period, live chat, channel, operator and operator group', async () => {
    const firstDay = await report(supervisor, 'operators', 'from=2026-03-02&to=2026-03-02');
    expect(firstDay.rows.find((row: { operatorId: string }) => row.operatorId === userId(operator1))).toMatchObject({ responses: 2, closedSessions: 1, sessionDuration: 300 });

    const onlyB = { rows: [{ operatorId: userId(operator1), name: 'Olivia Bennett', responses: 1, responseSpeed: 80, waitingTime: 80, closedSessions: 1, sessionDuration: 75_600 }] };
    expect(await report(supervisor, 'operators', `${period}&lineIds=${lineB}`)).toMatchObject(onlyB);
    expect(await report(supervisor, 'operators', `${period}&channelIds=${channelB}`)).toMatchObject(onlyB);

    const byOperator = await report(supervisor, 'lines', `${period}&operatorIds=${userId(operator2)}`);
    expect(byOperator.rows).toEqual([{ lineId: lineA, name: 'Reports A', firstResponses: 1, firstResponseSpeed: 30, processedRequests: 1 }]);
    const byGroup = await report(supervisor, 'operators', `${period}&operatorGroupIds=${nightShift}`);
    expect(byGroup.rows.map((row: { name: string }) => row.name)).toEqual(['Oscar Diaz']);

    const nothing = await report(supervisor, 'lines', 'from=2026-01-01&to=2026-01-31&breakdown=week');
    expect(nothing.rows).toEqual([]);
    expect(nothing.series.every((point: { processedRequests: number }) => point.processedRequests === 0)).toBe(true);
  });

  it('is for administrators and the supervisors of the live chats in it', async () => {
    expect(await operator1.get(`/reports/operators?${period}`)).toMatchObject({ status: 403, body: { error: { code: 'auth/forbidden' } } });
    expect((await operator2.get(`/reports/lines?${period}`)).status).toBe(403);
    expect((await clients[0].get(`/reports/lines?${period}`)).status).toBe(403);

    const elsewhere = await newLine('Not supervised', { supervisorGroupIds: [nightShift] });
    expect((await supervisor.get(`/reports/lines?${period}&lineIds=${elsewhere.id}`)).status).toBe(403);
    expect((await admin.get(`/reports/lines?${period}&lineIds=${elsewhere.id}`)).status).toBe(200);
    // Operator2 supervises "Not supervised" through Night shift: that live chat only.
    const own = await report(operator2, 'lines', period);
    expect(own.rows).toEqual([]);
    expect((await operator2.get(`/reports/lines?${period}&lineIds=${lineA}`)).status).toBe(403);
  });

  it('refuses bad queries with 400 and names the problem', async () => {
    const bad = [
      '',
      'from=2026-03-02',
      'from=2026-03-05&to=2026-03-02',
      'from=2025-01-01&to=2026-03-02',
      'from=2026-02-30&to=2026-03-02',
      'from=yesterday&to=2026-03-02',
      `${period}&breakdown=year`,
      `${period}&sort=name`,
    ];
    for (const query of bad) {
      const response = await supervisor.get(`/reports/operators?${query}`);
      expect({ query, status: response.status, code: response.body.error?.code }).toEqual({ query, status: 400, code: 'request/invalid' });
    }
    const reversed = await supervisor.get('/reports/lines?from=2026-03-05&to=2026-03-02');
    expect(reversed.body.error.message).toContain('must not end before it starts');
    const long = await supervisor.get('/reports/lines?from=2025-01-01&to=2026-03-02');
    expect(long.body.error.message).toContain('366 days');
    // A full leap year is allowed.
    expect((await supervisor.get('/reports/lines?from=2024-01-01&to=2024-12-31')).status).toBe(200);
  });
});
