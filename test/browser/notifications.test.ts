/**
 * Counters and notifications in the browser (spec §3.6), with the sounds spied on: an employee
 * writes and the Online operator gets the pop-up with its chime, the bottom-left counter moves
 * live; clicking the counter takes the session and opens it; the supervisor sees the unassigned
 * counter; a client's message in the operator's session sounds when the operator is elsewhere and
 * puts the count on the workspace's menu entry; a pop-up opens its session, asking first when the
 * operator has an unsaved name in the rename field or an unsaved edit of a sent message; after the
 * host restarts, the counters catch up.
 * Screenshots go to test-results/screenshots/notifications-*.png.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { ApiClient, newMessageId } from '../support/api';
import { expectNoSeriousA11yViolations, goOnline, screenshot, textOf, until, useBrowserHost } from '../support/browser';
import { describeWith } from '../support/requirements';

/** Frequencies of the tones started by the page's sounds (chime: 880 + 1320 Hz, pop: 520 Hz). */
declare global {
  interface Window {
    tones: number[];
    /** The page's WebSockets, and a switch that keeps new ones from connecting (a network outage). */
    sockets: WebSocket[];
    outage: boolean;
  }
}

/** Before any script of the page runs: Web Audio replaced by a recorder, WebSockets kept at hand. */
async function instrument(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.tones = [];
    window.sockets = [];
    window.outage = false;
    const NativeWebSocket = window.WebSocket;
    window.WebSocket = class extends NativeWebSocket {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(window.outage ? 'ws://127.0.0.1:9/' : url, protocols);
        window.sockets.push(this);
      }
    };
    const param = () => ({ value: 0, setValueAtTime: () => undefined, exponentialRampToValueAtTime: () => undefined });
    class RecordingAudioContext {
      state = 'running';
      currentTime = 0;
      destination = {};
      resume = (): Promise<void> => Promise.resolve();
      createGain() {
        return { gain: param(), connect: (node: unknown) => node };
      }
      createOscillator() {
        const oscillator = {
          type: 'sine',
          frequency: param(),
          connect: (node: unknown) => node,
          start: () => window.tones.push(oscillator.frequency.value),
          stop: () => undefined,
        };
        return oscillator;
      }
    }
    (window as unknown as { AudioContext: unknown }).AudioContext = RecordingAudioContext;
  });
}

const tonesOf = (page: Page): Promise<number[]> => page.evaluate(() => window.tones);

const CHIME = [880, 1320];
const POP = [520];

