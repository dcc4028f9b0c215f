/**
 * The first conversation, as people would have it, each in their own browser: an administrator
 * creates the live chat "Sales" and lets Employees write to it; an employee writes from Messages;
 * two operators watching the queue see the session arrive without a reload, one takes it, the
 * other (on a stale tab) is told clearly that it is gone; operator and employee talk live; the
 * operator closes the session and the employee's next message resumes it; after a host restart
 * on the same data everything is still there. Screenshots of every step go to
 * test-results/screenshots/ (first-conversation-*.png).
 */
import type { Locator, Page } from 'playwright-core';
import { countOf, expectNamedControls, goOnline, screenshot, textOf, useBrowserHost } from '../support/browser';
import { describeWith } from '../support/requirements';

/** Where an internal client writes to a live chat (POST /lines/:id/messages). */
const WRITE_URL = /\/api\/extensions\/live-chats\/v1\/lines\/[^/]+\/messages$/;

describeWith('chromium', 'first conversation in the browser', () => {
  const ui = useBrowserHost('browser');

  let admin: Page;
  let employee: Page;
  let operator1: Page;
  let operator2: Page;
  let sessionId = '';

  /** Opens Live Chats › <line> › <item> from the menus, as an operator would. */
  async function openDeskItem(page: Page, line: string, item: 'Queue' | 'My sessions' | 'Closed sessions'): Promise<void> {
    await page.getByTestId('menu-live-chats.workspace').click();
    const nav = page.getByTestId('nav-line').filter({ hasText: line });
    await nav.getByRole('button', { name: item }).click();
    await page.getByRole('heading', { name: item, exact: true }).waitFor();
  }

  /**
   * Makes the next write to a live chat fail once: either before it reaches the server, or after
   * the server stored it (the answer is lost). Returns the clientMessageId of every attempt.
   */
  async function failFirstWrite(page: Page, how: 'no-connection' | 'lost-answer'): Promise<string[]> {
    const attempts: string[] = [];
    await page.route(WRITE_URL, async (route) => {
      attempts.push((JSON.parse(route.request().postData() ?? '{}') as { clientMessageId?: string }).clientMessageId ?? '');
      if (attempts.length > 1) return route.continue();
      if (how === 'lost-answer') await route.fetch();
      return route.abort(how === 'lost-answer' ? 'connectionreset' : 'internetdisconnected');
    });
    return attempts;
  }

  const messages = (page: Page, text: string): Locator => page.getByTestId('message').filter({ hasText: text });
  const queueItems = (page: Page): Locator => page.getByTestId('session-item');
  const queueCount = (page: Page, line: string): Locator =>
    page.getByTestId('nav-line').filter({ hasText: line }).getByTestId('queue-count');

  it('(1) shows a clean sign-in page and refuses wrong credentials', async () => {
    const page = ui.watch(await (await ui.openContext()).newPage(), 'anonymous');
    await page.goto(`${ui.host.url}/`);
    await page.locator('#login').waitFor();
    await page.locator('#password').waitFor();
    await screenshot(page, 'first-conversation-01-sign-in');
    await expectNamedControls(page, 'the sign-in page');
    await page.getByLabel('Login').fill('admin');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await textOf(page.getByRole('alert'), 'the sign-in error', /wrong login or password/i);
    await screenshot(page, 'first-conversation-01-sign-in-error');
  });

  it('(2) an administrator creates the live chat Sales and lets Employees write to it', async () => {
    admin = await ui.signIn('admin');
    await admin.getByTestId('menu-live-chats.administration').click();
    await admin.getByRole('heading', { name: 'Live chats' }).waitFor();
    await admin.getByTestId('line-row').filter({ hasText: 'Support' }).waitFor();

    await admin.getByRole('button', { name: '+Live Chat' }).click();
    const dialog = admin.getByTestId('line-create-dialog');
    const save = dialog.getByRole('button', { name: 'Save' });
    await dialog.getByLabel('Name').fill('Sales');
    expect(await save.isDisabled()).toBe(true);
    await dialog.getByRole('combobox', { name: 'Operators' }).click();
    await dialog.getByRole('option', { name: 'Operators' }).click();
    expect(await save.isDisabled()).toBe(true);
    await dialog.getByRole('combobox', { name: 'Supervisors' }).click();
    await dialog.getByRole('option', { name: 'Supervisors' }).click();
    await screenshot(admin, 'first-conversation-02-new-live-chat');
    await expectNamedControls(admin, 'the +Live Chat dialog');
    expect(await save.isDisabled()).toBe(false);
    await save.click();

    // The settings of the new live chat open, with its internal channel.
    await admin.getByRole('heading', { name: 'Sales', level: 1 }).waitFor();
    await admin.getByRole('tab', { name: 'Settings' }).waitFor();
    await admin.getByText('Internal channel Sales').waitFor();
    expect(await admin.getByRole('checkbox', { name: 'Show' }).count()).toBe(0);
    await screenshot(admin, 'first-conversation-02-settings');

    await admin.getByRole('combobox', { name: 'Internal' }).click();
    await admin.getByRole('option', { name: 'Employees' }).click();
    await admin.getByRole('checkbox', { name: 'Show' }).waitFor();
    await admin.getByRole('button', { name: 'Save' }).click();
    await admin.getByText('Settings saved').waitFor();
    await screenshot(admin, 'first-conversation-02-settings-saved');
    await expectNamedControls(admin, 'the settings of a live chat');

    await admin.getByRole('button', { name: '← All live chats' }).click();
    await textOf(admin.getByTestId('line-row').filter({ hasText: 'Sales' }), 'the Sales row', /Sales.*Operators.*Supervisors.*Employees/s);
    await screenshot(admin, 'first-conversation-02-live-chats');
    await expectNamedControls(admin, 'Administration › Live Chats');
  });

  it('(2) deleting a live chat asks first and says what it does', async () => {
    await admin.getByRole('button', { name: '+Live Chat' }).click();
    const dialog = admin.getByTestId('line-create-dialog');
    await dialog.getByLabel('Name').fill('Old chat');
    // The pickers work from the keyboard too.
    await dialog.getByRole('combobox', { name: 'Operators' }).fill('oper');
    await dialog.getByRole('combobox', { name: 'Operators' }).press('Enter');
    await dialog.getByRole('combobox', { name: 'Supervisors' }).press('ArrowDown');
    await dialog.getByRole('combobox', { name: 'Supervisors' }).fill('superv');
    await dialog.getByRole('combobox', { name: 'Supervisors' }).press('Enter');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await admin.getByRole('heading', { name: 'Old chat', level: 1 }).waitFor();
    await admin.getByRole('button', { name: 'Delete live chat' }).click();
    const confirm = admin.getByRole('dialog', { name: 'Delete the live chat "Old chat"?' });
    await textOf(confirm, 'the confirmation', /"Old chat" will be deleted\. Its sessions are closed and deleted; this cannot be undone\./);
    await screenshot(admin, 'first-conversation-02-delete-confirmation');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await admin.getByRole('heading', { name: 'Live chats' }).waitFor();
    await countOf(admin.getByTestId('line-row').filter({ hasText: 'Old chat' }), 'rows of the deleted live chat', 0);
    await countOf(admin.getByTestId('line-row'), 'live chats', 2);
  });

  it('(3, 4) an employee writes from Messages; both operators see it arrive in the queue live', async () => {
    // The operators are on the Sales queue before anyone writes.
    operator1 = await ui.signIn('operator1');
    operator2 = await ui.signIn('operator2');
    await Promise.all([goOnline(operator1), goOnline(operator2)]);
    for (const page of [operator1, operator2]) {
      await openDeskItem(page, 'Sales', 'Queue');
      await page.getByTestId('session-list-empty').waitFor();
      expect(await queueCount(page, 'Sales').count()).toBe(0);
    }
    await screenshot(operator1, 'first-conversation-04-operator1-empty-queue');

    employee = await ui.signIn('employee1');
    await employee.getByTestId('menu-live-chats.messages').click();
    await employee.getByRole('button', { name: 'Sales' }).click();
    await employee.getByRole('heading', { name: 'Sales' }).waitFor();
    await screenshot(employee, 'first-conversation-03-employee-messages');
    // The first attempt reaches the server but its answer is lost: the browser sends again with
    // the same clientMessageId, and the server keeps one message in one session.
    const attempts = await failFirstWrite(employee, 'lost-answer');
    await employee.getByRole('textbox', { name: 'Message' }).fill('Hello, I need help');
    await employee.getByRole('button', { name: 'Send' }).click();
    await messages(employee, 'Hello, I need help').waitFor();
    await countOf(employee.getByTestId('pending-message'), 'messages still sending', 0);
    await employee.unroute(WRITE_URL);
    expect(attempts).toHaveLength(2);
    expect(attempts[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(attempts[1]).toBe(attempts[0]);
    await countOf(messages(employee, 'Hello, I need help'), '"Hello, I need help" shown to the employee', 1);
    await textOf(employee.getByTestId('conversation-status'), 'the conversation status', /waiting for an operator/i);
    await screenshot(employee, 'first-conversation-03-employee-wrote');
    await expectNamedControls(employee, 'Messages');

    // No reload: the session and the counter arrive through the realtime hub.
    for (const page of [operator1, operator2]) {
      await countOf(queueItems(page), 'sessions in the queue', 1);
      await textOf(queueCount(page, 'Sales'), 'the Sales queue counter', /^1$/);
      await queueItems(page).getByText('New').waitFor();
    }
    sessionId = (await queueItems(operator1).getAttribute('data-session-id')) ?? '';
    expect(sessionId).not.toBe('');
    await screenshot(operator1, 'first-conversation-04-operator1-queue');
  });

  it('(4) operator1 starts work; the session leaves operator2\'s queue; operator2\'s stale tab is told', async () => {
    // A second tab of operator2 whose realtime connection is dead: it keeps showing the session as waiting.
    const stale = ui.watch(await operator2.context().newPage(), 'operator2 (stale tab)');
    await stale.routeWebSocket(/\/ws$/, () => undefined);
    await stale.goto(`${ui.host.url}/`);
    await openDeskItem(stale, 'Sales', 'Queue');
    await queueItems(stale).first().click();
    await stale.getByRole('button', { name: 'Start work' }).waitFor();

    await queueItems(operator1).first().click();
    await operator1.getByTestId('session-title').waitFor();
    await textOf(operator1.getByTestId('composer-reason'), 'why operator1 cannot reply yet', /Press Start work to reply/);
    await messages(operator1, 'Hello, I need help').waitFor();
    await screenshot(operator1, 'first-conversation-04-operator1-session');
    await expectNamedControls(operator1, 'the session page');
    await operator1.getByRole('button', { name: 'Start work' }).click();
    await operator1.getByRole('button', { name: 'Close session' }).waitFor();
    await textOf(operator1.getByTestId('session-state'), 'the session state', /^Assigned to operator$/);
    await textOf(operator1.getByTestId('session-operator'), 'the operator', /Olivia Bennett/);
    await operator1.getByRole('heading', { name: 'My sessions', exact: true }).waitFor();
    await screenshot(operator1, 'first-conversation-04-operator1-started-work');

    await countOf(queueItems(operator2), 'sessions in operator2\'s queue', 0);
    await countOf(queueCount(operator2, 'Sales'), 'the Sales queue counter of operator2', 0);
    await screenshot(operator2, 'first-conversation-04-operator2-queue-emptied');

    await stale.getByRole('button', { name: 'Start work' }).click();
    const notice = await textOf(stale.getByTestId('notice'), 'the lost-race notice', /\w/);
    expect(notice).toMatch(/no longer|already|taken|someone else/i);
    await countOf(stale.getByRole('button', { name: 'Start work' }), 'Start work buttons on the stale tab', 0);
    await screenshot(stale, 'first-conversation-04-operator2-lost-the-race');
    await stale.close();
  });

  it('(5) operator and employee talk live; closing and writing again resumes the same session', async () => {
    await operator1.getByRole('textbox', { name: 'Message' }).fill('Hi! This is Olivia. How can I help?');
    await operator1.getByRole('button', { name: 'Send' }).click();
    await messages(operator1, 'This is Olivia').waitFor();
    await messages(employee, 'This is Olivia').waitFor();
    expect(await messages(employee, 'This is Olivia').getAttribute('data-side')).toBe('theirs');
    await textOf(employee.getByTestId('conversation-status'), 'the conversation status', /Olivia Bennett is answering/);

    await employee.getByRole('textbox', { name: 'Message' }).fill('My order #1042 has not arrived');
    await employee.getByRole('textbox', { name: 'Message' }).press('Control+Enter');
    await messages(operator1, 'My order #1042').waitFor();
    expect(await messages(operator1, 'My order #1042').getAttribute('data-side')).toBe('theirs');
    await screenshot(employee, 'first-conversation-05-employee-conversation');
    await screenshot(operator1, 'first-conversation-05-operator1-conversation');

    // Away from the session, the client's next message shows as unread; opening the session reads it.
    await openDeskItem(operator1, 'Sales', 'Queue');
    await employee.getByRole('textbox', { name: 'Message' }).fill('Are you still there?');
    await employee.getByRole('textbox', { name: 'Message' }).press('Control+Enter');
    const unreadCount = operator1.getByTestId('nav-line').filter({ hasText: 'Sales' }).getByTestId('mine-count');
    await textOf(unreadCount, 'the unread counter of My sessions', /^1$/);
    await operator1.getByTestId('nav-line').filter({ hasText: 'Sales' }).getByRole('button', { name: 'My sessions' }).click();
    await textOf(queueItems(operator1).getByTestId('unread'), 'the unread badge of the session', /^1$/);
    await screenshot(operator1, 'first-conversation-05-operator1-unread');
    await queueItems(operator1).first().click();
    await messages(operator1, 'Are you still there?').waitFor();
    await countOf(unreadCount, 'the unread counter after reading', 0);
    await countOf(queueItems(operator1).getByTestId('unread'), 'unread badges after reading', 0);

    await operator1.getByRole('button', { name: 'Close session' }).click();
    await textOf(operator1.getByTestId('session-state'), 'the session state', /^Closed$/);
    await textOf(operator1.getByTestId('composer-reason'), 'why the composer is disabled', /closed/i);
    await operator1.getByTestId('session-list-empty').waitFor();
    await textOf(employee.getByTestId('conversation-status'), 'the conversation status', /closed/i);
    await screenshot(operator1, 'first-conversation-05-operator1-closed');

    // The network drops the first attempt: the browser sends again by itself, with the same clientMessageId.
    const attempts = await failFirstWrite(employee, 'no-connection');
    await employee.getByRole('textbox', { name: 'Message' }).fill('Sorry, one more question');
    await employee.getByRole('button', { name: 'Send' }).click();
    await messages(employee, 'one more question').waitFor();
    await countOf(employee.getByTestId('pending-message'), 'messages still sending', 0);
    await employee.unroute(WRITE_URL);
    expect(attempts).toHaveLength(2);
    expect(attempts[1]).toBe(attempts[0]);
    await countOf(messages(employee, 'one more question'), '"one more question" shown to the employee', 1);
    // The same conversation goes on: the history is still there, and it is back in the queue.
    for (const text of ['Hello, I need help', 'This is Olivia', 'My order #1042', 'Are you still there?']) await countOf(messages(employee, text), `"${text}" shown to the employee`, 1);
    await textOf(employee.getByTestId('conversation-status'), 'the conversation status', /waiting for an operator/i);
    await countOf(queueItems(operator2), 'sessions in operator2\'s queue', 1);
    expect(await queueItems(operator2).getAttribute('data-session-id')).toBe(sessionId);
    await textOf(queueCount(operator2, 'Sales'), 'the Sales queue counter of operator2', /^1$/);
    await screenshot(employee, 'first-conversation-05-employee-resumed');
    await screenshot(operator2, 'first-conversation-05-operator2-queue-resumed');
  });

  it('(6) after a restart on the same data the live chat, the session and every message are there', async () => {
    await ui.closeContexts();
    await ui.restartHost();

    const adminAgain = await ui.signIn('admin');
    await adminAgain.getByTestId('menu-live-chats.administration').click();
    await textOf(adminAgain.getByTestId('line-row').filter({ hasText: 'Sales' }), 'the Sales row', /Employees/);
    await screenshot(adminAgain, 'first-conversation-06-admin-after-restart');

    const operator = await ui.signIn('operator1');
    await goOnline(operator);
    await openDeskItem(operator, 'Sales', 'Queue');
    await countOf(queueItems(operator), 'sessions in the queue', 1);
    expect(await queueItems(operator).getAttribute('data-session-id')).toBe(sessionId);
    await queueItems(operator).click();
    for (const text of ['Hello, I need help', 'This is Olivia', 'My order #1042', 'one more question']) {
      await countOf(messages(operator, text), `"${text}" after the restart`, 1);
    }
    await screenshot(operator, 'first-conversation-06-operator1-after-restart');

    const client = await ui.signIn('employee1');
    await client.getByTestId('menu-live-chats.messages').click();
    await client.getByRole('button', { name: 'Sales' }).click();
    for (const text of ['Hello, I need help', 'This is Olivia', 'My order #1042', 'one more question']) {
      await countOf(messages(client, text), `"${text}" shown to the employee after the restart`, 1);
    }
    await screenshot(client, 'first-conversation-06-employee-after-restart');
  });
});
