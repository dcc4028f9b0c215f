/**
 * File attachments in the browser (spec §5.2): an operator attaches a document (watching its
 * upload progress) and an image to a reply; the employee sees both live in Messages and opens the
 * image in a preview that Escape closes; a file over the size limit is refused before uploading
 * with the reason; the employee attaches a file from Messages; the operator saves a copy of a file
 * into the Files field of the bound contact. Screenshots go to test-results/screenshots/attachments-*.png.
 */
import type { Locator, Page } from 'playwright-core';
import { ApiClient } from '../support/api';
import { countOf, expectNamedControls, goOnline, screenshot, textOf, until, useBrowserHost } from '../support/browser';
import { describeWith } from '../support/requirements';

/** A 640×400 picture drawn on a canvas in the page, as PNG bytes. */
async function photo(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 640;
    canvas.height = 400;
    const g = canvas.getContext('2d')!;
    const sky = g.createLinearGradient(0, 0, 0, 400);
    sky.addColorStop(0, '#60a5fa');
    sky.addColorStop(1, '#dbeafe');
    g.fillStyle = sky;
    g.fillRect(0, 0, 640, 400);
    g.fillStyle = '#facc15';
    g.beginPath();
    g.arc(480, 110, 56, 0, Math.PI * 2);
    g.fill();
    g.fillStyle = '#15803d';
    g.beginPath();
    g.moveTo(0, 400);
    g.lineTo(0, 290);
    g.quadraticCurveTo(220, 200, 400, 300);
    g.quadraticCurveTo(540, 360, 640, 280);
    g.lineTo(640, 400);
    g.fill();
    return canvas.toDataURL('image/png').split(',')[1];
  });
  return Buffer.from(base64, 'base64');
}
const pdf = (size: number) => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(size - 9, 0x20)]);

