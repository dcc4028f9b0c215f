/**
 * Issue 4, "routing", as people would do it in their browsers, with the host's clock frozen at
 * 13:30 in Berlin (after lunch): an administrator builds two rules on the Routing tab of Support
 * — "After lunch" (Time after 13:00 → least occupied operator of Operators) and "Invoice" (Message
 * text contains "invoice" → Oscar Diaz, Priority High, an auto-reply) — and drags "Invoice" to the
 * top; operators and the supervisor go Online; an employee asking about an invoice lands with
 * Oscar, another one saying hello with the least occupied operator; the supervisor reassigns that
 * session, the new operator sees it arrive and gets a #feed notice; she goes Offline and the page
 * tells her what that means: her working controls are off, each saying to go Online, until she
 * does. Screenshots go to test-results/screenshots/routing-*.png.
 */
import type { Locator, Page } from 'playwright-core';
import { countOf, expectNamedControls, goOnline, screenshot, textOf, until, useBrowserHost } from '../support/browser';
import { describeWith } from '../support/requirements';
import { TestClock } from '../support/test-host';

const REPLY = 'Hello {$client.name}, we are looking into your invoice.';
const INVOICE_APPLIED = 'Routing rule "Invoice" applied: the session is for Oscar Diaz.';
const INVOICE_ASSIGNED = 'The session was assigned to Oscar Diaz.';
const LUNCH_APPLIED = 'Routing rule "After lunch" applied: the session is for the least occupied Online operator of Operators.';
const LUNCH_ASSIGNED = 'The session was assigned to Nora Quinn, the least occupied Online operator of the group.';

