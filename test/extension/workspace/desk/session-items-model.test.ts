import { bindBody, blockTitle, emptyBindDraft, itemBlocks } from '../../../../src/extension/workspace/desk/session-items-model';
import { appOptions, draftFromLine, updateBody } from '../../../../src/extension/workspace/administration/line-form-model';
import { aLine } from '../builders';

const APPS = [
  { namespace: 'crm', code: 'appeals', name: 'Appeals' },
  { namespace: 'crm', code: 'contacts', name: 'Contacts' },
];
const contact = { appCode: 'contacts', appName: 'Contacts', itemId: 'c1', name: 'Northwind', role: 'client' as const };

describe('the app blocks of About the session', () => {
  it('show each app the live chat uses, the account app first, with its bound items', () => {
    const line = aLine({ accountAppCode: 'contacts', requestAppCodes: ['appeals'] });
    const blocks = itemBlocks(line, APPS, [contact]);
    expect(blocks.map((b) => [b.appCode, b.appName, b.role, b.items.length])).toEqual([
      ['contacts', 'Contacts', 'client', 1],
      ['appeals', 'Appeals', 'request', 0],
    ]);
    expect(blocks.map(blockTitle)).toEqual(['Client · Contacts', 'Appeals']);
  });

  it('keep items of an app the live chat no longer uses, so they can be unbound', () => {
    const blocks = itemBlocks(aLine(), [], [{ ...contact, role: 'request', appCode: 'old', appName: 'Old' }]);
    expect(blocks).toEqual([{ appCode: 'old', appName: 'Old', role: 'request', items: [expect.objectContaining({ itemId: 'c1' })] }]);
    expect(itemBlocks(aLine(), APPS, [])).toEqual([]);
  });

  it('send a pick or a create only when it is complete', () => {
    expect(bindBody('contacts', emptyBindDraft())).toBeUndefined();
    expect(bindBody('contacts', { mode: 'pick', itemId: 'c1', name: 'ignored' })).toEqual({ appCode: 'contacts', itemId: 'c1' });
    expect(bindBody('contacts', { mode: 'create', itemId: 'c1', name: '   ' })).toBeUndefined();
    expect(bindBody('contacts', { mode: 'create', itemId: '', name: ' Acme ' })).toEqual({ appCode: 'contacts', create: { name: 'Acme' } });
  });
});

describe('Settings › Apps and Read access to sessions', () => {
  it('send only what changed, and null to remove the account app', () => {
    const line = aLine({ accountAppCode: 'contacts', requestAppCodes: ['appeals'], readerGroupIds: [] });
    const draft = draftFromLine(line);
    expect(updateBody(line, draft)).toBeUndefined();
    expect(updateBody(line, { ...draft, accountAppCode: '' })).toEqual({ accountAppCode: null });
    expect(updateBody(line, { ...draft, requestAppCodes: [], readerGroupIds: ['g1'] })).toEqual({ requestAppCodes: [], readerGroupIds: ['g1'] });
  });

  it('offer the apps as picker options, and a chosen app that is gone by its code', () => {
    expect(appOptions(APPS, ['gone']).map((o) => [o.id, o.name])).toEqual([
      ['appeals', 'Appeals'],
      ['contacts', 'Contacts'],
      ['gone', 'gone'],
    ]);
  });
});
