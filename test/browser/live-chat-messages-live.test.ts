/**
 * Issue 6, the Live Chat Messages widget's live list in Chromium: a reader keeps two widgets open
 * on a contact (By account, By app item, mounted as a form would, through `context`) while the
 * client writes to another live chat, an operator binds that session to the contact and closes
 * the first one: each list follows without a reload, with one list request per change.
 * Screenshot: test-results/screenshots/live-chat-messages-live.png.
 */
import type { Page } from 'playwright-core';
import { ApiClient, newMessageId } from '../support/api';
import { addGroup } from '../support/directory';
import { countOf, screenshot, textOf, useBrowserHost } from '../support/browser';
import { describeWith } from '../support/requirements';
import { mountContactWidgets } from '../support/widget-page';

describeWith('chromium', 'Live Chat Messages widget, live list, in the browser', () => {
  const ui = useBrowserHost('live-chat-messages-live');
  let operator1: ApiClient;
  let employee1: ApiClient;
  let sales = '';
  let billing = '';
  let first = '';
  let northwind = '';

  beforeAll(async () => {
    const [admin, operator, employee, reader] = await ApiClient.loginAll(ui.host.url, ['admin', 'operator1', 'employee1', 'employee2']);
    [operator1, employee1] = [operator, employee];
    await operator1.online();
    const groups = await admin.groupIds();
    const readers = await addGroup(ui.host, 'Contact readers', [reader.user!.id]);
    const body = { operatorGroupIds: [groups.Operators], supervisorGroupIds: [groups.Supervisors], internalClientGroupIds: [groups.Employees], accountAppCode: 'contacts', readerGroupIds: [readers] };
    sales = (await admin.post('/lines', { name: 'Sales', ...body })).body.id;
    billing = (await admin.post('/lines', { name: 'Billing', ...body })).body.id;
    first = (await employee1.post(`/lines/${sales}/messages`, { text: 'My order has not arrived', clientMessageId: newMessageId() })).body.sessionId;
    expect((await operator1.post(`/sessions/${first}/take`)).status).toBe(200);
    northwind = (await operator1.get('/apps/contacts/items?search=Northwind')).body[0].id;
    expect((await operator1.post(`/sessions/${first}/items`, { appCode: 'contacts', itemId: northwind })).status).toBe(200);
  });

  const sessionsIn = (page: Page, index: number) => page.locator('live-chat-messages').nth(index).getByRole('option');

  it('shows a reader a new session of the client, a binding and a closing as they happen', async () => {
    const page = await ui.signIn('employee2');
    const listRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/widget/sessions')) listRequests.push(request.url());
    });
    await mountContactWidgets(page, northwind, [['By account', { showHistory: 'account' }], ['By app item', { showHistory: 'item' }]]);
    await page.evaluate(() => Object.assign(window, { notReloaded: true }));
    await countOf(sessionsIn(page, 0), 'sessions by account', 1);
    await countOf(sessionsIn(page, 1), 'sessions by item', 1);
    const requestsAtStart = listRequests.length;

    // The client writes to another live chat: a new session of theirs, listed by account.
    const second = (await employee1.post(`/lines/${billing}/messages`, { text: 'Where is my invoice?', clientMessageId: newMessageId() })).body.sessionId as string;
    await countOf(sessionsIn(page, 0), 'the new session by account', 2);
    await textOf(sessionsIn(page, 0).first(), 'the newest session first', /Billing · in the queue/);
    expect(await sessionsIn(page, 1).count()).toBe(1);

    // The operator takes it and binds it to the contact: listed by item too.
    expect((await operator1.post(`/sessions/${second}/take`)).status).toBe(200);
    expect((await operator1.post(`/sessions/${second}/items`, { appCode: 'contacts', itemId: northwind })).status).toBe(200);
    await countOf(sessionsIn(page, 1), 'the bound session by item', 2);
    await textOf(sessionsIn(page, 0).first(), 'the taken session', /Billing · Olivia/);
    await screenshot(page, 'live-chat-messages-live');

    // Closing the first one takes it off both lists.
    expect((await operator1.post(`/sessions/${first}/close`)).status).toBe(200);
    await countOf(sessionsIn(page, 0), 'the active sessions by account', 1);
    await countOf(sessionsIn(page, 1), 'the active sessions by item', 1);

    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    // Four changes, each published on several topics, in two widgets: a reload per change and widget, not per hint.
    expect(listRequests.length - requestsAtStart).toBeLessThanOrEqual(2 * 4 + 2);
  });
});
