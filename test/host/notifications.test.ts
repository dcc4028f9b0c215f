/** The host's #feed: notices to users and groups, each user's own feed, marking read, and the edges. */
import { ApiClient } from '../support/api';
import { describeEachEngine } from '../support/requirements';
import { createTestHost, TestClock, type TestHost } from '../support/test-host';

describeEachEngine('#feed notifications', (engine) => {
  const clock = new TestClock('2026-03-02T09:00:00.000Z');
  let host: TestHost;
  let operator1: ApiClient;
  let operator2: ApiClient;
  let supervisor: ApiClient;
  let groups: Record<string, string>;

  beforeAll(async () => {
    host = await createTestHost({ engine, now: clock.now });
    [operator1, operator2, supervisor] = await ApiClient.loginAll(host.url, ['operator1', 'operator2', 'supervisor']);
    groups = Object.fromEntries((await host.directory.listGroups()).map((group) => [group.code, group.id]));
  });
  afterAll(() => host?.close());

  const feed = async (client: ApiClient) => {
    const response = await client.get('/api/notifications');
    expect(response.status).toBe(200);
    return response.body as { items: Array<{ id: string; title: string; text?: string; link?: string; createdAt: string; read: boolean }>; unread: number };
  };

  it('gives every member of the groups and every named user one notice, however often they are named', async () => {
    clock.set('2026-03-02T09:05:00.000Z');
    await host.notifications.notify({
      userIds: [operator1.user!.id, supervisor.user!.id, supervisor.user!.id],
      groupIds: [groups.operators, groups.operators],
      title: 'Session closed',
      text: 'Olivia closed "Printer on fire".',
      link: '#/live-chats.workspace?session=s1',
    });
    const first = await feed(operator1);
    expect(first.unread).toBe(1);
    expect(first.items).toEqual([
      { id: expect.any(String), title: 'Session closed', text: 'Olivia closed "Printer on fire".', link: '#/live-chats.workspace?session=s1', createdAt: '2026-03-02T09:05:00.000Z', read: false },
    ]);
    expect((await feed(operator2)).unread).toBe(1);
    expect((await feed(supervisor)).unread).toBe(1);
    const employee = await ApiClient.login(host.url, 'employee1');
    expect(await feed(employee)).toEqual({ items: [], unread: 0 });
  });

  it('lists the latest 50, newest first, and counts every unread one', async () => {
    for (let i = 1; i <= 55; i++) {
      clock.advance(1000);
      await host.notifications.notify({ userIds: [operator2.user!.id], title: `Notice ${i}` });
    }
    const { items, unread } = await feed(operator2);
    expect(unread).toBe(56);
    expect(items).toHaveLength(50);
    expect(items[0]).toMatchObject({ title: 'Notice 55', read: false });
    expect(items[0]).not.toHaveProperty('text');
    expect(items[0]).not.toHaveProperty('link');
    expect(items[49].title).toBe('Notice 6');
  });

  it('marks some or all of the user’s own notices read, never someone else’s', async () => {
    const mine = await feed(operator2);
    const theirs = await feed(operator1);
    const marked = await operator2.post('/api/notifications/read', { ids: [mine.items[0].id, mine.items[1].id, theirs.items[0].id] });
    expect(marked).toEqual({ status: 200, body: { unread: 54 } });
    const after = await feed(operator2);
    expect(after.items.slice(0, 3).map((item) => item.read)).toEqual([true, true, false]);
    expect((await feed(operator1)).unread).toBe(1);
    expect(await operator2.post('/api/notifications/read', {})).toEqual({ status: 200, body: { unread: 0 } });
    expect((await feed(operator2)).items.every((item) => item.read)).toBe(true);
    expect((await operator2.post('/api/notifications/read', { ids: [] })).body).toEqual({ unread: 0 });
  });

  it('refuses anonymous callers and malformed requests with the host’s error shape', async () => {
    const anonymous = new ApiClient(host.url);
    expect(await anonymous.get('/api/notifications')).toEqual({ status: 401, body: { error: { code: 'auth/unauthenticated', message: 'Sign in first.' } } });
    expect((await anonymous.post('/api/notifications/read', {})).status).toBe(401);
    expect((await new ApiClient(host.url, 'forged').post('/api/notifications/read', {})).status).toBe(401);
    for (const body of [{ ids: 'all' }, { ids: [''] }, { ids: [1] }, { all: true }, []]) {
      const response = await operator1.post('/api/notifications/read', body);
      expect(response).toEqual({ status: 400, body: { error: { code: 'request/invalid', message: expect.any(String) } } });
    }
    expect((await operator1.get('/api/notifications?limit=1000')).status).toBe(400);
    expect((await operator1.request('POST', '/api/notifications/read')).status).toBe(200);
  });

  it('refuses notices without a title or with a link that leaves the shell, and skips unknown users', async () => {
    const refused = (notice: object) => expect(host.notifications.notify(notice as never)).rejects.toMatchObject({ code: 'notification/invalid' });
    await refused({ userIds: [operator1.user!.id], title: '   ' });
    await refused({ userIds: [operator1.user!.id], title: 'Hi', link: 'javascript:alert(1)' });
    await refused({ userIds: [operator1.user!.id], title: 'Hi', link: '//evil.example/' });
    await refused({ userIds: [operator1.user!.id], title: 'Hi', link: 'https://evil.example/' });
    await host.notifications.notify({ userIds: ['no-such-user'], groupIds: ['no-such-group'], title: 'Nobody' });
    await host.notifications.notify({ title: 'Nobody at all' });
    const rows = await host.database.kysely.selectFrom('host_notifications').select('user_id').where('title', 'like', 'Nobody%').execute();
    expect(rows).toEqual([]);
    await host.notifications.notify({ userIds: [operator1.user!.id], title: 'x'.repeat(1000), text: 'y'.repeat(10_000), link: '/live-chats?session=s2' });
    const [latest] = (await feed(operator1)).items;
    expect(latest.title).toHaveLength(300);
    expect(latest.text).toHaveLength(4000);
    expect(latest.link).toBe('/live-chats?session=s2');
  });
});
