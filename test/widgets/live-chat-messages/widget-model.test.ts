/** The widget's rules without a DOM: its query by the placement's settings, list keys, +New Session, why there is no composer, which hints reload the list (once per burst), and the transcript's rows. */
import { LineMessageType, LineSessionState } from '@elma365/sdk-types';
import type { MessageDto } from '../../../src/extension/common/api';
import { CONVERSATION_RESUMED_NOTE } from '../../../src/extension/common/message';
import { accountsIn, parseFieldPath, pointedItems } from '../../../src/extension/common/widget-sources';
import { emptyTranscript, olderCursor, rowOfSeq, transcriptRows, withMessages, withOlderPage } from '../../../src/widgets/live-chat-messages/transcript-model';
import { BurstTimer, changesList, keptSelection, LIST_RELOAD_DELAY_MS, moveSelection, replyBlockedReason, sessionsQuery } from '../../../src/widgets/live-chat-messages/widget-model';

const context = (settings: Record<string, string>) => ({
  app: { namespace: 'crm', code: 'appeals', name: 'Appeals', fields: [] },
  item: { id: 'item-1', appCode: 'appeals', name: 'A', data: {}, createdAt: '2026-01-01T00:00:00Z' },
  settings,
});

const message = (seq: number, extra: Partial<MessageDto> = {}): MessageDto => ({
  id: `m${seq}`, sessionId: 's1', seq, type: LineMessageType.Text, body: `text ${seq}`, authorKind: 'client', createdAt: '2026-01-01T10:00:00Z', ...extra,
});
const system = (seq: number, body = 'Olivia started work on the session.') => message(seq, { type: LineMessageType.System, authorKind: 'system', body });

describe('the widget\'s query', () => {
  it('asks by account by default, with the Account field path only when set', () => {
    expect(sessionsQuery(context({}), false)).toBe('appCode=appeals&itemId=item-1&showHistory=account');
    expect(sessionsQuery(context({ showHistory: 'account', accountField: 'contact.account', itemField: 'x' }), true)).toBe('appCode=appeals&itemId=item-1&showHistory=account&accountField=contact.account&archive=true');
  });

  it('asks by app item for the current item or an App field', () => {
    expect(sessionsQuery(context({ showHistory: 'item', itemField: '' }), false)).toBe('appCode=appeals&itemId=item-1&showHistory=item');
    expect(sessionsQuery(context({ showHistory: 'item', itemField: 'contact', accountField: 'account' }), false)).toBe('appCode=appeals&itemId=item-1&showHistory=item&itemField=contact');
  });
});

describe('the session list', () => {
  const ids = ['a', 'b', 'c'];
  it('moves with the arrows, Home and End, and stays within the list', () => {
    expect(moveSelection(ids, 'a', 'ArrowDown')).toBe('b');
    expect(moveSelection(ids, 'c', 'ArrowDown')).toBe('c');
    expect(moveSelection(ids, 'a', 'ArrowUp')).toBe('a');
    expect(moveSelection(ids, 'b', 'Home')).toBe('a');
    expect(moveSelection(ids, 'a', 'End')).toBe('c');
    expect(moveSelection(ids, undefined, 'ArrowDown')).toBe('a');
    expect(moveSelection(ids, 'a', 'x')).toBeUndefined();
    expect(moveSelection([], undefined, 'ArrowDown')).toBeUndefined();
  });

  it('keeps the selection while the session is listed, else takes the first', () => {
    expect(keptSelection([{ id: 'a' }, { id: 'b' }], 'b')).toBe('b');
    expect(keptSelection([{ id: 'a' }], 'b')).toBe('a');
    expect(keptSelection([], 'b')).toBeUndefined();
  });
});

describe('replying', () => {
  it('says why the viewer cannot reply', () => {
    expect(replyBlockedReason({ canReply: true, access: 'operator', state: LineSessionState.AssignedToOperator })).toBeUndefined();
    expect(replyBlockedReason({ canReply: false, access: 'reader', state: LineSessionState.AssignedToOperator })).toMatch(/Read-only/);
    expect(replyBlockedReason({ canReply: false, access: 'operator', state: LineSessionState.AssignedToOperator })).toBe('Only the operator of this session replies.');
    expect(replyBlockedReason({ canReply: false, access: 'supervisor', state: LineSessionState.Closed })).toBe('The session is closed.');
  });
});

