/**
 * Placing the Live Chat Messages widget in Chromium: an administrator opens Administration ›
 * Apps › Contacts › Form, sees the seeded widget and its settings, removes it, adds it again "By
 * account" on the Account field, and is refused on an app without an Account field; a user opens
 * a contact's and an appeal's item page and finds the widget's element there with its Input
 * binding (`context`) set, and nothing on `window`. Screenshots: test-results/screenshots/forms-*.png.
 */
import type { Kysely } from 'kysely';
import type { Page } from 'playwright-core';
import type { HostSchema } from '../../host/host-schema';
import { countOf, expectNoSeriousA11yViolations, screenshot, textOf, until, useBrowserHost } from '../support/browser';
import { describeWith } from '../support/requirements';

const REFUSAL = 'Live Chat Messages needs an Account field in this app, or an App field pointing to an app that has one (such as Contacts).';

/** What the page's `live-chat-messages` elements were given, found through the shadow roots. */
const widgetContexts = (page: Page) =>
  page.evaluate(() => {
    const found: Element[] = [];
    const walk = (root: Document | ShadowRoot) => {
      found.push(...root.querySelectorAll('live-chat-messages'));
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) walk(element.shadowRoot);
    };
    walk(document);
    return found.map((element) => {
      const context = (element as Element & { context?: { item: { id: string; appCode: string; name: string }; app: { code: string }; settings: object; currentUser: { login: string }; apiBase: string } }).context;
      return context && { itemId: context.item.id, itemName: context.item.name, appCode: context.app.code, settings: context.settings, login: context.currentUser.login, apiBase: context.apiBase, connected: element.isConnected };
    });
  });

