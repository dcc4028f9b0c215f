/**
 * Issue 6, the Live Chat Messages widget's live list, on each storage engine: GET /widget/sessions
 * says what the list follows (the live chats the viewer may read, the item's clients the viewer
 * already reads a session of, the items), a reader may follow those live chats' topics and hears a
 * new session of the item's client and a binding to the item, and nobody outside the transcript's
 * policy may subscribe or learn of a client from the list.
 */
import WebSocket from 'ws';
import { API, ApiClient, newMessageId } from '../support/api';
import { addGroup, addUsers } from '../support/directory';
import { describeEachEngine } from '../support/requirements';
import { createTestHost, type TestHost } from '../support/test-host';
import { until } from '../support/until';

interface Frame { type: string; topic?: string; event?: string; code?: string; message?: string; data?: { id: string; clientId: string; items: { appCode: string; itemId: string }[] } }
interface Follow { lineIds: string[]; clientIds: string[]; items: { appCode: string; itemId: string }[]; anyClient: boolean }

describeEachEngine('Live Chat Messages widget, live list', (engine) => {
  let host: TestHost;
  let admin: ApiClient;
  let operator1: ApiClient;
  let employee1: ApiClient;
  let employee2: ApiClient;
  let reader: ApiClient;
  /** Readers read A and C, not B. */
  let lineA: string;
  let lineB: string;
  let lineC: string;
  let sA: string;
  let northwind: string;
  let contoso: string;
  const sockets: WebSocket[] = [];

  const write = async (client: ApiClient, lineId: string, text: string): Promise<string> =>
    (await client.post(`/lines/${lineId}/messages`, { text, clientMessageId: newMessageId() })).body.sessionId;
  const widget = async (client: ApiClient, query: string): Promise<{ ids: string[]; follow: Follow }> => {
    const response = await client.get<{ items: { id: string }[]; follow: Follow }>(`/widget/sessions?${query}`);
    expect(response.status).toBe(200);
    return { ids: response.body.items.map((s) => s.id).sort(), follow: response.body.follow };
  };

  /** A socket of the user, subscribed to the topics, with every frame it gets. */
  async function listen(client: ApiClient, topics: string[]): Promise<Frame[]> {
    const ws = new WebSocket(`${host.url.replace('http', 'ws')}${API}/ws`, { headers: { authorization: `Bearer ${client.token}` } });
    sockets.push(ws);
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    const frames: Frame[] = [];
    ws.on('message', (raw) => frames.push(JSON.parse(raw.toString()) as Frame));
    for (const topic of topics) ws.send(JSON.stringify({ type: 'subscribe', topic }));
    await until('the answers to the subscriptions', async () => frames.filter((f) => f.type === 'subscribed' || f.type === 'error').length, (n) => n === topics.length, 5_000);
    return frames;
  }
  const hintsOf = async (frames: Frame[], sessionId: string): Promise<Frame[]> =>
    until(`a session hint of ${sessionId}`, async () => frames.filter((f) => f.event === 'session' && f.data?.id === sessionId), (found) => found.length > 0, 5_000);

  beforeAll(async () => {
    host = await createTestHost({ engine });
    [admin, operator1, employee1, employee2] = await ApiClient.loginAll(host.url, ['admin', 'operator1', 'employee1', 'employee2']);
    await operator1.online();
    const groups = await admin.groupIds();
    const readers = await addGroup(host, 'Widget readers');
    [reader] = await addUsers(host, 'widget-reader', 1, readers);
    const lineBody = { operatorGroupIds: [groups.Operators], supervisorGroupIds: [groups.Supervisors], internalClientGroupIds: [groups.Employees], accountAppCode: 'contacts', requestAppCodes: ['appeals'] };
    lineA = (await admin.post('/lines', { name: 'Live A', ...lineBody, readerGroupIds: [readers] })).body.id;
    lineB = (await admin.post('/lines', { name: 'Live B', ...lineBody })).body.id;
    lineC = (await admin.post('/lines', { name: 'Live C', ...lineBody, readerGroupIds: [readers] })).body.id;
    sA = await write(employee1, lineA, 'Hello from A');
    expect((await operator1.post(`/sessions/${sA}/take`)).status).toBe(200);
    const contacts = (await operator1.get('/apps/contacts/items')).body as { id: string; name: string }[];
    northwind = contacts.find((c) => c.name === 'Northwind Traders')!.id;
    contoso = contacts.find((c) => c.name === 'Contoso Ltd')!.id;
    // Binding the contact records employee1's account on it: the widget's by-account source.
    expect((await operator1.post(`/sessions/${sA}/items`, { appCode: 'contacts', itemId: northwind })).status).toBe(200);
  });
  afterAll(async () => {
    sockets.forEach((ws) => ws.terminate());
    await host?.close();
  });

  it('says what the list follows: the readable live chats, the item\'s readable clients, the items', async () => {
    const { ids, follow } = await widget(reader, `appCode=contacts&itemId=${northwind}&showHistory=account`);
    expect(ids).toEqual([sA]);
    expect({ ...follow, lineIds: [...follow.lineIds].sort() }).toEqual({ lineIds: [lineA, lineC].sort(), clientIds: [expect.any(String)], items: [{ appCode: 'contacts', itemId: northwind }], anyClient: false });
    expect((await widget(reader, `appCode=contacts&itemId=${contoso}&showHistory=item`)).follow).toMatchObject({ clientIds: [], items: [{ appCode: 'contacts', itemId: contoso }], anyClient: false });
  });

  it('names no client the viewer reads no session of: an account without one follows any new session', async () => {
    // employee2 writes only where the reader cannot read: their client is not named to the reader.
    await write(employee2, lineB, 'Only in B');
    await host.apps.updateItem('contacts', contoso, { account: [{ type: 'internal', id: employee2.user!.id, name: 'E2' }] });
    expect((await widget(reader, `appCode=contacts&itemId=${contoso}&showHistory=account`)).follow).toMatchObject({ clientIds: [], anyClient: true });
    expect((await widget(operator1, `appCode=contacts&itemId=${contoso}&showHistory=account`)).follow).toMatchObject({ clientIds: [expect.any(String)], anyClient: false });
  });

  it('refuses the live chat topics to anyone outside the transcript\'s policy, the same way for an unknown one', async () => {
    const outsider = await listen(employee2, [`line:${lineA}`, 'line:no-such-line']);
    expect(outsider.map((f) => f.topic).sort()).toEqual([`line:${lineA}`, 'line:no-such-line'].sort());
    // An existing live chat and a made-up id get the same answer.
    expect(new Set(outsider.map(({ type, code, message }) => JSON.stringify({ type, code, message })))).toEqual(new Set([JSON.stringify({ type: 'error', code: 'auth/forbidden', message: outsider[0].message })]));
    expect(await listen(admin, [`line:${lineC}`])).toEqual([expect.objectContaining({ type: 'error', code: 'auth/forbidden' })]);
    expect(await listen(reader, [`line:${lineB}`])).toEqual([expect.objectContaining({ type: 'error', code: 'auth/forbidden' })]);
  });

  it('tells a reader of a new session of the item\'s client, and nothing of live chats they cannot read', async () => {
    const { follow } = await widget(reader, `appCode=contacts&itemId=${northwind}&showHistory=account`);
    const frames = await listen(reader, follow.lineIds.map((id) => `line:${id}`));
    expect(frames.filter((f) => f.type === 'subscribed')).toHaveLength(2);
    const sB = await write(employee1, lineB, 'Hello from B');
    const sC = await write(employee1, lineC, 'Hello from C');
    const [hint] = await hintsOf(frames, sC);
    expect(hint.topic).toBe(`line:${lineC}`);
    expect(follow.clientIds).toContain(hint.data!.clientId);
    expect(frames.some((f) => JSON.stringify(f).includes(sB))).toBe(false);
    expect((await widget(reader, `appCode=contacts&itemId=${northwind}&showHistory=account`)).ids).toEqual([sA, sC].sort());
  });

  it('tells a reader when a session gets bound to the item', async () => {
    const { ids, follow } = await widget(reader, `appCode=contacts&itemId=${contoso}&showHistory=item`);
    expect(ids).toEqual([]);
    const frames = await listen(reader, [`line:${lineA}`]);
    const sD = await write(employee2, lineA, 'Hello from employee2');
    await hintsOf(frames, sD);
    expect((await operator1.post(`/sessions/${sD}/take`)).status).toBe(200);
    expect((await operator1.post(`/sessions/${sD}/items`, { appCode: 'contacts', itemId: contoso })).status).toBe(200);
    const bound = await until('the binding hint', async () => frames.filter((f) => f.event === 'session' && f.data?.id === sD && f.data.items.length > 0), (found) => found.length > 0, 5_000);
    expect(bound[0].data!.items).toEqual([expect.objectContaining(follow.items[0])]);
    expect((await widget(reader, `appCode=contacts&itemId=${contoso}&showHistory=item`)).ids).toEqual([sD]);
  });
});
