/**
 * Issue "a session", through the Web API and the process engine, on each storage engine: custom
 * parameters, name templates, renaming, processes bound to live chat events (through the
 * outbox), the manual start, and every `LiveChats` script hook with its errors.
 */
import type { ProcessInstanceInfo, ProcessTemplateInfo } from '@elma365/sdk-types';
import { ApiClient, newMessageId } from '../support/api';
import { describeEachEngine } from '../support/requirements';
import { until } from '../support/until';
import { createTestHost, type TestHost } from '../support/test-host';

const PHONE = { code: 'contact_phone', name: 'Contact phone', type: 'PHONE', required: false, array: false };
const TIER = { code: 'tier', name: 'Tier', type: 'ENUM', required: false, array: false, data: { enumItems: [{ code: 'gold', name: 'Gold' }, { code: 'basic', name: 'Basic' }] } };

const eventually = <T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> => until(what, read, done);

describeEachEngine('session configuration', (engine) => {
  let host: TestHost;
  let admin: ApiClient;
  let operator1: ApiClient;
  let operator2: ApiClient;
  let supervisor: ApiClient;
  let employee1: ApiClient;
  let employee2: ApiClient;
  let groups: Record<string, string>;
  let lineId: string;
  let scriptCount = 0;

  beforeAll(async () => {
    host = await createTestHost({ engine });
    [admin, operator1, operator2, supervisor, employee1, employee2] = await ApiClient.loginAll(host.url, ['admin', 'operator1', 'operator2', 'supervisor', 'employee1', 'employee2']);
    await Promise.all([operator1, operator2, supervisor].map((staff) => staff.online()));
    groups = await admin.groupIds();
    const line = await admin.post('/lines', { name: 'Config', operatorGroupIds: [groups.Operators], supervisorGroupIds: [groups.Supervisors], internalClientGroupIds: [groups.Employees] });
    lineId = line.body.id;
  });
  afterAll(() => host?.close());

  /** Runs `body` as the Script activity of a fresh template with a `session` input. */
  async function runScript(body: string, session: unknown): Promise<ProcessInstanceInfo> {
    const code = `test_script_${++scriptCount}`;
    const template: ProcessTemplateInfo = {
      code,
      name: `Test script ${scriptCount}`,
      variables: [{ code: 'session', name: 'Session', type: 'LINE_SESSION', input: true }, { code: 'result', name: 'Result', type: 'JSON' as never }],
      activities: [{ kind: 'script', id: 'main', name: 'Main', function: 'main' }],
      script: `export async function main(): Promise<void> {\n${body}\n}\n`,
    };
    await host.processes.saveTemplate(template);
    return host.processes.run(code, { session }, {});
  }

  async function openSession(client: ApiClient, text = 'Hello'): Promise<string> {
    return (await client.post(`/lines/${lineId}/messages`, { text, clientMessageId: newMessageId() })).body.sessionId;
  }

  describe('custom parameters', () => {
    it('are defined by administrators only, with clear errors', async () => {
      expect((await operator1.request('PUT', '/parameters', { definitions: [PHONE] })).status).toBe(403);
      const bad = await admin.request('PUT', '/parameters', { definitions: [{ ...PHONE, code: 'Bad Code' }] });
      expect(bad.status).toBe(400);
      expect(bad.body.error.code).toBe('params/invalid-definition');
      const saved = await admin.request('PUT', '/parameters', { definitions: [PHONE, TIER] });
      expect(saved.status).toBe(200);
      expect((await operator1.get('/parameters')).body.map((d: { code: string }) => d.code)).toEqual(['contact_phone', 'tier']);
    });

    it('take values from administrators through the Web API, checked against their type, and never from operators', async () => {
      const sessionId = await openSession(employee1);
      const set = await admin.patch(`/sessions/${sessionId}/parameters`, { values: { contact_phone: '+1 (555) 0100', tier: 'gold' } });
      expect(set.status).toBe(200);
      expect(set.body.params).toEqual({ contact_phone: { tel: '+15550100', type: expect.any(String) }, tier: { code: 'gold', name: 'Gold' } });
      const wrong = await admin.patch(`/sessions/${sessionId}/parameters`, { values: { contact_phone: 42, tier: 'basic' } });
      expect(wrong.status).toBe(400);
      expect(wrong.body.error).toEqual({ code: 'params/invalid-value', message: expect.stringContaining('Contact phone') });
      expect((await admin.patch(`/sessions/${sessionId}/parameters`, { values: { nope: 1 } })).body.error.code).toBe('params/invalid-value');
      expect((await operator1.patch(`/sessions/${sessionId}/parameters`, { values: { tier: 'basic' } })).status).toBe(403);
      expect((await supervisor.get(`/sessions/${sessionId}`)).body.params.tier).toEqual({ code: 'gold', name: 'Gold' });
      expect((await admin.patch('/sessions/nope/parameters', { values: { tier: 'basic' } })).status).toBe(404);
    });

    it('filter and order the session list, by operators allowed for their type', async () => {
      const line = await admin.post('/lines', { name: 'Listed', operatorGroupIds: [groups.Operators], supervisorGroupIds: [groups.Supervisors], internalClientGroupIds: [groups.Employees] });
      const listed = line.body.id;
      const a = (await employee1.post(`/lines/${listed}/messages`, { text: 'a', clientMessageId: newMessageId() })).body.sessionId;
      const b = (await employee2.post(`/lines/${listed}/messages`, { text: 'b', clientMessageId: newMessageId() })).body.sessionId;
      const c = (await (await ApiClient.login(host.url, 'operator3')).get('/lines')).status; // operators are not clients of it
      expect(c).toBe(200);
      await admin.patch(`/sessions/${a}/parameters`, { values: { tier: 'gold', contact_phone: '+1 555 0100' } });
      await admin.patch(`/sessions/${b}/parameters`, { values: { tier: 'basic' } });
      const ids = async (query: string) => {
        const response = await supervisor.get(`/sessions?lineId=${listed}&${query}`);
        expect(response.status).toBe(200);
        return response.body.items.map((s: { id: string }) => s.id);
      };
      expect(await ids('param=tier:eq:gold')).toEqual([a]);
      expect(await ids('param=tier:neq:gold')).toEqual([b]);
      expect(await ids('param=contact_phone:contains:555')).toEqual([a]);
      expect(await ids('param=contact_phone:empty:')).toEqual([b]);
      expect(await ids('param=contact_phone:notEmpty:')).toEqual([a]);
      expect(await ids('sort=tier&order=asc')).toEqual([b, a]);
      expect(await ids('sort=tier&order=desc')).toEqual([a, b]);
      const first = await supervisor.get(`/sessions?lineId=${listed}&sort=tier&limit=1`);
      expect(first.body.items.map((s: { id: string }) => s.id)).toEqual([b]);
      const second = await supervisor.get(`/sessions?lineId=${listed}&sort=tier&limit=1&cursor=${first.body.nextCursor}`);
      expect(second.body.items.map((s: { id: string }) => s.id)).toEqual([a]);
      expect(second.body.nextCursor).toBeUndefined();
      expect((await supervisor.get(`/sessions?lineId=${listed}&param=tier:contains:go`)).body.error.code).toBe('params/invalid-value');
      expect((await supervisor.get(`/sessions?lineId=${listed}&param=nope:eq:1`)).body.error.code).toBe('params/invalid-value');
      expect((await supervisor.get(`/sessions?lineId=${listed}&param=bad`)).status).toBe(400);
      expect((await supervisor.get(`/sessions?lineId=${listed}&param=contact_phone:contains:%25`)).status).toBe(400);
      expect((await supervisor.get(`/sessions?lineId=${listed}&param=tier:eq:x%27%20OR%201%3D1`)).body.error.code).toBe('params/invalid-value');
    });

    it('cannot change type while sessions have values', async () => {
      const retyped = await admin.request('PUT', '/parameters', { definitions: [{ ...PHONE, type: 'STRING' }, TIER] });
      expect(retyped.body.error).toEqual({ code: 'params/invalid-definition', message: expect.stringContaining('contact_phone') });
      expect((await admin.get('/parameters')).body).toHaveLength(2);
    });
  });

  describe('session names', () => {
    it('refuses a template with an unknown variable or bad syntax, with the position', async () => {
      const unknown = await admin.patch(`/lines/${lineId}`, { sessionNameTemplate: '{$client.nmae}' });
      expect(unknown.body.error).toEqual({ code: 'template/invalid', message: expect.stringMatching(/Unknown variable "client\.nmae" at 0/) });
      const syntax = await admin.patch(`/lines/${lineId}`, { sessionNameTemplate: 'Hi {DateTime("DD", {$__createdAt}' });
      expect(syntax.body.error.code).toBe('template/invalid');
      expect((await admin.get(`/lines/${lineId}`)).body.sessionNameTemplate).toBeUndefined();
    });

    it('names new sessions by the template and lets the operator or a supervisor rename them', async () => {
      const template = '{$client.name} — {DateTime("DD.MM.YYYY", {$__createdAt}, "en_US")}';
      expect((await admin.patch(`/lines/${lineId}`, { sessionNameTemplate: template })).status).toBe(200);
      const sessionId = await openSession(employee2);
      const session = (await operator1.get(`/sessions/${sessionId}`)).body;
      const created = new Date(session.createdAt);
      const day = new Intl.DateTimeFormat('en-GB', { timeZone: process.env.TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone, day: '2-digit', month: '2-digit', year: 'numeric' }).format(created).replace(/\//g, '.');
      expect(session.name).toBe(`Ethan Brooks — ${day}`);

      expect((await operator1.post(`/sessions/${sessionId}/rename`, { name: 'Nope' })).status).toBe(403);
      await operator1.post(`/sessions/${sessionId}/take`);
      expect((await operator2.post(`/sessions/${sessionId}/rename`, { name: 'Nope' })).status).toBe(403);
      expect((await operator1.post(`/sessions/${sessionId}/rename`, { name: '  ' })).status).toBe(400);
      const renamed = await operator1.post(`/sessions/${sessionId}/rename`, { name: 'Broken laptop' });
      expect(renamed.body.name).toBe('Broken laptop');
      expect((await supervisor.post(`/sessions/${sessionId}/rename`, { name: 'Broken laptop (urgent)' })).body.name).toBe('Broken laptop (urgent)');
      const notes = (await supervisor.get(`/sessions/${sessionId}/messages?since=0`)).body.items.filter((m: { type: string }) => m.type === 'system');
      expect(notes.map((m: { body: string }) => m.body)).toContain('Sam Carter renamed the session to "Broken laptop (urgent)".');
      await admin.patch(`/lines/${lineId}`, { sessionNameTemplate: null });
    });
  });

  describe('business processes', () => {
    it('refuses bindings to unknown templates and of mismatched types', async () => {
      const unknown = await admin.patch(`/lines/${lineId}`, { processBindings: { sessionCreated: { templateCode: 'nope', inputs: {} } } });
      expect(unknown.body.error.code).toBe('process/binding-invalid');
      const mismatch = await admin.patch(`/lines/${lineId}`, { processBindings: { sessionCreated: { templateCode: 'qualify_request', inputs: { session: 'line.name' } } } });
      expect(mismatch.body.error).toEqual({ code: 'process/binding-invalid', message: expect.stringContaining('cannot fill') });
      const unknownField = await admin.patch(`/lines/${lineId}`, { processBindings: { sessionCreated: { templateCode: 'qualify_request', inputs: { session: 'session.nope' } } } });
      expect(unknownField.status).toBe(400);
      expect((await operator1.get('/process-templates')).body.map((t: { code: string }) => t.code)).toEqual(expect.arrayContaining(['qualify_request', 'notify_on_close']));
      expect((await employee1.get('/process-templates')).status).toBe(403);
    });

    it('start once per event through the outbox: on a new session, and on close', async () => {
      const bound = await admin.patch(`/lines/${lineId}`, {
        processBindings: {
          sessionCreated: { templateCode: 'qualify_request', inputs: { session: 'session.id' } },
          sessionClosed: { templateCode: 'notify_on_close', inputs: { session: 'session.id' } },
        },
      });
      expect(bound.status).toBe(200);
      const employee3 = await ApiClient.login(host.url, 'supervisor'); // not a client: refused, starts nothing
      expect((await employee3.post(`/lines/${lineId}/messages`, { text: 'x', clientMessageId: newMessageId() })).status).toBe(403);

      const line = await admin.post('/lines', { name: 'Fresh', operatorGroupIds: [groups.Operators], supervisorGroupIds: [groups.Supervisors], internalClientGroupIds: [groups.Employees] });
      await admin.patch(`/lines/${line.body.id}`, { processBindings: (await admin.get(`/lines/${lineId}`)).body.processBindings });
      const first = await employee1.post(`/lines/${line.body.id}/messages`, { text: 'I need a call back', clientMessageId: newMessageId() });
      const sessionId = first.body.sessionId;
      const qualified = await eventually(() => operator1.get(`/sessions/${sessionId}`), (r) => r.body.params.contact_phone !== undefined, 'the process to set the phone');
      expect(qualified.body.params.contact_phone.tel).toBe('+15550100');
      // A second message does not start "new session" again.
      await employee1.post(`/lines/${line.body.id}/messages`, { text: 'Thanks', clientMessageId: newMessageId() });
      await operator1.post(`/sessions/${sessionId}/take`);
      await operator1.post(`/sessions/${sessionId}/close`);
      const closing = await eventually(
        async () => (await host.processes.listInstances({ templateCode: 'notify_on_close' })).filter((i) => i.context.session === sessionId),
        (found) => found.length > 0 && found[0].status !== 'running',
        'the close process',
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await host.processes.listInstances({ templateCode: 'notify_on_close' })).filter((i) => i.context.session === sessionId)).toHaveLength(1);
      expect(closing[0]).toMatchObject({ status: 'done', context: { survey: expect.stringMatching(/^Thank-you survey scheduled after: .*closed the session\.$/) } });
      const instances = await host.processes.listInstances({ templateCode: 'qualify_request' });
      expect(instances.filter((i) => i.context.session === sessionId)).toHaveLength(1);
      expect((await admin.get('/outbox?status=dead')).body).toEqual([]);
      expect((await operator1.get('/outbox')).status).toBe(403);
    });

    it('retries a start that failed and shows the failure to administrators meanwhile', async () => {
      const original = (await host.processes.getTemplate('qualify_request'))!;
      const { updatedAt: _updatedAt, ...template } = original as ProcessTemplateInfo & { updatedAt?: string };
      const line = await admin.post('/lines', { name: 'Retry', operatorGroupIds: [groups.Operators], supervisorGroupIds: [groups.Supervisors], internalClientGroupIds: [groups.Employees] });
      await admin.patch(`/lines/${line.body.id}`, { processBindings: { sessionCreated: { templateCode: 'qualify_request', inputs: { session: 'session.id' } } } });
      // The template changes under the binding: the start is refused until it is put back.
      await host.processes.saveTemplate({ ...template, variables: template.variables.map((v) => (v.code === 'session' ? { ...v, type: 'BOOLEAN' as never } : v)) });
      const sessionId = (await employee2.post(`/lines/${line.body.id}/messages`, { text: 'Retry me', clientMessageId: newMessageId() })).body.sessionId;
      const failed = await eventually(() => admin.get('/outbox?status=pending'), (r) => r.body.some((e: { attempts: number }) => e.attempts >= 1), 'a failed attempt');
      const entry = failed.body.find((e: { payload: { sessionId: string } }) => e.payload.sessionId === sessionId);
      expect(entry).toMatchObject({ kind: 'process.start', attempts: 1, lastError: expect.any(String) });
      await host.processes.saveTemplate(template);
      await eventually(() => operator1.get(`/sessions/${sessionId}`), (r) => r.body.params.contact_phone !== undefined, 'the retried start');
      // The row is marked done right after the process ran: wait for that too.
      const done = await eventually(() => admin.get('/outbox?status=done'), (r) => r.body.some((e: { id: string }) => e.id === entry.id), 'the row to be done');
      expect(done.body.find((e: { id: string }) => e.id === entry.id)).toMatchObject({ attempts: 2 });
    });

    it('lets the operator of a session start a process by hand', async () => {
      const sessionId = await openSession(employee2, 'Manual one');
      await eventually(() => operator2.post(`/sessions/${sessionId}/take`), (r) => r.status === 200 || r.status === 409, 'take');
      const taken = (await supervisor.get(`/sessions/${sessionId}`)).body;
      const owner = taken.operatorId === operator1.user!.id ? operator1 : operator2;
      const other = owner === operator1 ? operator2 : operator1;
      expect((await other.post(`/sessions/${sessionId}/processes`, { templateCode: 'notify_on_close' })).status).toBe(403);
      const started = await owner.post(`/sessions/${sessionId}/processes`, { templateCode: 'notify_on_close' });
      expect(started.status).toBe(201);
      expect(started.body).toMatchObject({ status: 'done' });
      const instance = await host.processes.getInstance(started.body.instanceId);
      expect(instance).toMatchObject({ initiatorId: owner.user!.id, context: { session: sessionId } });
      expect((await owner.post(`/sessions/${sessionId}/processes`, { templateCode: 'nope' })).status).toBe(400);
    });
  });

  describe('system activities', () => {
    it('"Send Live Chat Message" opens the recipient\'s session: to the initiating operator, or to the queue', async () => {
      const line = await admin.post('/lines', { name: 'Outreach', operatorGroupIds: [groups.Operators], supervisorGroupIds: [groups.Supervisors], internalClientGroupIds: [groups.Employees] });
      const template: ProcessTemplateInfo = {
        code: 'outreach',
        name: 'Outreach',
        variables: [{ code: 'who', name: 'Recipient', type: 'SYS_USER' as never, input: true }],
        activities: [{ kind: 'system', id: 'send', name: 'Send', activity: 'live-chats.sendMessage', inputs: { line: `=${line.body.id}`, recipient: 'who', text: '=Your order has shipped.' } }],
        script: '',
      };
      await host.processes.saveTemplate(template);
      const byOperator = await host.processes.run('outreach', { who: employee2.user!.id }, { initiatorId: operator1.user!.id });
      expect(byOperator.status).toBe('done');
      const sessions = (await supervisor.get(`/sessions?lineId=${line.body.id}`)).body.items;
      expect(sessions).toEqual([expect.objectContaining({ clientName: 'Ethan Brooks', state: 'assignedToOperator', operatorId: operator1.user!.id })]);
      const seen = (await employee2.get(`/sessions/${sessions[0].id}/messages?since=0`)).body.items;
      expect(seen).toEqual([expect.objectContaining({ body: 'Your order has shipped.', authorKind: 'operator', authorName: 'Olivia Bennett' })]);

      const bySystem = await host.processes.run('outreach', { who: employee1.user!.id }, {});
      expect(bySystem.status).toBe('done');
      const queued = (await supervisor.get(`/sessions?lineId=${line.body.id}&state=waiting`)).body.items;
      expect(queued.map((s: { clientName: string }) => s.clientName)).toEqual(['Emma Fischer']);

      await host.processes.saveTemplate({ ...template, code: 'outreach_nobody', activities: [{ ...template.activities[0], inputs: { line: `=${line.body.id}`, text: '=Hi' } }] } as ProcessTemplateInfo);
      const broken = await host.processes.run('outreach_nobody', { who: employee1.user!.id }, {});
      expect(broken).toMatchObject({ status: 'error', error: { code: 'script/invalid-argument' } });
    });

    it('"Send Live Chat Response" replies into an open session', async () => {
      const sessionId = await openSession(employee2, 'Where is my order?');
      await host.processes.saveTemplate({
        code: 'respond',
        name: 'Respond',
        variables: [{ code: 'session', name: 'Session', type: 'LINE_SESSION', input: true }],
        activities: [{ kind: 'system', id: 'reply', name: 'Reply', activity: 'live-chats.sendResponse', inputs: { session: 'session', text: '=We will call you today.' } }],
        script: '',
      });
      expect((await host.processes.run('respond', { session: sessionId }, {})).status).toBe('done');
      const seen = (await employee2.get(`/sessions/${sessionId}/messages?since=0`)).body.items.map((m: { body: string }) => m.body);
      expect(seen).toContain('We will call you today.');
    });
  });

  describe('script hooks', () => {
    let sessionId: string;

    beforeAll(async () => {
      await admin.patch(`/lines/${lineId}`, { processBindings: {} });
      sessionId = await openSession(employee1, 'Hooks');
      await operator1.post(`/sessions/${sessionId}/take`);
    });

    const expectError = (instance: ProcessInstanceInfo, code: string, message?: RegExp) => {
      expect(instance.status).toBe('error');
      expect(instance.error).toMatchObject({ code });
      if (message) expect(instance.error!.message).toMatch(message);
    };

    it('setParameter, setParameters and getParameters', async () => {
      const done = await runScript(
        `await LiveChats.sessions.setParameter(Context.data.session, 'tier', 'basic');
         await LiveChats.sessions.setParameters({ id: Context.data.session }, { contact_phone: '+44 20 7946 0000' });
         Context.data.result = await LiveChats.sessions.getParameters(Context.data.session);`,
        sessionId,
      );
      expect(done.status).toBe('done');
      expect(done.context.result).toEqual({ tier: { code: 'basic', name: 'Basic' }, contact_phone: { tel: '+442079460000', type: expect.any(String) } });
      expectError(await runScript(`await LiveChats.sessions.setParameter(Context.data.session, 'tier', 'platinum');`, sessionId), 'params/invalid-value', /Tier/);
      expectError(await runScript(`await LiveChats.sessions.setParameter(Context.data.session, 'nope', 1);`, sessionId), 'params/invalid-value');
      expectError(await runScript(`await LiveChats.sessions.setParameters(Context.data.session, 'tier');`, sessionId), 'script/invalid-argument', /setParameters/);
      expectError(await runScript(`await LiveChats.sessions.getParameters('no-such-session');`, sessionId), 'session/not-found');
      expectError(await runScript(`await LiveChats.sessions.getParameters(42);`, sessionId), 'script/invalid-argument');
      expect((await supervisor.get(`/sessions/${sessionId}`)).body.params.tier).toEqual({ code: 'basic', name: 'Basic' });
    });

    it('postSystemNote, sendResponse, getAllMessages and getLastMessage', async () => {
      const done = await runScript(
        `await LiveChats.sessions.postSystemNote(Context.data.session, 'Checked by the process.');
         const reply = await LiveChats.sessions.sendResponse(Context.data.session, 'We are on it.');
         const all = await LiveChats.sessions.getAllMessages(Context.data.session, 0, 100);
         const last = await LiveChats.sessions.getLastMessage(Context.data.session);
         Context.data.result = { reply: reply.body, count: all.length, first: all[0].body, last: last.body };`,
        sessionId,
      );
      expect(done.status).toBe('done');
      const staffView = (await supervisor.get(`/sessions/${sessionId}/messages?since=0`)).body.items;
      expect(done.context.result).toEqual({ reply: 'We are on it.', count: staffView.length, first: staffView[0].body, last: 'We are on it.' });
      const clientView = (await employee1.get(`/sessions/${sessionId}/messages?since=0`)).body.items.map((m: { body: string }) => m.body);
      expect(clientView).toContain('We are on it.');
      expect(clientView).not.toContain('Checked by the process.');
      expectError(await runScript(`await LiveChats.sessions.postSystemNote(Context.data.session, '   ');`, sessionId), 'script/invalid-argument');
      expectError(await runScript(`await LiveChats.sessions.getAllMessages(Context.data.session, 0, 20000);`, sessionId), 'script/invalid-argument');
    });

    it('System.lines: the live chats, and a session with its data and the LineSessionItemRef methods', async () => {
      const done = await runScript(
        `const chats = await System.lines.lines.all();
         const session = await System.lines.sessions.fetch(Context.data.session);
         const last = await session.getLastMessage();
         const firstTwo = await session.getAllMessages(0, 2);
         Context.data.result = { chats: chats.map((c) => c.__name), state: session.data._state, line: session.data._line, last: last?.body, two: firstTwo.length };`,
        sessionId,
      );
      expect(done.status).toBe('done');
      expect(done.context.result).toMatchObject({ chats: expect.arrayContaining(['Support', 'Config']), state: 'assignedToOperator', line: lineId, two: 2, last: expect.any(String) });
      expectError(await runScript(`await System.lines.sessions.fetch('no-such-session');`, sessionId), 'session/not-found');
    });

    it('assignToOperator, assignToOperatorGroup, markAsSpam and close', async () => {
      expectError(await runScript(`await LiveChats.sessions.assignToOperator(Context.data.session, '${employee2.user!.id}');`, sessionId), 'auth/forbidden', /not an operator/);
      expect((await runScript(`await LiveChats.sessions.assignToOperator(Context.data.session, { id: '${operator2.user!.id}' });`, sessionId)).status).toBe('done');
      expect((await supervisor.get(`/sessions/${sessionId}`)).body).toMatchObject({ state: 'assignedToOperator', operatorId: operator2.user!.id });
      expectError(await runScript(`await LiveChats.sessions.assignToOperatorGroup(Context.data.session, '${groups.Employees}');`, sessionId), 'auth/forbidden');
      expect((await runScript(`await LiveChats.sessions.assignToOperatorGroup(Context.data.session, '${groups.Operators}');`, sessionId)).status).toBe('done');
      expect((await supervisor.get(`/sessions/${sessionId}`)).body).toMatchObject({ state: 'waiting', operatorGroupId: groups.Operators });
      expectError(await runScript(`await LiveChats.sessions.markAsSpam(Context.data.session);`, sessionId), 'session/invalid-transition', /internal channel/);
      expectError(await runScript(`await LiveChats.sessions.close(Context.data.session);`, sessionId), 'session/invalid-transition');
      await operator1.post(`/sessions/${sessionId}/take`);
      expect((await runScript(`await LiveChats.sessions.close(Context.data.session);`, sessionId)).status).toBe('done');
      expect((await supervisor.get(`/sessions/${sessionId}`)).body.state).toBe('closed');
      expectError(await runScript(`await LiveChats.sessions.postSystemNote(Context.data.session, 'late');`, sessionId), 'session/closed');
      expectError(await runScript(`await LiveChats.sessions.sendResponse(Context.data.session, 'late');`, sessionId), 'session/closed');
      const notes = (await supervisor.get(`/sessions/${sessionId}/messages?since=0`)).body.items.map((m: { body: string }) => m.body);
      expect(notes).toEqual(expect.arrayContaining([expect.stringMatching(/^Process "Test script \d+" assigned the session to Oscar Diaz\.$/), expect.stringMatching(/closed the session\.$/)]));
      expect(notes).not.toContain('late');
    });
  });
});
