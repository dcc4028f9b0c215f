/**
 * Issue "binding app items", through the Web API on each storage engine: the live chat's Apps and
 * Read access settings, the apps with an Account field, binding existing and new items to a
 * session (the client's account recorded once on the contact), unbinding, who may do it, and the
 * read-only transcript for readers.
 */
import { ApiClient, newMessageId } from '../support/api';
import { describeEachEngine } from '../support/requirements';
import { createTestHost, type TestHost } from '../support/test-host';

describeEachEngine('app binding', (engine) => {
  let host: TestHost;
  let admin: ApiClient;
  let operator1: ApiClient;
  let operator2: ApiClient;
  let supervisor: ApiClient;
  let employee1: ApiClient;
  let employee2: ApiClient;
  let groups: Record<string, string>;
  let lineId: string;
  let sessionId: string;

  beforeAll(async () => {
    host = await createTestHost({ engine });
    [admin, operator1, operator2, supervisor, employee1, employee2] = await ApiClient.loginAll(host.url, ['admin', 'operator1', 'operator2', 'supervisor', 'employee1', 'employee2']);
    await Promise.all([operator1, operator2, supervisor].map((staff) => staff.online()));
    groups = await admin.groupIds();
    // An app without an Account field, which live chats must refuse.
    await host.database.kysely
      .insertInto('host_apps')
      .values({ code: 'products', namespace: 'crm', name: 'Products', fields: JSON.stringify([{ code: '__name', type: 'STRING', required: true, array: false }]) })
      .execute();
    const line = await admin.post('/lines', { name: 'Bindings', operatorGroupIds: [groups.Operators], supervisorGroupIds: [groups.Supervisors], internalClientGroupIds: [groups.Employees] });
    lineId = line.body.id;
    sessionId = (await employee1.post(`/lines/${lineId}/messages`, { text: 'Hello', clientMessageId: newMessageId() })).body.sessionId;
    expect((await operator1.post(`/sessions/${sessionId}/take`)).status).toBe(200);
  });
  afterAll(() => host?.close());

  const contacts = async (): Promise<{ id: string; name: string; data: string }[]> =>
    (await host.database.kysely.selectFrom('host_app_items').selectAll().where('app_code', '=', 'contacts').execute()) as { id: string; name: string; data: string }[];

  it('lists only the apps with an Account field, to administrators, operators and supervisors', async () => {
    const apps = await admin.get('/apps');
    expect(apps.status).toBe(200);
    expect(apps.body.map((a: { code: string }) => a.code).sort()).toEqual(['appeals', 'contacts']);
    expect((await operator1.get('/apps')).status).toBe(200);
    expect((await supervisor.get('/apps')).status).toBe(200);
    expect((await employee1.get('/apps')).status).toBe(403);
  });

  it('accepts only apps with an Account field and existing reader groups in the settings', async () => {
    const noAccount = await admin.patch(`/lines/${lineId}`, { requestAppCodes: ['products'] });
    expect(noAccount.status).toBe(400);
    expect(noAccount.body.error.code).toBe('apps/no-account-field');
    expect(noAccount.body.error.message).toMatch(/Products.*Account/);
    const unknown = await admin.patch(`/lines/${lineId}`, { accountAppCode: 'nope' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe('line/invalid-apps');
    const badGroup = await admin.patch(`/lines/${lineId}`, { readerGroupIds: ['no-such-group'] });
    expect(badGroup.status).toBe(400);
    expect(badGroup.body.error.code).toBe('line/invalid-groups');
    expect((await operator1.patch(`/lines/${lineId}`, { accountAppCode: 'contacts' })).status).toBe(403);
    const unchanged = (await admin.get(`/lines/${lineId}`)).body;
    expect(unchanged).toMatchObject({ requestAppCodes: [], readerGroupIds: [] });
    expect(unchanged.accountAppCode).toBeUndefined();

    const saved = await admin.patch(`/lines/${lineId}`, { accountAppCode: 'contacts', requestAppCodes: ['appeals'] });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ accountAppCode: 'contacts', requestAppCodes: ['appeals'] });
  });

  it('refuses a binding before the app is configured, and bad input, changing nothing', async () => {
    const other = await admin.post('/lines', { name: 'No apps', operatorGroupIds: [groups.Operators], supervisorGroupIds: [groups.Supervisors], internalClientGroupIds: [groups.Employees] });
    const otherSession = (await employee2.post(`/lines/${other.body.id}/messages`, { text: 'Hi', clientMessageId: newMessageId() })).body.sessionId;
    const before = (await contacts()).length;
    const notConfigured = await supervisor.post(`/sessions/${otherSession}/items`, { appCode: 'contacts', create: { name: 'Nobody' } });
    expect(notConfigured.status).toBe(400);
    expect(notConfigured.body.error.code).toBe('binding/not-configured');
    for (const body of [{}, { appCode: 'contacts' }, { appCode: 'contacts', create: { name: '  ' } }, { appCode: 'contacts', itemId: 'x', create: { name: 'A' } }, { appCode: 5, itemId: 'x' }]) {
      const response = await operator1.post(`/sessions/${sessionId}/items`, body);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('request/invalid');
    }
    const missingItem = await operator1.post(`/sessions/${sessionId}/items`, { appCode: 'contacts', itemId: 'no-such-item' });
    expect(missingItem.status).toBe(404);
    expect((await contacts()).length).toBe(before);
    expect((await operator1.get(`/sessions/${sessionId}`)).body.items).toEqual([]);
  });

  it('binds an existing contact and records the client account on it once', async () => {
    const found = await operator1.get('/apps/contacts/items?search=north');
    expect(found.status).toBe(200);
    expect(found.body.map((i: { name: string }) => i.name)).toEqual(['Northwind Traders']);
    const itemId = found.body[0].id;
    const bound = await operator1.post(`/sessions/${sessionId}/items`, { appCode: 'contacts', itemId });
    expect(bound.status).toBe(200);
    expect(bound.body.items).toEqual([{ appCode: 'contacts', appName: 'Contacts', itemId, name: 'Northwind Traders', role: 'client' }]);
    // Binding again changes nothing: one link, one account.
    expect((await supervisor.post(`/sessions/${sessionId}/items`, { appCode: 'contacts', itemId })).body.items).toHaveLength(1);
    const row = (await contacts()).find((item) => item.id === itemId)!;
    expect(JSON.parse(row.data).account).toEqual([{ type: 'internal', id: employee1.user!.id, name: 'Emma Fischer' }]);
    expect(JSON.parse(row.data).phone).toEqual([{ tel: '+1 555 0100', type: 'work' }]);
  });

  it('creates and binds a new request, and unbinds it', async () => {
    const created = await operator1.post(`/sessions/${sessionId}/items`, { appCode: 'appeals', create: { name: 'Broken printer', data: { description: 'Jams' } } });
    expect(created.status).toBe(200);
    const appeal = created.body.items.find((i: { appCode: string }) => i.appCode === 'appeals');
    expect(appeal).toMatchObject({ appName: 'Appeals', name: 'Broken printer', role: 'request' });
    expect((await operator1.get('/apps/appeals/items?search=printer')).body).toEqual([expect.objectContaining({ id: appeal.itemId, name: 'Broken printer' })]);
    const unbound = await supervisor.delete(`/sessions/${sessionId}/items/appeals/${appeal.itemId}`);
    expect(unbound.status).toBe(200);
    expect(unbound.body.items.map((i: { appCode: string }) => i.appCode)).toEqual(['contacts']);
    expect((await supervisor.delete(`/sessions/${sessionId}/items/appeals/${appeal.itemId}`)).status).toBe(404);
  });

  it('lets only the operator working on the session and supervisors bind', async () => {
    const [contact] = await contacts();
    expect((await operator2.post(`/sessions/${sessionId}/items`, { appCode: 'contacts', itemId: contact.id })).status).toBe(403);
    expect((await employee1.post(`/sessions/${sessionId}/items`, { appCode: 'contacts', itemId: contact.id })).status).toBe(403);
    expect((await operator2.delete(`/sessions/${sessionId}/items/contacts/${contact.id}`)).status).toBe(403);
    expect((await employee2.get('/apps/contacts/items')).status).toBe(403);
    expect((await operator1.get('/apps/products/items')).status).toBe(404);
    expect((await operator1.get(`/sessions/${sessionId}`)).body.items).toHaveLength(1);
  });

  it('gives readers of the live chat a read-only transcript, and nobody else', async () => {
    expect((await employee2.get(`/sessions/${sessionId}/transcript`)).status).toBe(403);
    expect((await admin.get(`/sessions/${sessionId}/transcript`)).status).toBe(403);
    expect((await admin.patch(`/lines/${lineId}`, { readerGroupIds: [groups.Employees] })).body.readerGroupIds).toEqual([groups.Employees]);
    const transcript = await employee2.get(`/sessions/${sessionId}/transcript`);
    expect(transcript.status).toBe(200);
    expect(transcript.body.items[0]).toMatchObject({ body: 'Hello', authorName: 'Emma Fischer' });
    expect((await operator2.get(`/sessions/${sessionId}/transcript`)).status).toBe(200);
    expect((await supervisor.get(`/sessions/${sessionId}/transcript`)).status).toBe(200);
    expect((await admin.get(`/sessions/${sessionId}/transcript`)).status).toBe(403);
    // Reading is not replying, and not the workspace's session page.
    expect((await employee2.post(`/sessions/${sessionId}/messages`, { text: 'Hi', clientMessageId: newMessageId() })).status).toBe(403);
    expect((await employee2.get(`/sessions/${sessionId}`)).status).toBe(403);
    expect((await employee2.get('/sessions/no-such-session/transcript')).status).toBe(404);
  });
});
