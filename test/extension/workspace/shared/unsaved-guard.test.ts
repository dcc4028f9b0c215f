/** Unsaved edits that opening a session from a pop-up asks about (workspace/shared/unsaved-guard.ts). */
import { DISCARD_QUESTION, UnsavedGuard } from '../../../../src/extension/workspace/shared/unsaved-guard';
import { OpenSession } from '../../../../src/extension/workspace/shared/open-session';

const anEdit = (what: string, dirty = true) => {
  const edit = { what, dirty, discarded: 0, hasUnsavedChanges: () => edit.dirty, discard: () => void edit.discarded++ };
  return edit;
};

describe('the unsaved-edits guard', () => {
  it('lets the user go on without a question when nothing is unsaved', async () => {
    const guard = new UnsavedGuard();
    guard.register(anEdit('the session name', false));
    const ask = jest.fn();
    await expect(guard.confirmLeave(ask)).resolves.toBe(true);
    expect(ask).not.toHaveBeenCalled();
  });

  it('asks, discards the changes on yes and stays on no', async () => {
    const guard = new UnsavedGuard();
    const name = anEdit('the session name');
    const param = anEdit('a parameter');
    guard.register(name);
    guard.register(param);
    const ask = jest.fn().mockResolvedValueOnce(false).mockResolvedValueOnce(true);
    await expect(guard.confirmLeave(ask)).resolves.toBe(false);
    expect(ask).toHaveBeenCalledWith(DISCARD_QUESTION, 'You have changed the session name and a parameter without saving. Leaving now loses the change.');
    expect(name.discarded + param.discarded).toBe(0);
    await expect(guard.confirmLeave(ask)).resolves.toBe(true);
    expect([name.discarded, param.discarded]).toEqual([1, 1]);
  });

  it('forgets an editor that is gone', async () => {
    const guard = new UnsavedGuard();
    guard.register(anEdit('the session name')).dispose();
    expect(guard.pending()).toEqual([]);
  });
});

describe('the open session', () => {
  it('is the one shown last, until it is closed', () => {
    const open = new OpenSession();
    const first = open.show('a');
    const second = open.show('b');
    first.dispose();
    expect(open.id).toBe('b');
    second.dispose();
    expect(open.id).toBeUndefined();
  });
});
