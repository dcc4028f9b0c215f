/**
 * Issue 3, "a session", as people would do it in their browsers: an administrator defines the
 * parameter "Contact phone" in the Sessions form settings, gives the live chat Support a session
 * name template (seeing the live preview, and the problems of a bad template) and binds the demo
 * processes to its events; an employee writes; an operator sees the session named by the template
 * and "Contact phone" filled by the process, renames the session with the pencil, starts a process
 * by hand and closes the session. Screenshots go to test-results/screenshots/session-configuration-*.png.
 */
import type { Locator, Page } from 'playwright-core';
import { countOf, expectNamedControls, goOnline, screenshot, textOf, useBrowserHost } from '../support/browser';
import { describeWith } from '../support/requirements';

const TEMPLATE = '{$client.name} — {DateTime("DD.MM.YYYY", {$__createdAt}, "en_US")}';

/** "21.11.2026": the day the host names a session created now (the host's zone is this process's). */
function todayInHostZone(): string {
  const zone = process.env.TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: zone, day: '2-digit', month: '2-digit', year: 'numeric' }).formatToParts(new Date());
  const part = (type: string): string => parts.find((item) => item.type === type)?.value ?? '';
  return `${part('day')}.${part('month')}.${part('year')}`;
}

describeWith('chromium', 'configuring sessions in the browser', () => {
  const ui = useBrowserHost('sessions');

  let admin: Page;
  let operator: Page;
  let sessionName = '';

  async function openSupportSettings(page: Page): Promise<void> {
    await page.getByTestId('menu-live-chats.administration').click();
    await page.getByTestId('line-row').filter({ hasText: 'Support' }).getByRole('button', { name: 'Support', exact: true }).click();
    await page.getByRole('heading', { name: 'Support', level: 1 }).waitFor();
  }

  const parameterRows = (page: Page): Locator => page.getByTestId('parameter-row');
  const sessionItems = (page: Page): Locator => page.getByTestId('session-item');
  const parameter = (page: Page, code: string): Locator => page.locator(`[data-testid="session-parameter"][data-code="${code}"] dd`);

  it('an administrator defines "Contact phone" in the form settings of sessions', async () => {
    admin = await ui.signIn('admin');
    await admin.getByTestId('menu-live-chats.workspace').click();
    await admin.getByRole('button', { name: 'Workspace settings' }).click();
    await admin.getByRole('menuitem', { name: /Form settings/ }).click();
    await admin.getByRole('heading', { name: 'Form settings', level: 1 }).waitFor();
    await admin.getByText('No custom parameters yet').waitFor();
    for (const name of ['Live Chat', 'Operator', 'Operator group', 'Priority', 'State', 'Date created', 'External chat name']) {
      await admin.locator('.prop.system').filter({ hasText: name }).first().waitFor();
    }
    await screenshot(admin, 'session-configuration-01-form-settings');
    await expectNamedControls(admin, 'the form settings');

    // Dragging the type "Phone" into the list opens the dialog of a new phone parameter.
    await admin.locator('[data-testid="parameter-type"][data-type="PHONE"]').dragTo(admin.getByTestId('custom-parameters'));
    const dialog = admin.getByTestId('parameter-dialog');
    await dialog.getByRole('heading', { name: 'New parameter: Phone' }).waitFor();
    await dialog.getByLabel('Name').fill('Contact phone');
    expect(await dialog.getByLabel('Code').inputValue()).toBe('contact_phone');
    await screenshot(admin, 'session-configuration-01-new-parameter');
    await expectNamedControls(admin, 'the parameter dialog');
    await dialog.getByRole('button', { name: 'Add' }).click();
    await countOf(parameterRows(admin), 'custom parameters', 1);
    await textOf(parameterRows(admin), 'the new parameter', /Contact phone.*contact_phone.*Phone/s);

    // The keyboard way: "Add" next to a type; a category needs its items.
    await admin.getByRole('button', { name: 'Add a Category parameter' }).focus();
    await admin.keyboard.press('Enter');
    await dialog.getByRole('heading', { name: 'New parameter: Category' }).waitFor();
    await dialog.getByLabel('Name').fill('Request type');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await textOf(dialog.getByRole('alert'), 'the missing items', /Add at least one item/);
    await dialog.getByRole('button', { name: '+ Add item' }).click();
    await dialog.getByLabel('Item 1 name').fill('Complaint');
    await dialog.getByRole('button', { name: '+ Add item' }).click();
    await dialog.getByLabel('Item 2 name').fill('Question');
    expect(await dialog.getByLabel('Item 2 code').inputValue()).toBe('question');
    await screenshot(admin, 'session-configuration-01-category-parameter');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await countOf(parameterRows(admin), 'custom parameters', 2);
    await textOf(parameterRows(admin).nth(1), 'the category parameter', /Request type.*request_type.*Category.*2 items/s);

    // A parameter added by mistake goes again before anything is saved.
    await admin.getByRole('button', { name: 'Add a String parameter' }).click();
    await dialog.getByLabel('Name').fill('Temporary');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await countOf(parameterRows(admin), 'custom parameters', 3);
    await admin.getByRole('button', { name: 'Delete Temporary' }).click();
    await countOf(parameterRows(admin), 'custom parameters', 2);

    await admin.getByRole('button', { name: 'Save all' }).click();
    await admin.getByText('Form settings saved').waitFor();
    await screenshot(admin, 'session-configuration-01-form-settings-saved');

    // It is stored: a reload shows the same list.
    await admin.reload();
    await countOf(parameterRows(admin), 'custom parameters after a reload', 2);
    expect(await parameterRows(admin).first().getAttribute('data-code')).toBe('contact_phone');
  });

  it('the administrator names the sessions of Support with a template, seeing a preview and the problems', async () => {
    await openSupportSettings(admin);
    const field = admin.getByLabel('Session name template');
    const save = admin.getByRole('button', { name: 'Save', exact: true });

    await field.fill('{$client.nmae}');
    await field.evaluate((input) => input.scrollIntoView({ block: 'center' }));
    await textOf(admin.getByTestId('template-problems'), 'the problem of the template', /Unknown variable "client\.nmae" at \d+.*did you mean "client\.name"/);
    expect(await save.isDisabled()).toBe(true);
    await screenshot(admin, 'session-configuration-02-template-problem');

    // Built with the pickers: {+} finds a variable, f(x) inserts DateTime, both at the caret.
    await field.fill('');
    await admin.getByRole('button', { name: 'Insert a variable' }).click();
    await admin.getByRole('combobox', { name: 'Search: Insert a variable' }).fill('client');
    await screenshot(admin, 'session-configuration-02-variable-picker');
    await admin.keyboard.press('Enter');
    await field.press('End');
    await field.pressSequentially(' — ');
    await admin.getByRole('button', { name: 'Insert a function' }).click();
    await screenshot(admin, 'session-configuration-02-function-picker');
    await admin.getByRole('menuitem', { name: /DateTime/ }).click();
    expect(await field.inputValue()).toBe(TEMPLATE);
    await textOf(admin.getByTestId('template-preview'), 'the preview', /^Emma Fischer — \d{2}\.\d{2}\.\d{4}$/);
    await countOf(admin.getByTestId('template-problems').getByRole('listitem'), 'problems', 0);
    await screenshot(admin, 'session-configuration-02-template-preview');
    await expectNamedControls(admin, 'the Settings tab with the template');

    // What the server refuses on Save shows under the field, in the server's words.
    let refused = false;
    await admin.route(/\/api\/extensions\/live-chats\/v1\/lines\/[^/]+$/, async (route) => {
      if (route.request().method() !== 'PATCH' || refused) return route.continue();
      refused = true;
      await route.fulfill({ status: 400, contentType: 'application/json', body: JSON.stringify({ error: { code: 'template/invalid', message: 'Unknown variable "client.name" at 2' } }) });
    });
    await save.click();
    await textOf(admin.getByTestId('template-server-error'), 'the refusal under the field', /^Unknown variable "client\.name" at 2$/);
    await admin.unroute(/\/api\/extensions\/live-chats\/v1\/lines\/[^/]+$/);

    await save.click();
    await admin.getByText('Settings saved').waitFor();
    await countOf(admin.getByTestId('template-server-error'), 'refusals after saving', 0);
  });

  it('the administrator binds the demo processes to "On new session creation" and "On session closed"', async () => {
    await admin.getByRole('tab', { name: 'Business Processes' }).click();
    await admin.getByRole('heading', { name: 'Business processes' }).waitFor();
    const created = admin.locator('[data-testid="process-event"][data-event="sessionCreated"]');
    const closed = admin.locator('[data-testid="process-event"][data-event="sessionClosed"]');
    await textOf(created.getByTestId('process-name'), 'the process of the event', /No process/);
    await screenshot(admin, 'session-configuration-03-processes-empty');

    await created.getByRole('button', { name: 'Select a process: On new session creation' }).click();
    await created.getByRole('combobox', { name: /Search/ }).fill('qualify');
    await created.getByRole('option', { name: /Qualify request/ }).click();
    await textOf(created.getByTestId('process-name'), 'the chosen process', /Qualify request\s*qualify_request/);
    await created.getByRole('button', { name: 'Configure the input parameters: On new session creation' }).click();
    const dialog = admin.getByTestId('binding-dialog');
    const sessionSelect = dialog.getByRole('combobox', { name: /Session/ });
    // Only the fields of the variable's own type are offered.
    expect(await sessionSelect.locator('option').allTextContents()).toEqual(['Not filled', 'Session']);
    await sessionSelect.selectOption({ label: 'Session' });
    await screenshot(admin, 'session-configuration-03-input-parameters');
    await expectNamedControls(admin, 'the Input parameters dialog');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await textOf(created.getByTestId('inputs-state'), 'the inputs of the event', /1 of 1 variable filled/);

    await closed.getByRole('button', { name: 'Select a process: On session closed' }).click();
    await closed.getByRole('option', { name: /Notify on close/ }).click();
    await closed.getByRole('button', { name: 'Configure the input parameters: On session closed' }).click();
    await dialog.getByRole('combobox', { name: /Session/ }).selectOption({ label: 'Session' });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await textOf(closed.getByTestId('inputs-state'), 'the inputs of the close event', /1 of 1 variable filled/);

    await admin.getByRole('button', { name: 'Save', exact: true }).click();
    await admin.getByText('Business processes saved').waitFor();
    await screenshot(admin, 'session-configuration-03-processes-saved');
    await expectNamedControls(admin, 'the Business Processes tab');

    // The tab is in the URL, and the bindings are stored.
    await admin.reload();
    await textOf(admin.locator('[data-testid="process-event"][data-event="sessionCreated"]').getByTestId('process-name'), 'the stored binding', /Qualify request/);
  });

  it('an employee writes; the operator sees the session named by the template, "Contact phone" filled by the process', async () => {
    operator = await ui.signIn('operator1');
    await goOnline(operator);
    await operator.getByTestId('menu-live-chats.workspace').click();
    await operator.getByTestId('nav-line').filter({ hasText: 'Support' }).getByRole('button', { name: 'Queue' }).click();
    await operator.getByRole('heading', { name: 'Queue', exact: true }).waitFor();
    // Operators have no gear: form settings are for administrators.
    expect(await operator.getByRole('button', { name: 'Workspace settings' }).count()).toBe(0);

    const employee = await ui.signIn('employee1');
    await employee.getByTestId('menu-live-chats.messages').click();
    await employee.getByRole('button', { name: 'Support', exact: true }).click();
    await employee.getByRole('textbox', { name: 'Message' }).fill('Hello, my phone stopped working');
    await employee.getByRole('button', { name: 'Send' }).click();
    await employee.getByTestId('message').filter({ hasText: 'my phone stopped working' }).waitFor();

    sessionName = `Emma Fischer — ${todayInHostZone()}`;
    await countOf(sessionItems(operator), 'sessions in the queue', 1);
    await textOf(sessionItems(operator).locator('.name'), 'the name of the session in the queue', new RegExp(`^${sessionName}$`));
    // The process started on creation fills "Contact phone"; the list shows it under the client.
    await textOf(sessionItems(operator).getByTestId('session-params'), 'the parameters in the list', /Contact phone: \+?\d{5,}/);
    await screenshot(operator, 'session-configuration-04-queue');

    await sessionItems(operator).first().click();
    await textOf(operator.getByTestId('session-title'), 'the session title', new RegExp(`^${sessionName}$`));
    await textOf(parameter(operator, 'contact_phone'), 'Contact phone in About the session', /\+?\d{5,}/);
    await textOf(parameter(operator, 'request_type'), 'the unfilled parameter', /^Not set$/);
    // Operators cannot edit parameters, nor rename a session that is not theirs yet.
    expect(await operator.getByRole('button', { name: 'Rename the session' }).count()).toBe(0);
    await screenshot(operator, 'session-configuration-04-session-with-parameters');
  });

  it('the operator renames the session with the pencil (Enter saves, Escape cancels) and starts a process by hand', async () => {
    await operator.getByRole('button', { name: 'Start work' }).click();
    await operator.getByRole('button', { name: 'Close session' }).waitFor();
    const header = operator.locator('lc-session-name[variant="title"]');

    await header.getByRole('button', { name: 'Rename the session' }).click();
    await header.getByRole('textbox', { name: 'Session name' }).fill('Something else');
    await header.getByRole('textbox', { name: 'Session name' }).press('Escape');
    await textOf(operator.getByTestId('session-title'), 'the title after Escape', new RegExp(`^${sessionName}$`));

    await header.getByRole('button', { name: 'Rename the session' }).click();
    await header.getByRole('textbox', { name: 'Session name' }).fill('Broken phone — Emma');
    await screenshot(operator, 'session-configuration-05-renaming');
    await header.getByRole('textbox', { name: 'Session name' }).press('Enter');
    await textOf(operator.getByTestId('session-title'), 'the renamed title', /^Broken phone — Emma$/);
    await textOf(operator.getByTestId('about-session-name'), 'the name in About the session', /^Broken phone — Emma$/);
    await textOf(sessionItems(operator).locator('.name'), 'the name in My sessions', /^Broken phone — Emma$/);
    await operator.getByTestId('message').filter({ hasText: 'renamed the session to "Broken phone — Emma"' }).waitFor();

    await operator.getByRole('button', { name: 'Session actions' }).click();
    await operator.getByRole('menuitem', { name: 'Start business process' }).click();
    const dialog = operator.getByTestId('process-start-dialog');
    await dialog.getByTestId('process-choice').filter({ hasText: 'Qualify request' }).click();
    await screenshot(operator, 'session-configuration-05-start-process');
    await expectNamedControls(operator, 'the Start business process dialog');
    await dialog.getByRole('button', { name: 'Start' }).click();
    await textOf(dialog.getByTestId('process-result'), 'the result of the process', /Qualify request.*(finished|running)/s);
    await screenshot(operator, 'session-configuration-05-process-result');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await textOf(parameter(operator, 'contact_phone'), 'Contact phone after the manual run', /\+?\d{5,}/);
    await expectNamedControls(operator, 'the session page');
  });

  it('the administrator names Contacts as the app to bind accounts; the operator binds a new contact to the session', async () => {
    await openSupportSettings(admin);
    const apps = admin.getByTestId('line-apps');
    await apps.getByLabel('To bind an account').selectOption({ label: 'Contacts' });
    await admin.getByRole('button', { name: 'Save', exact: true }).click();
    await admin.getByRole('status').filter({ hasText: 'Settings saved' }).waitFor();
    await screenshot(admin, 'session-configuration-07-apps-settings');

    await operator.reload();
    const contacts = operator.locator('[data-testid="session-items"][data-app="contacts"]');
    await contacts.getByRole('button', { name: 'Bind Contacts' }).click();
    const dialog = operator.getByTestId('item-bind-dialog');
    await dialog.getByText('New item').click();
    await dialog.getByLabel('Name').fill('Emma Fischer (Northwind)');
    await screenshot(operator, 'session-configuration-07-bind-dialog');
    await expectNamedControls(operator, 'the bind dialog');
    await dialog.getByRole('button', { name: 'Bind' }).click();
    await textOf(contacts.getByTestId('bound-item'), 'the bound contact', /Emma Fischer \(Northwind\)/);
    await screenshot(operator, 'session-configuration-07-bound');
    // The contact now carries the client's account, so her conversations can be found from it.
    const found = await ui.host.apps.searchItems('contacts', 'Northwind');
    const contact = found.find((item) => item.name === 'Emma Fischer (Northwind)');
    expect(contact?.data.account).toEqual([expect.objectContaining({ type: 'internal' })]);
  });

  it('the operator closes the session', async () => {
    await operator.getByRole('button', { name: 'Close session' }).click();
    await textOf(operator.getByTestId('session-state'), 'the state', /^Closed$/);
    // A closed session can no longer be renamed by its operator.
    await countOf(operator.getByRole('button', { name: 'Rename the session' }), 'rename pencils', 0);
    await screenshot(operator, 'session-configuration-06-closed-session');
    await operator.getByTestId('nav-line').filter({ hasText: 'Support' }).getByRole('button', { name: 'Closed sessions' }).click();
    await textOf(sessionItems(operator).locator('.name'), 'the closed session', /^Broken phone — Emma$/);
    await textOf(sessionItems(operator).getByTestId('session-params'), 'the parameters of the closed session', /Contact phone/);
    await screenshot(operator, 'session-configuration-06-closed');
  });
});
