/**
 * Mounting <live-chat-messages> on a signed-in page as an app form would: the widgets bundle
 * imported, each instance given its `context` (the form's item and the placement's settings),
 * side by side under a heading, above the shell.
 */
import type { Page } from 'playwright-core';

export const WIDGET_API = '/api/extensions/live-chats/v1';

/** One widget per placement, for the contact `itemId` of the Contacts app. */
export async function mountContactWidgets(page: Page, itemId: string, placements: ReadonlyArray<readonly [title: string, settings: Record<string, string>]>): Promise<void> {
  // A string, so that the test's compiler leaves the dynamic import to the browser.
  await page.evaluate("import('/extensions/live-chats/widgets.js').then(() => undefined)");
  await page.evaluate(async ({ api, itemId, placements }) => {
    const me = (await (await fetch('/api/auth/me')).json()) as { user: { id: string; login: string; name: string }; isAdministrator: boolean };
    const manifest = (await (await fetch('/api/host/extensions')).json())[0].manifest;
    const frame = document.createElement('div');
    frame.id = 'widget-test-frame';
    frame.style.cssText = 'position:fixed;inset:0;z-index:1000;background:#f4f6f8;display:grid;grid-template-columns:1fr 1fr;gap:16px;padding:16px';
    for (const [title, settings] of placements) {
      const box = document.createElement('section');
      const heading = document.createElement('h2');
      heading.textContent = title;
      heading.style.cssText = 'font: 600 15px system-ui; margin: 0 0 8px';
      const widget = document.createElement('live-chat-messages') as HTMLElement & { context?: unknown };
      widget.context = {
        manifest, currentUser: me.user, isAdministrator: me.isAdministrator, apiBase: api, realtimeUrl: `ws://${location.host}${api}/ws`,
        app: { namespace: 'crm', code: 'contacts', name: 'Contacts', fields: [{ code: 'account', type: 'ACCOUNT', array: true }] },
        item: { id: itemId, appCode: 'contacts', name: 'Northwind Traders', data: {}, createdAt: new Date().toISOString() },
        settings, navigate: () => undefined,
      };
      box.append(heading, widget);
      frame.append(box);
    }
    document.body.append(frame);
  }, { api: WIDGET_API, itemId, placements });
}
