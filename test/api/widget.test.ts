/**
 * Issue 6, the Live Chat Messages widget's server side (spec §6), through the Web API on each
 * storage engine: the sessions of an item by account (a client's sessions in every live chat) and
 * by bound item, through an App field, the Archive, spam left out, and the transcript policy:
 * readers read but never reply, operators reply only in their own sessions, and an employee
 * without read access gets 403 from the widget's endpoints and its realtime topic.
 */
import WebSocket from 'ws';
import { API, ApiClient, newMessageId } from '../support/api';
import { describeEachEngine } from '../support/requirements';
import { createTestHost, type TestHost } from '../support/test-host';

type Listed = { id: string; access: string; canReply: boolean; lineName: string; clientName: string; state: string };

describeEachEngine('Live Chat Messages widget API', (engine) => {
  let host: TestHost;
  let admin: ApiClient;
  let operator1: ApiClient;
  let operator2: ApiClient;
  let supervisor: ApiClient;
  let employee1: ApiClient;
  let employee2: ApiClient;
  let lineA: string;
  let lineB: string;
  /** employee1's sessions on the two live chats, and employee2's on the first. */
  let sA: string;
  let sB: string;
  let sC: string;
  let northwind: string;
  let contoso: string;
  let appeal: string;

  const write = async (client: ApiClient, lineId: string, text: string): Promise<string> =>
    (await client.post(`/lines/${lineId}/messages`, { text, clientMessageId: newMessageId() })).body.sessionId;
  const list = (client: ApiClient, query: string) =>
    client.get<{ items: Listed[]; error?: { code: string; message: string } }>(`/widget/sessions?${query}`);
  const ids = async (client: ApiClient, query: string): Promise<string[]> => {
    const response = await list(client, query);
    expect(response.status).toBe(200);
    return response.body.items.map((s) => s.id).sort();
  };
  const byAccount = (appCode: string, itemId: string, extra = '') => `appCode=${appCode}&itemId=${itemId}&showHistory=account${extra}`;
  const byItem = (appCode: string, itemId: string, extra = '') => `appCode=${appCode}&itemId=${itemId}&showHistory=item${extra}`;

  beforeAll(async () => {
    host = await createTestHost({ engine });
    [admin, operator1, operator2, supervisor, employee1, employee2] = await ApiClient.loginAll(host.url, ['admin', 'operator1', 'operator2', 'supervisor', 'employee1', 'employee2']);
    await Promise.all([operator1, operator2, supervisor].map((staff) => staff.online()));
    const groups = await admin.groupIds();
    const lineBody = { operatorGroupIds: [groups.Operators], supervisorGroupIds: [groups.Supervisors], internalClientGroupIds: [groups.Employees], accountAppCode: 'contacts', requestAppCodes: ['appeals'] };
    lineA = (await admin.post('/lines', { name: 'Widget A', ...lineBody })).body.id;
    lineB = (await admin.post('/lines', { name: 'Widget B', ...lineBody })).body.id;
    sA = await write(employee1, lineA, 'Hello from A');
    sB = await write(employee1, lineB, 'Hello from B');
    sC = await write(employee2, lineA, 'Someone else');
    expect((await operator1.post(`/sessions/${sA}/take`)).status).toBe(200);
    const contacts = (await operator1.get('/apps/contacts/items')).body as { id: string; name: string }[];
    northwind = contacts.find((c) => c.name === 'Northwind Traders')!.id;
    contoso = contacts.find((c) => c.name === 'Contoso Ltd')!.id;
    // Binding the contact records employee1's internal account on it (spec §4.5).
    expect((await operator1.post(`/sessions/${sA}/items`, { appCode: 'contacts', itemId: northwind })).status).toBe(200);
    appeal = (await host.apps.createItem('appeals', { name: 'Late delivery', data: { contact: { namespace: 'crm', code: 'contacts', id: northwind } } })).id;
  });
  afterAll(() => host?.close());

  it('refuses an employee without read access, on the list, the transcript, the messages and the topic', async () => {
    const refused = await list(employee2, byAccount('contacts', northwind));
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({ error: { code: 'auth/forbidden', message: expect.stringMatching(/Read access to sessions/) } });
    expect((await employee2.get(`/sessions/${sA}/transcript`)).status).toBe(403);
    expect((await employee2.get(`/sessions/${sA}/transcript?before=1000`)).status).toBe(403);
    expect((await employee2.get(`/sessions/${sA}/messages`)).status).toBe(403);
    expect((await admin.get(`/widget/sessions?${byAccount('contacts', northwind)}`)).status).toBe(403);
    const frames = await subscribe(employee2, `session:${sA}`);
    expect(frames).toEqual([expect.objectContaining({ type: 'error', code: 'auth/forbidden' })]);
  });

  it('lists by account the client\'s sessions in every live chat, saying who may reply', async () => {
    expect(await ids(supervisor, byAccount('contacts', northwind))).toEqual([sA, sB].sort());
    const asOperator = (await list(operator1, byAccount('contacts', northwind, '&accountField=account'))).body;
    expect(asOperator.items.find((s) => s.id === sA)).toMatchObject({ access: 'operator', canReply: true, lineName: 'Widget A', clientName: 'Emma Fischer', state: 'assignedToOperator' });
    expect(asOperator.items.find((s) => s.id === sB)).toMatchObject({ access: 'operator', canReply: false, state: 'waiting' });
    expect((await list(supervisor, byAccount('contacts', northwind))).body.items.every((s) => s.access === 'supervisor' && !s.canReply)).toBe(true);
    // A contact with no accounts has no sessions.
    expect(await ids(supervisor, byAccount('contacts', contoso))).toEqual([]);
  });

  it('lists by app item the sessions bound to the item', async () => {
    expect(await ids(supervisor, byItem('contacts', northwind))).toEqual([sA]);
    expect(await ids(supervisor, byItem('contacts', northwind, '&itemField='))).toEqual([sA]);
    expect(await ids(supervisor, byItem('contacts', contoso))).toEqual([]);
  });

  it('follows an App field to the contact, by account and by item, refs and bare ids alike', async () => {
    expect(await ids(supervisor, byAccount('appeals', appeal, '&accountField=contact.account'))).toEqual([sA, sB].sort());
    expect(await ids(supervisor, byItem('appeals', appeal, '&itemField=contact'))).toEqual([sA]);
    const bare = (await host.apps.createItem('appeals', { name: 'Bare id', data: { contact: [northwind] } })).id;
    expect(await ids(supervisor, byAccount('appeals', bare, '&accountField=contact.account'))).toEqual([sA, sB].sort());
    const empty = (await host.apps.createItem('appeals', { name: 'No contact', data: {} })).id;
    expect(await ids(supervisor, byItem('appeals', empty, '&itemField=contact'))).toEqual([]);
    // The appeal's own (empty) Account field.
    expect(await ids(supervisor, byAccount('appeals', appeal))).toEqual([]);
  });

  it('refuses bad settings and unknown items with a clear error', async () => {
    for (const [query, code] of [
      [byAccount('contacts', northwind, '&accountField=phone'), 'request/invalid'],
      [byAccount('appeals', appeal, '&accountField=description.account'), 'request/invalid'],
      [byItem('appeals', appeal, '&itemField=description'), 'request/invalid'],
      [`appCode=contacts&itemId=${northwind}&showHistory=everything`, 'request/invalid'],
      [`appCode=contacts&showHistory=item`, 'request/invalid'],
      [byItem('contacts', 'no-such-item'), 'apps/item-not-found'],
      [byItem('no-such-app', northwind), 'apps/not-found'],
    ] as const) {
      const response = await list(supervisor, query);
      expect({ query, code: response.body.error?.code }).toEqual({ query, code });
      expect(response.body.error?.message).toEqual(expect.any(String));
    }
  });

  it('lets readers read the sessions of their live chats, with pages backwards, but never reply', async () => {
    const groups = await admin.groupIds();
    expect((await admin.patch(`/lines/${lineA}`, { readerGroupIds: [groups.Employees] })).status).toBe(200);
    const asReader = (await list(employee2, byAccount('contacts', northwind))).body.items;
    // Widget B grants no read access: its session is left out.
    expect(asReader).toEqual([expect.objectContaining({ id: sA, access: 'reader', canReply: false })]);
    for (let i = 0; i < 4; i++) await operator1.post(`/sessions/${sA}/messages`, { text: `Reply ${i}`, clientMessageId: newMessageId() });
    const newest = await employee2.get(`/sessions/${sA}/transcript?before=100000&limit=3`);
    expect(newest.status).toBe(200);
    expect(newest.body.items.map((m: { body: string }) => m.body)).toEqual(['Reply 1', 'Reply 2', 'Reply 3']);
    expect(newest.body.hasMore).toBe(true);
    const older = await employee2.get(`/sessions/${sA}/transcript?before=${newest.body.items[0].seq}&limit=100`);
    expect(older.body.hasMore).toBe(false);
    expect(older.body.items.at(-1).body).toBe('Reply 0');
    expect((await employee2.get(`/sessions/${sA}/transcript?before=5&since=1`)).status).toBe(400);
    expect((await employee2.post(`/sessions/${sA}/messages`, { text: 'Reader reply', clientMessageId: newMessageId() })).status).toBe(403);
    expect((await employee2.get(`/sessions/${sB}/transcript`)).status).toBe(403);
    const frames = await subscribe(employee2, `session:${sA}`);
    expect(frames).toEqual([expect.objectContaining({ type: 'subscribed' })]);
  });

  it('lets an operator reply only in the sessions assigned to them', async () => {
    const other = await operator2.post(`/sessions/${sA}/messages`, { text: 'Not mine', clientMessageId: newMessageId() });
    expect(other.status).toBe(403);
    expect((await operator2.get(`/sessions/${sA}/transcript`)).status).toBe(200);
    expect((await list(operator2, byItem('contacts', northwind))).body.items).toEqual([expect.objectContaining({ id: sA, canReply: false })]);
    expect((await operator1.post(`/sessions/${sA}/messages`, { text: 'Mine', clientMessageId: newMessageId() })).status).toBe(201);
  });

  it('shows closed sessions in the Archive only, and spam never', async () => {
    expect((await operator1.post(`/sessions/${sA}/close`)).status).toBe(200);
    expect(await ids(supervisor, byAccount('contacts', northwind))).toEqual([sB]);
    const archive = (await list(supervisor, byAccount('contacts', northwind, '&archive=true'))).body.items;
    expect(archive).toEqual([expect.objectContaining({ id: sA, state: 'closed' })]);
    // employee2's own session is not the contact's.
    expect(await ids(supervisor, byAccount('contacts', northwind))).not.toContain(sC);
  });

  it('finds a messenger client by the account on the contact, and leaves its session out while it is spam', async () => {
    // A Telegram bot client, as a messenger channel would store it (no such channel is built yet).
    const db = host.database.kysely as import('kysely').Kysely<any>;
    const channelId = (await admin.get(`/lines/${lineA}`)).body.channels[0].id;
    const at = new Date().toISOString();
    await db.insertInto('lc_clients').values({ id: 'tg-client', channel_type: 'telegramBot', external_id: 'tg-42', name: 'Telegram Tom', user_id: null, created_at: at }).execute();
    await db.insertInto('lc_sessions').values({
      id: 'tg-session', name: 'Telegram Tom', line_id: lineA, channel_id: channelId, client_id: 'tg-client', state: 'markedAsSpam', priority: null, operator_id: null,
      operator_group_id: null, before_spam: JSON.stringify({ state: 'waiting' }), created_at: at, accepted_at: null, closed_at: null, last_activity_at: at, last_seq: 0, last_client_seq: 0, version: 0, routing_target: null,
    }).execute();
    const contact = await host.apps.getItem('contacts', northwind);
    await host.apps.updateItem('contacts', northwind, { account: [...(contact!.data.account as object[]), { type: 'telegramBot', id: 'tg-42', name: 'Tom' }] });
    expect(await ids(supervisor, byAccount('contacts', northwind))).toEqual([sB]);
    expect(await ids(supervisor, byAccount('contacts', northwind, '&archive=true'))).toEqual([sA]);
    expect((await supervisor.post('/sessions/tg-session/unspam')).status).toBe(200);
    expect(await ids(supervisor, byAccount('contacts', northwind))).toEqual([sB, 'tg-session'].sort());
  });

  /** Frames answering one subscription of the user's socket (until the first answer). */
  async function subscribe(client: ApiClient, topic: string): Promise<Array<{ type: string; code?: string }>> {
    const ws = new WebSocket(`${host.url.replace('http', 'ws')}${API}/ws`, { headers: { authorization: `Bearer ${client.token}` } });
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    const answer = new Promise<Array<{ type: string; code?: string }>>((resolve) => {
      ws.on('message', (raw) => {
        const frame = JSON.parse(raw.toString()) as { type: string; code?: string };
        if (frame.type === 'subscribed' || frame.type === 'error') resolve([frame]);
      });
    });
    ws.send(JSON.stringify({ type: 'subscribe', topic }));
    const frames = await answer;
    ws.close();
    return frames;
  }
});
