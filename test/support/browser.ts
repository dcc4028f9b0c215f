/**
 * Browser suites: Debian's Chromium driven by playwright-core (never a downloaded browser), a
 * reference host on a fresh data folder, signed-in pages in their own contexts, and the checks
 * the suites share. `useBrowserHost` registers the suite's hooks: an uncaught error in any page
 * fails the test it happened in.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from './requirements';
import { createTestHost, DEMO_PASSWORD, ROOT, type TestHost, type TestHostOptions } from './test-host';
import { until } from './until';

export const SCREENSHOTS = join(ROOT, 'test-results/screenshots');
export const VIEWPORT = { width: 1440, height: 900 };
export { until, WAIT } from './until';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** Waits until `check` holds, polling; fails with what was last seen. */
/** Switches the signed-in operator Online with the status switch beside their name, as they would. */
export async function goOnline(page: Page): Promise<void> {
  // The switch is shown once the status is known; a status kept from an earlier visit stays.
  const trigger = page.getByTestId('operator-status');
  if ((await trigger.getAttribute('data-status')) === 'online') return;
  await trigger.click();
  await page.getByRole('switch', { name: 'Operator status' }).click();
  await page.locator('[data-testid="operator-status"][data-status="online"]').waitFor();
  await page.keyboard.press('Escape');
}

export const countOf = (locator: Locator, describe: string, expected: number): Promise<number> =>
  until(`${describe} to be ${expected}`, () => locator.count(), (count) => count === expected);

export const textOf = (locator: Locator, describe: string, pattern: RegExp): Promise<string> =>
  until(
    `${describe} to match ${pattern}`,
    async () => ((await locator.count()) > 0 ? ((await locator.first().textContent()) ?? '').trim() : ''),
    (text) => pattern.test(text),
  );

/** Every control on the page has an accessible name (the accessibility tree, through shadow roots). */
export async function expectNamedControls(page: Page, where: string): Promise<void> {
  const tree = await page.locator('body').ariaSnapshot();
  const unnamed = tree
    .split('\n')
    .filter((line) => /^\s*- (button|link|textbox|combobox|checkbox|spinbutton|tab|option|listbox|dialog)(\s*\[[^\]]*\])*\s*:?\s*$/.test(line));
  expect({ where, unnamed }).toEqual({ where, unnamed: [] });
}

/**
 * axe-core's check of the page (through open shadow roots) finds no serious or critical
 * violation; a failure lists each rule with the elements it found and what is wrong. The shell's
 * CSP refuses inline scripts, so axe is evaluated through the DevTools protocol instead.
 */
export async function expectNoSeriousA11yViolations(page: Page, where: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    const { source } = (await import('axe-core')) as unknown as { source: string };
    await page.evaluate(source);
  }
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        rule: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.slice(0, 5).map((node) => `${JSON.stringify(node.target)}: ${node.failureSummary?.replace(/\s+/g, ' ')}`),
      }));
  });
  expect({ where, violations }).toEqual({ where, violations: [] });
}

export interface BrowserHost {
  /** The running host (a new one after `restartHost`). */
  readonly host: TestHost;
  readonly browser: Browser;
  openContext(): Promise<BrowserContext>;
  /** Fails the running test on an uncaught error in the page. */
  watch(page: Page, who: string): Page;
  /** A page signed in as a demo user, in a new context unless one is given. */
  signIn(login: string, context?: BrowserContext): Promise<Page>;
  /** Closes every page opened so far (as people closing their browsers). */
  closeContexts(): Promise<void>;
  /** Stops the host and starts it again on the same data. */
  restartHost(): Promise<void>;
}

/** `options`: the host's clock and the company's time zone, kept across `restartHost`. */
export function useBrowserHost(prefix: string, options: Pick<TestHostOptions, 'now' | 'timezone'> = {}): BrowserHost {
  let dataDir = '';
  let host: TestHost | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    for (const bundle of ['dist/host/assets/shell.js', 'dist/extension/workspace.js']) {
      if (!existsSync(join(ROOT, bundle))) throw new Error(`${bundle} is not built: run \`npm run build\` (npm test does it).`);
    }
    dataDir = mkdtempSync(join(tmpdir(), `livechats-${prefix}-`));
    host = await createTestHost({ dataDir, now: options.now, timezone: options.timezone });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
    await browser?.close().catch(() => undefined);
    await host?.close().catch(() => undefined);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  afterEach(() => {
    const errors = pageErrors.splice(0);
    if (errors.length > 0) throw new Error(`Uncaught errors in the pages:\n${errors.join('\n')}`);
  });

  const fixture: BrowserHost = {
    get host() {
      if (!host) throw new Error('the host is not started');
      return host;
    },
    get browser() {
      if (!browser) throw new Error('the browser is not started');
      return browser;
    },
    async openContext() {
      const context = await fixture.browser.newContext({ viewport: VIEWPORT });
      contexts.push(context);
      return context;
    },
    watch(page, who) {
      page.on('pageerror', (error) => pageErrors.push(`${who}: ${error.message}`));
      return page;
    },
    async signIn(login, context) {
      const page = fixture.watch(await (context ?? (await fixture.openContext())).newPage(), login);
      await page.goto(`${fixture.host.url}/`);
      await page.getByLabel('Login').fill(login);
      await page.getByLabel('Password').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByTestId('user-name').waitFor();
      return page;
    },
    async closeContexts() {
      await Promise.all(contexts.splice(0).map((context) => context.close()));
    },
    async restartHost() {
      await fixture.host.close();
      host = await createTestHost({ dataDir, now: options.now, timezone: options.timezone });
    },
  };
  return fixture;
}
