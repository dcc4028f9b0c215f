/**
 * The Reports page in the browser (issue 5): operators work a few sessions on a frozen clock
 * (through the Web API, Online as they must be), then the supervisor opens Live Chats › Reports,
 * builds the report and reads Operator efficiency and Live chat efficiency as tables and charts,
 * with the values on hover; filters that match nothing show the empty state. Screenshots go to
 * test-results/screenshots/reports-*.png.
 */
import type { Page } from 'playwright-core';
import { ApiClient, newMessageId } from '../support/api';
import { addUsers } from '../support/directory';
import { countOf, expectNamedControls, screenshot, textOf, useBrowserHost } from '../support/browser';
import { describeWith } from '../support/requirements';
import { TestClock } from '../support/test-host';

describeWith('chromium', 'reports in the browser', () => {
  const clock = new TestClock('2026-03-02T09:00:00.000Z');
  const ui = useBrowserHost('reports', { now: clock.now, timezone: 'UTC' });
  let supervisor: Page;
  let lineName = 'Reports desk';

  beforeAll(async () => {
    const api = (login: string) => ApiClient.login(ui.host.url, login);
    const [admin, operator1, operator2] = await Promise.all(['admin', 'operator1', 'operator2'].map(api));
    const groups = await admin.groupIds();
    // A client of their own per session: an employee's next message would resume a closed session.
    const clients = await addUsers(ui.host, 'reports-client', 4, groups.Employees);
    const line = await admin.post('/lines', {
      name: lineName,
      operatorGroupIds: [groups.Operators],
      supervisorGroupIds: [groups.Supervisors],
      internalClientGroupIds: [groups.Employees],
    });
    lineName = line.body.name;
    const work = async (client: ApiClient, operator: ApiClient, start: string, waits: { take: number; reply: number; close: number }) => {
      clock.set(start);
      const sent = await client.post(`/lines/${line.body.id}/messages`, { text: 'Hello, I need help', clientMessageId: newMessageId() });
      const id = sent.body.sessionId as string;
      clock.advance(waits.take * 1000);
      await operator.online();
      expect((await operator.post(`/sessions/${id}/take`)).status).toBe(200);
      clock.advance(waits.reply * 1000);
      expect((await operator.post(`/sessions/${id}/messages`, { text: 'Happy to help', clientMessageId: newMessageId() })).status).toBe(201);
      clock.advance(waits.close * 1000);
      await operator.online();
      expect((await operator.post(`/sessions/${id}/close`)).status).toBe(200);
    };
    // Olivia answers in 60 s and 40 s, Oscar in 3 min and 2 min 30 s; four sessions over three days.
    await work(clients[0], operator1, '2026-03-02T10:00:00.000Z', { take: 30, reply: 30, close: 240 });
    await work(clients[1], operator2, '2026-03-02T11:00:00.000Z', { take: 60, reply: 120, close: 600 });
    await work(clients[2], operator1, '2026-03-03T10:00:00.000Z', { take: 20, reply: 20, close: 300 });
    await work(clients[3], operator2, '2026-03-04T15:00:00.000Z', { take: 90, reply: 60, close: 1200 });
    clock.set('2026-03-05T09:00:00.000Z');
  });

  const table = (page: Page, testId: string) => page.getByTestId(testId);

  it('the supervisor builds the report and reads the tables and the charts', async () => {
    supervisor = await ui.signIn('supervisor');
    await supervisor.getByTestId('menu-live-chats.workspace').click();
    const reports = supervisor.getByRole('button', { name: 'Reports', exact: true });
    await reports.click();
    await supervisor.getByRole('heading', { name: 'Reports', level: 1 }).waitFor();
    expect(await reports.getAttribute('aria-current')).toBe('page');
    await supervisor.getByTestId('reports-intro').waitFor();
    await expectNamedControls(supervisor, 'the Reports page');

    await supervisor.getByLabel('Period from').fill('2026-03-01');
    await supervisor.getByLabel('to', { exact: true }).fill('2026-03-05');
    await supervisor.getByRole('button', { name: 'Build report' }).click();

    const operators = table(supervisor, 'operator-report');
    await countOf(operators.getByTestId('operator-row'), 'operator rows', 2);
    await textOf(operators.getByTestId('operator-row').filter({ hasText: 'Olivia Bennett' }), 'Olivia', /Olivia Bennett\s*50 s\s*1 min\s*5 min 20 s\s*2\s*2/);
    await textOf(operators.getByTestId('operator-row').filter({ hasText: 'Oscar Diaz' }), 'Oscar', /Oscar Diaz\s*2 min 45 s\s*3 min\s*17 min 45 s\s*2\s*2/);
    await countOf(operators.getByTestId('bar'), 'response speed bars', 2);
    // Hovering a bar names its value.
    expect(await operators.getByTestId('bar').first().locator('title').textContent()).toBe('Olivia Bennett: 50 s');
    expect(await operators.getByRole('img', { name: /Response speed per operator/ }).count()).toBe(1);

    const lines = table(supervisor, 'line-report');
    await textOf(lines.getByTestId('line-row'), 'the live chat row', new RegExp(`${lineName}\\s*58 s\\s*4\\s*4`));
    await countOf(lines.getByTestId('bar'), 'processed requests bars (one per day)', 5);
    const titles = await lines.getByTestId('bar').locator('title').allTextContents();
    expect(titles).toEqual(['1 Mar: 0', '2 Mar: 2', '3 Mar: 1', '4 Mar: 1', '5 Mar: 0']);
    await operators.getByTestId('bar').first().hover();
    await screenshot(supervisor, 'reports-01-built');

    await supervisor.getByLabel('Breakdown').selectOption('week');
    await supervisor.getByRole('button', { name: 'Build report' }).click();
    await countOf(lines.getByTestId('bar'), 'processed requests bars (one per week)', 2);
    await lines.getByTestId('bar').nth(1).hover();
    await lines.scrollIntoViewIfNeeded();
    await screenshot(supervisor, 'reports-02-by-week');
  });

  it('shows the empty state when nothing matches the filters, and names a bad period', async () => {
    await supervisor.getByLabel('Period from').fill('2026-01-01');
    await supervisor.getByLabel('to', { exact: true }).fill('2026-01-31');
    await supervisor.getByRole('button', { name: 'Build report' }).click();
    await textOf(supervisor.getByTestId('reports-empty'), 'the empty state', /No data for these filters/);
    await screenshot(supervisor, 'reports-03-empty');

    await supervisor.getByLabel('Period from').fill('2026-02-01');
    await supervisor.getByLabel('to', { exact: true }).fill('2026-01-01');
    await supervisor.getByRole('button', { name: 'Build report' }).click();
    await textOf(supervisor.getByRole('alert'), 'the period problem', /must not end before it starts/);
  });

  it('operators have no Reports item', async () => {
    const operator = await ui.signIn('operator1');
    await operator.getByTestId('menu-live-chats.workspace').click();
    await operator.getByTestId('nav-line').first().waitFor();
    expect(await operator.getByRole('button', { name: 'Reports', exact: true }).count()).toBe(0);
  });
});
