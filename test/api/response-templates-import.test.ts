/**
 * Import of response templates from a file (spec §5.4), on each storage engine: administrators
 * import Templates and Articles (with folder paths, missing folders created), every row or none,
 * with the problems of each refused row; nobody else imports.
 */
import { ApiClient } from '../support/api';
import { describeEachEngine } from '../support/requirements';
import { createTestHost, type TestHost } from '../support/test-host';

const BASE = '/response-templates';

describeEachEngine('response template import', (engine) => {
  let host: TestHost;
  let admin: ApiClient;
  let operator1: ApiClient;

  beforeAll(async () => {
    host = await createTestHost({ engine });
    [admin, operator1] = await ApiClient.loginAll(host.url, ['admin', 'operator1']);
  });
  afterAll(() => host?.close());

  it('creates every template of the file', async () => {
    const response = await admin.post(`${BASE}/templates/import`, {
      items: [
        { name: 'Greeting', description: 'First answer', template: 'Hello {$client.name}!' },
        { name: 'Goodbye', template: 'Thank you for writing to {$line.name}.' },
      ],
    });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ created: 2 });
    const templates = (await admin.get(`${BASE}/templates`)).body as Array<{ name: string; description: string; template: string }>;
    expect(templates.map(({ name, description, template }) => ({ name, description, template }))).toEqual([
      { name: 'Goodbye', description: '', template: 'Thank you for writing to {$line.name}.' },
      { name: 'Greeting', description: 'First answer', template: 'Hello {$client.name}!' },
    ]);
  });

  it('creates nothing when a row does not compile, and names the row and its problem', async () => {
    const before = (await admin.get(`${BASE}/templates`)).body.length;
    const response = await admin.post(`${BASE}/templates/import`, {
      items: [
        { name: 'Fine', template: 'All good' },
        { name: 'Broken', template: 'Hello {$client.nickname}' },
      ],
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('response-templates/invalid-import');
    expect(response.body.error.message).toMatch(/^Nothing was imported: row 2: /);
    expect(response.body.error.details.rows).toEqual([{ row: 2, problems: [expect.stringContaining('client.nickname')] }]);
    expect((await admin.get(`${BASE}/templates`)).body).toHaveLength(before);
  });

  it('refuses rows a form would refuse, and an empty file, with 400', async () => {
    const blank = await admin.post(`${BASE}/templates/import`, { items: [{ name: ' ', template: 'x' }] });
    expect(blank.status).toBe(400);
    expect(blank.body.error.message).toContain('Name is required');
    expect((await admin.post(`${BASE}/templates/import`, { items: [] })).status).toBe(400);
    expect((await admin.post(`${BASE}/articles/import`, { items: [{ name: 'Bad link', link: 'javascript:alert(1)' }] })).status).toBe(400);
  });

  it('files imported articles by folder path, reusing folders whatever their case and creating the missing ones once', async () => {
    const existing = await admin.post(`${BASE}/article-folders`, { name: 'Billing' });
    expect(existing.status).toBe(201);
    const response = await admin.post(`${BASE}/articles/import`, {
      items: [
        { name: 'Refund policy', description: 'How refunds work', link: 'https://example.com/refunds', folder: 'billing / Refunds' },
        { name: 'Refund form', link: 'https://example.com/form', folder: 'Billing/Refunds' },
        { name: 'Status page', link: 'https://status.example.com' },
      ],
    });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ created: 3 });
    const folders = (await admin.get(`${BASE}/article-folders`)).body as Array<{ id: string; name: string; parentId?: string }>;
    const refunds = folders.filter((folder) => folder.name === 'Refunds');
    expect(refunds).toEqual([{ id: expect.any(String), name: 'Refunds', parentId: existing.body.id, isDefault: false }]);
    const inRefunds = (await admin.get(`${BASE}/articles?folderId=${refunds[0].id}`)).body as Array<{ name: string }>;
    expect(inRefunds.map((article) => article.name)).toEqual(['Refund form', 'Refund policy']);
    const all = (await admin.get(`${BASE}/articles`)).body as Array<{ name: string; folderId: string }>;
    expect(all.find((article) => article.name === 'Status page')?.folderId).toBe('all-records');
  });

  it('lets only administrators import', async () => {
    const response = await operator1.post(`${BASE}/templates/import`, { items: [{ name: 'Sneaky', template: 'x' }] });
    expect(response.status).toBe(403);
    expect((await admin.get(`${BASE}/templates`)).body.some((t: { name: string }) => t.name === 'Sneaky')).toBe(false);
  });
});
