/**
 * Response templates in the browser (spec §5.4): an administrator writes a template and an
 * article in Live Chats › Response templates; an operator sees them read-only, takes an
 * employee's session on "Support", inserts the template (rendered for the session) from the
 * composer's picker and sends it. Screenshots go to test-results/screenshots/response-templates-*.png.
 */
import type { Page } from 'playwright-core';
import { countOf, expectNamedControls, goOnline, screenshot, textOf, useBrowserHost } from '../support/browser';
import { describeWith } from '../support/requirements';

describeWith('chromium', 'response templates in the browser', () => {
  const ui = useBrowserHost('response-templates');

  let admin: Page;
  let operator: Page;

  const openSection = async (page: Page, name: 'Articles' | 'Templates') => {
    await page.getByTestId('menu-live-chats.workspace').click();
    await page.getByTestId('nav-response-templates').getByRole('button', { name }).click();
    await page.getByRole('heading', { name, level: 1 }).waitFor();
  };

  it('an administrator adds a template (checked as typed) and an article', async () => {
    admin = await ui.signIn('admin');
    await openSection(admin, 'Templates');
    await admin.getByTestId('templates-empty').waitFor();
    await screenshot(admin, 'response-templates-01-templates-empty');

    await admin.getByRole('button', { name: '+Template' }).click();
    const dialog = admin.getByTestId('template-dialog');
    await dialog.getByLabel('Name').fill('Greeting');
    await dialog.getByLabel('Description').fill('First answer of a session');
    const text = dialog.getByRole('textbox', { name: 'Template *' });
    await text.fill('Hello {$client.nam}!');
    await textOf(dialog.getByTestId('template-problems'), 'the template problems', /client\.nam.*at 6/);
    expect(await dialog.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);
    await screenshot(admin, 'response-templates-02-template-problem');
    await text.fill('Hello {$client.name}, this is {$line.name}. How can I help?');
    await textOf(dialog.getByTestId('template-preview'), 'the preview', /Hello Emma Fischer, this is Support/);
    await screenshot(admin, 'response-templates-02-template-dialog');
    await expectNamedControls(admin, 'the template dialog');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await textOf(admin.getByTestId('template-row'), 'the template row', /Greeting.*First answer/s);
    await screenshot(admin, 'response-templates-03-templates');

    await openSection(admin, 'Articles');
    await admin.getByTestId('articles-empty').waitFor();
    await admin.getByRole('button', { name: '+Article' }).click();
    const article = admin.getByTestId('article-dialog');
    await article.getByLabel('Name').fill('Delivery times');
    await article.getByLabel('Description').fill('Orders ship within 2 days.');
    await article.getByLabel('Link').fill('https://help.example.com/delivery');
    await screenshot(admin, 'response-templates-04-article-dialog');
    await article.getByRole('button', { name: 'Save' }).click();
    await textOf(admin.getByTestId('article-row'), 'the article row', /Delivery times.*Orders ship.*help\.example\.com.*All records/s);
    await screenshot(admin, 'response-templates-05-articles');
    await expectNamedControls(admin, 'Response templates › Articles');
  });

  it('an operator reads them, takes a session and sends the template from the composer picker', async () => {
    const employee = await ui.signIn('employee1');
    await employee.getByTestId('menu-live-chats.messages').click();
    await employee.getByRole('button', { name: 'Support' }).click();
    await employee.getByRole('textbox', { name: 'Message' }).fill('Hello, where is my order?');
    await employee.getByRole('button', { name: 'Send' }).click();
    await employee.getByTestId('message').filter({ hasText: 'where is my order' }).waitFor();

    operator = await ui.signIn('operator1');
    await goOnline(operator);
    await openSection(operator, 'Templates');
    await operator.getByTestId('template-row').filter({ hasText: 'Greeting' }).waitFor();
    await countOf(operator.getByRole('button', { name: '+Template' }), '+Template buttons for an operator', 0);
    await countOf(operator.getByRole('button', { name: 'Edit Greeting' }), 'edit buttons for an operator', 0);
    await screenshot(operator, 'response-templates-06-operator-templates');

    const nav = operator.getByTestId('nav-line').filter({ hasText: 'Support' });
    await nav.getByRole('button', { name: 'Queue' }).click();
    await operator.getByTestId('session-item').first().click();
    await operator.getByRole('button', { name: 'Start work' }).click();
    await operator.getByRole('button', { name: 'Close session' }).waitFor();

    const composer = operator.getByRole('textbox', { name: 'Message' });
    await composer.fill('Hi!');
    await operator.getByRole('button', { name: 'Response templates' }).click();
    const picker = operator.getByTestId('response-picker');
    await picker.getByRole('searchbox', { name: 'Search response templates' }).waitFor();
    // Escape closes it and gives the focus back to the button.
    await operator.keyboard.press('Escape');
    await countOf(picker, 'open pickers', 0);
    expect(await operator.getByRole('button', { name: 'Response templates' }).evaluate((el) => el.matches(':focus'))).toBe(true);
    await operator.keyboard.press('Enter');
    await picker.getByTestId('response-item').filter({ hasText: 'Greeting' }).waitFor();
    await picker.getByRole('searchbox', { name: 'Search response templates' }).fill('first answer');
    await countOf(picker.getByTestId('response-item'), 'templates matching "first answer"', 1);
    await screenshot(operator, 'response-templates-07-picker');
    await expectNamedControls(operator, 'the response templates picker');

    await picker.getByRole('tab', { name: 'Articles' }).click();
    await picker.getByRole('searchbox', { name: 'Search response templates' }).fill('');
    await picker.getByTestId('response-item').filter({ hasText: 'Delivery times' }).waitFor();
    await picker.getByRole('tab', { name: 'Templates' }).click();
    await picker.getByTestId('response-item').filter({ hasText: 'Greeting' }).click();
    await countOf(picker, 'open pickers', 0);
    const inserted = await composer.inputValue();
    expect(inserted).toMatch(/^Hi! Hello [^{}$]+, this is Support\. How can I help\?$/);
    await screenshot(operator, 'response-templates-08-inserted');

    await operator.getByRole('button', { name: 'Send' }).click();
    await operator.getByTestId('message').filter({ hasText: 'this is Support. How can I help?' }).waitFor();
    await employee.getByTestId('message').filter({ hasText: 'this is Support. How can I help?' }).waitFor();
    await screenshot(operator, 'response-templates-09-sent');
    await screenshot(employee, 'response-templates-09-employee');
  });

  it('an administrator imports templates from a CSV file, every row or none', async () => {
    await openSection(admin, 'Templates');
    const before = await admin.getByTestId('template-row').count();
    await admin.getByRole('button', { name: 'Import' }).click();
    const dialog = admin.getByTestId('import-dialog');
    const file = dialog.getByLabel('File');
    const csv = (text: string) => ({ name: 'templates.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
    await file.setInputFiles(csv('Name;Template\nRefund;We have refunded your order.\n;No name here\n'));
    await textOf(dialog.getByTestId('import-problem'), 'the row problem', /1 of 2 rows need fixing.*Row 2: Name is required/s);
    expect(await dialog.getByRole('button', { name: 'Import' }).isDisabled()).toBe(true);
    await screenshot(admin, 'response-templates-07-import-problem');
    await file.setInputFiles(csv('Name;Description;Template\nRefund;After a return;We have refunded your order, {$client.name}.\n"Opening hours";;"We are open 9–18,\nMonday to Friday."\n'));
    await textOf(dialog.getByTestId('import-ready'), 'the ready rows', /2 rows are ready/);
    await dialog.getByRole('button', { name: 'Import 2 templates' }).click();
    await textOf(admin.getByTestId('import-notice'), 'the import notice', /Imported 2 templates/);
    await countOf(admin.getByTestId('template-row'), 'the templates', before + 2);
    await textOf(admin.getByTestId('template-row').filter({ hasText: 'Opening hours' }), 'the imported row', /We are open 9–18,\s*Monday to Friday/);
    await screenshot(admin, 'response-templates-08-imported');
  });
});
