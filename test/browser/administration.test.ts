/**
 * Administration as an administrator would do it in the browser (spec §2.1, §2.9, §2.10): finding
 * and deleting live chats with the multi-select, the Live Chat Wizard that creates the first live
 * chat (and what an operator sees until then), every section of Live Chats Settings, and a group
 * made in the Live Chats workspace that then appears in a live chat's Operators picker.
 * Screenshots go to test-results/screenshots/administration-*.png.
 */
import type { Page } from 'playwright-core';
import { ApiClient } from '../support/api';
import { countOf, expectNamedControls, expectNoSeriousA11yViolations, screenshot, textOf, useBrowserHost } from '../support/browser';
import { describeWith } from '../support/requirements';

describeWith('chromium', 'administration in the browser', () => {
  const ui = useBrowserHost('administration');

  let admin: Page;
  let api: ApiClient;
  let helpDeskId = '';

  const openAdministration = async (page: Page): Promise<void> => {
    await page.getByTestId('menu-live-chats.administration').click();
  };

  it('the administrator finds live chats by name or group and deletes them all with the multi-select', async () => {
    api = await ApiClient.login(ui.host.url, 'admin');
    const groups = await api.groupIds();
    const owls = await api.post('/groups', { name: 'Night owls', memberIds: [] });
    expect((await api.post('/lines', { name: 'Sales', operatorGroupIds: [owls.body.id], supervisorGroupIds: [groups.Supervisors] })).status).toBe(201);

    admin = await ui.signIn('admin');
    await openAdministration(admin);
    const rows = admin.getByTestId('line-row');
    await countOf(rows, 'live chats', 2);
    const search = admin.getByRole('searchbox', { name: 'Search live chats' });
    await search.fill('OWLS');
    await countOf(rows, 'live chats with the group Night owls', 1);
    await textOf(rows, 'the live chat found by its group', /Sales/);
    await search.fill('no such thing');
    await admin.getByText('No live chat matches "no such thing"').waitFor();
    await admin.getByRole('button', { name: 'Clear the search' }).click();
    await countOf(rows, 'live chats', 2);

    await admin.getByRole('checkbox', { name: 'Select Support' }).check();
    const header = admin.getByRole('checkbox', { name: 'Select all live chats shown' });
    expect(await header.evaluate((box: HTMLInputElement) => box.indeterminate)).toBe(true);
    await admin.getByText('1 selected').waitFor();
    await header.click();
    expect(await header.evaluate((box: HTMLInputElement) => [box.checked, box.indeterminate])).toEqual([true, false]);
    await admin.getByTestId('delete-selected').click();
    const dialog = admin.getByRole('dialog', { name: 'Delete 2 live chats?' });
    await textOf(dialog, 'the question', /"Sales" and "Support" will be deleted\. Their sessions are closed and deleted; this cannot be undone\./);
    await screenshot(admin, 'administration-01-delete-two');
    await dialog.getByRole('button', { name: 'Delete 2 live chats' }).click();
    await admin.getByTestId('line-wizard').waitFor();
    expect((await api.get('/lines')).body).toEqual([]);
  });

  it('until a live chat exists an operator has no Live Chats workspace to open', async () => {
    const operator = await ui.signIn('operator1');
    await operator.getByTestId('menu-live-chats.messages').waitFor();
    await countOf(operator.getByTestId('menu-live-chats.workspace'), 'Live Chats entries in the operator\'s menu', 0);
  });

  it('the Live Chat Wizard on the workspace creates the first live chat step by step', async () => {
    await admin.getByTestId('menu-live-chats.workspace').click();
    const wizard = admin.getByTestId('line-wizard');
    await wizard.getByRole('heading', { name: 'Set up your first live chat' }).waitFor();
    await wizard.getByRole('button', { name: 'Next' }).click();
    await textOf(wizard.getByRole('alert'), 'the missing name', /Name is required/);
    await wizard.getByLabel('What is the live chat called?').fill('Help desk');
    await screenshot(admin, 'administration-03-wizard-name');
    await wizard.getByRole('button', { name: 'Next' }).click();
    for (const [label, group] of [['Operators', 'Operators'], ['Supervisors', 'Supervisors'], ['Internal clients (optional)', 'Employees']]) {
      const picker = wizard.getByRole('combobox', { name: label });
      await picker.fill(group.slice(0, 4));
      await wizard.getByRole('option', { name: group, exact: true }).click();
      await wizard.getByTestId('group-chip').filter({ hasText: group }).waitFor();
      if (label === 'Operators') await screenshot(admin, 'administration-04-wizard-operators');
      await wizard.getByRole('button', { name: 'Next' }).click();
    }
    await textOf(wizard.locator('dl'), 'the review', /Help desk.*Operators.*Supervisors.*Employees/s);
    await expectNamedControls(admin, 'the wizard');
    await screenshot(admin, 'administration-05-wizard-review');
    await expectNoSeriousA11yViolations(admin, 'the wizard');
    await wizard.getByRole('button', { name: 'Create live chat' }).click();
    await wizard.getByText('“Help desk” is ready').waitFor();
    await screenshot(admin, 'administration-06-wizard-done');
    const [line] = (await api.get('/lines')).body;
    expect(line).toMatchObject({ name: 'Help desk', channels: [{ name: 'Internal channel Help desk' }] });
    helpDeskId = line.id;
    await wizard.getByRole('button', { name: 'Open its settings' }).click();
    await admin.getByRole('heading', { name: 'Help desk', level: 1 }).waitFor();
  });

  it('Live Chats Settings saves every section', async () => {
    await openAdministration(admin);
    await admin.getByRole('button', { name: 'Live Chats Settings' }).click();
    const form = admin.getByTestId('global-settings');
    await form.waitFor();
    await screenshot(admin, 'administration-07-settings-defaults');
    await expectNoSeriousA11yViolations(admin, 'Live Chats Settings');
    await form.getByRole('switch', { name: 'Show operators the number of sessions in the queue' }).uncheck();
    await form.getByRole('switch', { name: 'Show supervisors the number of unassigned sessions' }).uncheck();
    await form.getByRole('radio', { name: 'Enter or the send icon', exact: true }).check();
    await form.getByRole('checkbox', { name: 'Internal channel Help desk — Help desk' }).check();
    await form.getByRole('switch', { name: 'Enable message editing' }).check();
    await form.getByRole('switch', { name: 'Show system messages in session chat by default' }).uncheck();
    const minutes = form.getByLabel('Automatically set operator status to Offline after inactivity of (min)');
    await minutes.fill('1');
    await form.getByText('Enter a whole number of minutes from 2 to 999').waitFor();
    expect(await form.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);
    await minutes.fill('15');
    await form.getByRole('switch', { name: 'Allow manual reassignment only to Online operators' }).check();
    await form.getByLabel('New session notification sound').selectOption({ label: 'Bell' });
    await form.getByRole('button', { name: 'Play Bell' }).click();
    await form.getByLabel('New message notification sound').selectOption({ label: 'No sound' });
    expect(await form.getByRole('button', { name: 'Play No sound' }).isDisabled()).toBe(true);
    await form.getByLabel('Largest file (MB)').fill('25');
    const typeInput = form.getByLabel('Allowed file types', { exact: true }).and(admin.getByRole('textbox'));
    await typeInput.fill('pdf');
    await typeInput.press('Enter');
    await textOf(form.locator('#attachmentTypes-error'), 'the refused type', /"pdf" is not a MIME type/);
    await typeInput.fill('video/*');
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await form.getByRole('listitem').filter({ hasText: 'video/*' }).waitFor();
    await form.getByRole('button', { name: 'Remove text/csv' }).click();
    await textOf(form.getByTestId('dirty'), 'the dirty state', /Unsaved changes/);
    await expectNamedControls(admin, 'Live Chats Settings');
    await screenshot(admin, 'administration-07-settings-changed');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('Settings saved').waitFor();

    const saved = (await api.get('/settings')).body;
    expect(saved).toMatchObject({
      showQueueCountToOperators: false,
      showUnassignedCountToSupervisors: false,
      sendMethod: 'enter',
      sendConfirmationChannelIds: [expect.any(String)],
      messageEditing: true,
      showSystemMessages: false,
      inactivityMinutes: 15,
      reassignOnlyOnline: true,
      newSessionSound: 'bell',
      newMessageSound: 'none',
      attachmentMaxMb: 25,
    });
    expect(saved.attachmentTypes).toContain('video/*');
    expect(saved.attachmentTypes).not.toContain('text/csv');

    await admin.reload();
    await openAdministration(admin);
    await admin.getByRole('button', { name: 'Live Chats Settings' }).click();
    await form.waitFor();
    expect(await form.getByRole('radio', { name: 'Enter or the send icon', exact: true }).isChecked()).toBe(true);
    expect(await form.getByRole('checkbox', { name: 'Internal channel Help desk — Help desk' }).isChecked()).toBe(true);
    expect(await form.getByLabel('Largest file (MB)').inputValue()).toBe('25');
    expect(await form.getByTestId('dirty').count()).toBe(0);
  });

  it('a group made in the workspace appears in the live chat\'s Operators picker and cannot be deleted while used', async () => {
    await admin.getByTestId('menu-live-chats.workspace').click();
    await admin.getByRole('button', { name: 'Workspace settings' }).click();
    await admin.getByRole('menuitem', { name: /Group settings/ }).click();
    await admin.getByRole('heading', { name: 'Group settings', level: 1 }).waitFor();
    // "Night owls" lost its live chat with Sales: nothing stops deleting it.
    await textOf(admin.getByTestId('group-row'), 'the group of the deleted live chat', /Night owls.*No members.*Not used yet/s);
    await admin.getByRole('button', { name: 'Delete Night owls' }).click();
    await admin.getByRole('dialog', { name: 'Delete the group "Night owls"?' }).getByRole('button', { name: 'Delete' }).click();
    await admin.getByText('No groups yet').waitFor();
    await screenshot(admin, 'administration-08-no-groups');
    await admin.getByRole('button', { name: 'Group', exact: true }).click();
    const dialog = admin.getByTestId('group-dialog');
    await dialog.getByLabel('Name').fill('Night shift');
    await dialog.getByRole('checkbox', { name: /Olivia Bennett/ }).check();
    await dialog.getByRole('searchbox', { name: 'Find users' }).fill('oscar');
    await dialog.getByRole('checkbox', { name: /Oscar Diaz/ }).check();
    await dialog.getByText('(2 chosen)').waitFor();
    await expectNamedControls(admin, 'the group dialog');
    await screenshot(admin, 'administration-09-new-group');
    await dialog.getByRole('button', { name: 'Create group' }).click();
    const row = admin.getByTestId('group-row');
    await countOf(row, 'groups', 1);
    await textOf(row, 'the new group', /Night shift.*2.*Olivia Bennett, Oscar Diaz.*Not used yet/s);
    await screenshot(admin, 'administration-10-groups');

    await openAdministration(admin);
    await admin.getByTestId('line-row').getByRole('button', { name: 'Help desk', exact: true }).click();
    await admin.getByRole('tab', { name: 'Routing' }).click();
    const operators = admin.getByRole('combobox', { name: 'Operators' });
    await operators.fill('night');
    await admin.getByRole('option', { name: 'Night shift' }).click();
    await screenshot(admin, 'administration-11-operators-picker');
    await admin.getByTestId('routing-form').getByRole('button', { name: 'Save' }).click();
    await admin.getByText('Groups and capacity saved').waitFor();
    const groupId = (await api.get('/groups')).body[0].id;
    expect((await api.get(`/lines/${helpDeskId}`)).body.operatorGroupIds).toContain(groupId);

    await admin.getByTestId('menu-live-chats.workspace').click();
    await admin.getByRole('button', { name: 'Workspace settings' }).click();
    await admin.getByRole('menuitem', { name: /Group settings/ }).click();
    await textOf(admin.getByTestId('group-row'), 'the used group', /Used by Help desk/);
    await admin.getByRole('button', { name: 'Delete Night shift' }).click();
    await admin.getByRole('dialog', { name: 'Delete the group "Night shift"?' }).getByRole('button', { name: 'Delete' }).click();
    await textOf(admin.getByRole('alert'), 'the refusal', /used by the live chat "Help desk"/);
    await countOf(admin.getByTestId('group-row'), 'groups', 1);
    await screenshot(admin, 'administration-12-group-in-use');
    await expectNoSeriousA11yViolations(admin, 'Group settings');
  });
});
