/**
 * The Sessions app through the Web API (spec §4.7), on each storage engine: who sees which
 * sessions (administrators every one, supervisors and operators what their lists show, spam only
 * when asked for), every filter, every order paged by cursor without duplicates or gaps, saved
 * filters that belong to their owner, and Export data (CSV and XLSX, administrators only).
 */
import { FieldType } from '@elma365/sdk-types';
import { API, ApiClient } from '../support/api';
import { addGroup } from '../support/directory';
import { describeEachEngine } from '../support/requirements';
import { insertSessions, type SessionSeed } from '../support/sessions';
import { createTestHost, TestClock, type TestHost } from '../support/test-host';
import { unzip } from '../support/unzip';

const STATES = ['waiting', 'assignedToOperator', 'closed', 'assignedToOperator'] as const;
const PRIORITIES = [undefined, 'low', 'medium', 'high'] as const;
const RANK: Record<string, number> = { low: 1, medium: 2, high: 3 };

describeEachEngine('the Sessions app', (engine) => {
  const clock = new TestClock('2026-04-01T09:00:00.000Z');
  let host: TestHost;
  let admin: ApiClient;
  let supervisor: ApiClient;
  let operator1: ApiClient;
  let lineA: { id: string; channels: { id: string; name: string }[] };
  let lineB: { id: string; channels: { id: string }[] };
  const ids: { a: string[]; b: string[]; spam: string[]; formula: string } = { a: [], b: [], spam: [], formula: '' };

  const hour = (i: number): string => new Date(Date.parse('2026-03-01T00:00:00.000Z') + i * 3_600_000).toISOString();
  const seed = (i: number, line: typeof lineA | typeof lineB, operatorIds: string[]): SessionSeed => {
    const state = STATES[i % 4];
    return {
      name: `${['Alpha', 'beta', 'GAMMA'][i % 3]} ${String(i).padStart(2, '0')}`,
      lineId: line.id,
      channelId: line.channels[0].id,
      state,
      operatorId: state === 'assignedToOperator' || state === 'closed' ? operatorIds[i % 2] : undefined,
      priority: PRIORITIES[i % 4],
      createdAt: hour(i),
      lastActivityAt: hour(((i * 7) % 40) + 0.5),
      closedAt: state === 'closed' ? hour(i + 1) : undefined,
      params: { tier: [i % 2 ? 'Silver' : 'Gold', i % 2 ? 'silver' : 'gold', null], orders: [i % 5, null, i % 5] },
    };
  };

  beforeAll(async () => {
    host = await createTestHost({ engine, now: clock.now });
    [admin, supervisor, operator1] = await ApiClient.loginAll(host.url, ['admin', 'supervisor', 'operator1']);
    const groups = await admin.groupIds();
    const others = await addGroup(host, 'Other desk');
    const line = async (name: string, staff: string) =>
      (await admin.post('/lines', { name, operatorGroupIds: [staff === 'ours' ? groups.Operators : others], supervisorGroupIds: [staff === 'ours' ? groups.Supervisors : others] })).body;
    lineA = await line('Sessions A', 'ours');
    lineB = await line('Sessions B', 'theirs');
    const definitions = [
      { code: 'tier', name: 'Tier', type: FieldType.STRING, required: false, array: false },
      { code: 'orders', name: 'Orders', type: FieldType.FLOAT, required: false, array: false, data: { additionalType: 'integer' } },
    ];
    expect((await admin.put('/parameters', { definitions })).status).toBe(200);
    const operatorIds = [operator1.user!.id, (await ApiClient.login(host.url, 'operator2')).user!.id];
    ids.a = await insertSessions(host, Array.from({ length: 30 }, (_, i) => seed(i, lineA, operatorIds)));
    ids.b = await insertSessions(host, Array.from({ length: 10 }, (_, i) => seed(30 + i, lineB, operatorIds)));
    ids.spam = await insertSessions(host, [0, 1].map((i) => ({ name: `Spam offer ${i}`, lineId: lineA.id, channelId: lineA.channels[0].id, state: 'markedAsSpam', createdAt: hour(50 + i) })));
    [ids.formula] = await insertSessions(host, [{ name: "=cmd|' /C calc'!A0", lineId: lineA.id, channelId: lineA.channels[0].id, state: 'closed', closedAt: hour(61), createdAt: hour(60), clientName: '@evil, "quoted"' }]);
  });
  afterAll(() => host?.close());

  /** Every page of a query, following the cursors. */
  async function pageAll(client: ApiClient, query: string, limit = 7): Promise<any[]> {
    const items: any[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 100; pages++) {
      const response = await client.get(`/sessions?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.status).toBe(200);
      items.push(...response.body.items);
      cursor = response.body.nextCursor;
      if (!cursor) return items;
    }
    throw new Error('too many pages');
  }
  const idsOf = (items: any[]) => items.map((item) => item.id).sort();
  const count = async (client: ApiClient, query: string) => (await client.get(`/sessions/count?${query}`)).body.total as number;

  it('shows administrators every session of the company, staff what their lists show, and spam only when asked for', async () => {
    const all = [...ids.a, ...ids.b, ids.formula];
    expect(idsOf(await pageAll(admin, 'all=true'))).toEqual([...all].sort());
    expect(await count(admin, 'all=true')).toBe(all.length);
    // The supervisor of A sees all of A, nothing of B, with or without `all`.
    expect(idsOf(await pageAll(supervisor, 'all=true'))).toEqual([...ids.a, ids.formula].sort());
    // An operator sees the common queue and their own sessions.
    const own = await pageAll(operator1, 'all=true');
    expect(own.length).toBeGreaterThan(0);
    for (const session of own) expect(session.lineId === lineA.id && (session.state === 'waiting' || session.operatorId === operator1.user!.id)).toBe(true);
    expect(await count(operator1, 'all=true')).toBe(own.length);
    expect(idsOf(await pageAll(admin, 'all=true&state=markedAsSpam'))).toEqual([...ids.spam].sort());
    // Without `all`, an administrator who works on no live chat lists nothing.
    expect((await admin.get('/sessions')).body.items).toEqual([]);
  });

  it('filters by live chat, state, operator, priority, creation dates, name and custom parameters', async () => {
    const names = async (query: string) => (await pageAll(admin, `all=true&${query}`, 100)).map((s) => s.name).sort();
    expect((await pageAll(admin, `all=true&lineId=${lineB.id}`)).every((s) => s.lineId === lineB.id)).toBe(true);
    expect(await count(admin, `all=true&lineId=${lineB.id}`)).toBe(10);
    expect((await pageAll(admin, 'all=true&state=closed')).every((s) => s.state === 'closed')).toBe(true);
    expect((await pageAll(admin, `all=true&operatorId=${operator1.user!.id}`)).every((s) => s.operatorId === operator1.user!.id)).toBe(true);
    expect(await count(admin, 'all=true&priority=high')).toBe(10);
    expect((await pageAll(admin, 'all=true&priority=none')).every((s) => s.priority === undefined)).toBe(true);
    expect(await names(`createdFrom=${encodeURIComponent(hour(3))}&createdTo=${encodeURIComponent(hour(6))}`)).toEqual(['Alpha 03', 'GAMMA 05', 'beta 04']);
    // Name contains, case-insensitively.
    expect(await names('search=gAmMa%200')).toEqual(['GAMMA 02', 'GAMMA 05', 'GAMMA 08']);
    expect(await names('search=%25')).toEqual([]);
    const params = encodeURIComponent(JSON.stringify(['tier:eq:silver', 'orders:gte:4']));
    expect(await names(`lineId=${lineA.id}&params=${params}`)).toEqual(['Alpha 09', 'GAMMA 29', 'beta 19']);
    expect(await names('param=tier:contains:OLD&search=alpha&createdTo=2026-03-01T07:00:00Z')).toEqual(['Alpha 00', 'Alpha 06']);
  });

  it('refuses filters it cannot apply with 400 and changes nothing', async () => {
    for (const query of ['sort=_nope', 'sort=missing_param', 'priority=urgent', 'createdFrom=yesterday', 'params=notjson', `params=${encodeURIComponent('["tier:lt:x"]')}`, 'cursor=abc']) {
      const response = await admin.get(`/sessions?all=true&${query}`);
      expect([query, response.status]).toEqual([query, 400]);
    }
  });

  const key = (sort: string, s: any): string | number | null => {
    switch (sort) {
      case '__name':
        return s.name.toLowerCase();
      case '__createdAt':
        return s.createdAt;
      case '_lastActivityAt':
        return s.lastActivityAt;
      case '_state':
        return s.state;
      case '_priority':
        return s.priority ? RANK[s.priority] : null;
      case '_closedAt':
        return s.closedAt ?? null;
      default:
        return s.params[sort] === undefined ? null : typeof s.params[sort] === 'string' ? s.params[sort].toLowerCase() : s.params[sort];
    }
  };

  it.each(['__name', '__createdAt', '_lastActivityAt', '_state', '_priority', '_closedAt', 'tier', 'orders'])('orders by %s both ways, paging by cursor without duplicates or gaps', async (sort) => {
    const total = await count(admin, 'all=true');
    for (const order of ['asc', 'desc'] as const) {
      const items = await pageAll(admin, `all=true&sort=${sort}&order=${order}`, 4);
      expect(items).toHaveLength(total);
      expect(new Set(items.map((s) => s.id)).size).toBe(total);
      for (let i = 1; i < items.length; i++) {
        const [a, b] = [key(sort, items[i - 1]), key(sort, items[i])];
        // Nulls last either way; then the key in the order asked for; ties by id the same way.
        if (a === null) expect(b).toBeNull();
        if (a !== null && b !== null && a !== b) expect(order === 'asc' ? a < b : a > b).toBe(true);
        if (a === b) expect(order === 'asc' ? items[i - 1].id < items[i].id : items[i - 1].id > items[i].id).toBe(true);
      }
    }
  });

  it('keeps the pages of a list stable while sessions arrive, and refuses a cursor of another order', async () => {
    const first = await admin.get(`/sessions?all=true&sort=__createdAt&order=desc&limit=5`);
    // A newer session arrives: it belongs before the cursor and does not shift the next pages.
    await insertSessions(host, [{ name: 'Latecomer', lineId: lineA.id, channelId: lineA.channels[0].id, createdAt: hour(100) }]);
    const rest: any[] = [];
    let cursor = first.body.nextCursor;
    while (cursor) {
      const page = await admin.get(`/sessions?all=true&sort=__createdAt&order=desc&limit=5&cursor=${cursor}`);
      rest.push(...page.body.items);
      cursor = page.body.nextCursor;
    }
    const seen = [...first.body.items, ...rest].map((s) => s.name);
    expect(seen).not.toContain('Latecomer');
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe((await count(admin, 'all=true')) - 1);
    const other = await admin.get(`/sessions?all=true&sort=__name&limit=5&cursor=${first.body.nextCursor}`);
    expect(other.status).toBe(400);
    expect(other.body.error.message).toMatch(/another order/);
  });

  it('saves filters per user: list, replace by name, delete; others get 404; bad input 400', async () => {
    const created = await supervisor.post('/saved-filters', { name: 'Closed gold', query: { state: 'closed', params: JSON.stringify(['tier:eq:gold']) } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Closed gold', query: { state: 'closed' } });
    const replaced = await supervisor.post('/saved-filters', { name: 'Closed gold', query: { state: 'closed', sort: '__name' } });
    expect(replaced.status).toBe(200);
    expect(replaced.body.id).toBe(created.body.id);
    expect((await supervisor.get('/saved-filters')).body).toEqual([{ ...created.body, query: { state: 'closed', sort: '__name' } }]);
    // Another user neither sees nor deletes it.
    expect((await operator1.get('/saved-filters')).body).toEqual([]);
    expect((await operator1.delete(`/saved-filters/${created.body.id}`)).status).toBe(404);
    for (const bad of [{ name: ' ', query: {} }, { name: 'x', query: { state: 'sleeping' } }, { name: 'x', query: { unknown: '1' } }, { name: 'x', query: { params: '[1]' } }, { name: 'x'.repeat(101), query: {} }]) {
      expect((await supervisor.post('/saved-filters', bad)).status).toBe(400);
    }
    expect((await supervisor.get('/saved-filters')).body).toHaveLength(1);
    expect((await supervisor.delete(`/saved-filters/${created.body.id}`)).status).toBe(204);
    expect((await supervisor.delete(`/saved-filters/${created.body.id}`)).status).toBe(404);
    expect((await supervisor.get('/saved-filters')).body).toEqual([]);
  });

  const download = (client: ApiClient, query: string) => fetch(`${host.url}${API}/sessions/export?${query}`, { headers: { authorization: `Bearer ${client.token}` } });

  it('exports CSV of every session with system information, defusing formulas', async () => {
    const response = await download(admin, 'format=csv&systemInfo=true');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain('Sessions 2026-04-01.csv');
    const text = Buffer.from(await response.arrayBuffer()).toString('utf8');
    expect(text.startsWith('\uFEFFID,Name,State,Live chat,Channel,Client,Operator,Operator group,Priority,Created,Accepted,Closed,Last activity,Live chat ID,Channel ID,Channel type,Client ID,Operator ID,Operator group ID,App items,Tier,Orders\r\n')).toBe(true);
    const records = text.trimEnd().split('\r\n');
    expect(records).toHaveLength(1 + (await count(admin, 'all=true')));
    const formula = records.find((record) => record.startsWith(ids.formula))!;
    expect(formula).toContain(`,'=cmd|' /C calc'!A0,Closed,Sessions A,`);
    expect(formula).toContain(`,"'@evil, ""quoted""",`);
    expect(text).not.toContain('Spam offer');
    expect(text).not.toMatch(/Hello|message/i);
  });

  it('exports XLSX of the current filter, with names beside ids', async () => {
    const response = await download(admin, `format=xlsx&byFilter=true&names=true&lineId=${lineB.id}&state=closed`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const files = unzip(Buffer.from(await response.arrayBuffer()));
    const sheet = files.get('xl/worksheets/sheet1.xml')!.toString();
    const rows = sheet.match(/<row>.*?<\/row>/g)!;
    expect(rows).toHaveLength(1 + (await count(admin, `all=true&lineId=${lineB.id}&state=closed`)));
    expect(rows[0]).toContain('App items (names)');
    expect(rows[0]).not.toContain('Live chat ID');
    expect(rows.slice(1).every((row) => row.includes('Sessions B') && row.includes('Closed'))).toBe(true);
  });

  it('refuses the export to everyone but administrators (403) and bad options (400)', async () => {
    expect((await download(supervisor, 'format=csv')).status).toBe(403);
    expect((await download(operator1, 'format=xlsx')).status).toBe(403);
    expect((await download(admin, 'format=pdf')).status).toBe(400);
    expect((await download(admin, 'format=csv&systemInfo=maybe')).status).toBe(400);
  });
});
