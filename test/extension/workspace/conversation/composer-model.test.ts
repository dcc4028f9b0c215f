import { DraftStore, editChanged, keyAction, quoteExcerpt, sendHint, type DraftStorage, type KeyPress } from '../../../../src/extension/workspace/conversation/composer-model';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  isComposing: false,
  ...mods,
});

describe('the send key (Message sending method)', () => {
  it('Ctrl/Cmd+Enter or icon: only Ctrl or Cmd with Enter sends', () => {
    expect(keyAction('ctrlEnter', press('Enter', { ctrlKey: true }))).toBe('send');
    expect(keyAction('ctrlEnter', press('Enter', { metaKey: true }))).toBe('send');
    expect(keyAction('ctrlEnter', press('Enter'))).toBe('none');
    expect(keyAction('ctrlEnter', press('Enter', { shiftKey: true }))).toBe('none');
  });

  it('Enter or icon: Enter sends, Shift+Enter is a new line', () => {
    expect(keyAction('enter', press('Enter'))).toBe('send');
    expect(keyAction('enter', press('Enter', { shiftKey: true }))).toBe('none');
    expect(keyAction('enter', press('Enter', { ctrlKey: true }))).toBe('none');
  });

  it('Icon only: no key sends', () => {
    for (const mods of [{}, { ctrlKey: true }, { metaKey: true }, { shiftKey: true }]) expect(keyAction('icon', press('Enter', mods))).toBe('none');
  });

  it('never sends while an input method is composing, or on other keys', () => {
    expect(keyAction('enter', press('Enter', { isComposing: true }))).toBe('none');
    expect(keyAction('ctrlEnter', press('Enter', { ctrlKey: true, isComposing: true }))).toBe('none');
    expect(keyAction('enter', press('a'))).toBe('none');
  });

  it('says in the hint which key sends', () => {
    expect(sendHint('ctrlEnter', false)).toBe('Ctrl+Enter to send, Enter for a new line');
    expect(sendHint('ctrlEnter', true)).toBe('⌘+Enter to send, Enter for a new line');
    expect(sendHint('enter', false)).toBe('Enter to send, Shift+Enter for a new line');
    expect(sendHint('icon', false)).toMatch(/^Press Send to send/);
  });
});

describe('drafts', () => {
  const memory = (): DraftStorage & { items: Map<string, string> } => {
    const items = new Map<string, string>();
    return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
  };
  const quote = { messageId: 'm-1', seq: 1, authorKind: 'client' as const, authorName: 'Emma Fischer', body: 'Hello' };

  it('keeps text and quote per user and conversation, and forgets an empty draft', () => {
    const storage = memory();
    const drafts = new DraftStore(storage);
    const mine = DraftStore.key('u1', 's1');
    drafts.save(mine, { text: 'Half a sentence', quote });
    drafts.save(DraftStore.key('u1', 's2'), { text: 'Other session' });
    expect(drafts.load(mine)).toEqual({ text: 'Half a sentence', quote });
    expect(drafts.load(DraftStore.key('u2', 's1'))).toEqual({ text: '' });
    drafts.clear(mine);
    expect(storage.items.has(mine)).toBe(false);
    expect(drafts.load(DraftStore.key('u1', 's2')).text).toBe('Other session');
    drafts.save(mine, { text: '' });
    expect(storage.items.has(mine)).toBe(false);
  });

  it('survives broken or unavailable storage', () => {
    const storage = memory();
    storage.items.set('lc-draft:u1:s1', '{not json');
    expect(new DraftStore(storage).load('lc-draft:u1:s1')).toEqual({ text: '' });
    const failing: DraftStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => undefined,
    };
    expect(() => new DraftStore(failing).save('k', { text: 'x' })).not.toThrow();
    expect(new DraftStore(failing).load('k')).toEqual({ text: '' });
    expect(new DraftStore(undefined).load('k')).toEqual({ text: '' });
  });
});

it('counts an edit of a sent message as unsaved only while its text differs from the message', () => {
  expect(editChanged(undefined, 'anything')).toBe(false);
  expect(editChanged({ body: 'Hello' }, 'Hello')).toBe(false);
  expect(editChanged({ body: 'Hello' }, '  Hello \n')).toBe(false);
  expect(editChanged({ body: 'Hello' }, 'Hello there')).toBe(true);
  expect(editChanged({ body: 'Hello' }, '')).toBe(true);
});

it('shortens a quoted text to one line', () => {
  expect(quoteExcerpt('Hello\n\n  there')).toBe('Hello there');
  expect(quoteExcerpt('x'.repeat(200), 10)).toBe(`${'x'.repeat(9)}…`);
});
