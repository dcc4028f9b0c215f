/**
 * Administration › Processes in Chromium: an administrator opens the demo template "Qualify
 * request", saves a script that does not compile and is told where, fixes it, runs the process
 * from the Run form and reads the outcome in the instances table; an operator has no such menu
 * entry. Screenshots go to test-results/screenshots/processes-*.png.
 */
import { expectNamedControls, screenshot, useBrowserHost } from '../../support/browser';
import { describeWith } from '../../support/requirements';

const WORKING = `/** Script activities of "Qualify request". */

export async function qualify(): Promise<void> {
  const me = await System.users.getCurrentUser();
  Context.data.note = \`Qualified \${Context.data.session} for \${me.name}\`;
}
`;
const BROKEN = WORKING.replace('const me =', 'const me = =');
const REFUSING = `export async function qualify(): Promise<void> {
  throw { code: 'crm/not-qualified', message: 'The request has no contact phone.' };
}
`;

describeWith('chromium', 'the process designer page', () => {
  const ui = useBrowserHost('processes');

  it('lets an administrator edit a script, run the process and read the outcome', async () => {
    const page = await ui.signIn('admin');
    const entry = page.getByTestId('menu-host.processes');
    await expect(entry.textContent()).resolves.toBe('Processes');
    await entry.click();
    await page.getByRole('heading', { name: 'Processes', exact: true }).waitFor();
    const rows = page.getByTestId('template-row');
    await rows.filter({ hasText: 'Notify on close' }).waitFor();
    expect(await rows.count()).toBe(2);
    await expectNamedControls(page, 'the process designer');
    await screenshot(page, 'processes-01-list');

    await page.getByRole('link', { name: 'Qualify request' }).click();
    await page.getByRole('heading', { name: 'Qualify request', level: 1 }).waitFor();
    expect(page.url()).toMatch(/#\/host\.processes\?template=qualify_request$/);
    const editor = page.getByTestId('script-editor');
    expect(await editor.inputValue()).toContain("LiveChats.sessions.setParameter(Context.data.session, 'contact_phone'");
    await expectNamedControls(page, 'the process designer');
    await screenshot(page, 'processes-02-template');

    await editor.fill(BROKEN);
    await page.getByTestId('save-script').click();
    const problem = page.getByTestId('script-problem');
    await problem.waitFor();
    expect(await problem.textContent()).toMatch(/^Line 4, column \d+: Unexpected "="$/);
    await screenshot(page, 'processes-03-script-error');

    await editor.fill(WORKING);
    await page.getByTestId('save-script').click();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    expect(await problem.count()).toBe(0);
    expect((await ui.host.processes.getTemplate('qualify_request'))?.script).toBe(WORKING);

    await page.getByLabel('Session').fill('session-7');
    await page.getByTestId('run-process').click();
    await page.getByTestId('run-outcome').filter({ hasText: 'The instance finished: Done.' }).waitFor();
    const instances = page.getByTestId('instance-row');
    await instances.filter({ hasText: 'Done' }).waitFor();
    await instances.first().getByText('Context').click();
    expect(await instances.first().locator('pre').textContent()).toContain('"note": "Qualified session-7 for Alice Morgan"');
    expect(await instances.first().textContent()).toContain('Alice Morgan');

    await editor.fill(REFUSING);
    await page.getByTestId('save-script').click();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await page.getByLabel('Session').fill('session-8');
    await page.getByTestId('run-process').click();
    await page.getByTestId('run-outcome').filter({ hasText: 'crm/not-qualified' }).waitFor();
    await page.locator('[data-testid="instance-row"][data-status="error"]').waitFor();
    const failed = page.getByTestId('instance-error').first();
    expect(await failed.textContent()).toMatch(/crm\/not-qualified\s+in Qualify the request\s+The request has no contact phone\./);
    // The Done instance's context stays open on its own row, not on the row that took its place.
    expect(await instances.nth(1).locator('details').getAttribute('open')).toBe('');
    expect(await instances.first().locator('details').getAttribute('open')).toBeNull();
    await instances.last().scrollIntoViewIfNeeded();
    await screenshot(page, 'processes-04-instances');

    await page.getByRole('link', { name: '← All processes' }).click();
    await rows.filter({ hasText: 'Qualify request' }).filter({ hasText: 'Error' }).waitFor();
    expect(await page.getByTestId('instance-row').count()).toBe(2);
    expect(await page.getByTestId('instance-error').textContent()).toContain('in Qualify the request');
    await screenshot(page, 'processes-05-list-after-runs');
  });

  it('shows no Processes entry to an operator, nor the page by its address', async () => {
    const page = await ui.signIn('operator1');
    expect(await page.getByTestId('menu-host.processes').count()).toBe(0);
    await page.goto(`${ui.host.url}/#/host.processes`);
    await page.getByTestId('user-name').waitFor();
    await page.waitForFunction(() => !location.hash.startsWith('#/host.processes'));
    expect(await page.locator('lc-process-designer').count()).toBe(0);
  });
});
