/**
 * Issue 6, <live-chat-messages> in Chromium, mounted on the shell page by the test itself (as a
 * form would, through `context`), two instances at once: By account and By app item for the same
 * contact. The operator of the session sees its list and conversation, a message arriving live,
 * system messages toggled from "…", replies; another operator and a reader read only; an employee
 * without read access is refused; removing the elements ends their sockets and requests; nothing
 * global is added. Screenshots: test-results/screenshots/live-chat-messages-*.png.
 */
import type { Page } from 'playwright-core';
import { ApiClient, newMessageId } from '../support/api';
import { addGroup } from '../support/directory';
import { countOf, expectNoSeriousA11yViolations, screenshot, textOf, until, useBrowserHost } from '../support/browser';
import { describeWith } from '../support/requirements';
import { mountContactWidgets } from '../support/widget-page';


describeWith('chromium', 'Live Chat Messages widget in the browser', () => {
  const ui = useBrowserHost('live-chat-messages');
  let employee1: ApiClient;
  let sessionId = '';
  let salesLineId = '';
  let northwind = '';

  beforeAll(async () => {
    const [admin, operator1] = await ApiClient.loginAll(ui.host.url, ['admin', 'operator1']);
    employee1 = await ApiClient.login(ui.host.url, 'employee1');
    const employee2 = await ApiClient.login(ui.host.url, 'employee2');
    await operator1.online();
    const groups = await admin.groupIds();
    const readers = await addGroup(ui.host, 'Contact readers', [employee2.user!.id]);
    const body = { operatorGroupIds: [groups.Operators], supervisorGroupIds: [groups.Supervisors], internalClientGroupIds: [groups.Employees], accountAppCode: 'contacts', readerGroupIds: [readers] };
    const sales = (await admin.post('/lines', { name: 'Sales', ...body })).body.id;
    salesLineId = sales;
    const billing = (await admin.post('/lines', { name: 'Billing', ...body })).body.id;
    sessionId = (await employee1.post(`/lines/${sales}/messages`, { text: 'My order has not arrived', clientMessageId: newMessageId() })).body.sessionId;
    await (employee1.post(`/lines/${billing}/messages`, { text: 'Where is my invoice?', clientMessageId: newMessageId() }));
    expect((await operator1.post(`/sessions/${sessionId}/take`)).status).toBe(200);
    northwind = (await operator1.get('/apps/contacts/items?search=Northwind')).body[0].id;
    expect((await operator1.post(`/sessions/${sessionId}/items`, { appCode: 'contacts', itemId: northwind })).status).toBe(200);
    await operator1.post(`/sessions/${sessionId}/messages`, { text: 'Let me check the delivery.', clientMessageId: newMessageId() });
    // An earlier conversation, closed and resumed: the history shows where it continued.
    expect((await operator1.post(`/sessions/${sessionId}/close`)).status).toBe(200);
    await employee1.post(`/lines/${sales}/messages`, { text: 'It came, but the box is damaged', clientMessageId: newMessageId() });
    expect((await operator1.post(`/sessions/${sessionId}/take`)).status).toBe(200);
    for (let i = 1; i <= 60; i++) {
      if (i === 58) await operator1.post(`/sessions/${sessionId}/rename`, { name: 'Damaged box' });
      await (i % 2 ? employee1.post(`/lines/${sales}/messages`, { text: `Client note ${i}`, clientMessageId: newMessageId() }) : operator1.post(`/sessions/${sessionId}/messages`, { text: `Operator answer ${i}`, clientMessageId: newMessageId() }));
    }
  });

  /** Mounts two widgets for Northwind (By account, By app item) beside each other; the page's globals and styles before. */
  async function mount(page: Page): Promise<{ keys: string[]; sheets: number; adopted: number }> {
    const before = await page.evaluate(() => ({ keys: Object.keys(window), sheets: document.styleSheets.length, adopted: document.adoptedStyleSheets.length }));
    await mountContactWidgets(page, northwind, [
      ['By account', { showHistory: 'account', accountField: 'account' }],
      ['By app item', { showHistory: 'item', itemField: '' }],
    ]);
    return before;
  }

  const widget = (page: Page, index: number) => page.locator('live-chat-messages').nth(index);
  const messagesIn = (page: Page, index: number) => widget(page, index).locator('[part~="message"]');

  it('shows the operator the conversations, live, with system messages on demand, and takes a reply; removed, it leaves nothing behind', async () => {
    const page = await ui.signIn('operator1');
    const sockets: { closed: boolean; frames: number }[] = [];
    page.on('websocket', (ws) => {
      const entry = { closed: false, frames: 0 };
      sockets.push(entry);
      ws.on('framereceived', () => entry.frames++);
      ws.on('close', () => (entry.closed = true));
    });
    const before = await mount(page);
    const sockets0 = sockets.length;

    // By account: both of the client's sessions; by item: the bound one only.
    await countOf(widget(page, 0).getByRole('option'), 'sessions by account', 2);
    await countOf(widget(page, 1).getByRole('option'), 'sessions by item', 1);
    await textOf(messagesIn(page, 0).last(), 'the newest message', /Operator answer 60/);
    const nodes = await messagesIn(page, 0).count();
    expect(nodes).toBeGreaterThan(3);
    expect(nodes).toBeLessThanOrEqual(200);
    await countOf(widget(page, 0).getByRole('textbox', { name: 'Reply to Emma Fischer' }), 'the composer', 1);
    await screenshot(page, 'live-chat-messages-operator');

    // A message arrives live in both.
    await employee1.post(`/lines/${salesLineId}/messages`, { text: 'Are you still there?', clientMessageId: newMessageId() });
    await textOf(messagesIn(page, 0).last(), 'the live message by account', /Are you still there\?/);
    await textOf(messagesIn(page, 1).last(), 'the live message by item', /Are you still there\?/);

    // "…" › Show system messages, then hide them again.
    expect(await widget(page, 0).locator('[part~="system-message"]').count()).toBe(0);
    await widget(page, 0).getByRole('button', { name: 'Conversation options' }).click();
    await widget(page, 0).getByRole('menuitemcheckbox', { name: 'Show system messages' }).click();
    await until('system messages shown', () => widget(page, 0).locator('[part~="system-message"]').count(), (n) => n > 0);
    // Scrolled up, the earlier page comes in above without moving what the reader looks at.
    const anchor = () => page.evaluate(() => {
      const log = document.querySelector('live-chat-messages')!.shadowRoot!.querySelector('.log')!;
      const top = log.getBoundingClientRect().top;
      const rows = [...log.querySelectorAll<HTMLElement>('[data-seq]')].filter((el) => el.getBoundingClientRect().bottom > top + 1);
      rows.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
      return { seq: Number(rows[0]!.dataset.seq), offset: rows[0]!.getBoundingClientRect().top - top, nodes: log.querySelectorAll('[data-seq]').length };
    });
    const log = widget(page, 0).locator('.log');
    const scrollUp = async () => {
      await log.hover();
      await page.mouse.wheel(0, -2000);
      await page.waitForTimeout(50);
    };
    // The earlier page comes slowly, so that the reader's place can be seen before and after.
    await page.route('**/transcript?before=*', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await until('the top of the loaded messages', async () => {
      await scrollUp();
      return (await widget(page, 0).locator('[part="history-start"]').textContent()) ?? '';
    }, (text) => /Loading earlier messages/.test(text));
    const first = await anchor();
    await until('earlier messages above the anchor', () => page.evaluate((seq) =>
      [...document.querySelector('live-chat-messages')!.shadowRoot!.querySelectorAll<HTMLElement>('[data-seq]')].some((el) => Number(el.dataset.seq) < seq - 1), first.seq), Boolean);
    // Where the anchor is once the page above is laid out, and stays.
    const offsetOf = (seq: number) => page.evaluate((at) => {
      const root = document.querySelector('live-chat-messages')!.shadowRoot!.querySelector('.log')!;
      const el = root.querySelector<HTMLElement>(`[data-seq="${at}"]`);
      return el ? Math.round(el.getBoundingClientRect().top - root.getBoundingClientRect().top) : undefined;
    }, seq);
    let kept = await offsetOf(first.seq);
    await until('the anchor to settle', async () => {
      await page.waitForTimeout(100);
      const now = await offsetOf(first.seq);
      const settled = now === kept;
      kept = now;
      return settled;
    }, Boolean);
    expect(kept).toBeDefined();
    expect(Math.abs(kept! - first.offset)).toBeLessThan(60);
    await until('the start of the history', async () => {
      await scrollUp();
      return (await widget(page, 0).locator('[part="history-start"]').textContent()) ?? '';
    }, (text) => /beginning of the conversation/.test(text));
    await textOf(widget(page, 0).locator('[part="divider"]'), 'the resumed conversation', /Resumed/);
    await screenshot(page, 'live-chat-messages-history');
    expect((await anchor()).nodes).toBeLessThanOrEqual(200);
    await widget(page, 0).getByRole('button', { name: 'Conversation options' }).click();
    await widget(page, 0).getByRole('menuitemcheckbox', { name: 'Hide system messages' }).click();
    await countOf(widget(page, 0).locator('[part~="system-message"]'), 'system messages', 0);

    // The operator replies; the other instance gets it live.
    const input = widget(page, 0).getByRole('textbox', { name: 'Reply to Emma Fischer' });
    await input.fill('Yes, a replacement is on its way.');
    await input.press('Enter');
    await textOf(messagesIn(page, 0).last(), 'the reply', /a replacement is on its way/);
    await textOf(messagesIn(page, 1).last(), 'the reply in the other instance', /a replacement is on its way/);
    expect(await input.inputValue()).toBe('');

    // Keyboard: the list moves with the arrows; the other session is in the queue, read-only here.
    await widget(page, 0).getByRole('listbox').focus();
    await page.keyboard.press('ArrowDown');
    await textOf(widget(page, 0).locator('[part="read-only-note"]'), 'the read-only note', /Only the operator of this session replies/);
    await textOf(messagesIn(page, 0).last(), 'the other conversation', /Where is my invoice\?/);
    // The whole page (the menu entry's unread badge is checked in notifications.test.ts: here the
    // widget has marked the operator's session read).
    await expectNoSeriousA11yViolations(page, 'the operator\'s page with the Live Chat Messages widgets');

    // Archive: no closed sessions of this client.
    await widget(page, 1).getByRole('switch', { name: 'Archive' }).click();
    await textOf(widget(page, 1).getByRole('status').first(), 'the empty archive', /No closed conversations/);

    // Removed from the page: sockets closed, no more requests or frames, no globals, no styles.
    expect(sockets.length).toBeGreaterThan(sockets0);
    let requests = 0;
    page.on('request', (request) => {
      // The workspace shell's own requests (its counters) go on.
      if (/\/widget\/|\/transcript/.test(request.url())) requests++;
    });
    await page.evaluate(() => document.getElementById('widget-test-frame')?.remove());
    await until('the widgets\' sockets to close', async () => sockets.slice(sockets0).every((s) => s.closed), Boolean);
    const frames = sockets.slice(sockets0).map((s) => s.frames);
    await employee1.post(`/lines/${salesLineId}/messages`, { text: 'Hello again', clientMessageId: newMessageId() });
    await page.waitForTimeout(500);
    expect(sockets.slice(sockets0).map((s) => s.frames)).toEqual(frames);
    expect(requests).toBe(0);
    const after = await page.evaluate(() => ({ keys: Object.keys(window), sheets: document.styleSheets.length, adopted: document.adoptedStyleSheets.length }));
    // `axe` is the test's own accessibility checker.
    expect(after.keys.filter((key) => !before.keys.includes(key) && key !== 'axe')).toEqual([]);
    expect({ sheets: after.sheets, adopted: after.adopted }).toEqual({ sheets: before.sheets, adopted: before.adopted });
  });

  it('lets another operator and a reader read without replying, and refuses an employee without read access', async () => {
    const operator2 = await ui.signIn('operator2');
    await mount(operator2);
    await textOf(messagesIn(operator2, 0).last(), 'the conversation for operator2', /Hello again/);
    await textOf(widget(operator2, 0).locator('[part="read-only-note"]'), 'the note', /Only the operator of this session replies/);
    expect(await widget(operator2, 0).getByRole('textbox').count()).toBe(0);

    const reader = await ui.signIn('employee2');
    await mount(reader);
    await countOf(widget(reader, 0).getByRole('option'), 'sessions the reader reads', 2);
    await textOf(widget(reader, 0).locator('[part="read-only-note"]'), 'the reader note', /Read-only/);
    await screenshot(reader, 'live-chat-messages-reader');
    await expectNoSeriousA11yViolations(reader, 'the reader\'s Live Chat Messages widgets');

    const outsider = await ui.signIn('employee1');
    await mount(outsider);
    await textOf(widget(outsider, 0).getByRole('status'), 'the refusal', /Conversations are not shown here.*no read access/s);
    expect(await messagesIn(outsider, 0).count()).toBe(0);
  });

});
