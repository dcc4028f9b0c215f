/**
 * Response templates through the Web API (spec §5.4), on each storage engine: the folder tree of
 * Articles with its default folder, Articles and Templates (administrators write, staff read),
 * validation that writes nothing, template problems with positions, search, and a template
 * rendered for a session only for the staff who may see it.
 */
import { ApiClient, newMessageId } from '../support/api';
import { describeEachEngine } from '../support/requirements';
import { createTestHost, TestClock, type TestHost } from '../support/test-host';

const BASE = '/response-templates';

describeEachEngine('response templates', (engine) => {
  const clock = new TestClock('2026-03-02T11:00:00.000Z');
  let host: TestHost;
  let admin: ApiClient;
  let operator1: ApiClient;
  let operator2: ApiClient;
  let supervisor: ApiClient;
  let employee1: ApiClient;
  let lineId: string;

  beforeAll(async () => {
    host = await createTestHost({ engine, now: clock.now, timezone: 'Europe/Berlin' });
    [admin, operator1, operator2, supervisor, employee1] = await ApiClient.loginAll(host.url, ['admin', 'operator1', 'operator2', 'supervisor', 'employee1']);
    await Promise.all([operator1, operator2, supervisor].map((staff) => staff.online()));
    const groups = await admin.groupIds();
    const line = await admin.post('/lines', { name: 'Templates', operatorGroupIds: [groups.Operators], supervisorGroupIds: [groups.Supervisors], internalClientGroupIds: [groups.Employees] });
    expect(line.status).toBe(201);
    lineId = line.body.id;
  });
  afterAll(() => host?.close());

  describe('article folders', () => {
    it('start with the default folder "All records", which cannot be renamed or deleted', async () => {
      const folders = await operator1.get(`${BASE}/article-folders`);
      expect(folders.status).toBe(200);
      expect(folders.body).toEqual([{ id: 'all-records', name: 'All records', isDefault: true }]);
      const rename = await admin.put(`${BASE}/article-folders/all-records`, { name: 'Everything' });
      expect(rename.status).toBe(409);
      expect(rename.body.error.code).toBe('response-templates/default-folder');
      const remove = await admin.delete(`${BASE}/article-folders/all-records`);
      expect(remove.status).toBe(409);
      expect(remove.body.error.code).toBe('response-templates/default-folder');
      expect((await admin.get(`${BASE}/article-folders`)).body).toHaveLength(1);
    });

    it('are added, renamed and deleted by administrators, only when empty', async () => {
      expect((await operator1.post(`${BASE}/article-folders`, { name: 'Billing' })).status).toBe(403);
      const billing = await admin.post(`${BASE}/article-folders`, { name: 'Billing' });
      expect(billing.status).toBe(201);
      expect(billing.body).toMatchObject({ name: 'Billing', parentId: 'all-records', isDefault: false });
      const refunds = await admin.post(`${BASE}/article-folders`, { name: 'Refunds', parentId: billing.body.id });
      expect(refunds.status).toBe(201);
      expect((await admin.post(`${BASE}/article-folders`, { name: 'Lost', parentId: 'nope' })).body.error.code).toBe('response-templates/folder-not-found');

      const renamed = await admin.put(`${BASE}/article-folders/${billing.body.id}`, { name: 'Payments' });
      expect(renamed.status).toBe(200);
      expect(renamed.body.name).toBe('Payments');

      // Billing holds Refunds; Refunds holds an article.
      const article = await admin.post(`${BASE}/articles`, { name: 'Refund policy', folderId: refunds.body.id });
      expect(article.status).toBe(201);
      const parentNotEmpty = await admin.delete(`${BASE}/article-folders/${billing.body.id}`);
      expect(parentNotEmpty.status).toBe(409);
      expect(parentNotEmpty.body.error.code).toBe('response-templates/folder-not-empty');
      const notEmpty = await admin.delete(`${BASE}/article-folders/${refunds.body.id}`);
      expect(notEmpty.status).toBe(409);
      expect(notEmpty.body.error.code).toBe('response-templates/folder-not-empty');

      // The articles of a folder include those of the folders below it.
      expect((await operator1.get(`${BASE}/articles?folderId=${billing.body.id}`)).body.map((a: { name: string }) => a.name)).toEqual(['Refund policy']);

      expect((await admin.delete(`${BASE}/articles/${article.body.id}`)).status).toBe(204);
      expect((await admin.delete(`${BASE}/article-folders/${refunds.body.id}`)).status).toBe(204);
      expect((await admin.delete(`${BASE}/article-folders/${billing.body.id}`)).status).toBe(204);
      expect((await admin.delete(`${BASE}/article-folders/${billing.body.id}`)).body.error.code).toBe('response-templates/folder-not-found');
      expect((await admin.get(`${BASE}/article-folders`)).body).toHaveLength(1);
    });
  });

  describe('articles', () => {
    it('are created, edited and deleted by administrators and read by operators and supervisors', async () => {
      const created = await admin.post(`${BASE}/articles`, { name: 'Delivery times', description: 'Orders ship within 2 days.', link: 'https://help.example.com/delivery' });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ name: 'Delivery times', folderId: 'all-records', link: 'https://help.example.com/delivery' });
      const id = created.body.id;

      for (const reader of [operator1, supervisor, admin]) {
        const listed = await reader.get(`${BASE}/articles`);
        expect(listed.status).toBe(200);
        expect(listed.body.map((a: { id: string }) => a.id)).toContain(id);
      }
      // Employees who only write to live chats do not see them.
      expect((await employee1.get(`${BASE}/articles`)).status).toBe(403);
      expect((await operator1.put(`${BASE}/articles/${id}`, { name: 'Mine now' })).status).toBe(403);
      expect((await operator1.delete(`${BASE}/articles/${id}`)).status).toBe(403);

      const edited = await admin.put(`${BASE}/articles/${id}`, { name: 'Delivery', description: 'Orders ship within 3 days.', link: 'https://help.example.com/delivery' });
      expect(edited.status).toBe(200);
      expect((await operator1.get(`${BASE}/articles`)).body.find((a: { id: string }) => a.id === id)).toMatchObject({ name: 'Delivery', description: 'Orders ship within 3 days.' });

      expect((await admin.put(`${BASE}/articles/nope`, { name: 'Ghost' })).body.error.code).toBe('response-templates/article-not-found');
      expect((await admin.delete(`${BASE}/articles/${id}`)).status).toBe(204);
      expect((await admin.delete(`${BASE}/articles/${id}`)).status).toBe(404);
    });

    it('refuse invalid bodies with clear codes and write nothing', async () => {
      const before = (await admin.get(`${BASE}/articles`)).body.length;
      const cases = [
        {},
        { name: '   ' },
        { name: 'x'.repeat(201) },
        { name: 'Script', link: 'javascript:alert(1)' },
        { name: 'Extra', colour: 'red' },
        { name: 'Nowhere', folderId: '' },
      ];
      for (const body of cases) {
        const refused = await admin.post(`${BASE}/articles`, body);
        expect({ body, status: refused.status, code: refused.body.error.code }).toEqual({ body, status: 400, code: 'request/invalid' });
      }
      expect((await admin.post(`${BASE}/articles`, { name: 'Nowhere', folderId: 'missing' })).body.error.code).toBe('response-templates/folder-not-found');
      expect((await admin.post(`${BASE}/articles`, { name: '' })).body.error.message).toMatch(/Name is required/);
      expect((await admin.get(`${BASE}/articles`)).body.length).toBe(before);
    });

    it('are found by name and description, whatever the case, with LIKE characters taken literally', async () => {
      await admin.post(`${BASE}/articles`, { name: 'Returns', description: 'How to send an item BACK' });
      await admin.post(`${BASE}/articles`, { name: 'Discounts 100%', description: 'Vouchers' });
      await admin.post(`${BASE}/articles`, { name: 'Opening hours', description: 'Mon–Fri' });
      const names = async (search: string) =>
        (await operator1.get(`${BASE}/articles?search=${encodeURIComponent(search)}`)).body.map((a: { name: string }) => a.name);
      expect(await names('back')).toEqual(['Returns']);
      expect(await names('RETURN')).toEqual(['Returns']);
      expect(await names('0%')).toEqual(['Discounts 100%']);
      expect(await names('%')).toEqual(['Discounts 100%']);
      expect(await names('_')).toEqual([]);
      expect(await names('nothing like it')).toEqual([]);
    });
  });

  describe('templates', () => {
    it('are checked on save: every problem with its position, and nothing written', async () => {
      const before = (await admin.get(`${BASE}/templates`)).body.length;
      const refused = await admin.post(`${BASE}/templates`, { name: 'Broken', template: 'Hello {$client.nam}, {Upper("x")}' });
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe('response-templates/invalid-template');
      const problems = refused.body.error.details.problems as { message: string; position: number }[];
      expect(problems.length).toBeGreaterThanOrEqual(2);
      expect(problems[0]).toMatchObject({ position: 6 });
      expect(problems[0]!.message).toMatch(/client\.nam/);
      expect(problems.every((p) => typeof p.position === 'number' && p.position >= 0)).toBe(true);
      for (const body of [{ name: 'No text', template: '  ' }, { template: 'Hi' }, { name: 'Long', template: 'x'.repeat(2001) }]) {
        const invalid = await admin.post(`${BASE}/templates`, body);
        expect({ body: body.name, status: invalid.status, code: invalid.body.error.code }).toEqual({ body: body.name, status: 400, code: 'request/invalid' });
      }
      expect((await admin.get(`${BASE}/templates`)).body.length).toBe(before);
    });

    it('are created, edited, searched and deleted by administrators only', async () => {
      const body = { name: 'Greeting', description: 'First answer of the day', template: 'Hello {$client.name}!' };
      expect((await operator1.post(`${BASE}/templates`, body)).status).toBe(403);
      const created = await admin.post(`${BASE}/templates`, body);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject(body);
      await admin.post(`${BASE}/templates`, { name: 'Goodbye', template: 'Have a nice day' });

      const names = async (search: string) =>
        (await supervisor.get(`${BASE}/templates?search=${encodeURIComponent(search)}`)).body.map((t: { name: string }) => t.name);
      expect(await names('')).toEqual(['Goodbye', 'Greeting']);
      expect(await names('FIRST answer')).toEqual(['Greeting']);
      expect(await names('good')).toEqual(['Goodbye']);

      const edited = await admin.put(`${BASE}/templates/${created.body.id}`, { ...body, template: 'Hi {$client.name}' });
      expect(edited.status).toBe(200);
      const broken = await admin.put(`${BASE}/templates/${created.body.id}`, { ...body, template: '{if}' });
      expect(broken.body.error.code).toBe('response-templates/invalid-template');
      expect((await admin.get(`${BASE}/templates`)).body.find((t: { id: string }) => t.id === created.body.id).template).toBe('Hi {$client.name}');
      expect((await admin.put(`${BASE}/templates/nope`, body)).body.error.code).toBe('response-templates/template-not-found');
      expect((await operator1.delete(`${BASE}/templates/${created.body.id}`)).status).toBe(403);
      expect((await admin.delete(`${BASE}/templates/${created.body.id}`)).status).toBe(204);
      expect(await names('')).toEqual(['Goodbye']);
    });

    it('render for a session with its values and custom parameters, only for the staff who may see it', async () => {
      const definitions = (await admin.get('/parameters')).body;
      const saved = await admin.put('/parameters', { definitions: [...definitions, { code: 'order_no', name: 'Order number', type: 'STRING', required: false, array: false }] });
      expect(saved.status).toBe(200);
      const template = await admin.post(`${BASE}/templates`, {
        name: 'Order status',
        template: 'Dear {$client.name}, order {$order_no} on {$line.name} via {$channel.name}, opened {DateTime("DD.MM.YYYY hh:mm", {$__createdAt})}.',
      });
      expect(template.status).toBe(201);

      const sent = await employee1.post(`/lines/${lineId}/messages`, { text: 'Where is my order?', clientMessageId: newMessageId() });
      expect(sent.status).toBe(201);
      const sessionId = sent.body.sessionId;
      expect((await admin.patch(`/sessions/${sessionId}/parameters`, { values: { order_no: 'A-1042' } })).status).toBe(200);

      const render = (client: ApiClient, id = template.body.id) => client.get(`${BASE}/templates/${id}/render?sessionId=${sessionId}`);
      const expected = `Dear ${employee1.user!.name}, order A-1042 on Templates via Internal channel Templates, opened 02.03.2026 12:00.`;
      // In the queue every operator of the live chat sees it.
      expect((await render(operator2)).body).toEqual({ templateId: template.body.id, sessionId, text: expected });

      expect((await operator1.post(`/sessions/${sessionId}/take`)).status).toBe(200);
      expect((await render(operator1)).body.text).toBe(expected);
      expect((await render(supervisor)).body.text).toBe(expected);
      // Taken by operator1, the session is no longer operator2's to see; the client is no staff.
      const hidden = await render(operator2);
      expect(hidden.status).toBe(403);
      expect(hidden.body.error.code).toBe('auth/forbidden');
      expect((await render(employee1)).status).toBe(403);

      expect((await render(operator1, 'nope')).body.error.code).toBe('response-templates/template-not-found');
      expect((await operator1.get(`${BASE}/templates/${template.body.id}/render?sessionId=nope`)).body.error.code).toBe('session/not-found');
      expect((await operator1.get(`${BASE}/templates/${template.body.id}/render`)).body.error.code).toBe('request/invalid');
    });
  });
});
