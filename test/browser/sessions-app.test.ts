/**
 * The Sessions app in the browser (spec §4.7): an administrator opens My Desk › Sessions, reads
 * the table, sorts it, loads more, switches to tiles, chooses a column (remembered after a
 * reload), filters by State = In spam and by name, saves the filter and applies it again after a
 * reload, exports the sessions to CSV with a progress bar, and sees what to do when nothing
 * matches. Screenshots go to test-results/screenshots/sessions-app-*.png.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { ApiClient } from '../support/api';
import { countOf, expectNamedControls, screenshot, textOf, useBrowserHost } from '../support/browser';
import { describeWith } from '../support/requirements';
import { insertSessions } from '../support/sessions';

describeWith('chromium', 'the Sessions app in the browser', () => {
  const ui = useBrowserHost('sessions-app');
  let admin: Page;
  const SESSIONS = 120;

  beforeAll(async () => {
    const api = await ApiClient.login(ui.host.url, 'admin');
    const [line] = (await api.get<{ id: string; name: string; channels: { id: string }[] }[]>('/lines')).body;
    const hour = (i: number) => new Date(Date.parse('2026-03-01T08:00:00Z') + i * 3_600_000).toISOString();
    await insertSessions(
      ui.host,
      Array.from({ length: SESSIONS }, (_, i) => ({
        name: `${['Refund', 'Delivery', 'Invoice'][i % 3]} question ${String(i).padStart(3, '0')}`,
        lineId: line.id,
        channelId: line.channels[0].id,
        state: ['waiting', 'closed'][i % 2],
        closedAt: i % 2 ? hour(i + 1) : undefined,
        priority: ['high', 'low', undefined][i % 3],
        createdAt: hour(i),
        clientName: `Client ${i}`,
      })),
    );
    await insertSessions(ui.host, [0, 1].map((i) => ({ name: `Cheap pills ${i}`, lineId: line.id, channelId: line.channels[0].id, state: 'markedAsSpam', createdAt: hour(200 + i) })));
  });

  const rows = (page: Page) => page.getByTestId('session-row');
  const panel = (page: Page) => page.getByRole('form', { name: 'Filter sessions' });
  const open = async (page: Page) => {
    await page.goto(`${ui.host.url}/#/live-chats.workspace?page=sessions`);
    await page.getByRole('heading', { name: 'Sessions', level: 1 }).waitFor();
  };

  it('shows every session in a table that sorts, loads more and remembers its columns', async () => {
    admin = await ui.signIn('admin');
    await open(admin);
    await countOf(rows(admin), 'rows of the first page', 50);
    await textOf(admin.getByTestId('sessions-count'), 'the count', /^120 sessions$/);
    await expectNamedControls(admin, 'the Sessions app');
    await screenshot(admin, 'sessions-app-table');

    await admin.getByRole('button', { name: /^Name/ }).click();
    await textOf(rows(admin).first(), 'the first row by name', /Delivery question 001/);
    await admin.getByRole('button', { name: /^Name/ }).click();
    await textOf(rows(admin).first(), 'the first row by name, descending', /Refund question 117/);
    await admin.getByRole('button', { name: 'Load more' }).click();
    await countOf(rows(admin), 'rows of two pages', 100);
    await admin.getByRole('button', { name: 'Load more' }).click();
    await countOf(rows(admin), 'every row', SESSIONS);
    expect(await admin.getByRole('button', { name: 'Load more' }).count()).toBe(0);

    await admin.getByText('Columns', { exact: true }).click();
    await admin.getByRole('checkbox', { name: 'Channel' }).check();
    await admin.getByRole('columnheader', { name: 'Channel' }).waitFor();
    await admin.getByText('Columns', { exact: true }).click();
    await admin.reload();
    await admin.getByRole('columnheader', { name: 'Channel' }).waitFor();
  });

  it('switches to tiles and back', async () => {
    await admin.getByRole('button', { name: 'Tiles' }).click();
    await countOf(admin.getByTestId('session-tile'), 'tiles', 50);
    await screenshot(admin, 'sessions-app-tiles');
    await admin.getByRole('button', { name: 'Table' }).click();
    await countOf(rows(admin), 'rows', 50);
  });

  it('filters by State = In spam and by name, saves the filter and applies it after a reload', async () => {
    expect(await admin.getByText('Cheap pills').count()).toBe(0);
    await admin.getByRole('button', { name: 'Filter' }).click();
    await panel(admin).getByLabel('State').selectOption({ label: 'In spam' });
    await panel(admin).getByRole('button', { name: 'Apply' }).click();
    await countOf(rows(admin), 'spam sessions', 2);
    await panel(admin).getByLabel('Name of the filter').fill('Spam to review');
    await panel(admin).getByRole('button', { name: 'Save filter' }).click();
    await admin.getByTestId('saved-filter').filter({ hasText: 'Spam to review' }).waitFor();
    await screenshot(admin, 'sessions-app-filter');

    await panel(admin).getByLabel('State').selectOption({ label: 'Any' });
    await panel(admin).getByLabel('Name contains').fill('INVOICE question 11');
    await panel(admin).getByRole('button', { name: 'Apply' }).click();
    await countOf(rows(admin), 'invoices 110, 113, 116 and 119', 4);

    await admin.reload();
    await admin.getByRole('button', { name: 'Filter' }).click();
    await panel(admin).getByRole('button', { name: 'Spam to review', exact: true }).click();
    await countOf(rows(admin), 'spam sessions again', 2);
    await panel(admin).getByRole('button', { name: 'Delete saved filter Spam to review' }).click();
    await countOf(panel(admin).getByTestId('saved-filter'), 'saved filters', 0);
    await panel(admin).getByRole('button', { name: 'Clear' }).click();
  });

  it('says what to do when nothing matches', async () => {
    await panel(admin).getByLabel('Name contains').fill('no such session');
    await panel(admin).getByRole('button', { name: 'Apply' }).click();
    await textOf(admin.getByTestId('sessions-empty'), 'the empty state', /No session matches the filter.*Clear/s);
    await admin.getByRole('button', { name: 'Clear filter' }).click();
    await countOf(rows(admin), 'every session again', 50);
  });

  it('exports the sessions to CSV with a progress bar and saves the file', async () => {
    await admin.getByRole('button', { name: 'More actions' }).click();
    await admin.getByRole('menuitem', { name: 'Export data' }).or(admin.getByRole('option', { name: 'Export data' })).first().click();
    const dialog = admin.getByTestId('export-dialog');
    await dialog.getByLabel('.csv').check();
    await dialog.getByLabel('Export system information').check();
    const downloading = admin.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export' }).click();
    const download = await downloading;
    await textOf(dialog.getByTestId('export-progress'), 'the progress', /Sessions \d{4}-\d{2}-\d{2}\.csv is saved: 120 sessions\./);
    expect(await dialog.locator('progress').evaluate((bar: HTMLProgressElement) => bar.value)).toBe(1);
    await screenshot(admin, 'sessions-app-export');
    expect(download.suggestedFilename()).toMatch(/^Sessions \d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFFID,Name,State')).toBe(true);
    expect(text.trimEnd().split('\r\n')).toHaveLength(1 + SESSIONS);
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('offers the export to administrators only', async () => {
    const supervisor = await ui.signIn('supervisor');
    await open(supervisor);
    await countOf(rows(supervisor), 'the supervisor\'s sessions', 50);
    expect(await supervisor.getByRole('button', { name: 'More actions' }).count()).toBe(0);
  });
});