describe('the live list', () => {
  const follow = { lineIds: ['l1'], clientIds: ['client-1'], items: [{ appCode: 'contacts', itemId: 'c1' }], anyClient: false };
  const bound = (appCode: string, itemId: string) => ({ appCode, appName: 'A', itemId, name: 'N', role: 'client' as const });

  it('reloads on hints of listed sessions, of the item\'s clients and of sessions bound to its items, not on others', () => {
    const listed = [{ id: 's1' }];
    expect(changesList(follow, listed, { id: 's1', clientId: 'someone', items: [] })).toBe(true);
    expect(changesList(follow, listed, { id: 's2', clientId: 'client-1', items: [] })).toBe(true);
    expect(changesList(follow, listed, { id: 's3', clientId: 'someone', items: [bound('contacts', 'c1')] })).toBe(true);
    expect(changesList(follow, listed, { id: 's4', clientId: 'someone', items: [bound('contacts', 'c2'), bound('appeals', 'c1')] })).toBe(false);
    expect(changesList(follow, listed, { id: 's5', clientId: 'someone' })).toBe(false);
    // An account whose first readable session is yet to come: any new session may be it.
    expect(changesList({ ...follow, anyClient: true }, listed, { id: 's6', clientId: 'someone', items: [] })).toBe(true);
  });

  it('folds a burst of hints into one reload, and a cancelled one never runs', () => {
    jest.useFakeTimers();
    try {
      const run = jest.fn();
      const timer = new BurstTimer(run);
      timer.schedule();
      jest.advanceTimersByTime(LIST_RELOAD_DELAY_MS - 100);
      timer.schedule();
      timer.schedule();
      expect(run).not.toHaveBeenCalled();
      // The wait is not restarted by the burst: a busy live chat cannot postpone the reload for ever.
      jest.advanceTimersByTime(100);
      expect(run).toHaveBeenCalledTimes(1);
      timer.schedule();
      jest.advanceTimersByTime(LIST_RELOAD_DELAY_MS);
      expect(run).toHaveBeenCalledTimes(2);
      timer.schedule();
      timer.cancel();
      jest.advanceTimersByTime(LIST_RELOAD_DELAY_MS * 2);
      expect(run).toHaveBeenCalledTimes(2);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('where the sessions are found in the item', () => {
  it('reads accounts and App field references, each once, skipping malformed ones', () => {
    expect(accountsIn([{ type: 'internal', id: 'u1', name: 'E' }, { type: 'internal', id: 'u1' }, { type: 'telegramBot', id: '42' }, { id: 'x' }, 'nope', null])).toEqual([
      { type: 'internal', id: 'u1' }, { type: 'telegramBot', id: '42' },
    ]);
    expect(accountsIn(undefined)).toEqual([]);
    expect(pointedItems({ namespace: 'crm', code: 'contacts', id: 'c1' })).toEqual([{ appCode: 'contacts', id: 'c1' }]);
    expect(pointedItems(['c1', { code: 'contacts', id: 'c2' }, 'c1', { id: '' }, 7])).toEqual([{ id: 'c1' }, { appCode: 'contacts', id: 'c2' }]);
    expect(parseFieldPath('account')).toEqual({ field: 'account' });
    expect(parseFieldPath('contact.account')).toEqual({ appField: 'contact', field: 'account' });
  });
});

describe('the transcript', () => {
  it('merges pages and live messages each once, in order, and knows where the next older page ends', () => {
    let t = emptyTranscript('s1');
    expect(olderCursor(t)).toBe(Number.MAX_SAFE_INTEGER);
    t = withOlderPage(t, { items: [message(51), message(52)], hasMore: true });
    t = withMessages(t, [message(53), message(52)]);
    t = withOlderPage(t, { items: [message(49), message(50)], hasMore: false });
    expect(t.messages.map((m) => m.seq)).toEqual([49, 50, 51, 52, 53]);
    expect(t.hasOlder).toBe(false);
    expect(olderCursor(t)).toBe(49);
    expect(withMessages(t, [message(53)])).toBe(t);
  });

  it('shows a divider where a closed conversation resumed, and system messages only when asked', () => {
    const t = withOlderPage(emptyTranscript('s1'), { items: [message(1), system(2), system(3, 'Olivia closed the session.'), system(4, CONVERSATION_RESUMED_NOTE), message(5)], hasMore: false });
    expect(transcriptRows(t, false).map((row) => row.key)).toEqual(['start', 'm1', 'd4', 'm5']);
    expect(transcriptRows(t, true).map((row) => row.key)).toEqual(['start', 'm1', 'm2', 'm3', 'd4', 'm5']);
    // A hidden system message's place is the next row shown.
    expect(rowOfSeq(transcriptRows(t, false), 2)).toBe(2);
    expect(rowOfSeq(transcriptRows(t, false), 9)).toBe(-1);
  });
});
