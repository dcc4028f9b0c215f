/**
 * Issue 6 from end to end, as people would do it in their browsers: an employee writes to Support
 * from Messages; an operator takes the session and binds it to the contact "Northwind Traders"
 * and to an appeal from About the session (+Bind); on the contact's page the Live Chat Messages
 * widget ("By account") shows the conversation, a new message of the employee arrives live, and
 * the operator's reply from the widget reaches the employee; the appeal's widget ("By app item")
 * lists the session; a reader of Support reads it without a composer (and the API refuses their
 * reply); an employee without read access is told so and gets 403 from the API.
 * Screenshots: test-results/screenshots/widget-story-*.png.
 */
import type { Locator, Page } from 'playwright-core';
import { ApiClient, newMessageId } from '../support/api';
import { countOf, expectNoSeriousA11yViolations, goOnline, screenshot, textOf, until, useBrowserHost } from '../support/browser';
import { addUsers } from '../support/directory';
import { describeWith } from '../support/requirements';

const CONTACT = 'Northwind Traders';
const APPEAL = 'Invoice 1042 shows the wrong VAT';

describeWith('chromium', 'the Live Chat Messages widget, from a live chat to a contact\u2019s page', () => {
  const ui = useBrowserHost('widget-story');
  let admin: ApiClient;
  let supportId = '';
  let sessionId = '';
  let contactId = '';
  let appealId = '';
  let employee: Page;
  let operator: Page;

  beforeAll(async () => {
    // Support binds Contacts as its clients' records and Appeals as requests (Settings › Apps).
    admin = await ApiClient.login(ui.host.url, 'admin');
    supportId = (await admin.get<{ id: string; name: string }[]>('/lines')).body.find((line) => line.name === 'Support')!.id;
    expect((await admin.patch(`/lines/${supportId}`, { accountAppCode: 'contacts', requestAppCodes: ['appeals'] })).status).toBe(200);
    contactId = (await ui.host.apps.searchItems('contacts', CONTACT))[0]!.id;
    appealId = (await ui.host.apps.searchItems('appeals', APPEAL))[0]!.id;
  });

  const widget = (page: Page): Locator => page.locator('live-chat-messages');
  const widgetMessages = (page: Page): Locator => widget(page).locator('[part~="message"]');
  const employeeMessage = (text: string): Locator => employee.getByTestId('message').filter({ hasText: text });
  const itemUrl = (app: string, itemId: string): string => `${ui.host.url}/#/host.apps?app=${app}&item=${itemId}`;

  async function write(text: string): Promise<void> {
    await employee.getByRole('textbox', { name: 'Message' }).fill(text);
    await employee.getByRole('button', { name: 'Send' }).click();
    await employeeMessage(text).waitFor();
  }

  /** Binds an existing item of the app, found by name, from About the session. */
  async function bind(appName: string, search: string, itemName: string): Promise<void> {
    const block = operator.getByTestId('session-items').filter({ has: operator.getByRole('button', { name: `Bind ${appName}` }) });
    await block.getByRole('button', { name: `Bind ${appName}` }).click();
    const dialog = operator.getByTestId('item-bind-dialog');
    await dialog.getByRole('searchbox', { name: 'Find an item' }).fill(search);
    await countOf(dialog.getByTestId('item-choice'), `${appName} items matching "${search}"`, 1);
    await dialog.getByTestId('item-choice').filter({ hasText: itemName }).click();
    await dialog.getByRole('button', { name: 'Bind' }).click();
    await textOf(block.getByTestId('bound-item'), `the bound ${appName} item`, new RegExp(itemName));
  }

  it('01 an employee writes to Support from Messages', async () => {
    employee = await ui.signIn('employee1');
    await employee.getByTestId('menu-live-chats.messages').click();
    await employee.getByRole('button', { name: 'Support', exact: true }).click();
    await write('My order 5531 has not arrived');
    await screenshot(employee, 'widget-story-01-employee-wrote');
  });

  it('02 the operator takes the session and binds it to the contact and to an appeal from About the session', async () => {
    operator = await ui.signIn('operator1');
    await goOnline(operator);
    await operator.getByTestId('menu-live-chats.workspace').click();
    await operator.getByTestId('nav-line').filter({ hasText: 'Support' }).getByRole('button', { name: 'Queue' }).click();
    const queued = operator.getByTestId('session-item');
    await countOf(queued, 'sessions in the queue', 1);
    sessionId = (await queued.first().getAttribute('data-session-id')) ?? '';
    expect(sessionId).not.toBe('');
    await queued.first().click();
    await operator.getByRole('button', { name: 'Start work' }).click();
    await operator.getByRole('button', { name: 'Close session' }).waitFor();

    await bind('Contacts', 'North', CONTACT);
    await bind('Appeals', 'VAT', APPEAL);
    await screenshot(operator, 'widget-story-02-bound');
    // The contact now carries the employee's account: that is how "By account" finds her sessions.
    const contact = (await ui.host.apps.searchItems('contacts', CONTACT))[0]!;
    expect(contact.data.account).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'internal' })]));
  });

  it('03 on the contact\u2019s page the widget shows the conversation, live, and the operator replies from it', async () => {
    await operator.getByTestId('menu-host.apps').click();
    await operator.getByRole('link', { name: 'Contacts' }).click();
    await operator.getByRole('link', { name: CONTACT }).click();
    await operator.getByRole('heading', { name: CONTACT, level: 1 }).waitFor();
    await countOf(widget(operator).getByRole('option'), 'sessions in the contact\u2019s widget', 1);
    await textOf(widget(operator).getByRole('option'), 'the listed session', /Support · Olivia Bennett/);
    await textOf(widgetMessages(operator).last(), 'the employee\u2019s message', /My order 5531 has not arrived/);

    // The employee writes again: it arrives in the widget without a reload.
    await write('The tracking page says it is lost');
    await textOf(widgetMessages(operator).last(), 'the live message', /The tracking page says it is lost/);
    // Read where it arrived, by the session's operator: nothing is left unread in the workspace.
    const operatorApi = await ApiClient.login(ui.host.url, 'operator1');
    await until('the message to count as read', async () => (await operatorApi.get<{ unread: number }>('/me/counters')).body.unread, (unread) => unread === 0);
    await countOf(operator.getByTestId('menu-badge'), 'badges on the Live Chats entry', 0);
    await screenshot(operator, 'widget-story-03-contact-live');

    const reply = widget(operator).getByRole('textbox', { name: 'Reply to Emma Fischer' });
    await reply.fill('I am sorry: a replacement leaves today.');
    await reply.press('Enter');
    await textOf(widgetMessages(operator).last(), 'the reply in the widget', /a replacement leaves today/);
    await employeeMessage('a replacement leaves today').waitFor();
    expect(await employeeMessage('a replacement leaves today').getAttribute('data-side')).toBe('theirs');
    await screenshot(operator, 'widget-story-03-contact-replied');
    await screenshot(employee, 'widget-story-03-employee-got-reply');
    await expectNoSeriousA11yViolations(operator, 'the operator\u2019s contact page');
  });

  it('04 the appeal\u2019s widget ("By app item") lists the session bound to it', async () => {
    await operator.goto(itemUrl('appeals', appealId));
    await operator.getByRole('heading', { name: APPEAL, level: 1 }).waitFor();
    await countOf(widget(operator).getByRole('option'), 'sessions bound to the appeal', 1);
    await textOf(widgetMessages(operator).last(), 'the conversation on the appeal', /a replacement leaves today/);
    await screenshot(operator, 'widget-story-04-appeal');
    // An appeal nobody bound shows none, and says where they are.
    const other = (await ui.host.apps.searchItems('appeals', 'Seattle'))[0]!;
    await operator.goto(itemUrl('appeals', other.id));
    await textOf(widget(operator).getByRole('status').first(), 'the empty widget', /No active conversations/);
  });

  it('05 a reader of Support reads the conversation on the contact\u2019s page, without a composer', async () => {
    const groups = await admin.groupIds();
    const [reader] = await addUsers(ui.host, 'reader', 1, groups.Employees!);
    const group = await admin.post<{ id: string }>('/groups', { name: 'Support readers', memberIds: [reader!.user!.id] });
    expect(group.status).toBe(201);
    expect((await admin.patch(`/lines/${supportId}`, { readerGroupIds: [group.body.id] })).status).toBe(200);

    const page = await ui.signIn('reader-0');
    await page.goto(itemUrl('contacts', contactId));
    await page.getByRole('heading', { name: CONTACT, level: 1 }).waitFor();
    await countOf(widget(page).getByRole('option'), 'sessions the reader reads', 1);
    await textOf(widgetMessages(page).last(), 'the conversation for the reader', /a replacement leaves today/);
    await textOf(widget(page).locator('[part="read-only-note"]'), 'the read-only note', /^Read-only/);
    expect(await widget(page).getByRole('textbox').count()).toBe(0);
    await screenshot(page, 'widget-story-05-reader');
    await expectNoSeriousA11yViolations(page, 'the reader\u2019s contact page');
    // Nor can they reply through the API.
    const refused = await reader!.post(`/sessions/${sessionId}/messages`, { text: 'Hello from a reader', clientMessageId: newMessageId() });
    expect(refused.status).toBe(403);
  });

  it('06 an employee without read access sees no conversation, is told why, and the API answers 403', async () => {
    const page = await ui.signIn('employee2');
    await page.goto(itemUrl('contacts', contactId));
    await page.getByRole('heading', { name: CONTACT, level: 1 }).waitFor();
    await textOf(widget(page).getByRole('status'), 'the refusal', /Conversations are not shown here.*no read access/s);
    expect(await widget(page).getByRole('switch', { name: 'Archive' }).count()).toBe(0);
    expect(await widget(page).getByRole('option').count()).toBe(0);
    expect(await widgetMessages(page).count()).toBe(0);
    await screenshot(page, 'widget-story-06-no-access');
    await expectNoSeriousA11yViolations(page, 'the contact page without read access');

    const outsider = await ApiClient.login(ui.host.url, 'employee2');
    const answers = {
      widget: (await outsider.get(`/widget/sessions?appCode=contacts&itemId=${contactId}&showHistory=account&accountField=account`)).status,
      transcript: (await outsider.get(`/sessions/${sessionId}/transcript`)).status,
      messages: (await outsider.get(`/sessions/${sessionId}/messages`)).status,
      reply: (await outsider.post(`/sessions/${sessionId}/messages`, { text: 'Let me in', clientMessageId: newMessageId() })).status,
    };
    expect(answers).toEqual({ widget: 403, transcript: 403, messages: 403, reply: 403 });
    // Nothing they tried reached the conversation.
    const staff = await ApiClient.login(ui.host.url, 'operator1');
    const transcript = await staff.get<{ items: { text?: string }[] }>(`/sessions/${sessionId}/transcript`);
    expect(transcript.status).toBe(200);
    expect(transcript.body.items.map((message) => message.text).filter((text) => /reader|Let me in/.test(text ?? ''))).toEqual([]);
  });
});