describeWith('chromium', 'placing the Live Chat Messages widget on app forms', () => {
  const ui = useBrowserHost('forms');

  beforeAll(async () => {
    const db = ui.host.database.kysely as Kysely<HostSchema>;
    await db
      .insertInto('host_apps')
      .values({ code: 'suppliers', namespace: 'crm', name: 'Suppliers', fields: JSON.stringify([{ code: '__name', name: 'Name', type: 'STRING', array: false }]) })
      .execute();
  });

  it('lets an administrator remove the widget from the Contacts form and add it again, and refuses it where it cannot work', async () => {
    const page = await ui.signIn('admin');
    await page.getByTestId('menu-host.app-forms').click();
    await page.getByRole('heading', { name: 'Apps', level: 1 }).waitFor();
    await page.getByTestId('form-row').filter({ hasText: 'Contacts' }).filter({ hasText: 'Live Chat Messages' }).waitFor();
    await screenshot(page, 'forms-01-apps');

    await page.getByRole('link', { name: 'Contacts form' }).click();
    await page.getByRole('heading', { name: 'Contacts · Form' }).waitFor();
    const placed = page.getByTestId('placed-widget');
    await textOf(placed.getByTestId('placed-settings'), 'the placed widget settings', /^Show history: By account · Account field: Account$/);
    await expectNoSeriousA11yViolations(page, 'the form designer');
    await screenshot(page, 'forms-02-contacts-form');

    await page.getByRole('button', { name: 'Remove Live Chat Messages' }).click();
    await page.getByRole('status').filter({ hasText: 'Live Chat Messages was removed from the Contacts form.' }).waitFor();
    await countOf(placed, 'placed widgets', 0);
    expect(await ui.host.forms.list('contacts')).toEqual([]);

    await page.getByRole('button', { name: 'Add Live Chat Messages' }).click();
    const dialog = page.getByRole('dialog', { name: 'Live Chat Messages on the Contacts form' });
    await dialog.waitFor();
    // "By app item" asks for the item instead of the Account field.
    await dialog.getByLabel('By app item').check();
    await countOf(dialog.getByLabel('Account field'), 'Account field inputs', 0);
    expect(await dialog.getByLabel('App item').locator('option').allTextContents()).toEqual(['Current item']);
    await dialog.getByLabel('By account').check();
    const accountField = dialog.getByLabel('Account field');
    expect(await accountField.locator('option').allTextContents()).toEqual(['Account']);
    await accountField.selectOption('account');
    await expectNoSeriousA11yViolations(page, 'the widget settings dialog');
    await screenshot(page, 'forms-03-settings-dialog');
    await dialog.getByRole('button', { name: 'Add' }).click();
    await page.getByRole('status').filter({ hasText: 'Live Chat Messages is on the Contacts form.' }).waitFor();
    expect(await dialog.isVisible()).toBe(false);
    await textOf(placed.getByTestId('placed-settings'), 'the placed widget settings', /^Show history: By account · Account field: Account$/);
    expect((await ui.host.forms.list('contacts')).map((widget) => widget.settings)).toEqual([{ showHistory: 'account', accountField: 'account' }]);

    // The Appeals form offers its own Account field and the contact's, by name.
    await page.goto(`${ui.host.url}/#/host.app-forms?app=appeals`);
    await page.getByRole('heading', { name: 'Appeals · Form' }).waitFor();
    await textOf(placed.getByTestId('placed-settings'), 'the appeal widget settings', /^Show history: By app item · App item: Current item$/);
    await page.getByRole('button', { name: 'Edit settings of Live Chat Messages' }).click();
    const appeals = page.getByRole('dialog', { name: 'Live Chat Messages on the Appeals form' });
    await appeals.waitFor();
    expect(await appeals.getByLabel('App item').locator('option').allTextContents()).toEqual(['Current item', 'Contact']);
    await appeals.getByLabel('By account').check();
    expect(await appeals.getByLabel('Account field').locator('option').allTextContents()).toEqual(['Account', 'Contact › Account']);
    await appeals.getByRole('button', { name: 'Cancel' }).click();
    expect(await appeals.isVisible()).toBe(false);

    await page.goto(`${ui.host.url}/#/host.app-forms?app=suppliers`);
    await page.getByRole('heading', { name: 'Suppliers · Form' }).waitFor();
    await textOf(page.getByTestId('widget-refusal'), 'the refusal', new RegExp(`^${REFUSAL.replace(/[().]/g, '\\$&')}$`));
    expect(await page.getByRole('button', { name: 'Add Live Chat Messages' }).isDisabled()).toBe(true);
    await page.getByText('No widgets on this form yet, and none of the available widgets fits the fields of Suppliers.').waitFor();
    await expectNoSeriousA11yViolations(page, 'the form designer on an app without an Account field');
    await screenshot(page, 'forms-04-refused');
  });

  it('mounts the widget on a contact\u2019s and an appeal\u2019s form with the item as its context, never through globals', async () => {
    const page = await ui.signIn('operator1');
    await page.getByTestId('menu-host.apps').click();
    await page.getByRole('link', { name: 'Contacts' }).click();
    await page.getByTestId('item-row').filter({ hasText: 'Contoso Ltd' }).waitFor();
    await page.getByTestId('item-search').fill('north');
    await until('one item found', () => page.getByTestId('item-row').count(), (count) => count === 1);
    await screenshot(page, 'forms-05-contacts');
    await page.getByRole('link', { name: 'Northwind Traders' }).click();
    await page.getByRole('heading', { name: 'Northwind Traders', level: 1 }).waitFor();
    await textOf(page.locator('[data-field="email"] dd'), 'the email', /orders@northwind\.example \(work\)/);
    const northwind = (await ui.host.apps.searchItems('contacts', 'Northwind'))[0];
    const contexts = await until('the widget with its context', () => widgetContexts(page), (found) => found.length === 1 && found[0] !== undefined);
    expect(contexts).toEqual([
      {
        itemId: northwind.id,
        itemName: 'Northwind Traders',
        appCode: 'contacts',
        settings: { showHistory: 'account', accountField: 'account' },
        login: 'operator1',
        apiBase: '/api/extensions/live-chats/v1',
        connected: true,
      },
    ]);
    // Nothing on window holds the item: the element got it through its context alone.
    const globals = await page.evaluate((itemId) => {
      // The address names the item, and so do `location` and `document` (its location).
      const holding = Object.keys(window).filter((key) => {
        if (key === 'location' || key === 'document') return false;
        try {
          const value = (window as unknown as Record<string, unknown>)[key];
          return typeof value === 'object' && value !== null && (JSON.stringify(value) ?? '').includes(itemId);
        } catch {
          return false;
        }
      });
      return { holding, item: '__item' in window, context: '__context' in window };
    }, northwind.id);
    expect(globals).toEqual({ holding: [], item: false, context: false });
    await expectNoSeriousA11yViolations(page, 'the contact item page');
    await screenshot(page, 'forms-06-contact-item');

    const appeal = (await ui.host.apps.searchItems('appeals', 'VAT'))[0];
    await page.goto(`${ui.host.url}/#/host.apps?app=appeals&item=${appeal.id}`);
    await page.getByRole('heading', { name: 'Invoice 1042 shows the wrong VAT', level: 1 }).waitFor();
    await until('the appeal widget', () => widgetContexts(page), (found) => found.length === 1 && found[0]?.itemId === appeal.id);
    expect((await widgetContexts(page))[0]?.settings).toEqual({ showHistory: 'item', itemField: '' });
    await screenshot(page, 'forms-07-appeal-item');

    // The App field links to the contact; the same page shows it, the widget gets the new item.
    await page.locator('[data-field="contact"]').getByRole('link', { name: 'Northwind Traders' }).click();
    await page.getByRole('heading', { name: 'Northwind Traders', level: 1 }).waitFor();
    await until('the contact widget', () => widgetContexts(page), (found) => found.length === 1 && found[0]?.itemId === northwind.id);

    await page.getByTestId('menu-host.apps').click();
    await page.getByRole('heading', { name: 'Apps', level: 1 }).waitFor();
    expect(await widgetContexts(page)).toEqual([]);
  });
});
