/**
 * Issue 5 "done", tried as a new user would: an operator handles three sessions at once from the
 * desk — takes each from the queue with the bottom-left counter, quotes a client in one, attaches
 * a file in another, inserts a response template in the third and moves between them without
 * losing a draft — while a supervisor watches Active sessions live, opens a session read-only with
 * About the session, and reads the Reports page. Screenshots of every main screen go to
 * test-results/screenshots/operator-desk-*.png (1440×900).
 */
import type { Locator, Page } from 'playwright-core';
import { ApiClient, newMessageId } from '../support/api';
import { addUsers } from '../support/directory';
import { countOf, expectNoSeriousA11yViolations, goOnline, screenshot, textOf, until, useBrowserHost } from '../support/browser';
import { describeWith } from '../support/requirements';

const GREETING = 'Hello {$client.name}, this is {$line.name}. How can I help?';
/** The three clients, in the order they write (and so the order the queue hands them out). */
const CLIENTS = [
  { name: 'Emma Fischer', text: 'Hello, the invoice for March shows the wrong amount.' },
  { name: 'Ethan Brooks', text: 'Could you send me the signed contract, please?' },
  { name: 'Mia Novak', text: 'Hi, where is my order 5521?' },
] as const;
const pdf = (size: number) => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(size - 9, 0x20)]);

