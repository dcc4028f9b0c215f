/**
 * The conversation pane's tools, as an operator and an employee would use them (spec §5.2, §5.3,
 * §2.9): a long history that loads upwards without the text jumping, the message menu (right
 * click, "…", Shift+F10) with Copy text, Quote (a click on the quote goes back to the original,
 * loading older pages) and Edit (seen live by the client), drafts kept per session across
 * navigation and reloads, the send key and the send confirmation from the settings, system
 * messages hidden and shown from About the session, and the client's channel icon.
 * Screenshots: test-results/screenshots/conversation-tools-*.png.
 */
import type { Locator, Page } from 'playwright-core';
import { ApiClient, newMessageId } from '../support/api';
import { countOf, expectNamedControls, goOnline, screenshot, textOf, until, useBrowserHost } from '../support/browser';
import { describeWith } from '../support/requirements';

const HISTORY = 300;

describeWith('chromium', 'conversation tools in the browser', () => {
  const ui = useBrowserHost('conversation-tools');

  let admin: ApiClient;
  let operatorApi: ApiClient;
  let operator: Page;
  let employee: Page;
  let sessionId = '';
  let otherSessionId = '';
  let internalChannelId = '';

  const list = (page: Page): Locator => page.locator('lc-message-list');
  /** The message whose text is exactly `text` (not one quoting it). */
  const line = (page: Page, text: string): Locator =>
    page.locator('[data-testid="message"]:not(:has(.quote))').filter({ has: page.getByText(text, { exact: true }) });
  const message = (page: Page, text: string | RegExp): Locator => page.getByTestId('message').filter({ hasText: text });
  const composer = (page: Page): Locator => page.getByRole('textbox', { name: /^(Message|Edit message)$/ });

  async function openSession(page: Page, id: string): Promise<void> {
    await page.getByTestId('nav-line').filter({ hasText: 'Support' }).getByRole('button', { name: 'My sessions' }).click();
    await page.locator(`[data-testid="session-item"][data-session-id="${id}"]`).click();
    await page.locator('lc-session-page').getByRole('button', { name: 'Close session' }).waitFor();
  }

  /** Where a message is on the screen, from the top of the window. */
  const topOf = (locator: Locator): Promise<number> => locator.evaluate((el) => el.getBoundingClientRect().top);

  beforeAll(async () => {
    admin = await ApiClient.login(ui.host.url, 'admin');
    operatorApi = await (await ApiClient.login(ui.host.url, 'operator1')).online();
    const employee1 = await ApiClient.login(ui.host.url, 'employee1');
    const employee2 = await ApiClient.login(ui.host.url, 'employee2');
    const support = (await admin.get<{ id: string; name: string; channels: { id: string; type: string }[] }[]>('/lines')).body.find((l) => l.name === 'Support')!;
    internalChannelId = support.channels.find((channel) => channel.type === 'internal')!.id;
    const first = await employee1.post(`/lines/${support.id}/messages`, { text: 'Hello, my invoice is wrong', clientMessageId: newMessageId() });
    sessionId = first.body.sessionId;
    await operatorApi.post(`/sessions/${sessionId}/take`);
    for (let i = 1; i <= HISTORY; i++) {
      await operatorApi.post(`/sessions/${sessionId}/messages`, { text: `History line ${i}`, clientMessageId: newMessageId() });
    }
    await employee1.post(`/lines/${support.id}/messages`, { text: 'Any news?', clientMessageId: newMessageId() });
    const other = await employee2.post(`/lines/${support.id}/messages`, { text: 'Second customer here', clientMessageId: newMessageId() });
    otherSessionId = other.body.sessionId;
    await operatorApi.post(`/sessions/${otherSessionId}/take`);
    await admin.patch('/settings', { messageEditing: true, sendMethod: 'enter' });
  });

  it('(1) loads the newest page first and older pages upwards without moving what is on screen', async () => {
    operator = await ui.signIn('operator1');
    await goOnline(operator);
    await operator.getByTestId('menu-live-chats.workspace').click();
    await openSession(operator, sessionId);
    await message(operator, 'Any news?').waitFor();
    const loaded = await operator.getByTestId('message').count();
    expect(loaded).toBeLessThanOrEqual(60);
    expect(await line(operator, 'History line 1').count()).toBe(0);
    await screenshot(operator, 'conversation-tools-01-newest-page');

    for (let page = 0; page < 2; page++) {
      const before = await operator.getByTestId('message').count();
      // The user scrolls to the top; where the first message's text is then (measured at once, before anything loads).
      const firstSeq = await operator.getByTestId('message').first().getAttribute('data-seq');
      const first = operator.locator(`[data-testid="message"][data-seq="${firstSeq}"] .bubble`);
      const top = await list(operator).evaluate((el, seq) => {
        el.scrollTop = 0;
        return el.shadowRoot!.querySelector(`[data-seq="${seq}"] .bubble`)!.getBoundingClientRect().top;
      }, firstSeq);
      await until('an older page', () => operator.getByTestId('message').count(), (count) => count > before);
      expect(Math.abs((await topOf(first)) - top)).toBeLessThanOrEqual(2);
    }
    await screenshot(operator, 'conversation-tools-02-older-page-anchored');
  });

  it('(2) shows the channel icon with client messages and opens a message menu by right click, "…" and Shift+F10', async () => {
    const question = message(operator, 'Any news?');
    await list(operator).evaluate((el) => (el.scrollTop = el.scrollHeight));
    const icon = question.getByTestId('channel-icon');
    expect(await icon.getAttribute('aria-label')).toBe('Internal channel');

    await question.locator('.bubble').click({ button: 'right' });
    const menu = operator.getByTestId('message-menu');
    await menu.waitFor();
    expect(await menu.getByRole('menuitem').allInnerTexts()).toEqual(['Copy text', 'Quote']);
    await screenshot(operator, 'conversation-tools-03-context-menu');
    await operator.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ui.host.url });
    await menu.getByRole('menuitem', { name: 'Copy text' }).click();
    await textOf(operator.locator('lc-message-list .copied'), 'the copied notice', /Copied/);
    expect(await operator.evaluate(() => navigator.clipboard.readText())).toBe('Any news?');

    // Keyboard: the message has the focus; Shift+F10 opens its menu, Escape closes it.
    await question.focus();
    await operator.keyboard.press('Shift+F10');
    await menu.waitFor();
    await operator.keyboard.press('Escape');
    await countOf(menu, 'open message menus', 0);
    expect(await question.evaluate((el) => el.matches(':focus'))).toBe(true);
    await operator.keyboard.press('ArrowUp');
    expect(await line(operator, 'History line 300').evaluate((el) => el.matches(':focus'))).toBe(true);

    // Own messages also offer Edit; the "…" button opens the same menu.
    const own = line(operator, 'History line 300');
    await own.hover();
    await own.getByRole('button', { name: 'Message actions' }).click();
    expect(await menu.getByRole('menuitem').allInnerTexts()).toEqual(['Copy text', 'Quote', 'Edit']);
    await screenshot(operator, 'conversation-tools-04-own-message-menu');
    await expectNamedControls(operator, 'the message menu');
    await operator.keyboard.press('Escape');
  });

  it('(3) quotes a message; the quote links back to the original, loading older pages when needed', async () => {
    await line(operator, 'History line 240').locator('.bubble').click({ button: 'right' });
    await operator.getByTestId('message-menu').getByRole('menuitem', { name: 'Quote' }).click();
    await textOf(operator.getByTestId('composer-quote'), 'the quote in the composer', /Quoting .*History line 240/s);
    await textOf(operator.getByTestId('composer-hint'), 'the send key hint', /Enter to send, Shift\+Enter for a new line/);
    await composer(operator).fill('About that line');
    await operator.keyboard.press('Shift+Enter');
    await operator.keyboard.type('see above');
    await screenshot(operator, 'conversation-tools-05-quote-in-composer');
    await operator.keyboard.press('Enter');
    const sent = message(operator, 'see above');
    await textOf(sent.getByTestId('message-quote'), 'the sent quote', /History line 240/);
    expect(await sent.locator('.bubble').textContent()).toContain('About that line\nsee above');
    await countOf(operator.getByTestId('composer-quote'), 'quotes in the composer', 0);

    // After a reload only the newest page is there: the quote loads what it needs and shows the original.
    await operator.reload();
    await sent.waitFor();
    expect(await line(operator, 'History line 240').count()).toBe(0);
    await sent.getByTestId('message-quote').click();
    const original = line(operator, 'History line 240');
    await original.waitFor();
    await until('the original highlighted', () => original.getAttribute('class'), (value) => (value ?? '').includes('found'));
    const box = await original.boundingBox();
    const view = await list(operator).boundingBox();
    expect(box!.y).toBeGreaterThan(view!.y);
    expect(box!.y + box!.height).toBeLessThan(view!.y + view!.height);
    await screenshot(operator, 'conversation-tools-06-quote-jumped');
  });

  it('(4) edits an own message; the employee sees the new text live, marked edited', async () => {
    employee = await ui.signIn('employee1');
    await employee.getByTestId('menu-live-chats.messages').click();
    await employee.getByRole('button', { name: 'Support' }).click();
    await message(employee, 'see above').waitFor();

    const own = message(operator, 'see above');
    await own.locator('.bubble').click({ button: 'right', position: { x: 10, y: 40 } });
    await operator.getByTestId('message-menu').getByRole('menuitem', { name: 'Edit' }).click();
    await textOf(operator.getByTestId('composer-editing'), 'the edit bar', /Editing your message/);
    expect(await composer(operator).inputValue()).toBe('About that line\nsee above');
    await composer(operator).fill('About that line: fixed, see above');
    await screenshot(operator, 'conversation-tools-07-editing');
    await operator.keyboard.press('Enter');
    await textOf(message(operator, 'fixed, see above').getByTestId('message-edited'), 'the edited mark', /edited/);
    expect(await message(operator, 'fixed, see above').getByTestId('message-edited').getAttribute('title')).toMatch(/^Edited /);
    await textOf(message(employee, 'fixed, see above').getByTestId('message-edited'), 'the edited mark for the employee', /edited/);
    expect(await composer(operator).inputValue()).toBe('');
    await screenshot(employee, 'conversation-tools-08-employee-sees-edit');
  });

  it('(5) keeps drafts per session across navigation and reloads', async () => {
    await message(operator, 'Any news?').locator('.bubble').click({ button: 'right' });
    await operator.getByTestId('message-menu').getByRole('menuitem', { name: 'Quote' }).click();
    await composer(operator).fill('Draft for Emma');
    await openSession(operator, otherSessionId);
    await message(operator, 'Second customer here').waitFor();
    expect(await composer(operator).inputValue()).toBe('');
    await composer(operator).fill('Draft for Ethan');
    await openSession(operator, sessionId);
    await until('the draft back', () => composer(operator).inputValue(), (value) => value === 'Draft for Emma');
    await textOf(operator.getByTestId('composer-quote'), 'the draft quote', /Any news\?/);
    await operator.reload();
    await until('the draft after a reload', () => composer(operator).inputValue(), (value) => value === 'Draft for Emma');
    await textOf(operator.getByTestId('composer-quote'), 'the draft quote after a reload', /Any news\?/);
    await screenshot(operator, 'conversation-tools-09-draft-restored');
    await operator.getByRole('button', { name: 'Remove the quote' }).click();
    await countOf(operator.getByTestId('composer-quote'), 'quotes in the composer', 0);
    await openSession(operator, otherSessionId);
    await until('the other draft', () => composer(operator).inputValue(), (value) => value === 'Draft for Ethan');
  });

  it('(6) asks before sending on a channel the settings list; Cancel keeps the text', async () => {
    await admin.patch('/settings', { sendConfirmationChannelIds: [internalChannelId], sendMethod: 'icon' });
    await operator.reload();
    await until('the other draft', () => composer(operator).inputValue(), (value) => value === 'Draft for Ethan');
    await textOf(operator.getByTestId('composer-hint'), 'the send key hint', /Press Send to send/);
    await composer(operator).press('Enter');
    expect(await composer(operator).inputValue()).toBe('Draft for Ethan\n');
    await composer(operator).fill('Confirmed reply');
    await operator.getByRole('button', { name: 'Send', exact: true }).click();
    const dialog = operator.getByRole('dialog', { name: 'Send this message?' });
    await dialog.waitFor();
    await screenshot(operator, 'conversation-tools-10-send-confirmation');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await composer(operator).inputValue()).toBe('Confirmed reply');
    expect(await message(operator, 'Confirmed reply').count()).toBe(0);
    await operator.getByRole('button', { name: 'Send', exact: true }).click();
    await dialog.getByRole('button', { name: 'Send' }).click();
    await message(operator, 'Confirmed reply').waitFor();
    expect(await composer(operator).inputValue()).toBe('');
  });

  it('(7) hides and shows system messages from About the session, back to the default on reload', async () => {
    const system = operator.locator('[data-testid="message"][data-side="system"]');
    await until('system messages', () => system.count(), (count) => count > 0);
    await operator.getByTestId('about-session').getByRole('button', { name: 'Session actions' }).click();
    await operator.getByRole('menuitem', { name: 'Hide system messages' }).click();
    await countOf(system, 'system messages', 0);
    await screenshot(operator, 'conversation-tools-11-system-hidden');
    await operator.getByTestId('about-session').getByRole('button', { name: 'Session actions' }).click();
    await operator.getByRole('menuitem', { name: 'Show system messages' }).click();
    await until('system messages', () => system.count(), (count) => count > 0);

    expect((await admin.patch('/settings', { showSystemMessages: false })).body.showSystemMessages).toBe(false);
    await operator.reload();
    await message(operator, 'Confirmed reply').waitFor();
    await screenshot(operator, 'conversation-tools-12-system-default-hidden');
    await countOf(system, 'system messages by default', 0);
  });
});
