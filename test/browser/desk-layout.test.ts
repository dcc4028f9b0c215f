/**
 * The workspace's layout, search and accessibility in Chromium (spec §5.1, §5.3): opening Live
 * Chats lands on My Desk › Sessions; the desk works at 1440×900 and 1280×720 (no horizontal
 * scrolling, the composer and About the session reachable) and in narrow windows (the menu behind
 * "Menu", the list and the conversation taking turns, About the session as a drawer); the search
 * finds messages of the open session and, with none open, sessions by name; axe-core finds no
 * serious or critical violation on any main screen. Screenshots of every screen at both sizes go
 * to test-results/screenshots/desk-layout-*.png.
 */
import type { Locator, Page } from 'playwright-core';
import { countOf, expectNamedControls, expectNoSeriousA11yViolations, goOnline, screenshot, textOf, until, useBrowserHost } from '../support/browser';
import { describeWith } from '../support/requirements';

const WIDE = { width: 1440, height: 900 };
const LAPTOP = { width: 1280, height: 720 };

describeWith('chromium', 'the workspace layout in the browser', () => {
  const ui = useBrowserHost('desk-layout');

  let operator: Page;
  let admin: Page;

  /** Nothing is wider than the window: the page does not scroll sideways and `locators` are inside it. */
  async function expectFits(page: Page, where: string, locators: Locator[] = []): Promise<void> {
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    expect({ where, overflow: scrollWidth > innerWidth }).toEqual({ where, overflow: false });
    const size = page.viewportSize()!;
    for (const locator of locators) {
      await locator.waitFor();
      const box = (await locator.boundingBox())!;
      const inside = box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width + 1 && box.y + box.height <= size.height + 1;
      expect({ where, element: locator.toString(), inside }).toEqual({ where, element: locator.toString(), inside: true });
    }
  }

  /** Screenshots at 1440×900 and 1280×720, each checked for overflow; the page is left at 1440×900. */
  async function shoot(page: Page, name: string, visible: (page: Page) => Locator[] = () => []): Promise<void> {
    for (const [size, suffix] of [
      [LAPTOP, '1280'],
      [WIDE, '1440'],
    ] as const) {
      await page.setViewportSize(size);
      await expectFits(page, `${name} at ${suffix}`, visible(page));
      await screenshot(page, `desk-layout-${name}-${suffix}`);
    }
  }

  const nav = (page: Page): Locator => page.locator('lc-desk-nav');
  /** A list of the live chat Support in the menu. */
  const navView = (page: Page, view: 'queue' | 'mine' | 'closed'): Locator => nav(page).getByTestId('nav-line').locator(`[data-view="${view}"]`);
  const search = (page: Page): Locator => page.getByRole('searchbox');
  const composer = (page: Page): Locator => page.getByRole('textbox', { name: 'Message' });

  it('opens on My Desk › Sessions, the first item of the menu', async () => {
    const employee = await ui.signIn('employee1');
    await employee.getByTestId('menu-live-chats.messages').click();
    await employee.getByRole('button', { name: 'Support', exact: true }).click();
    for (const text of ['Hello, my order 4411 has not arrived', 'It was a blue lamp', 'Could you check the ORDER status, please?']) {
      await employee.getByRole('textbox', { name: 'Message' }).fill(text);
      await employee.getByRole('button', { name: 'Send' }).click();
      await employee.getByTestId('message').filter({ hasText: text }).waitFor();
    }

    operator = await ui.signIn('operator1');
    await goOnline(operator);
    await operator.getByTestId('menu-live-chats.workspace').click();
    const sessions = nav(operator).getByTestId('nav-my-desk').getByRole('button', { name: 'Sessions' });
    await textOf(sessions, 'My Desk › Sessions', /Sessions/);
    expect(await sessions.getAttribute('aria-current')).toBe('page');
    const menu = await nav(operator).locator('h2').allTextContents();
    expect(menu).toEqual(['My Desk', 'Response templates', 'Support']);
    // Only an operator: Active sessions is a supervisor's list, and no channel lets operators start sessions.
    expect(await nav(operator).getByRole('button').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Queue'), expect.stringContaining('My sessions'), expect.stringContaining('Closed sessions')]),
    );
    await countOf(nav(operator).getByRole('button', { name: 'Active sessions' }), 'Active sessions for an operator', 0);
    await countOf(operator.getByRole('button', { name: '+New Session' }), '+New Session buttons', 0);
    await operator.locator('lc-sessions-app').getByRole('heading', { name: 'Sessions', level: 1 }).waitFor();
    await expectNoSeriousA11yViolations(operator, 'My Desk › Sessions');
    await shoot(operator, '01-sessions');
  });

  it('shows the queue, then a session with its conversation and About the session at 1440 and 1280', async () => {
    await navView(operator, 'queue').click();
    await operator.getByTestId('session-item').first().waitFor();
    await expectNoSeriousA11yViolations(operator, 'the Queue');
    await shoot(operator, '02-queue');

    await operator.getByTestId('session-item').first().click();
    await operator.getByRole('button', { name: 'Start work' }).click();
    await operator.getByRole('button', { name: 'Close session' }).waitFor();
    await composer(operator).fill('Hello Emma, I am looking at order 4411 now.');
    await operator.getByRole('button', { name: 'Send' }).click();
    await operator.getByTestId('message').filter({ hasText: 'looking at order 4411' }).waitFor();

    // Wide: About the session beside the conversation, no toggle.
    await operator.setViewportSize(WIDE);
    await operator.getByTestId('about-session').waitFor();
    await countOf(operator.getByTestId('about-toggle').locator('visible=true'), 'visible About toggles at 1440', 0);
    await expectFits(operator, 'a session at 1440', [composer(operator), operator.getByRole('button', { name: 'Send' }), operator.getByTestId('about-session')]);
    await expectNoSeriousA11yViolations(operator, 'the desk with a session open');
    await expectNamedControls(operator, 'the desk with a session open');
    await screenshot(operator, 'desk-layout-03-session-1440');

    // 1280×720: the conversation keeps its room, About the session opens as a drawer.
    await operator.setViewportSize(LAPTOP);
    const toggle = operator.getByTestId('about-toggle');
    await toggle.waitFor();
    await countOf(operator.getByTestId('about-session').locator('visible=true'), 'About panels shown before the toggle', 0);
    await expectFits(operator, 'a session at 1280', [composer(operator), operator.getByRole('button', { name: 'Send' }), operator.getByRole('button', { name: 'Close session' })]);
    await screenshot(operator, 'desk-layout-03-session-1280');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await expectFits(operator, 'About the session at 1280', [operator.getByTestId('about-session'), operator.getByTestId('session-priority')]);
    await screenshot(operator, 'desk-layout-03-session-about-1280');
    await operator.getByTestId('about-session').getByRole('button', { name: 'Close About the session' }).click();
    await countOf(operator.getByTestId('about-session').locator('visible=true'), 'About panels after closing', 0);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await operator.setViewportSize(WIDE);
  });

  it('searches the open session: its messages with the words marked, and shows the one picked', async () => {
    const box = search(operator);
    expect(await box.getAttribute('aria-label')).toBe('Search in this session');
    await box.fill('order');
    const results = operator.getByTestId('search-results');
    await countOf(results.getByTestId('search-result'), 'messages containing "order"', 3);
    await textOf(results.getByRole('status'), 'the result count', /3 messages found/);
    expect(await results.locator('mark').allTextContents()).toEqual(['order', 'ORDER', 'order']);
    await textOf(results.getByTestId('search-result').first(), 'the first result', /Emma Fischer.*Hello, my order 4411/s);
    await screenshot(operator, 'desk-layout-04-search-messages');
    await expectNoSeriousA11yViolations(operator, 'the search results of a session');

    const picked = results.getByTestId('search-result').filter({ hasText: 'status' });
    const seq = await picked.getAttribute('data-seq');
    await picked.click();
    const message = operator.locator(`[data-testid="message"][data-seq="${seq}"]`);
    await until('the picked message to be marked', () => message.getAttribute('class'), (value) => /\bfound\b/.test(value ?? ''));
    await countOf(results, 'open result lists', 0);

    // The session's name matches too; Escape empties the box.
    await box.fill('fischer');
    await operator.getByTestId('search-name-match').waitFor();
    await textOf(results.getByRole('status'), 'the name-only result', /The session name matches/);
    await box.press('Escape');
    expect(await box.inputValue()).toBe('');
    await countOf(results, 'open result lists', 0);
  });

  it('searches session names with no session open and opens the one picked', async () => {
    await navView(operator, 'closed').click();
    await operator.getByRole('heading', { name: 'Closed sessions', exact: true }).waitFor();
    const box = search(operator);
    expect(await box.getAttribute('aria-label')).toBe('Search sessions');
    await box.fill('nobody has this name');
    await textOf(operator.getByTestId('search-results').getByRole('status'), 'no results', /No session of your live chats/);
    await box.fill('EMMA');
    const result = operator.getByTestId('search-results').getByTestId('search-result');
    await countOf(result, 'sessions named like "EMMA"', 1);
    await screenshot(operator, 'desk-layout-05-search-sessions');
    await result.click();
    // It opens in My sessions, the list it is in.
    await composer(operator).waitFor();
    expect(await navView(operator, 'mine').getAttribute('aria-current')).toBe('page');
  });

  for (const width of [800, 420]) {
    it(`stays usable ${width} px wide: the menu behind a button, one column, About as a drawer`, async () => {
      await operator.setViewportSize({ width, height: 720 });
      const menuButton = operator.getByRole('button', { name: 'Menu' });
      await menuButton.waitFor();
      await countOf(nav(operator).locator('visible=true'), 'visible menus while closed', 0);
      // A session is open: the list gives way to the conversation, with a way back.
      await countOf(operator.getByTestId('session-item').locator('visible=true'), 'visible list items beside a session', 0);
      await expectFits(operator, `a session at ${width}`, [composer(operator), operator.getByRole('button', { name: 'Send' }), search(operator)]);
      await screenshot(operator, `desk-layout-06-session-${width}`);

      await operator.getByTestId('about-toggle').click();
      await expectFits(operator, `About the session at ${width}`, [operator.getByTestId('about-session')]);
      await screenshot(operator, `desk-layout-06-about-${width}`);
      await operator.getByTestId('about-toggle').click();

      await operator.getByRole('button', { name: 'Back to the list' }).click();
      await operator.getByTestId('session-item').first().waitFor();
      await expectFits(operator, `the list at ${width}`, [operator.getByTestId('session-item').first()]);

      await menuButton.click();
      expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
      await expectFits(operator, `the menu at ${width}`, [navView(operator, 'queue')]);
      await screenshot(operator, `desk-layout-06-menu-${width}`);
      await expectNoSeriousA11yViolations(operator, `the open menu at ${width}`);
      await navView(operator, 'mine').click();
      await countOf(nav(operator).locator('visible=true'), 'visible menus after choosing', 0);
      await operator.getByTestId('session-item').first().click();
      await composer(operator).waitFor();
    });
  }

  it('has no serious accessibility violation on the other main screens, at 1440 and 1280', async () => {
    await operator.setViewportSize(WIDE);
    await operator.getByRole('button', { name: 'Menu' }).waitFor({ state: 'hidden' });
    for (const [name, label] of [
      ['07-articles', 'Articles'],
      ['08-templates', 'Templates'],
    ] as const) {
      await nav(operator).getByRole('button', { name: label }).click();
      await operator.getByRole('heading', { name: label, level: 1 }).waitFor();
      await expectNoSeriousA11yViolations(operator, `Response templates › ${label}`);
      await shoot(operator, name);
    }

    admin = await ui.signIn('admin');
    await admin.getByTestId('menu-live-chats.workspace').click();
    await nav(admin).getByRole('button', { name: 'Reports' }).click();
    await admin.getByRole('heading', { name: 'Reports', level: 1 }).waitFor();
    await expectNoSeriousA11yViolations(admin, 'Reports');
    await shoot(admin, '09-reports');

    await admin.getByTestId('menu-live-chats.administration').click();
    await admin.getByTestId('line-row').filter({ hasText: 'Support' }).waitFor();
    await expectNoSeriousA11yViolations(admin, 'Administration › Live Chats');
    await shoot(admin, '10-admin-live-chats');

    await admin.getByTestId('line-row').filter({ hasText: 'Support' }).getByRole('button', { name: 'Support', exact: true }).click();
    const tabs = admin.getByRole('tab');
    await tabs.first().waitFor();
    for (const tab of await tabs.allTextContents()) {
      await admin.getByRole('tab', { name: tab.trim() }).click();
      await until(`the ${tab.trim()} tab to be selected`, () => admin.getByRole('tab', { name: tab.trim() }).getAttribute('aria-selected'), (value) => value === 'true');
      await expectNoSeriousA11yViolations(admin, `the live chat's ${tab.trim()} tab`);
      await shoot(admin, `11-line-${tab.trim().toLowerCase().replace(/\W+/g, '-')}`);
    }

    await admin.getByTestId('menu-live-chats.administration').click();
    await admin.getByRole('button', { name: 'Live Chats Settings' }).click();
    await admin.getByRole('heading', { name: 'Live Chats Settings', level: 1 }).waitFor();
    await expectNoSeriousA11yViolations(admin, 'Live Chats Settings');
    await shoot(admin, '12-live-chats-settings');

    const employee = await ui.signIn('employee1');
    await employee.getByTestId('menu-live-chats.messages').click();
    await employee.getByRole('button', { name: 'Support', exact: true }).click();
    await employee.getByTestId('message').first().waitFor();
    await expectNoSeriousA11yViolations(employee, 'the Messages workspace');
    await shoot(employee, '13-messages', (page) => [page.getByRole('textbox', { name: 'Message' })]);
  });

  it('shows where the keyboard is: a :focus-visible outline on buttons, inputs and menu items', async () => {
    await operator.getByTestId('menu-live-chats.workspace').click();
    await navView(operator, 'queue').focus();
    await operator.keyboard.press('Tab');
    await operator.keyboard.press('Shift+Tab');
    const outline = await navView(operator, 'queue').evaluate((element) => {
        const style = getComputedStyle(element);
        return { matches: element.matches(':focus-visible'), width: style.outlineWidth, style: style.outlineStyle };
      });
    expect(outline).toEqual({ matches: true, width: '2px', style: 'solid' });
  });
});