describeWith('chromium', 'routing in the browser', () => {
  // 12:30 UTC is 13:30 in Berlin on 2 March (CET): after lunch.
  const clock = new TestClock('2026-03-02T12:30:00.000Z');
  const ui = useBrowserHost('routing', { now: clock.now, timezone: 'Europe/Berlin' });

  let admin: Page;
  let operator1: Page;
  let operator2: Page;
  let operator3: Page;
  let supervisor: Page;
  let employee1: Page;
  let employee2: Page;

  const ruleRows = (page: Page): Locator => page.getByTestId('rule-row');
  const ruleNames = async (page: Page): Promise<string[]> => (await ruleRows(page).locator('.rule-name').allTextContents()).map((name) => name.trim());
  const messages = (page: Page, text: string): Locator => page.getByTestId('message').filter({ hasText: text });
  const sessionItems = (page: Page): Locator => page.getByTestId('session-item');

  async function openSupportRouting(page: Page): Promise<void> {
    await page.getByTestId('menu-live-chats.administration').click();
    await page.getByTestId('line-row').filter({ hasText: 'Support' }).getByRole('button', { name: 'Support', exact: true }).click();
    await page.getByRole('heading', { name: 'Support', level: 1 }).waitFor();
    await page.getByRole('tab', { name: 'Routing' }).click();
    await page.getByTestId('routing-rules').waitFor();
  }

  /** Opens Live Chats › Support › <item>, as staff would. */
  async function openDeskItem(page: Page, item: 'Active sessions' | 'Queue' | 'My sessions'): Promise<void> {
    await page.getByTestId('menu-live-chats.workspace').click();
    await page.getByTestId('nav-line').filter({ hasText: 'Support' }).getByRole('button', { name: item }).click();
    await page.getByRole('heading', { name: item, exact: true }).waitFor();
  }

  async function writeToSupport(page: Page, text: string): Promise<void> {
    await page.getByTestId('menu-live-chats.messages').click();
    await page.getByRole('button', { name: 'Support', exact: true }).click();
    await page.getByRole('textbox', { name: 'Message' }).fill(text);
    await page.getByRole('button', { name: 'Send' }).click();
    await messages(page, text).waitFor();
    await countOf(page.getByTestId('pending-message'), 'messages still sending', 0);
  }

  /** Picks an entry of a rule's "…" menu. */
  async function ruleMenu(page: Page, rule: string, entry: 'Move up' | 'Move down'): Promise<void> {
    await page.getByRole('button', { name: `Actions: ${rule}` }).click();
    await page.getByRole('menuitem', { name: new RegExp(`^${entry}`) }).click();
  }

  it('the administrator builds "After lunch" and "Invoice" on the Routing tab and drags "Invoice" to the top', async () => {
    admin = await ui.signIn('admin');
    await openSupportRouting(admin);
    await admin.getByTestId('no-rules').waitFor();
    await textOf(admin.getByTestId('default-rule'), 'the Default rule', /Default rule.*common queue/s);

    const dialog = admin.getByTestId('rule-dialog');
    const save = dialog.getByRole('button', { name: 'Save', exact: true });

    // "After lunch": Time after 13:00 → the least occupied operator of Operators.
    await admin.getByTestId('routing-rules').getByRole('button', { name: '+Rule', exact: true }).first().click();
    await dialog.getByRole('heading', { name: 'New rule' }).waitFor();
    await dialog.getByLabel('Rule name').fill('After lunch');
    expect(await save.isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: '+Add condition' }).click();
    await dialog.getByLabel('Attribute of condition 1').selectOption({ label: 'Time' });
    await dialog.getByLabel('Operator of condition 1').selectOption({ label: 'after' });
    await dialog.getByLabel('Value of condition 1').fill('13:00');
    await dialog.getByRole('combobox', { name: 'Action' }).selectOption({ label: 'Assign to least occupied operator in a group' });
    await textOf(dialog.getByTestId('rule-problems'), 'what is still missing', /group/i);
    await dialog.getByLabel('Operator group').selectOption({ label: 'Operators' });
    await countOf(dialog.getByTestId('rule-problems'), 'problems of the rule', 0);
    await save.click();
    await countOf(ruleRows(admin), 'rules', 1);
    await textOf(ruleRows(admin).getByTestId('rule-conditions'), 'the conditions of "After lunch"', /Time.*after.*13:00/);
    await textOf(ruleRows(admin).getByTestId('rule-action'), 'the action of "After lunch"', /least occupied.*Operators/);

    // "Invoice": Message text contains "invoice" → Oscar Diaz, Priority High and an auto-reply.
    await admin.getByTestId('routing-rules').getByRole('button', { name: '+Rule', exact: true }).first().click();
    await dialog.getByRole('heading', { name: 'New rule' }).waitFor();
    await dialog.getByLabel('Rule name').fill('Invoice');
    await dialog.getByRole('button', { name: '+Add condition' }).click();
    await dialog.getByLabel('Attribute of condition 1').selectOption({ label: 'Message text' });
    await dialog.getByLabel('Operator of condition 1').selectOption({ label: 'contains' });
    await dialog.getByLabel('Value of condition 1').fill('invoice');
    await dialog.getByRole('combobox', { name: 'Action' }).selectOption({ label: 'Assign an operator' });
    await dialog.getByLabel('Operator', { exact: true }).selectOption({ label: 'Oscar Diaz' });
    await dialog.getByRole('button', { name: '+Set session attribute value' }).click();
    await dialog.getByLabel('Priority').selectOption({ label: 'High' });
    await dialog.getByRole('button', { name: '+Send reply message' }).click();
    await dialog.getByLabel('Message text').fill(REPLY);
    await textOf(dialog.getByTestId('template-preview'), 'the preview of the reply', /^Hello \S.*, we are looking into your invoice\.$/);
    await countOf(dialog.getByTestId('rule-problems'), 'problems of the rule', 0);
    await screenshot(admin, 'routing-02-rule-dialog');
    await expectNamedControls(admin, 'the rule dialog');
    await save.click();
    await countOf(ruleRows(admin), 'rules', 2);
    expect(await ruleNames(admin)).toEqual(['After lunch', 'Invoice']);
    await textOf(ruleRows(admin).nth(1).getByTestId('rule-action'), 'the action of "Invoice"', /Oscar Diaz/);

    // Drag "Invoice" onto the upper half of "After lunch": it goes first, and that is saved.
    await ruleRows(admin).nth(1).dragTo(ruleRows(admin).nth(0), { targetPosition: { x: 40, y: 4 } });
    await until('the order after the drag', () => ruleNames(admin), (names) => names.join() === 'Invoice,After lunch');
    await admin.reload();
    await countOf(ruleRows(admin), 'rules after a reload', 2);
    expect(await ruleNames(admin)).toEqual(['Invoice', 'After lunch']);

    // The "…" menu moves rules too (the way without a mouse drag): down and back up.
    await ruleMenu(admin, 'Invoice', 'Move down');
    await until('the order after Move down', () => ruleNames(admin), (names) => names.join() === 'After lunch,Invoice');
    await ruleMenu(admin, 'Invoice', 'Move up');
    await until('the order after Move up', () => ruleNames(admin), (names) => names.join() === 'Invoice,After lunch');
    await admin.reload();
    await countOf(ruleRows(admin), 'rules after a reload', 2);
    expect(await ruleNames(admin)).toEqual(['Invoice', 'After lunch']);
    await admin.getByTestId('routing-rules').evaluate((section) => section.scrollIntoView({ block: 'start' }));
    await screenshot(admin, 'routing-01-rules');
    await expectNamedControls(admin, 'the Routing tab');
  });

  it('operators and the supervisor sign in and go Online', async () => {
    [operator1, operator2, operator3, supervisor] = await Promise.all(['operator1', 'operator2', 'operator3', 'supervisor'].map((login) => ui.signIn(login)));
    await Promise.all([operator1, operator2, operator3, supervisor].map((page) => goOnline(page)));
    await openDeskItem(operator2, 'My sessions');
    await operator2.getByTestId('session-list-empty').waitFor();
    await openDeskItem(operator1, 'My sessions');
    await openDeskItem(supervisor, 'Active sessions');
  });

  it('"Where is my invoice?" lands with Oscar Diaz, with Priority High, the rule noted and an auto-reply only the client gets as a message', async () => {
    employee1 = await ui.signIn('employee1');
    await writeToSupport(employee1, 'Where is my invoice?');

    // It arrives in Oscar's My sessions without a reload.
    await countOf(sessionItems(operator2), 'sessions in My sessions of Oscar Diaz', 1);
    await textOf(sessionItems(operator2).locator('.name'), 'the session in My sessions', /Emma Fischer/);
    await sessionItems(operator2).first().click();
    await textOf(operator2.getByTestId('session-operator'), 'the operator in About the session', /^Oscar Diaz/);
    await textOf(operator2.getByTestId('session-priority'), 'the priority in About the session', /^High/);
    await textOf(operator2.getByTestId('session-state'), 'the state', /^Assigned to operator$/);
    for (const text of [INVOICE_APPLIED, INVOICE_ASSIGNED]) {
      await messages(operator2, text).waitFor();
      expect(await messages(operator2, text).getAttribute('data-side')).toBe('system');
    }
    await messages(operator2, 'Hello Emma Fischer, we are looking into your invoice.').waitFor();
    await screenshot(operator2, 'routing-03-operator2-invoice-session');
    await expectNamedControls(operator2, 'the session page');

    // The employee gets the reply, never the system messages.
    await messages(employee1, 'Hello Emma Fischer, we are looking into your invoice.').waitFor();
    expect(await messages(employee1, 'Hello Emma Fischer, we are looking into your invoice.').getAttribute('data-side')).toBe('theirs');
    await countOf(employee1.locator('[data-testid="message"][data-side="system"]'), 'system messages shown to the employee', 0);
    await countOf(messages(employee1, 'Routing rule'), 'routing notes shown to the employee', 0);
    await countOf(employee1.getByTestId('message'), 'messages shown to the employee', 2);
    await screenshot(employee1, 'routing-03-employee1-auto-reply');
  });

  it('"Hello" after lunch goes to the least occupied Online operator: Nora Quinn', async () => {
    employee2 = await ui.signIn('employee2');
    await writeToSupport(employee2, 'Hello');

    const ethan = sessionItems(supervisor).filter({ hasText: 'Ethan Brooks' });
    await countOf(sessionItems(supervisor), 'active sessions', 2);
    await textOf(ethan.getByTestId('session-handler'), 'who has the session of Ethan Brooks', /^Nora Quinn$/);
    await textOf(sessionItems(supervisor).filter({ hasText: 'Emma Fischer' }).getByTestId('session-handler'), 'who has the session of Emma Fischer', /^Oscar Diaz$/);
    await textOf(ethan.getByTestId('unread'), 'the unread badge of Ethan Brooks for the supervisor', /^1$/);
    await ethan.click();
    await textOf(supervisor.getByTestId('session-operator'), 'the operator in About the session', /^Nora Quinn/);
    await messages(supervisor, LUNCH_APPLIED).waitFor();
    await messages(supervisor, LUNCH_ASSIGNED).waitFor();
    // Having it open, the supervisor has read it; the session she has not opened stays unread.
    await countOf(ethan.getByTestId('unread'), 'unread badges of Ethan Brooks for the supervisor', 0);
    await textOf(sessionItems(supervisor).filter({ hasText: 'Emma Fischer' }).getByTestId('unread'), 'the unread badge of Emma Fischer', /^1$/);
    await screenshot(supervisor, 'routing-04-supervisor-after-lunch');
    await expectNamedControls(supervisor, 'the session page of a supervisor');

    await openDeskItem(operator3, 'My sessions');
    await countOf(sessionItems(operator3), 'sessions in My sessions of Nora Quinn', 1);
  });

  it('the supervisor reassigns it to Olivia Bennett; she sees it arrive live and gets a #feed notice', async () => {
    await countOf(sessionItems(operator1), 'sessions in My sessions of Olivia Bennett', 0);
    await countOf(operator1.getByTestId('notification-count'), 'unread notices of Olivia Bennett', 0);

    await supervisor.getByTestId('session-operator').getByRole('button', { name: 'Change operator' }).click();
    const picker = supervisor.getByTestId('operator-picker');
    const olivia = picker.getByRole('option', { name: /Olivia Bennett/ });
    await textOf(olivia, 'Olivia Bennett in the picker', /Online/);
    await screenshot(supervisor, 'routing-05-operator-picker');
    await expectNamedControls(supervisor, 'the operator picker');
    await olivia.click();
    await textOf(supervisor.getByTestId('session-operator'), 'the new operator', /^Olivia Bennett/);
    await messages(supervisor, 'Sam Carter assigned the session to Olivia Bennett.').waitFor();
    await textOf(sessionItems(supervisor).filter({ hasText: 'Ethan Brooks' }).getByTestId('session-handler'), 'who has it now', /^Olivia Bennett$/);

    // No reload: the session arrives in Olivia's My sessions and leaves Nora's.
    await countOf(sessionItems(operator1), 'sessions in My sessions of Olivia Bennett', 1);
    await countOf(sessionItems(operator3), 'sessions in My sessions of Nora Quinn', 0);
    // The bell asks for the #feed every few seconds while the page is visible: no focus, no reload.
    await textOf(operator1.getByTestId('notification-count'), 'unread notices of Olivia Bennett', /^1$/);
    await sessionItems(operator1).first().click();
    await messages(operator1, 'Sam Carter assigned the session to Olivia Bennett.').waitFor();
    await countOf(sessionItems(operator1).getByTestId('unread'), 'unread badges in My sessions of Olivia Bennett once she opened it', 0);
    await operator1.getByTestId('notification-bell').click();
    const notice = operator1.getByTestId('notification').first();
    await textOf(notice, 'the #feed notice', /A session was assigned to you.*"Ethan Brooks" in Support, by Sam Carter/s);
    await screenshot(operator1, 'routing-05-operator1-reassigned-feed');
    await operator1.keyboard.press('Escape');
  });

  it('Olivia goes Offline: the page says what that means, her working controls are off with the reason, and come back when she goes Online', async () => {
    const composer = operator1.getByRole('textbox', { name: 'Message' });
    const send = operator1.getByRole('button', { name: 'Send' });
    const close = operator1.getByRole('button', { name: 'Close session' });
    const about = operator1.getByTestId('about-session');
    const changeButtons = [
      about.getByRole('button', { name: 'Rename the session', exact: true }),
      about.getByRole('button', { name: 'Change priority', exact: true }),
      about.getByRole('button', { name: 'Change operator', exact: true }),
      about.getByRole('button', { name: 'Change operator group', exact: true }),
    ];
    await composer.fill('Hi Ethan, Olivia here.');
    expect(await send.isEnabled()).toBe(true);

    await operator1.getByTestId('operator-status').click();
    await operator1.getByRole('switch', { name: 'Operator status' }).click();
    await operator1.locator('[data-testid="operator-status"][data-status="offline"]').waitFor();
    await operator1.keyboard.press('Escape');
    await textOf(operator1.getByTestId('offline-banner'), 'the Offline banner', /You are Offline: you can view sessions but cannot take, reply to or manage them\./);

    // Nothing to press that the server would refuse: each control is off and says why.
    await textOf(operator1.getByTestId('composer-reason'), 'why the composer is off', /^Go Online to reply\.$/);
    await until('the composer to be off', () => Promise.all([composer.isDisabled(), send.isDisabled()]), (off) => off.every(Boolean));
    expect(await close.isDisabled()).toBe(true);
    expect(await close.getAttribute('title')).toBe('Go Online to close the session');
    expect(await operator1.getByRole('button', { name: 'Rename the session' }).first().isDisabled()).toBe(true);
    for (const button of changeButtons) expect(await button.isDisabled()).toBe(true);
    expect(await about.getByRole('button', { name: 'Change operator', exact: true }).getAttribute('title')).toBe('Go Online to reassign the session');
    await about.getByRole('button', { name: 'Session actions' }).click();
    const actions = about.getByRole('menuitem');
    // An employee's session (internal channel) is never spam: two working items, and the
    // System messages switch, which only changes what the page shows and stays on Offline.
    await countOf(actions, 'items of the "…" menu', 3);
    expect(await actions.nth(2).getAttribute('aria-disabled')).not.toBe('true');
    expect((await actions.nth(2).textContent()) ?? '').toMatch(/system messages/i);
    for (const [index, text] of [/Start business process.*Go Online to start a process/s, /Return to queue.*Go Online to return the session to the queue/s].entries()) {
      expect(await actions.nth(index).getAttribute('aria-disabled')).toBe('true');
      expect((await actions.nth(index).textContent()) ?? '').toMatch(text);
    }
    await screenshot(operator1, 'routing-06-operator1-offline');
    await actions.first().dispatchEvent('click');
    await countOf(operator1.locator('[data-testid="process-start-dialog"][open]'), 'process dialogs opened by an off item', 0);
    await operator1.keyboard.press('Escape');

    // The server refuses all the same, should anything get through (operator/offline, 409).
    const sessionId = await sessionItems(operator1).first().getAttribute('data-session-id');
    const refusal = await operator1.evaluate(async (id) => {
      const response = await fetch(`/api/extensions/live-chats/v1/sessions/${id}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ text: 'Hi Ethan, Olivia here.', clientMessageId: 'offline-attempt' }),
      });
      return { status: response.status, body: (await response.json()) as { error?: { code?: string } } };
    }, sessionId);
    expect({ status: refusal.status, code: refusal.body.error?.code }).toEqual({ status: 409, code: 'operator/offline' });
    await textOf(operator1.getByTestId('session-state'), 'the state', /^Assigned to operator$/);
    await countOf(messages(employee2, 'Olivia here'), 'the refused reply at the employee', 0);
    await countOf(employee2.locator('[data-testid="message"][data-side="system"]'), 'system messages shown to the employee', 0);

    // "Go Online" in the banner brings her back, and her controls with her, without a reload.
    await operator1.getByTestId('offline-banner').getByRole('button', { name: 'Go Online' }).click();
    await operator1.locator('[data-testid="operator-status"][data-status="online"]').waitFor();
    await countOf(operator1.getByTestId('offline-banner'), 'Offline banners', 0);
    await until('the working controls to be on', () => Promise.all([composer.isEnabled(), close.isEnabled(), ...changeButtons.map((button) => button.isEnabled())]), (on) => on.every(Boolean));
    await countOf(operator1.getByTestId('composer-reason'), 'reasons under the composer', 0);
    expect(await composer.inputValue()).toBe('Hi Ethan, Olivia here.');
    await send.click();
    await messages(operator1, 'Hi Ethan, Olivia here.').waitFor();
    await messages(employee2, 'Hi Ethan, Olivia here.').waitFor();
  });
});