describeWith('chromium', 'attachments in the browser', () => {
  const ui = useBrowserHost('attachments');

  let operator: Page;
  let employee: Page;
  let sessionId = '';

  const fileInput = (page: Page): Locator => page.locator('lc-attachment-tray input[type=file]');
  const chips = (page: Page): Locator => page.getByTestId('attachment-chip');
  const messages = (page: Page, text: string): Locator => page.getByTestId('message').filter({ hasText: text });

  beforeAll(async () => {
    const admin = await ApiClient.login(ui.host.url, 'admin');
    expect((await admin.patch('/settings', { attachmentMaxMb: 1 })).status).toBe(200);
    // The contacts of the Support chat can be bound to its sessions (for "Save a copy").
    const support = (await admin.get('/lines')).body.find((line: { name: string }) => line.name === 'Support');
    expect((await admin.patch(`/lines/${support.id}`, { accountAppCode: 'contacts' })).status).toBe(200);
  });

  it('an operator attaches a document with upload progress and an image, and sends them', async () => {
    employee = await ui.signIn('employee1');
    await employee.getByTestId('menu-live-chats.messages').click();
    await employee.getByRole('button', { name: 'Support' }).click();
    // Before the first message there is no conversation to attach to: the paperclip says so.
    expect(await employee.getByTestId('attach-button').isDisabled()).toBe(true);
    await employee.getByRole('textbox', { name: 'Message' }).fill('Could you send me the contract?');
    await employee.getByRole('button', { name: 'Send' }).click();
    await messages(employee, 'send me the contract').waitFor();

    operator = await ui.signIn('operator1');
    await goOnline(operator);
    await operator.getByTestId('nav-line').filter({ hasText: 'Support' }).getByRole('button', { name: 'Queue' }).click();
    await operator.getByTestId('session-item').first().click();
    await operator.getByRole('button', { name: 'Start work' }).click();
    await operator.getByRole('button', { name: 'Close session' }).waitFor();
    sessionId = (await (await ApiClient.login(ui.host.url, 'operator1')).get('/sessions?mine=true')).body.items[0].id;

    // A slow connection, to watch the bar move.
    const cdp = await operator.context().newCDPSession(operator);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 300 * 1024 });
    await fileInput(operator).setInputFiles({ name: 'Contract 2026.pdf', mimeType: 'application/pdf', buffer: pdf(900 * 1024) });
    const bar = operator.getByRole('progressbar', { name: 'Uploading Contract 2026.pdf' });
    await until('the upload to be under way', async () => Number((await bar.getAttribute('aria-valuenow')) ?? -1), (value) => value > 0 && value < 100);
    expect(await operator.getByRole('button', { name: 'Send' }).isDisabled()).toBe(true);
    await screenshot(operator, 'attachments-01-uploading');
    await operator.locator('[data-testid="attachment-chip"][data-status="done"]').waitFor({ timeout: 30_000 });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });

    await fileInput(operator).setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: await photo(operator) });
    await countOf(operator.locator('[data-testid="attachment-chip"][data-status="done"]'), 'uploaded files', 2);
    await operator.getByRole('textbox', { name: 'Message' }).fill('Here is the contract and a photo.');
    await screenshot(operator, 'attachments-02-ready');
    await expectNamedControls(operator, 'the composer with attached files');
    await operator.getByRole('button', { name: 'Send' }).click();
    const sent = messages(operator, 'Here is the contract');
    await sent.getByTestId('attachment-file').filter({ hasText: 'Contract 2026.pdf' }).waitFor();
    await sent.getByTestId('attachment-image').waitFor();
    await countOf(chips(operator), 'chips after sending', 0);
    await screenshot(operator, 'attachments-03-sent');
  });

  it('the employee sees both live and opens the image in a preview that Escape closes', async () => {
    const received = messages(employee, 'Here is the contract');
    await textOf(received.getByTestId('attachment-file'), 'the file row', /Contract 2026\.pdf.*900 KB/s);
    const thumbnail = received.getByRole('button', { name: 'Preview photo.png' });
    await until('the thumbnail to load', () => thumbnail.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth), (width) => width === 640);
    const download = received.getByRole('link', { name: 'Download Contract 2026.pdf' });
    expect(await download.getAttribute('href')).toMatch(new RegExp(`^/api/extensions/live-chats/v1/sessions/${sessionId}/attachments/[0-9a-f-]{36}$`));
    await screenshot(employee, 'attachments-04-employee');
    // Staff only: the employee is offered no copies into app items.
    await countOf(received.getByTestId('attachment-copy'), '"Save a copy" for the employee', 0);

    await thumbnail.click();
    const preview = employee.getByTestId('attachment-preview');
    await until('the preview to show the image', () => preview.evaluate((img: HTMLImageElement) => img.naturalWidth), (width) => width === 640);
    await employee.getByRole('dialog', { name: 'Preview of photo.png' }).waitFor();
    await screenshot(employee, 'attachments-05-preview');
    await employee.keyboard.press('Escape');
    await countOf(employee.getByRole('dialog', { name: 'Preview of photo.png' }), 'open previews', 0);
  });

  it('refuses a file over the size limit before uploading it, dropped or picked', async () => {
    const uploads: string[] = [];
    operator.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/attachments')) uploads.push(request.url());
    });
    const transfer = await operator.evaluateHandle(() => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(1536 * 1024)], 'scan.pdf', { type: 'application/pdf' }));
      return data;
    });
    await operator.locator('lc-composer form').dispatchEvent('drop', { dataTransfer: transfer });
    const refused = operator.locator('[data-testid="attachment-chip"][data-status="failed"]');
    await textOf(refused.getByTestId('attachment-error'), 'the size error', /The file is 1\.5 MB; files may be at most 1 MB\./);
    await fileInput(operator).setInputFiles({ name: 'tool.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ') });
    await textOf(refused.nth(1).getByTestId('attachment-error'), 'the type error', /application\/x-msdownload cannot be attached\. Allowed: images, PDF, TXT, CSV, ZIP, Word, Excel\./);
    expect(uploads).toEqual([]);
    expect(await operator.getByRole('button', { name: 'Send' }).isDisabled()).toBe(true);
    await screenshot(operator, 'attachments-06-too-large');
    await refused.first().getByRole('button', { name: 'Dismiss scan.pdf' }).click();
    await refused.first().getByRole('button', { name: 'Dismiss tool.exe' }).click();
    await countOf(chips(operator), 'chips', 0);
  });

  it('the employee attaches a file from Messages; the operator saves a copy into the bound contact', async () => {
    await fileInput(employee).setInputFiles({ name: 'signed.pdf', mimeType: 'application/pdf', buffer: pdf(2048) });
    await employee.locator('[data-testid="attachment-chip"][data-status="done"]').waitFor();
    await employee.getByRole('button', { name: 'Send' }).click();
    const signed = messages(operator, 'signed.pdf');
    await signed.getByTestId('attachment-file').waitFor();

    const file = signed.getByTestId('attachment-file');
    await file.hover();
    const copy = file.getByTestId('attachment-copy').getByRole('button', { name: 'Save a copy of signed.pdf' });
    await until('"Save a copy" to say why it is off', () => copy.getAttribute('title'), (title) => /bind an app item with a Files field/.test(title ?? ''));
    expect(await copy.isDisabled()).toBe(true);

    const api = await ApiClient.login(ui.host.url, 'operator1');
    const contact = (await api.get('/apps/contacts/items?search=north')).body[0];
    expect((await api.post(`/sessions/${sessionId}/items`, { appCode: 'contacts', itemId: contact.id })).status).toBe(200);
    await operator.mouse.move(0, 0);
    await file.hover();
    await until('"Save a copy" to be on', () => copy.isDisabled(), (disabled) => !disabled);
    await copy.click();
    await operator.getByRole('menuitem', { name: /Northwind Traders/ }).waitFor();
    await screenshot(operator, 'attachments-07-save-copy');
    await operator.getByRole('menuitem', { name: /Northwind Traders/ }).click();
    await textOf(operator.getByRole('status').filter({ hasText: 'A copy of' }), 'the notice', /A copy of "signed\.pdf" was saved to Contacts › Northwind Traders \(files\)/);
    const item = await ui.host.apps.getItem('contacts', contact.id);
    expect(item?.data.files).toEqual([expect.objectContaining({ name: 'signed.pdf', size: 2048, namespace: 'system', code: 'files' })]);
    await screenshot(operator, 'attachments-08-copied');
  });
});
