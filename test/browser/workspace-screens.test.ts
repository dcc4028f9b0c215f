/**
 * The workspace entry, run in Chromium the way a host shell runs it: `activate` registers exactly
 * the screens manifest.json declares (both ways), each screen mounts its element into the given
 * container and takes it away again when disposed, and deactivating unregisters everything.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { describeWith } from '../support/requirements';
import { createTestHost, ROOT, type TestHost } from '../support/test-host';

interface Probe {
  registered: string[];
  mounted: Record<string, string[]>;
  afterDispose: Record<string, number>;
  unregistered: number;
}

describeWith('chromium', 'the workspace entry in the browser', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'dist/extension/workspace.js'))) throw new Error('The workspace bundle is not built: run `npm run build`.');
    host = await createTestHost({ seed: 'none' });
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.goto(`${host.url}/`);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it('registers exactly the screens of manifest.json, mounts and unmounts each of them', async () => {
    const manifest = host.manifest;
    // A string, so the test's compiler leaves the browser's dynamic import alone.
    await page.evaluate(`import('/extensions/${manifest.id}/workspace.js').then((entry) => { window.workspaceEntry = entry; })`);
    const probe = await page.evaluate(async (manifestJson): Promise<Probe> => {
      type Registration = { id: string; mount(container: HTMLElement, params: Record<string, string>): { dispose(): void } };
      const entry = (window as unknown as { workspaceEntry: { activate(context: unknown): { dispose(): void } } }).workspaceEntry;
      const registrations: Registration[] = [];
      let unregistered = 0;
      const activation = entry.activate({
        manifest: manifestJson,
        currentUser: { id: 'u1', login: 'u1', name: 'Test User', fullname: { firstname: 'Test', lastname: 'User' }, groupIds: [] },
        isAdministrator: false,
        apiBase: '/api/extensions/live-chats/v1',
        realtimeUrl: `ws://${location.host}/api/extensions/live-chats/v1/ws`,
        registerScreen: (registration: Registration) => {
          registrations.push(registration);
          return { dispose: () => unregistered++ };
        },
        navigate: () => undefined,
      });
      const mounted: Record<string, string[]> = {};
      const afterDispose: Record<string, number> = {};
      for (const registration of registrations) {
        const container = document.createElement('div');
        document.body.append(container);
        const handle = registration.mount(container, {});
        mounted[registration.id] = [...container.children].map((child) => child.tagName.toLowerCase());
        handle.dispose();
        afterDispose[registration.id] = container.children.length;
        container.remove();
      }
      activation.dispose();
      return { registered: registrations.map((registration) => registration.id), mounted, afterDispose, unregistered };
    }, manifest);

    const declared = (manifest.contributes.screens ?? []).map((screen) => screen.id);
    expect([...probe.registered].sort()).toEqual([...declared].sort());
    expect(probe.mounted).toEqual({
      'live-chats.workspace': ['lc-desk-screen'],
      'live-chats.administration': ['lc-admin-screen'],
      'live-chats.messages': ['lc-messages-screen'],
      'live-chats.operator-status': ['lc-operator-status'],
    });
    expect(Object.values(probe.afterDispose)).toEqual(declared.map(() => 0));
    expect(probe.unregistered).toBe(declared.length);
  });
});
