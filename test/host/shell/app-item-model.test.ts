/**
 * The Apps pages' DOM-free rules: an item's fields in words (host/shell/apps/app-item-model.ts),
 * and what the form designer offers and says of a widget's settings (host/apps/form-widget-rules.ts).
 */
import { FieldType, type HostAppItem, type ManifestWidget } from '@elma365/sdk-types';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultSettings, fieldPathOptions, isAsked, meetsRequirement, settingsSummary, type FormApp } from '../../../host/apps/form-widget-rules';
import { cellText, fieldViews, formatValue, tableFields } from '../../../host/shell/apps/app-item-model';
import { ROOT } from '../../support/test-host';

const contacts: FormApp = {
  namespace: 'crm',
  code: 'contacts',
  name: 'Contacts',
  fields: [
    { code: '__name', name: 'Name', type: FieldType.STRING, array: false },
    { code: 'fullname', name: 'Contact person', type: FieldType.FULL_NAME, array: false },
    { code: 'phone', name: 'Phone', type: FieldType.PHONE, array: true },
    { code: 'account', name: 'Account', type: FieldType.ACCOUNT, array: true },
    { code: 'files', type: FieldType.FILE, array: true },
    { code: 'vip', name: 'VIP', type: FieldType.BOOLEAN, array: false },
  ],
};
const appeals: FormApp = {
  namespace: 'crm',
  code: 'appeals',
  name: 'Appeals',
  fields: [
    { code: '__name', name: 'Subject', type: FieldType.STRING, array: false },
    { code: 'contact', name: 'Contact', type: FieldType.SYS_COLLECTION, array: false, data: { namespace: 'crm', code: 'contacts' } },
    { code: 'owner', name: 'Owner', type: FieldType.SYS_COLLECTION, array: false, data: { namespace: 'crm', code: 'staff' } },
  ],
};
const staff: FormApp = { namespace: 'crm', code: 'staff', name: 'Staff', fields: [{ code: '__name', type: FieldType.STRING, array: false }] };
const apps = [contacts, appeals, staff];
const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { contributes: { widgets: ManifestWidget[] } };
const widget = manifest.contributes.widgets.find((candidate) => candidate.id === 'live-chat-messages')!;
const [, accountField, itemField] = widget.settings;

describe("an item's fields in words", () => {
  const item: HostAppItem = {
    id: 'c1',
    appCode: 'contacts',
    name: 'Northwind Traders',
    createdAt: '2026-03-02T09:00:00.000Z',
    data: {
      fullname: { firstname: 'Nancy', lastname: 'Davolio' },
      phone: [{ tel: '+1 555 0100', type: 'work' }, { tel: '+1 555 0101' }],
      account: [{ type: 'telegram', id: '42', name: '@nancy' }, { type: 'internal', id: 'u1' }],
      files: [{ id: 'f1', name: 'contract.pdf', size: 123_456 }],
      vip: false,
    },
  };

  it('shows each field with its label and one line per value, the name first', () => {
    expect(fieldViews(contacts, item).map(({ label, lines }) => [label, lines])).toEqual([
      ['Name', ['Northwind Traders']],
      ['Contact person', ['Nancy Davolio']],
      ['Phone', ['+1 555 0100 (work)', '+1 555 0101']],
      ['Account', ['@nancy · telegram', 'u1 · internal']],
      ['files', ['contract.pdf (121 KB)']],
      ['VIP', ['No']],
    ]);
    expect(formatValue('EMAIL', { email: 'a@b.example', type: 'home' })).toBe('a@b.example (home)');
    expect(formatValue('STRING', undefined)).toBe('');
  });

  it('shows an App field as the items it points to, and keeps bulky fields out of the table', () => {
    const appeal: HostAppItem = { id: 'a1', appCode: 'appeals', name: 'VAT', createdAt: '', data: {} };
    const linked = { contact: [{ appCode: 'contacts', id: 'c1', name: 'Northwind Traders' }] };
    expect(fieldViews(appeals, appeal, linked)[1]).toEqual({ code: 'contact', label: 'Contact', lines: [], links: linked.contact });
    expect(tableFields(contacts).map((field) => field.code)).toEqual(['fullname', 'phone', 'vip']);
    expect(cellText(contacts.fields[2], item)).toBe('+1 555 0100 (work), +1 555 0101');
  });
});

describe('the Live Chat Messages widget in the form designer', () => {
  it('fits apps with an Account field or an App field to one', () => {
    expect(meetsRequirement(widget, contacts, apps)).toBe(true);
    expect(meetsRequirement(widget, appeals, apps)).toBe(true);
    expect(meetsRequirement(widget, staff, apps)).toBe(false);
  });

  it('offers the Account fields of the app and through its App fields, and App fields that lead to one', () => {
    if (accountField.type !== 'fieldPath' || itemField.type !== 'fieldPath') throw new Error('the manifest changed');
    expect(fieldPathOptions(accountField, appeals, apps)).toEqual([{ value: 'contact.account', label: 'Contact › Account' }]);
    expect(fieldPathOptions(itemField, appeals, apps)).toEqual([
      { value: '', label: 'Current item' },
      { value: 'contact', label: 'Contact' },
    ]);
    expect(fieldPathOptions(itemField, contacts, apps)).toEqual([{ value: '', label: 'Current item' }]);
  });

  it('preselects the defaults, asks a field only for its choice, and says the settings in words', () => {
    const defaults = defaultSettings(widget, appeals, apps);
    expect(defaults).toEqual({ showHistory: 'account', accountField: 'contact.account', itemField: '' });
    expect(isAsked(itemField, defaults)).toBe(false);
    expect(isAsked(accountField, defaults)).toBe(true);
    expect(settingsSummary(widget, appeals, apps, { showHistory: 'item', itemField: 'contact' })).toEqual(['Show history: By app item', 'App item: Contact']);
  });
});
