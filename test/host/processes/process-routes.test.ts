/**
 * The process designer's host API (host/processes/process-routes.ts) on a running host with the
 * demo company: administrators only, scripts that do not compile refused with where and why,
 * manual starts with the caller as initiator, recent instances newest first.
 */
import { ApiClient } from '../../support/api';
import { describeEachEngine } from '../../support/requirements';
import { createTestHost, type TestHost } from '../../support/test-host';

const WORKING_SCRIPT = `export async function qualify(): Promise<void> {
  const me = await System.users.getCurrentUser();
  Context.data.note = \`Qualified \${Context.data.session} for \${me.name}\`;
}
`;

describeEachEngine('the process designer API', (engine) => {
  let host: TestHost;
  let admin: ApiClient;
  let operator: ApiClient;

  beforeAll(async () => {
    host = await createTestHost({ engine });
    admin = await ApiClient.login(host.url, 'admin');
    operator = await (await ApiClient.login(host.url, 'operator1')).online();
  });
  afterAll(() => host?.close());

  it('lets only signed-in administrators in', async () => {
    const anonymous = new ApiClient(host.url);
    for (const [method, path, body] of [
      ['GET', '/api/processes/templates'],
      ['GET', '/api/processes/templates/qualify_request'],
      ['PUT', '/api/processes/templates/qualify_request/script', { script: WORKING_SCRIPT }],
      ['POST', '/api/processes/templates/qualify_request/run', { inputs: {} }],
      ['GET', '/api/processes/instances'],
    ] as const) {
      expect([method, path, (await anonymous.request(method, path, body)).status]).toEqual([method, path, 401]);
      const refused = await operator.request(method, path, body);
      expect([method, path, refused.status, refused.body.error.code]).toEqual([method, path, 403, 'auth/forbidden']);
    }
    expect((await admin.get('/api/processes/instances')).body).toEqual([]);
  });

  it('lists the demo templates and shows one', async () => {
    const list = await admin.get('/api/processes/templates');
    expect(list.status).toBe(200);
    expect(list.body.map((template: { code: string }) => template.code)).toEqual(['notify_on_close', 'qualify_request']);
    const one = await admin.get('/api/processes/templates/qualify_request');
    expect(one.body).toMatchObject({
      code: 'qualify_request',
      name: 'Qualify request',
      variables: [
        { code: 'session', type: 'LINE_SESSION', input: true },
        { code: 'note', type: 'STRING' },
      ],
      activities: [{ kind: 'script', id: 'qualify', function: 'qualify' }],
      updatedAt: expect.any(String),
    });
    expect(one.body.script).toContain("LiveChats.sessions.setParameter(Context.data.session, 'contact_phone', { tel: '+1 555 0100' })");
    expect(await admin.get('/api/processes/templates/nope')).toEqual({
      status: 404,
      body: { error: { code: 'process/template-not-found', message: 'There is no process template "nope".' } },
    });
  });

  it('refuses a script that does not compile, with where and why, and keeps the old one', async () => {
    const before = (await admin.get('/api/processes/templates/qualify_request')).body.script;
    const broken = await admin.request('PUT', '/api/processes/templates/qualify_request/script', { script: 'export async function qualify() {\n  Context.data.note = ;\n}\n' });
    expect(broken).toEqual({
      status: 400,
      body: { error: { code: 'process/script-invalid', message: 'Line 2, column 23: Unexpected ";"', position: { line: 2, column: 23 } } },
    });
    const missing = await admin.request('PUT', '/api/processes/templates/qualify_request/script', { script: 'export async function other() {}' });
    expect(missing.body.error).toEqual({ code: 'process/script-invalid', message: 'The script must export qualify() for "Qualify the request".' });
    const importing = await admin.request('PUT', '/api/processes/templates/qualify_request/script', { script: "import fs from 'node:fs';\nexport async function qualify() { fs; }" });
    expect(importing.body.error.message).toMatch(/^Scripts cannot import modules \(node:fs\)/);
    expect((await admin.request('PUT', '/api/processes/templates/qualify_request/script', { script: 42 })).body.error.code).toBe('request/invalid');
    expect((await admin.request('PUT', '/api/processes/templates/qualify_request/script', { script: '', extra: 1 })).status).toBe(400);
    expect((await admin.request('PUT', '/api/processes/templates/nope/script', { script: WORKING_SCRIPT })).status).toBe(404);
    expect((await admin.get('/api/processes/templates/qualify_request')).body.script).toBe(before);
  });

  it('saves a script, starts the process by hand and lists the instances newest first', async () => {
    const saved = await admin.request('PUT', '/api/processes/templates/qualify_request/script', { script: WORKING_SCRIPT });
    expect(saved.status).toBe(200);
    expect(saved.body.script).toBe(WORKING_SCRIPT);

    const first = await admin.post('/api/processes/templates/qualify_request/run', { inputs: { session: 'session-1' } });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      templateCode: 'qualify_request',
      status: 'done',
      context: { session: 'session-1', note: 'Qualified session-1 for Alice Morgan' },
      initiatorId: admin.user!.id,
    });
    // There is no session "session-2": the demo script's call into the extension fails.
    const failed = await admin.post('/api/processes/templates/notify_on_close/run', { inputs: { session: { id: 'session-2' } } });
    expect(failed.status).toBe(201);
    expect(failed.body).toMatchObject({ status: 'error', context: { session: 'session-2' }, error: { activityId: 'notify', code: expect.any(String), message: expect.any(String) } });

    const invalid = await admin.post('/api/processes/templates/qualify_request/run', { inputs: { session: 5, unknown: true } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.code).toBe('process/invalid-input');
    expect(invalid.body.error.message).toContain('"session" must be a live chat session id or {id}');
    expect(invalid.body.error.message).toContain('"unknown" is not a variable of this process');
    expect((await admin.post('/api/processes/templates/nope/run', { inputs: {} })).status).toBe(404);
    expect((await admin.post('/api/processes/templates/qualify_request/run', { inputs: [] })).status).toBe(400);

    const all = await admin.get('/api/processes/instances');
    expect(all.body.map((instance: { id: string }) => instance.id)).toEqual([failed.body.id, first.body.id]);
    const limited = await admin.get('/api/processes/instances?limit=1');
    expect(limited.body.map((instance: { id: string }) => instance.id)).toEqual([failed.body.id]);
    const filtered = await admin.get('/api/processes/instances?template=qualify_request');
    expect(filtered.body.map((instance: { id: string }) => instance.id)).toEqual([first.body.id]);
    expect((await admin.get('/api/processes/instances?limit=0')).status).toBe(400);
    expect((await admin.get('/api/processes/instances?limit=many')).status).toBe(400);
    expect((await admin.get('/api/processes/instances?other=1')).status).toBe(400);
  });

  it('starts one instance for a form sent twice with the same key', async () => {
    const body = { inputs: { session: 'session-3' }, idempotencyKey: 'form-1' };
    const [a, b] = await Promise.all([
      admin.post('/api/processes/templates/qualify_request/run', body),
      admin.post('/api/processes/templates/qualify_request/run', body),
    ]);
    expect(a.body.id).toBe(b.body.id);
    expect(a.body.status).toBe('done');
    const instances = (await admin.get('/api/processes/instances?template=qualify_request')).body as { context: { session: string } }[];
    expect(instances.filter((instance) => instance.context.session === 'session-3')).toHaveLength(1);
  });

  it('gives the extension the engine in its context', async () => {
    expect(host.processes).toBeDefined();
    expect((await host.processes.listTemplates()).map((template) => template.code)).toEqual(['notify_on_close', 'qualify_request']);
  });
});
