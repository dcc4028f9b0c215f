/**
 * The Live Chat Messages widget (issue 6, DESIGN.md §6): a contact whose session holds 10,000
 * messages (bulk-inserted), the widget mounted in Chromium on the shell page as a form would mount
 * it; from appending the element to the first page of messages on screen (its
 * `lc-conversation-render` event, after the virtualizer's layout and a frame), median of several
 * mounts, and the message nodes in its DOM. Baselines in the same page: the transcript request
 * alone, and the same first page fetched and rendered as plain DOM (no virtualizer).
 */
import type { Kysely } from 'kysely';
import { chromium } from 'playwright-core';
import { median, type BenchKit } from './sessions-app';

const MESSAGES = 10_000;
const MOUNTS = 9;
const API = '/api/extensions/live-chats/v1';
const CHROMIUM = process.env.LIVECHATS_CHROMIUM ?? '/usr/bin/chromium';

export async function widgetBench(kit: BenchKit): Promise<string[]> {
  return kit.withHost('sqlite', async (host) => {
    const [admin, operator, employee] = await Promise.all(['admin', 'operator1', 'employee1'].map((login) => kit.login(host, login)));
    await kit.call(host, operator, 'PUT', '/me/status', { status: 'online' });
    const groups = Object.fromEntries((await kit.call<{ id: string; name: string }[]>(host, admin, 'GET', '/api/directory/groups')).body.map((g) => [g.name, g.id]));
    const line = await kit.call<{ id: string }>(host, admin, 'POST', '/lines', {
      name: 'Long history', operatorGroupIds: [groups.Operators], supervisorGroupIds: [groups.Supervisors], internalClientGroupIds: [groups.Employees], accountAppCode: 'contacts',
    });
    const sessionId = (await kit.call<{ sessionId: string }>(host, employee, 'POST', `/lines/${line.body.id}/messages`, { text: 'Hello', clientMessageId: 'bench-1' })).body.sessionId;
    await kit.call(host, operator, 'POST', `/sessions/${sessionId}/take`);
    const contact = (await kit.call<{ id: string }[]>(host, operator, 'GET', '/apps/contacts/items?search=Northwind')).body[0]!;
    await kit.call(host, operator, 'POST', `/sessions/${sessionId}/items`, { appCode: 'contacts', itemId: contact.id });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const db = host.database.kysely as Kysely<any>;
    const last = Number((await db.selectFrom('lc_sessions').select('last_seq').where('id', '=', sessionId).executeTakeFirstOrThrow()).last_seq);
    const start = Date.parse('2025-01-01T09:00:00Z');
    for (let from = 0; from < MESSAGES; from += 500) {
      await db.insertInto('lc_messages').values(Array.from({ length: 500 }, (_, j) => {
        const i = from + j;
        const client = i % 2 === 0;
        return {
          id: `bench-m-${i}`, session_id: sessionId, seq: last + 1 + i, type: 'text', body: `${client ? 'Question' : 'Answer'} ${i}: ${'lorem ipsum '.repeat(1 + (i % 7))}`,
          author_kind: client ? 'client' : 'operator', author_user_id: client ? employee.userId : operator.userId, client_message_id: null, idempotency_key: null,
          created_at: new Date(start + i * 60_000).toISOString(),
        };
      })).execute();
    }
    await db.updateTable('lc_sessions').set({ last_seq: last + MESSAGES }).where('id', '=', sessionId).execute();

    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
    try {
      const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
      await page.goto(`${host.url}/`);
      await page.evaluate(async () => {
        await fetch('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'operator1', password: 'demo' }) });
      });
      await page.evaluate("import('/extensions/live-chats/widgets.js').then(() => undefined)");
      const result = await page.evaluate(async ({ api, itemId, sessionId: id, mounts }) => {
        const me = (await (await fetch('/api/auth/me')).json()) as { user: unknown; isAdministrator: boolean };
        const context = {
          manifest: {}, currentUser: me.user, isAdministrator: me.isAdministrator, apiBase: api, realtimeUrl: `ws://${location.host}${api}/ws`,
          app: { namespace: 'crm', code: 'contacts', name: 'Contacts', fields: [{ code: 'account', type: 'ACCOUNT', array: true }] },
          item: { id: itemId, appCode: 'contacts', name: 'Northwind Traders', data: {}, createdAt: '' },
          settings: { showHistory: 'account' }, navigate: () => undefined,
        };
        const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        const box = document.createElement('div');
        box.style.cssText = 'position:fixed;inset:0;z-index:1000;background:#fff;padding:16px';
        document.body.append(box);
        const widget: number[] = [];
        let nodes = 0;
        for (let run = 0; run < mounts; run++) {
          const element = document.createElement('live-chat-messages') as HTMLElement & { context?: unknown };
          element.context = context;
          const shown = new Promise((resolve) => element.addEventListener('lc-conversation-render', resolve, { once: true }));
          const started = performance.now();
          box.append(element);
          await shown;
          widget.push(performance.now() - started);
          nodes = element.shadowRoot!.querySelectorAll('[part~="message"]').length;
          element.remove();
          await frame();
        }
        const request: number[] = [];
        const plain: number[] = [];
        let plainNodes = 0;
        for (let run = 0; run < mounts; run++) {
          let started = performance.now();
          await (await fetch(`${api}/sessions/${id}/transcript?before=${Number.MAX_SAFE_INTEGER}&limit=50`)).json();
          request.push(performance.now() - started);
          started = performance.now();
          const page = (await (await fetch(`${api}/sessions/${id}/transcript?before=${Number.MAX_SAFE_INTEGER}&limit=50`)).json()) as { items: { body: string; authorName?: string; createdAt: string }[] };
          const list = document.createElement('div');
          list.style.cssText = 'height:600px;overflow:auto';
          for (const message of page.items) {
            const article = document.createElement('article');
            article.innerHTML = '<header><b></b> <time></time></header><p></p>';
            article.querySelector('b')!.textContent = message.authorName ?? '';
            article.querySelector('time')!.textContent = new Date(message.createdAt).toLocaleTimeString();
            article.querySelector('p')!.textContent = message.body;
            list.append(article);
          }
          box.append(list);
          list.scrollTop = list.scrollHeight;
          await frame();
          plain.push(performance.now() - started);
          plainNodes = list.children.length;
          list.remove();
        }
        box.remove();
        return { widget, nodes, request, plain, plainNodes };
      }, { api: API, itemId: contact.id, sessionId, mounts: MOUNTS });
      const label = `Live Chat Messages widget, a session of ${MESSAGES.toLocaleString('en-US')} messages, Chromium`;
      return [
        `| ${label}: mount → first screen painted | ${median(result.widget).toFixed(1)} ms (median of ${MOUNTS} mounts; sessions list + newest page of 50 + virtualized render), ${result.nodes} message nodes in the DOM | the same page: request alone ${median(result.request).toFixed(1)} ms; request + plain DOM (${result.plainNodes} nodes, no virtualizer) ${median(result.plain).toFixed(1)} ms | ${(median(result.widget) / median(result.plain)).toFixed(2)}× plain DOM |`,
      ];
    } finally {
      await browser.close();
    }
  });
}