describeWith('chromium', 'the operator\'s desk, done', () => {
  const ui = useBrowserHost('operator-desk');

  let admin: ApiClient;
  let clients: ApiClient[] = [];
  let latecomer: ApiClient;
  let supportId = '';
  /** Sessions A, B and C: Emma's, Ethan's and Mia's. */
  const ids: string[] = [];
  let operator: Page;
  let supervisor: Page;

  const shot = (page: Page, name: string) => screenshot(page, `operator-desk-${name}`);
  const items = (page: Page): Locator => page.getByTestId('session-item');
  const item = (page: Page, id: string): Locator => page.locator(`[data-testid="session-item"][data-session-id="${id}"]`);
  const message = (page: Page, text: string | RegExp): Locator => page.getByTestId('message').filter({ hasText: text });
  /** The client's own message (not a reply quoting it). */
  const fromClient = (page: Page, text: string): Locator => page.locator('[data-testid="message"][data-side="theirs"]').filter({ hasText: text });
  const composer = (page: Page): Locator => page.getByRole('textbox', { name: 'Message' });
  const send = (page: Page): Locator => page.getByRole('button', { name: 'Send', exact: true });
  const counter = (page: Page): Locator => page.getByTestId('queue-counter');
  const messagesOf = async (client: ApiClient, id: string) => (await client.get(`/sessions/${id}/messages?limit=100`)).body.items as any[];

  async function openDeskItem(page: Page, item: 'Active sessions' | 'Queue' | 'My sessions'): Promise<void> {
    await page.getByTestId('menu-live-chats.workspace').click();
    await page.getByTestId('nav-line').filter({ hasText: 'Support' }).getByRole('button', { name: item }).click();
    await page.getByRole('heading', { name: item, exact: true }).waitFor();
  }

  /** Opens one of the operator's sessions from My sessions and waits for its conversation. */
  async function openMine(index: number): Promise<void> {
    await item(operator, ids[index]).click();
    await until(`session ${index} to open`, async () => operator.url(), (url) => url.includes(`session=${ids[index]}`));
    await fromClient(operator, CLIENTS[index].text).waitFor();
  }

  async function openPage(page: Page, section: string, name: string): Promise<void> {
    await page.getByTestId('menu-live-chats.workspace').click();
    await page.getByTestId(section).getByRole('button', { name, exact: true }).click();
    await page.getByRole('heading', { name, level: 1 }).waitFor();
  }

  beforeAll(async () => {
    admin = await ApiClient.login(ui.host.url, 'admin');
    expect((await admin.post('/response-templates/templates', { name: 'Greeting', description: 'First answer of a session', template: GREETING })).status).toBe(201);
    expect((await admin.post('/response-templates/articles', { name: 'Delivery times', description: 'Orders ship within 2 days.', link: 'https://help.example.com/delivery' })).status).toBe(201);
    supportId = (await admin.get<{ id: string; name: string }[]>('/lines')).body.find((line) => line.name === 'Support')!.id;

    // Two more employees: Mia, the third client, and Liam, who writes while the supervisor watches.
    const groups = (await admin.get<{ id: string; name: string }[]>('/api/directory/groups')).body;
    const newcomers = await addUsers(ui.host, 'desk-client', 2, groups.find((group) => group.name === 'Employees')!.id);
    const db = ui.host.database.kysely as any;
    for (const [login, firstname, lastname] of [['desk-client-0', 'Mia', 'Novak'], ['desk-client-1', 'Liam', 'Park']]) {
      await db.updateTable('host_users').set({ firstname, lastname }).where('login', '=', login).execute();
    }
    clients = [await ApiClient.login(ui.host.url, 'employee1'), await ApiClient.login(ui.host.url, 'employee2'), newcomers[0]];
    latecomer = newcomers[1];

    // One after the other, each a moment after the last: the queue's order is theirs.
    for (const [index, client] of clients.entries()) {
      const sent = await client.post(`/lines/${supportId}/messages`, { text: CLIENTS[index].text, clientMessageId: newMessageId() });
      expect(sent.status).toBe(201);
      ids.push(sent.body.sessionId);
      const at = Date.parse(sent.body.message.createdAt);
      await until('the clock to move on', async () => Date.now(), (now) => now > at + 5);
    }
    expect(new Set(ids).size).toBe(3);
  });

  it('(1) the operator lands on My Desk › Sessions, goes Online and sees three new sessions in the Queue', async () => {
    operator = await ui.signIn('operator1');
    await operator.getByTestId('menu-live-chats.workspace').click();
    const sessions = operator.getByTestId('nav-my-desk').getByRole('button', { name: 'Sessions' });
    await until('My Desk › Sessions to be the current page', () => sessions.getAttribute('aria-current'), (value) => value === 'page');
    await countOf(operator.getByTestId('session-row'), 'sessions in the Sessions app', 3);
    await shot(operator, '01-my-desk-sessions');

    await goOnline(operator);
    await textOf(counter(operator), 'the queue counter', /^3 in queue/);
    await openDeskItem(operator, 'Queue');
    await countOf(items(operator), 'sessions in the Queue', 3);
    await countOf(items(operator).locator('.badge.new'), '"New" badges in the Queue', 3);
    // Who waited longest comes first.
    expect(await items(operator).evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-session-id')))).toEqual(ids);
    await shot(operator, '02-queue-new');

    supervisor = await ui.signIn('supervisor');
    await goOnline(supervisor);
    await openDeskItem(supervisor, 'Active sessions');
    await countOf(items(supervisor), 'active sessions for the supervisor', 3);
    await textOf(supervisor.getByTestId('unassigned-counter'), 'the supervisor counter', /^3 unassigned/);
  });

  it('(2) takes the three sessions one by one with the bottom-left counter, longest-waiting first, each opening in My sessions', async () => {
    for (const [index, id] of ids.entries()) {
      await counter(operator).click();
      await until(`session ${index + 1} to open in My sessions`, async () => operator.url(), (url) => url.includes(`session=${id}`) && url.includes('view=mine'));
      await textOf(operator.getByTestId('session-title'), 'the opened session', new RegExp(CLIENTS[index].name));
      await fromClient(operator, CLIENTS[index].text).waitFor();
      await textOf(counter(operator), 'the queue counter', new RegExp(`^${2 - index} in queue`));
      await countOf(items(operator), 'sessions in My sessions', index + 1);
      if (index === 0) {
        // The supervisor sees it change hands while he watches.
        await textOf(item(supervisor, id).getByTestId('session-handler'), 'who has the first session', /^Olivia Bennett$/);
        await shot(operator, '03-taken-from-counter');
      }
    }
    await textOf(supervisor.getByTestId('unassigned-counter'), 'the supervisor counter', /^0 unassigned/);
    expect(await operator.getByTestId('nav-line').locator('[data-view="mine"]').getAttribute('aria-current')).toBe('page');

    // Each went to Olivia, and exactly once.
    const operatorApi = await ApiClient.login(ui.host.url, 'operator1');
    for (const id of ids) {
      const session = (await operatorApi.get(`/sessions/${id}`)).body;
      expect({ id, state: session.state, operatorId: session.operatorId }).toEqual({ id, state: 'assignedToOperator', operatorId: operatorApi.user!.id });
      const starts = (await messagesOf(operatorApi, id)).filter((m) => m.body === 'Olivia Bennett started work on the session.');
      expect({ id, starts: starts.length }).toEqual({ id, starts: 1 });
    }
  });

  it('(3) session A: quotes the client, replies, and the client gets the reply with the quote', async () => {
    await openMine(0);
    await fromClient(operator, CLIENTS[0].text).locator('.bubble').click({ button: 'right' });
    await operator.getByTestId('message-menu').getByRole('menuitem', { name: 'Quote' }).click();
    await textOf(operator.getByTestId('composer-quote'), 'the quote in the composer', /invoice for March/);
    await composer(operator).fill('Sorry about that, Emma: I am correcting the March invoice now.');
    await shot(operator, '04-quote-in-composer');
    await expectNoSeriousA11yViolations(operator, 'a session with a quote in the composer');
    await send(operator).click();
    const sent = message(operator, 'correcting the March invoice');
    await textOf(sent.getByTestId('message-quote'), 'the quote of the sent reply', /invoice for March/);
    await countOf(operator.getByTestId('composer-quote'), 'quotes left in the composer', 0);

    const received = await until('the reply at the client', () => messagesOf(clients[0], ids[0]), (list) => list.some((m) => m.body.includes('correcting the March invoice')));
    const reply = received.find((m) => m.body.includes('correcting the March invoice'));
    expect({ author: reply.authorKind, quoted: reply.quote?.body }).toEqual({ author: 'operator', quoted: CLIENTS[0].text });
  });

  it('(4) session B: attaches a PDF, waits for the upload, sends it with a text; the client gets the file', async () => {
    await openMine(1);
    await operator.locator('lc-attachment-tray input[type=file]').setInputFiles({ name: 'Signed contract.pdf', mimeType: 'application/pdf', buffer: pdf(24 * 1024) });
    await operator.locator('[data-testid="attachment-chip"][data-status="done"]').waitFor();
    await composer(operator).fill('Here is the signed contract, Ethan.');
    await shot(operator, '05-attachment-ready');
    await expectNoSeriousA11yViolations(operator, 'a session with a file attached in the composer');
    await send(operator).click();
    await message(operator, 'Here is the signed contract').getByTestId('attachment-file').filter({ hasText: 'Signed contract.pdf' }).waitFor();
    await countOf(operator.getByTestId('attachment-chip'), 'chips left in the composer', 0);
    await shot(operator, '06-attachment-sent');

    const received = await until('the file at the client', () => messagesOf(clients[1], ids[1]), (list) => list.some((m) => m.body.includes('signed contract, Ethan')));
    const reply = received.find((m) => m.body.includes('signed contract, Ethan'));
    expect(reply.attachments).toEqual([expect.objectContaining({ name: 'Signed contract.pdf', size: 24 * 1024 })]);
  });

  it('(5) session C: inserts the template from the picker, keeps drafts of C and A across switches, then sends C', async () => {
    await openMine(2);
    await operator.getByRole('button', { name: 'Response templates' }).click();
    const picker = operator.getByTestId('response-picker');
    await picker.getByTestId('response-item').filter({ hasText: 'Greeting' }).waitFor();
    await shot(operator, '07-template-picker');
    await expectNoSeriousA11yViolations(operator, 'the response templates picker');
    await picker.getByTestId('response-item').filter({ hasText: 'Greeting' }).click();
    await countOf(picker, 'open pickers', 0);
    await until('the rendered template', () => composer(operator).inputValue(), (value) => value === 'Hello Mia Novak, this is Support. How can I help?');
    await composer(operator).press('Control+End');
    await composer(operator).pressSequentially(' Order 5521 left our warehouse this morning.');
    const draftC = 'Hello Mia Novak, this is Support. How can I help? Order 5521 left our warehouse this morning.';
    expect(await composer(operator).inputValue()).toBe(draftC);
    await shot(operator, '08-template-inserted');

    await openMine(0);
    await until('session A\'s empty composer', () => composer(operator).inputValue(), (value) => value === '');
    const draftA = 'One more thing: the corrected invoice will reach you by e-mail.';
    await composer(operator).fill(draftA);
    await openMine(2);
    await until('the draft of C back', () => composer(operator).inputValue(), (value) => value === draftC);
    await shot(operator, '09-draft-kept');
    await openMine(0);
    await until('the draft of A back', () => composer(operator).inputValue(), (value) => value === draftA);
    await openMine(2);
    await until('the draft of C back again', () => composer(operator).inputValue(), (value) => value === draftC);
    await send(operator).click();
    await message(operator, 'left our warehouse this morning').waitFor();
    await until('C\'s composer to be empty', () => composer(operator).inputValue(), (value) => value === '');
    await until('the greeting at the client', () => messagesOf(clients[2], ids[2]), (list) => list.some((m) => m.body === draftC));
    // A's draft is still there, unsent.
    expect((await messagesOf(clients[0], ids[0])).some((m) => m.body === draftA)).toBe(false);
  });

  it('(6) the supervisor watches Active sessions live and opens one read-only with About the session', async () => {
    for (const id of ids) await textOf(item(supervisor, id).getByTestId('session-handler'), 'who has the session', /^Olivia Bennett$/);
    const sent = await latecomer.post(`/lines/${supportId}/messages`, { text: 'Good morning, I cannot log in.', clientMessageId: newMessageId() });
    expect(sent.status).toBe(201);
    await textOf(supervisor.getByTestId('unassigned-counter'), 'the supervisor counter', /^1 unassigned/);
    await countOf(items(supervisor), 'active sessions', 4);
    await item(supervisor, sent.body.sessionId).locator('.badge.new').waitFor();
    await textOf(counter(operator), 'the operator\'s queue counter', /^1 in queue/);
    await shot(supervisor, '10-active-sessions');
    await expectNoSeriousA11yViolations(supervisor, 'Active sessions');

    await item(supervisor, ids[0]).click();
    await message(supervisor, 'correcting the March invoice').waitFor();
    // Having it open, he has read Emma's message: her unread badge goes, the others' stay.
    await countOf(item(supervisor, ids[0]).getByTestId('unread'), 'unread badges of the open session', 0);
    await countOf(item(supervisor, ids[1]).getByTestId('unread'), 'unread badges of Ethan\'s session', 1);
    await textOf(supervisor.getByTestId('composer-reason'), 'why the supervisor cannot reply', /Olivia Bennett is working on this session/);
    expect(await composer(supervisor).isDisabled()).toBe(true);
    const about = supervisor.getByTestId('about-session');
    await textOf(about.getByTestId('session-operator'), 'the operator in About the session', /^Olivia Bennett/);
    await textOf(about.getByTestId('session-state'), 'the state in About the session', /^Assigned to operator$/);
    await textOf(about.getByTestId('session-client'), 'the client in About the session', /Emma Fischer/);
    await shot(supervisor, '11-supervisor-about');
    await expectNoSeriousA11yViolations(supervisor, 'a session read-only with About the session');
  });

  it('(7) Olivia closes session B; the supervisor\'s report counts her three replies and one closed session', async () => {
    await openMine(1);
    await operator.getByRole('button', { name: 'Close session' }).click();
    await textOf(operator.getByTestId('session-state'), 'the closed state', /^Closed$/);
    await countOf(items(operator), 'sessions left in My sessions', 2);

    await supervisor.getByRole('button', { name: 'Reports', exact: true }).click();
    await supervisor.getByRole('heading', { name: 'Reports', level: 1 }).waitFor();
    const today = new Date().toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await supervisor.getByLabel('Period from').fill(yesterday);
    await supervisor.getByLabel('to', { exact: true }).fill(today);
    await supervisor.getByRole('button', { name: 'Build report' }).click();
    const olivia = supervisor.getByTestId('operator-report').getByTestId('operator-row').filter({ hasText: 'Olivia Bennett' });
    await olivia.waitFor();
    // Replies and Closed sessions, the last two columns.
    expect((await olivia.locator('td').allTextContents()).slice(-2).map((text) => text.trim())).toEqual(['3', '1']);
    const support = supervisor.getByTestId('line-report').getByTestId('line-row').filter({ hasText: 'Support' });
    // Sessions answered and Processed requests.
    expect((await support.locator('td').allTextContents()).slice(-2).map((text) => text.trim())).toEqual(['3', '1']);
    await shot(supervisor, '12-reports');
    await expectNoSeriousA11yViolations(supervisor, 'Reports with a built report');
    await supervisor.getByTestId('line-report').scrollIntoViewIfNeeded();
    await shot(supervisor, '12-reports-live-chats');
  });

  it('(8) the other main screens: Sessions, Articles, Templates, Administration › Live Chats and Live Chats Settings', async () => {
    await openPage(operator, 'nav-my-desk', 'Sessions');
    await countOf(operator.getByTestId('session-row'), 'sessions in the Sessions app', 4);
    await shot(operator, '13-sessions-app');
    // Liam's pop-up has had its moment.
    await operator.getByTestId('session-toast').filter({ hasText: 'Liam Park' }).getByTestId('session-toast-close').click();
    await countOf(operator.getByTestId('session-toast'), 'pop-ups', 0);
    await openPage(operator, 'nav-response-templates', 'Articles');
    await operator.getByTestId('article-row').filter({ hasText: 'Delivery times' }).waitFor();
    await shot(operator, '14-articles');
    await openPage(operator, 'nav-response-templates', 'Templates');
    await operator.getByTestId('template-row').filter({ hasText: 'Greeting' }).waitFor();
    await shot(operator, '15-templates');

    const adminPage = await ui.signIn('admin');
    await adminPage.getByTestId('menu-live-chats.administration').click();
    await adminPage.getByTestId('line-row').filter({ hasText: 'Support' }).waitFor();
    await shot(adminPage, '16-admin-live-chats');
    await adminPage.getByRole('button', { name: 'Live Chats Settings' }).click();
    await adminPage.getByRole('heading', { name: 'Live Chats Settings', level: 1 }).waitFor();
    await shot(adminPage, '17-live-chats-settings');
  });
});