describeWith('chromium', 'counters and notifications in the browser', () => {
  const ui = useBrowserHost('notifications');

  let operator: Page;
  let supervisor: Page;
  let employee1: ApiClient;
  let employee2: ApiClient;
  let supportId = '';
  let sessionId = '';
  let secondId = '';

  const write = async (employee: ApiClient, text: string): Promise<string> => {
    const sent = await employee.post(`/lines/${supportId}/messages`, { text, clientMessageId: newMessageId() });
    expect(sent.status).toBeLessThan(300);
    return sent.body.sessionId;
  };
  const badge = (page: Page) => page.getByTestId('menu-live-chats.workspace').getByTestId('menu-badge');
  const toasts = (page: Page) => page.getByTestId('session-toast');

  beforeAll(async () => {
    const context = await ui.openContext();
    await instrument(context);
    operator = await ui.signIn('operator1', context);
    await goOnline(operator);
    supervisor = await ui.signIn('supervisor');
    [employee1, employee2] = await Promise.all([ApiClient.login(ui.host.url, 'employee1'), ApiClient.login(ui.host.url, 'employee2')]);
    supportId = (await employee1.get<{ id: string; name: string }[]>('/lines')).body.find((line) => line.name === 'Support')!.id;
  });

  it('(1) pops a new session up with a chime and counts it bottom left, live', async () => {
    await textOf(operator.getByTestId('queue-counter'), 'the empty queue counter', /^0 in queue/);
    await textOf(supervisor.getByTestId('unassigned-counter'), 'the supervisor counter', /^0 unassigned/);
    sessionId = await write(employee1, 'Hello! My printer is on fire and the invoice will not print.');

    const toast = toasts(operator);
    await textOf(toast, 'the pop-up', /New session.*Emma Fischer.*Support.*My printer is on fire/s);
    await until('the chime', () => tonesOf(operator), (tones) => tones.join() === CHIME.join());
    await textOf(operator.getByTestId('queue-counter'), 'the queue counter', /^1 in queue/);
    await textOf(supervisor.getByTestId('unassigned-counter'), 'the supervisor counter', /^1 unassigned/);
    expect(await toasts(supervisor).count()).toBe(0);
    await screenshot(operator, 'notifications-01-pop-up');
    await screenshot(supervisor, 'notifications-01-supervisor-counter');
    await operator.getByTestId('session-toast-close').click();
    expect(await toasts(operator).count()).toBe(0);
  });

  it('(2) takes and opens the next session from the counter', async () => {
    await operator.getByTestId('queue-counter').click();
    await textOf(operator.getByTestId('session-title'), 'the opened session', /Emma Fischer|Printer|Hello/i);
    expect(operator.url()).toContain(`session=${sessionId}`);
    expect(operator.url()).toContain('view=mine');
    await textOf(operator.getByTestId('queue-counter'), 'the queue counter', /^0 in queue/);
    await textOf(supervisor.getByTestId('unassigned-counter'), 'the supervisor counter', /^0 unassigned/);
    await screenshot(operator, 'notifications-02-taken');
  });

  it('(3) sounds a client\'s message only while the operator looks elsewhere, and badges the workspace entry', async () => {
    const before = (await tonesOf(operator)).length;
    await write(employee1, 'Are you there?');
    await operator.getByTestId('message').filter({ hasText: 'Are you there?' }).waitFor();
    // Read where it arrived: no sound, no badge.
    await operator.waitForTimeout(400);
    expect((await tonesOf(operator)).length).toBe(before);
    expect(await badge(operator).count()).toBe(0);

    await operator.getByTestId('menu-live-chats.messages').click();
    await write(employee1, 'Hello?? Anyone?');
    await until('the pop', () => tonesOf(operator), (tones) => tones.slice(before).join() === POP.join());
    await textOf(badge(operator), 'the workspace badge', /^1$/);
    expect(await operator.getByRole('link', { name: 'Live Chats, 1 unread' }).count()).toBe(1);
    await screenshot(operator, 'notifications-03-badge-elsewhere');
    await expectNoSeriousA11yViolations(operator, 'Messages with the unread badge on the Live Chats entry');

    // Back in the session, it is read: the badge goes.
    await operator.goBack();
    await operator.getByTestId('message').filter({ hasText: 'Hello?? Anyone?' }).waitFor();
    await until('the badge to go', () => badge(operator).count(), (count) => count === 0);
  });

  it('(4) opens a pop-up\'s session, asking first about an unsaved name', async () => {
    await operator.getByRole('button', { name: 'Rename the session' }).first().click();
    await operator.getByLabel('Session name').fill('Printer fire (draft)');
    const second = (secondId = await write(employee2, 'The coffee machine is leaking.'));
    const toast = toasts(operator).filter({ hasText: 'coffee machine' });
    await toast.waitFor();

    await toast.getByRole('button', { name: /New session/ }).click();
    const dialog = operator.getByRole('dialog', { name: 'Discard your unsaved changes?' });
    await dialog.waitFor();
    await screenshot(operator, 'notifications-04-unsaved-question');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(operator.url()).toContain(`session=${sessionId}`);
    expect(await operator.getByLabel('Session name').inputValue()).toBe('Printer fire (draft)');

    await toast.getByRole('button', { name: /New session/ }).click();
    await operator.getByRole('dialog', { name: 'Discard your unsaved changes?' }).getByRole('button', { name: 'Discard changes' }).click();
    await until('the pop-up\'s session to open', async () => operator.url(), (url) => url.includes(`session=${second}`) && url.includes('view=queue'));
    await operator.getByRole('button', { name: 'Start work' }).waitFor();
    await operator.getByTestId('session-item').filter({ has: operator.locator('.badge.new') }).first().waitFor();
    await screenshot(operator, 'notifications-04-opened-from-pop-up');
    expect(await toasts(operator).count()).toBe(0);
  });

  it('(5) catches up after the connection comes back', async () => {
    // Away from the session, so that its messages stay unread.
    await operator.getByTestId('menu-live-chats.messages').click();
    await operator.evaluate(() => {
      window.outage = true;
      for (const socket of window.sockets) socket.close();
    });
    await until('every connection to be closed', () => operator.evaluate(() => window.sockets.filter((socket) => socket.readyState !== WebSocket.CLOSED).length), (open) => open === 0);
    // A recount the last events asked for (debounced) may still be on its way; let it land first.
    await operator.waitForTimeout(600);
    await write(employee1, 'Written while the connection was down.');
    await operator.waitForTimeout(800);
    expect(await badge(operator).count()).toBe(0);
    await operator.evaluate(() => (window.outage = false));
    await textOf(badge(operator), 'the workspace badge after the reconnect', /^1$/);
    await operator.goBack();
    await textOf(operator.getByTestId('nav-line').getByTestId('mine-count'), 'My sessions unread', /^[12]$/);
    await screenshot(operator, 'notifications-05-after-reconnect');
  }, 60_000);

  it('(6) asks too before a pop-up drops an unsaved edit of a sent message', async () => {
    const [admin, operatorApi] = await Promise.all([ApiClient.login(ui.host.url, 'admin'), ApiClient.login(ui.host.url, 'operator1')]);
    expect((await admin.patch('/settings', { messageEditing: true })).status).toBe(200);
    const reply = await operatorApi.post(`/sessions/${sessionId}/messages`, { text: 'Let me check the printer.', clientMessageId: newMessageId() });
    expect(reply.status).toBe(201);
    // The settings are read when the desk loads.
    await operator.reload();
    await operator.getByTestId('nav-line').filter({ hasText: 'Support' }).getByRole('button', { name: 'My sessions' }).click();
    await operator.locator(`[data-testid="session-item"][data-session-id="${sessionId}"]`).click();
    const own = operator.getByTestId('message').filter({ hasText: 'Let me check the printer.' });
    await own.locator('.bubble').click({ button: 'right' });
    await operator.getByTestId('message-menu').getByRole('menuitem', { name: 'Edit' }).click();
    await operator.getByRole('textbox', { name: 'Edit message' }).fill('Let me check the printer and the toner.');

    // The coffee machine's session, closed and written to again, pops up as it comes back.
    expect((await operatorApi.post(`/sessions/${secondId}/take`)).status).toBe(200);
    expect((await operatorApi.post(`/sessions/${secondId}/close`)).status).toBe(200);
    await write(employee2, 'The coffee machine is leaking again.');
    const toast = toasts(operator).filter({ hasText: 'leaking again' });
    await toast.getByRole('button', { name: /Open the session/ }).click();
    const dialog = operator.getByRole('dialog', { name: 'Discard your unsaved changes?' });
    await textOf(dialog, 'the question', /You have changed a sent message without saving/);
    await screenshot(operator, 'notifications-06-unsaved-edit-question');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(operator.url()).toContain(`session=${sessionId}`);
    expect(await operator.getByRole('textbox', { name: 'Edit message' }).inputValue()).toBe('Let me check the printer and the toner.');

    await toast.getByRole('button', { name: /Open the session/ }).click();
    await dialog.getByRole('button', { name: 'Discard changes' }).click();
    await until('the pop-up\'s session to open', async () => operator.url(), (url) => url.includes(`session=${secondId}`));
    // The sent message keeps its text: nothing was saved.
    expect((await operatorApi.get(`/sessions/${sessionId}/messages`)).body.items.some((m: { body: string }) => m.body === 'Let me check the printer.')).toBe(true);
  });
});
