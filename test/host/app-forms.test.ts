/**
 * The host API of the Apps pages and the form designer: apps and items for every signed-in user,
 * the seeded Live Chat Messages placements, placing, editing and removing widgets (administrators
 * only), the refusal on apps without an Account field, and the check of every setting.
 */
import type { Kysely } from 'kysely';
import type { HostSchema } from '../../host/host-schema';
import { ApiClient } from '../support/api';
import { describeEachEngine } from '../support/requirements';
import { createTestHost, type TestHost } from '../support/test-host';

const WIDGET = { extensionId: 'live-chats', widgetId: 'live-chat-messages' };
const NOT_ALLOWED = 'Live Chat Messages needs an Account field in this app, or an App field pointing to an app that has one (such as Contacts).';

describeEachEngine('app forms and their widgets', (engine) => {
  let host: TestHost;
  let admin: ApiClient;
  let operator: ApiClient;

  const addApp = (code: string, name: string, fields: object[]) =>
    (host.database.kysely as Kysely<HostSchema>).insertInto('host_apps').values({ code, namespace: 'crm', name, fields: JSON.stringify(fields) }).execute();

  beforeAll(async () => {
    host = await createTestHost({ engine });
    [admin, operator] = await ApiClient.loginAll(host.url, ['admin', 'operator1']);
    await addApp('suppliers', 'Suppliers', [
      { code: '__name', name: 'Name', type: 'STRING', array: false },
      { code: 'phone', name: 'Phone', type: 'PHONE', array: true },
    ]);
    await addApp('orders', 'Orders', [{ code: 'supplier', name: 'Supplier', type: 'SYS_COLLECTION', array: false, data: { namespace: 'crm', code: 'suppliers' } }]);
    await addApp('tickets', 'Tickets', [
      { code: 'client', name: 'Client', type: 'SYS_COLLECTION', array: false, data: { namespace: 'crm', code: 'contacts' } },
      { code: 'supplier', name: 'Supplier', type: 'SYS_COLLECTION', array: false, data: { namespace: 'crm', code: 'suppliers' } },
    ]);
  });
  afterAll(() => host?.close());

  const form = async (client: ApiClient, app: string) => {
    const response = await client.get(`/api/apps/${app}/form`);
    expect(response.status).toBe(200);
    return response.body.widgets as Array<{ id: string; widgetId: string; settings: Record<string, string>; position: number }>;
  };

  it('lists the apps with their fields, and items with search, to any signed-in user', async () => {
    const apps = await operator.get('/api/apps');
    expect(apps.status).toBe(200);
    const appeals = apps.body.find((app: { code: string }) => app.code === 'appeals');
    expect(appeals.fields).toContainEqual({ code: 'contact', name: 'Contact', type: 'SYS_COLLECTION', array: false, data: { namespace: 'crm', code: 'contacts' } });
    const found = await operator.get('/api/apps/appeals/items?search=VAT');
    expect(found.body.map((item: { name: string }) => item.name)).toEqual(['Invoice 1042 shows the wrong VAT']);
    const opened = await operator.get(`/api/apps/appeals/items/${found.body[0].id}`);
    expect(opened.status).toBe(200);
    expect(opened.body.item).toMatchObject({ appCode: 'appeals', name: 'Invoice 1042 shows the wrong VAT' });
    expect(opened.body.linked).toEqual({ contact: [{ appCode: 'contacts', id: expect.any(String), name: 'Northwind Traders' }] });
    expect((await operator.get('/api/apps/appeals/items/nope')).status).toBe(404);
    expect((await operator.get('/api/apps/nope/items')).body.error.code).toBe('app/not-found');
    expect((await new ApiClient(host.url).get('/api/apps')).status).toBe(401);
  });

  it('has the Live Chat Messages widget on the demo Contacts and Appeals forms', async () => {
    expect(await form(operator, 'contacts')).toEqual([expect.objectContaining({ ...WIDGET, settings: { showHistory: 'account', accountField: 'account' }, position: 0 })]);
    expect(await form(operator, 'appeals')).toEqual([expect.objectContaining({ ...WIDGET, settings: { showHistory: 'item', itemField: '' }, position: 0 })]);
  });

  it('lets an administrator place, edit and remove a widget; others get 403 and change nothing', async () => {
    const placed = await admin.post('/api/apps/contacts/form/widgets', { ...WIDGET, settings: { showHistory: 'item' } });
    expect(placed.status).toBe(201);
    expect(placed.body).toMatchObject({ appCode: 'contacts', ...WIDGET, settings: { showHistory: 'item', itemField: '' }, position: 1 });
    expect((await form(operator, 'contacts')).map((widget) => widget.id)).toHaveLength(2);

    expect((await operator.post('/api/apps/contacts/form/widgets', WIDGET)).status).toBe(403);
    expect((await operator.put(`/api/apps/contacts/form/widgets/${placed.body.id}`, { settings: {} })).status).toBe(403);
    const refused = await operator.delete(`/api/apps/contacts/form/widgets/${placed.body.id}`);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('auth/forbidden');

    const edited = await admin.put(`/api/apps/contacts/form/widgets/${placed.body.id}`, { settings: { showHistory: 'account', accountField: 'account' } });
    expect(edited.status).toBe(200);
    expect(edited.body.settings).toEqual({ showHistory: 'account', accountField: 'account' });
    expect((await form(operator, 'contacts'))[1].settings).toEqual({ showHistory: 'account', accountField: 'account' });

    expect((await admin.delete(`/api/apps/contacts/form/widgets/${placed.body.id}`)).status).toBe(204);
    expect(await form(operator, 'contacts')).toHaveLength(1);
    const again = await admin.delete(`/api/apps/contacts/form/widgets/${placed.body.id}`);
    expect(again.status).toBe(404);
    expect(again.body.error.code).toBe('form/placement-not-found');
  });

  it('refuses the widget on a form whose app has no Account field, nor an App field to one', async () => {
    for (const app of ['suppliers', 'orders']) {
      const refused = await admin.post(`/api/apps/${app}/form/widgets`, WIDGET);
      expect(refused.status).toBe(400);
      expect(refused.body.error).toEqual({ code: 'form/widget-not-allowed', message: NOT_ALLOWED });
      expect(await form(admin, app)).toEqual([]);
    }
  });

  it('offers, through App fields, only the paths that lead to an Account field', async () => {
    const byAccount = await admin.post('/api/apps/tickets/form/widgets', WIDGET);
    expect(byAccount.status).toBe(201);
    expect(byAccount.body.settings).toEqual({ showHistory: 'account', accountField: 'client.account' });
    const throughSupplier = await admin.post('/api/apps/tickets/form/widgets', { ...WIDGET, settings: { showHistory: 'item', itemField: 'supplier' } });
    expect(throughSupplier.status).toBe(400);
    expect(throughSupplier.body.error.message).toBe('App item: "supplier" is not a field it can name on Tickets; choose one of: "" (Current item), client (Client).');
    const throughClient = await admin.post('/api/apps/tickets/form/widgets', { ...WIDGET, settings: { showHistory: 'item', itemField: 'client' } });
    expect(throughClient.body.settings).toEqual({ showHistory: 'item', itemField: 'client' });
  });

  it('checks every setting and changes nothing on a refusal', async () => {
    const [seeded] = await form(admin, 'appeals');
    const cases: Array<[unknown, string, string]> = [
      [{ settings: { colour: 'red' } }, 'form/invalid-settings', 'Live Chat Messages has no setting "colour".'],
      [{ settings: { showHistory: 'everything' } }, 'form/invalid-settings', 'Show history must be one of: account (By account), item (By app item).'],
      [
        { settings: { showHistory: 'account', accountField: 'description' } },
        'form/invalid-settings',
        'Account field: "description" is not a field it can name on Appeals; choose one of: account (Account), contact.account (Contact › Account).',
      ],
      [{ settings: { showHistory: 7 } }, 'request/invalid', 'body.settings.showHistory: Invalid input: expected string, received number'],
      [{ settings: {}, extra: 1 }, 'request/invalid', 'body: Unrecognized key: "extra"'],
    ];
    for (const [body, code, message] of cases) {
      const response = await admin.put(`/api/apps/appeals/form/widgets/${seeded.id}`, body);
      expect({ status: response.status, error: response.body.error }).toEqual({ status: 400, error: { code, message } });
    }
    const unknownWidget = await admin.post('/api/apps/appeals/form/widgets', { extensionId: 'live-chats', widgetId: 'clock' });
    expect(unknownWidget.body.error).toEqual({ code: 'form/widget-not-found', message: 'No installed extension offers the widget "live-chats/clock".' });
    expect((await admin.post('/api/apps/nope/form/widgets', WIDGET)).status).toBe(404);
    expect(await form(admin, 'appeals')).toEqual([seeded]);
  });
});
