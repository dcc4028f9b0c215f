/**
 * File attachments through the Web API on each storage engine: upload, send with a message and
 * download; the size limit and type allow-list of the settings and the hard cap; forged, foreign
 * and reused file ids; who may upload and read; inline previews only for real raster images; and
 * "Save a copy" into the Files field of a bound app item. Files no one needs leave the host's
 * file store: uploads never sent are swept once a day old, and a deleted live chat takes the
 * files of its sessions with it.
 */
import { API, ApiClient, newMessageId } from '../support/api';
import { describeEachEngine } from '../support/requirements';
import { createTestHost, TestClock, type TestHost } from '../support/test-host';
import { until } from '../support/until';

/** A 1×1 transparent PNG. */
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'));
const PDF = new TextEncoder().encode('%PDF-1.4\n% a tiny test document\n%%EOF\n');
const HOUR = 3_600_000;

describeEachEngine('attachments', (engine) => {
  const clock = new TestClock('2026-03-02T09:00:00.000Z');
  let host: TestHost;
  let admin: ApiClient;
  let operator1: ApiClient;
  let operator2: ApiClient;
  let supervisor: ApiClient;
  let employee1: ApiClient;
  let employee2: ApiClient;
  let lineId: string;
  let sessionId: string;
  let otherSessionId: string;

  beforeAll(async () => {
    host = await createTestHost({ engine, now: clock.now });
    [admin, operator1, operator2, supervisor, employee1, employee2] = await ApiClient.loginAll(host.url, ['admin', 'operator1', 'operator2', 'supervisor', 'employee1', 'employee2']);
    await Promise.all([operator1, operator2, supervisor].map((staff) => staff.online()));
    const groups = await admin.groupIds();
    const line = await admin.post('/lines', {
      name: 'Files',
      operatorGroupIds: [groups.Operators],
      supervisorGroupIds: [groups.Supervisors],
      internalClientGroupIds: [groups.Employees],
      accountAppCode: 'contacts',
      requestAppCodes: ['appeals'],
    });
    lineId = line.body.id;
    sessionId = (await employee1.post(`/lines/${lineId}/messages`, { text: 'Here is my invoice', clientMessageId: newMessageId() })).body.sessionId;
    otherSessionId = (await employee2.post(`/lines/${lineId}/messages`, { text: 'Hello', clientMessageId: newMessageId() })).body.sessionId;
    expect((await operator1.post(`/sessions/${sessionId}/take`)).status).toBe(200);
    expect((await operator1.post(`/sessions/${otherSessionId}/take`)).status).toBe(200);
  });
  afterAll(() => host?.close());

  const upload = (client: ApiClient, session: string, data: Uint8Array, type: string, name?: string) => client.upload(session, data, type, name);
  const download = (client: ApiClient, session: string, fileId: string) =>
    fetch(`${host.url}${API}/sessions/${session}/attachments/${fileId}`, { headers: { authorization: `Bearer ${client.token}` } });
  const messageCount = async (session: string) => (await operator1.get(`/sessions/${session}/messages`)).body.items.length;

  it('uploads files, sends them with a message without text, and the client downloads them', async () => {
    const image = await upload(operator1, sessionId, PNG, 'image/png', 'Screen shot.png');
    expect(image.status).toBe(201);
    expect(image.body).toEqual({ id: expect.any(String), name: 'Screen shot.png', contentType: 'image/png', size: PNG.byteLength });
    const pdf = await upload(operator1, sessionId, PDF, 'application/pdf', 'Счёт №1.pdf');
    expect(pdf.body.name).toBe('Счёт №1.pdf');
    const sent = await operator1.post(`/sessions/${sessionId}/messages`, { text: '', clientMessageId: newMessageId(), attachmentIds: [pdf.body.id, image.body.id] });
    expect(sent.status).toBe(201);
    expect(sent.body.message.body).toBe('');
    expect(sent.body.message.attachments).toEqual([pdf.body, image.body]);

    const seen = (await employee1.get(`/sessions/${sessionId}/messages`)).body.items.at(-1);
    expect(seen.attachments).toEqual([pdf.body, image.body]);
    const file = await download(employee1, sessionId, pdf.body.id);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="____ _1.pdf"; filename*=UTF-8''${encodeURIComponent('Счёт №1.pdf')}`);
    expect(Buffer.from(await file.arrayBuffer()).equals(Buffer.from(PDF))).toBe(true);
    // The supervisor reads it too; an empty message without files is still refused.
    expect((await download(supervisor, sessionId, image.body.id)).status).toBe(200);
    const empty = await operator1.post(`/sessions/${sessionId}/messages`, { text: '  ', clientMessageId: newMessageId(), attachmentIds: [] });
    expect(empty.status).toBe(400);
  });

  it('lets the employee attach from Messages, with text', async () => {
    const file = await upload(employee1, sessionId, PDF, 'application/pdf', 'contract.pdf');
    expect(file.status).toBe(201);
    const sent = await employee1.post(`/lines/${lineId}/messages`, { text: 'The contract', clientMessageId: newMessageId(), attachmentIds: [file.body.id] });
    expect(sent.status).toBe(201);
    expect(sent.body.message).toMatchObject({ body: 'The contract', authorKind: 'client', attachments: [file.body] });
    expect((await download(operator1, sessionId, file.body.id)).status).toBe(200);
  });

  it('enforces the size limit and type allow-list of the settings, and the hard cap', async () => {
    expect((await admin.patch('/settings', { attachmentMaxMb: 1, attachmentTypes: ['image/*', 'application/pdf'] })).status).toBe(200);
    try {
      const before = await messageCount(sessionId);
      const large = await upload(operator1, sessionId, new Uint8Array(1024 * 1024 + 1), 'application/pdf', 'large.pdf');
      expect(large.status).toBe(413);
      expect(large.body.error).toEqual({ code: 'attachment/too-large', message: expect.stringMatching(/at most 1 MB/) });
      expect((await upload(operator1, sessionId, new Uint8Array(1024 * 1024), 'application/pdf', 'fits.pdf')).status).toBe(201);
      const exe = await upload(operator1, sessionId, PDF, 'application/x-msdownload', 'setup.exe');
      expect(exe.status).toBe(415);
      expect(exe.body.error.code).toBe('attachment/type-not-allowed');
      expect(exe.body.error.message).toMatch(/application\/x-msdownload cannot be attached\. Allowed: images, PDF\./);
      const huge = await upload(operator1, sessionId, new Uint8Array(100 * 1024 * 1024 + 1), 'application/pdf', 'huge.pdf');
      expect(huge.status).toBe(413);
      expect(huge.body.error.code).toBe('request/too-large');
      expect((await upload(operator1, sessionId, new Uint8Array(0), 'application/pdf', 'empty.pdf')).status).toBe(400);
      const nameless = await upload(operator1, sessionId, PDF, 'application/pdf');
      expect(nameless.status).toBe(400);
      expect(nameless.body.error.message).toMatch(/X-File-Name/);
      expect((await upload(operator1, sessionId, PDF, 'application/pdf', '../../')).status).toBe(400);
      expect(await messageCount(sessionId)).toBe(before);
    } finally {
      await admin.patch('/settings', { attachmentMaxMb: 10, attachmentTypes: ['image/*', 'application/pdf'] });
    }
  });

  it('refuses forged ids: another session\'s file, another user\'s file, a file already sent', async () => {
    const before = await messageCount(sessionId);
    const elsewhere = await upload(operator1, otherSessionId, PDF, 'application/pdf', 'other.pdf');
    const fromClient = await upload(employee1, sessionId, PDF, 'application/pdf', 'mine.pdf');
    const sentOnce = await upload(operator1, sessionId, PDF, 'application/pdf', 'once.pdf');
    expect((await operator1.post(`/sessions/${sessionId}/messages`, { text: 'x', clientMessageId: newMessageId(), attachmentIds: [sentOnce.body.id] })).status).toBe(201);
    for (const ids of [[elsewhere.body.id], [fromClient.body.id], [sentOnce.body.id], ['no-such-file']]) {
      const response = await operator1.post(`/sessions/${sessionId}/messages`, { text: 'Look', clientMessageId: newMessageId(), attachmentIds: ids });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('attachment/invalid');
    }
    const twice = await operator1.post(`/sessions/${sessionId}/messages`, { text: 'x', clientMessageId: newMessageId(), attachmentIds: [sentOnce.body.id, sentOnce.body.id] });
    expect(twice.status).toBe(400);
    const eleven = await operator1.post(`/sessions/${sessionId}/messages`, { text: 'x', clientMessageId: newMessageId(), attachmentIds: Array.from({ length: 11 }, (_, i) => `f${i}`) });
    expect(eleven.body.error.message).toMatch(/At most 10 files/);
    expect(await messageCount(sessionId)).toBe(before + 1);
    // The other session's file is not found under this session, nor someone else's unsent upload.
    expect((await download(operator1, sessionId, elsewhere.body.id)).status).toBe(404);
    expect((await download(operator1, sessionId, fromClient.body.id)).status).toBe(404);
    expect((await download(employee1, sessionId, fromClient.body.id)).status).toBe(200);
  });

  it('lets only those who may write upload, and only those who may read download', async () => {
    const sent = (await operator1.get(`/sessions/${sessionId}/messages`)).body.items.find((m: { attachments?: unknown[] }) => m.attachments);
    const fileId = sent.attachments[0].id;
    // Another employee sees nothing of the session.
    expect((await download(employee2, sessionId, fileId)).status).toBe(403);
    expect((await upload(employee2, sessionId, PDF, 'application/pdf', 'x.pdf')).status).toBe(403);
    // Another operator and the supervisor read the session's transcript, so its files too; neither writes in it.
    for (const reader of [operator2, supervisor]) {
      expect((await download(reader, sessionId, fileId)).status).toBe(200);
      const refused = await upload(reader, sessionId, PDF, 'application/pdf', 'x.pdf');
      expect(refused.status).toBe(403);
    }
    expect((await download(operator1, 'no-such-session', fileId)).status).toBe(404);
    await operator1.offline();
    try {
      const offline = await upload(operator1, sessionId, PDF, 'application/pdf', 'x.pdf');
      expect(offline.status).toBe(409);
      expect(offline.body.error.code).toBe('operator/offline');
    } finally {
      await operator1.online();
    }
  });

  it('shows real raster images inline and saves everything else, SVG and HTML included', async () => {
    expect((await admin.patch('/settings', { attachmentTypes: ['image/*', 'application/pdf', 'text/html'] })).status).toBe(200);
    const svg = await upload(operator1, sessionId, new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'image/svg+xml', 'logo.svg');
    const page = await upload(operator1, sessionId, new TextEncoder().encode('<html><script>alert(1)</script></html>'), 'text/html', 'page.html');
    const fakePng = await upload(operator1, sessionId, new TextEncoder().encode('<html>not an image</html>'), 'image/png', 'fake.png');
    const png = await upload(operator1, sessionId, PNG, 'image/png', 'dot.png');
    const ids = [svg, page, fakePng, png].map((file) => file.body.id);
    expect((await operator1.post(`/sessions/${sessionId}/messages`, { text: 'Files', clientMessageId: newMessageId(), attachmentIds: ids })).status).toBe(201);
    const disposition = async (id: string) => (await download(employee1, sessionId, id)).headers.get('content-disposition') ?? '';
    expect(await disposition(png.body.id)).toMatch(/^inline; filename="dot.png"/);
    for (const id of ids.slice(0, 3)) expect(await disposition(id)).toMatch(/^attachment;/);
    expect((await download(employee1, sessionId, svg.body.id)).headers.get('content-security-policy')).toContain('sandbox');
  });

  it('saves a copy into the Files field of a bound item, and nowhere else', async () => {
    const fileId = (await upload(operator1, sessionId, PDF, 'application/pdf', 'copy-me.pdf')).body.id;
    await operator1.post(`/sessions/${sessionId}/messages`, { text: 'For the record', clientMessageId: newMessageId(), attachmentIds: [fileId] });
    const contact = (await operator1.get('/apps/contacts/items?search=north')).body[0];
    const body = { appCode: 'contacts', itemId: contact.id, fieldCode: 'files' };
    const notBound = await operator1.post(`/sessions/${sessionId}/attachments/${fileId}/copy`, body);
    expect(notBound.status).toBe(404);
    expect(notBound.body.error.message).toMatch(/not bound/);
    expect((await operator1.get(`/sessions/${sessionId}/attachment-targets`)).body).toEqual([]);

    expect((await operator1.post(`/sessions/${sessionId}/items`, { appCode: 'contacts', itemId: contact.id })).status).toBe(200);
    expect((await operator1.get(`/sessions/${sessionId}/attachment-targets`)).body).toEqual([
      { appCode: 'contacts', appName: 'Contacts', itemId: contact.id, itemName: 'Northwind Traders', fieldCode: 'files' },
    ]);
    const phone = await operator1.post(`/sessions/${sessionId}/attachments/${fileId}/copy`, { ...body, fieldCode: 'phone' });
    expect(phone.status).toBe(400);
    expect(phone.body.error.code).toBe('attachment/not-a-file-field');
    expect((await employee1.post(`/sessions/${sessionId}/attachments/${fileId}/copy`, body)).status).toBe(403);

    const first = await operator1.post(`/sessions/${sessionId}/attachments/${fileId}/copy`, body);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ ...body, itemName: 'Northwind Traders', file: { name: 'copy-me.pdf', contentType: 'application/pdf', size: PDF.byteLength } });
    expect(first.body.file.id).not.toBe(fileId);
    expect((await supervisor.post(`/sessions/${sessionId}/attachments/${fileId}/copy`, body)).status).toBe(201);
    const row = await host.database.kysely.selectFrom('host_app_items').select('data').where('id', '=', contact.id).executeTakeFirstOrThrow();
    const data = JSON.parse(row.data as string);
    expect(data.files).toEqual([
      { id: first.body.file.id, namespace: 'system', code: 'files', name: 'copy-me.pdf', size: PDF.byteLength },
      expect.objectContaining({ name: 'copy-me.pdf' }),
    ]);
    expect(data.phone).toEqual([{ tel: '+1 555 0100', type: 'work' }]);
    expect(Buffer.from((await host.files.read(first.body.file.id))!).equals(Buffer.from(PDF))).toBe(true);
  });

  describe('files no one needs', () => {
    /** Of the given host files, those still stored. */
    const stored = async (ids: string[]): Promise<string[]> => (await Promise.all(ids.map((id) => host.files.get(id)))).flatMap((file) => (file ? [file.id] : []));
    const uploaded = async (client: ApiClient, session: string, name: string): Promise<string> => {
      const file = await upload(client, session, PDF, 'application/pdf', name);
      expect(file.status).toBe(201);
      return file.body.id;
    };
    const write = async (client: ApiClient, line: string, text: string, attachmentIds?: string[]): Promise<string> => {
      const sent = await client.post(`/lines/${line}/messages`, { text, clientMessageId: newMessageId(), attachmentIds });
      expect(sent.status).toBeLessThan(300);
      return sent.body.sessionId;
    };

    it('deletes the files of a deleted live chat\'s sessions, sent or not, and no others', async () => {
      const groups = await admin.groupIds();
      const created = await admin.post('/lines', { name: 'Short-lived', operatorGroupIds: [groups.Operators], supervisorGroupIds: [groups.Supervisors], internalClientGroupIds: [groups.Employees] });
      expect(created.status).toBe(201);
      const doomed = await write(employee2, created.body.id, 'Hello there');
      const sent = await uploaded(employee2, doomed, 'sent.pdf');
      await write(employee2, created.body.id, 'A file', [sent]);
      const pending = await uploaded(employee2, doomed, 'pending.pdf');
      const elsewhere = await uploaded(employee2, otherSessionId, 'elsewhere.pdf');

      expect((await admin.delete(`/lines/${created.body.id}`)).status).toBe(204);
      expect(await stored([sent, pending, elsewhere])).toEqual([elsewhere]);
      expect((await download(employee2, otherSessionId, elsewhere)).status).toBe(200);
    });

    // Last: the clock moves on by a day.
    it('sweeps uploads never sent once they are a day old; sent files and younger uploads stay', async () => {
      const forgotten = await uploaded(employee1, sessionId, 'forgotten.pdf');
      const sent = await uploaded(employee1, sessionId, 'invoice.pdf');
      await write(employee1, lineId, 'Here it is', [sent]);
      clock.advance(20 * HOUR);
      // This upload sweeps (the last sweep was at start), but nothing is a day old yet.
      const younger = await uploaded(employee1, sessionId, 'younger.pdf');
      clock.advance(5 * HOUR);
      const newest = await uploaded(employee1, sessionId, 'newest.pdf');

      await until('the forgotten upload to be swept', () => stored([forgotten]), (left) => left.length === 0);
      expect(await stored([sent, younger, newest])).toEqual([sent, younger, newest]);
      expect((await download(employee1, sessionId, forgotten)).status).toBe(404);
      expect((await download(employee1, sessionId, younger)).status).toBe(200);
      expect((await download(employee1, sessionId, sent)).status).toBe(200);
      // The younger upload can still be sent.
      await write(employee1, lineId, 'And the other one', [younger]);
    });
  });
});
