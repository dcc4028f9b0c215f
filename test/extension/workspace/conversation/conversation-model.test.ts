import fc from 'fast-check';
import { LineMessageType } from '@elma365/sdk-types';
import { menuItems } from '../../../../src/extension/workspace/conversation/message-actions';
import {
  applyEdits,
  authorLabel,
  canEditMessage,
  firstSeq,
  isAutomatic,
  lastClientSeq,
  lastSeq,
  mergeMessages,
  messageLook,
  messageSide,
  startsRun,
  visibleMessages,
} from '../../../../src/extension/workspace/conversation/conversation-model';
import { aMessage } from '../builders';

describe('mergeMessages', () => {
  it('appends new messages and keeps the same array when nothing is new', () => {
    const first = mergeMessages([], [aMessage(1), aMessage(2)]);
    expect(first.map((message) => message.seq)).toEqual([1, 2]);
    expect(mergeMessages(first, [aMessage(2)])).toBe(first);
    expect(mergeMessages(first, [aMessage(3)]).map((message) => message.seq)).toEqual([1, 2, 3]);
  });

  it('puts a late message in its place', () => {
    expect(mergeMessages([aMessage(1), aMessage(3)], [aMessage(2)]).map((message) => message.seq)).toEqual([1, 2, 3]);
  });

  it('shows every message exactly once, in order, however they arrive', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 10 }), { maxLength: 10 }), (batches) => {
        let messages = mergeMessages([], []);
        for (const batch of batches) messages = mergeMessages(messages, batch.map((seq) => aMessage(seq)));
        const expected = [...new Set(batches.flat())].sort((a, b) => a - b);
        expect(messages.map((message) => message.seq)).toEqual(expected);
      }),
    );
  });
});

describe('positions and sides', () => {
  const messages = [
    aMessage(1),
    aMessage(2, { authorKind: 'system', type: LineMessageType.System, authorUserId: undefined, authorName: undefined }),
    aMessage(3, { authorKind: 'operator', authorUserId: 'op', authorName: 'Olivia' }),
    aMessage(4, { authorKind: 'operator', authorUserId: 'op', authorName: 'Olivia' }),
  ];

  it('knows the last seq and the last client seq', () => {
    expect(lastSeq([])).toBe(0);
    expect(lastSeq(messages)).toBe(4);
    expect(lastClientSeq(messages)).toBe(1);
    expect(lastClientSeq(messages.slice(1))).toBe(0);
  });

  it('puts the viewer on the right and system messages in the middle', () => {
    expect(messages.map((message) => messageSide(message, 'operator'))).toEqual(['theirs', 'system', 'mine', 'mine']);
    expect(messages.map((message) => messageSide(message, 'client'))).toEqual(['mine', 'system', 'theirs', 'theirs']);
  });

  it('names the author only when the author changes', () => {
    expect(messages.map((_, index) => startsRun(messages, index))).toEqual([true, true, true, false]);
  });
});

describe('automatic messages (a routing rule\'s reply)', () => {
  const messages = [
    aMessage(1),
    aMessage(2, { authorKind: 'operator', authorUserId: undefined, authorName: 'Automatic message' }),
    aMessage(3, { authorKind: 'operator', authorUserId: undefined, authorName: 'Automatic message' }),
    aMessage(4, { authorKind: 'operator', authorUserId: 'op', authorName: 'Olivia' }),
    aMessage(5, { authorKind: 'operator', authorUserId: 'op', authorName: 'Olivia' }),
  ];

  it('are operator messages without an author', () => {
    expect(messages.map(isAutomatic)).toEqual([false, true, true, false, false]);
    expect(isAutomatic(aMessage(6, { authorKind: 'system', type: LineMessageType.System, authorUserId: undefined }))).toBe(false);
  });

  it('sit on the company side for staff, looking apart from what operators typed', () => {
    expect(messages.map((message) => messageSide(message, 'operator'))).toEqual(['theirs', 'mine', 'mine', 'mine', 'mine']);
    expect(messages.map((message) => messageLook(message, 'operator'))).toEqual(['typed', 'automatic', 'automatic', 'typed', 'typed']);
  });

  it('are labelled "Automatic message" for staff every time, operators only where their run starts', () => {
    expect(messages.map((_, index) => authorLabel(messages, index, 'operator'))).toEqual([
      'Emma Fischer',
      'Automatic message',
      'Automatic message',
      'Olivia',
      undefined,
    ]);
  });

  it('look like any message of the company to the client, under the name the client sees', () => {
    const seen = messages.map((message) => (isAutomatic(message) && message.authorName === 'Automatic message' ? { ...message, authorName: 'Support' } : message));
    expect(seen.map((message) => messageSide(message, 'client'))).toEqual(['mine', 'theirs', 'theirs', 'theirs', 'theirs']);
    expect(seen.map((message) => messageLook(message, 'client'))).toEqual(['typed', 'typed', 'typed', 'typed', 'typed']);
    expect(seen.map((_, index) => authorLabel(seen, index, 'client'))).toEqual([undefined, 'Support', undefined, 'Olivia', undefined]);
  });

  it('never label system messages', () => {
    const withNote = [aMessage(1, { authorKind: 'system', type: LineMessageType.System, authorUserId: undefined, authorName: 'System' })];
    expect(authorLabel(withNote, 0, 'operator')).toBeUndefined();
  });
});

describe('edits, quotes and system messages (spec §5.2, §5.3)', () => {
  it('takes a newer edit of a known message, never an older copy', () => {
    const shown = [aMessage(1), aMessage(2)];
    const edited = aMessage(2, { body: 'fixed', editedAt: '2026-11-21T09:00:00.000Z' });
    const merged = mergeMessages(shown, [edited]);
    expect(merged.map((m) => m.body)).toEqual(['message 1', 'fixed']);
    expect(mergeMessages(merged, [aMessage(2)])).toBe(merged);
    expect(mergeMessages(merged, [aMessage(2, { body: 'older', editedAt: '2026-11-21T08:30:00.000Z' })])).toBe(merged);
  });

  it('applies an edit only to a message on screen, leaving gaps closed', () => {
    const shown = [aMessage(5), aMessage(6)];
    expect(applyEdits(shown, [aMessage(2, { editedAt: '2026-11-21T09:00:00.000Z' })])).toBe(shown);
    expect(applyEdits(shown, [aMessage(6, { body: 'new', editedAt: '2026-11-21T09:00:00.000Z' })])[1].body).toBe('new');
  });

  it('puts older pages in front', () => {
    expect(mergeMessages([aMessage(51), aMessage(52)], [aMessage(49), aMessage(50)]).map((m) => m.seq)).toEqual([49, 50, 51, 52]);
    expect(firstSeq([aMessage(7), aMessage(8)])).toBe(7);
    expect(firstSeq([])).toBe(0);
  });

  it('hides system messages only when asked', () => {
    const messages = [aMessage(1), aMessage(2, { type: LineMessageType.System, authorKind: 'system' }), aMessage(3)];
    expect(visibleMessages(messages, true)).toBe(messages);
    expect(visibleMessages(messages, false).map((m) => m.seq)).toEqual([1, 3]);
  });

  it('lets operators edit their own typed messages for 48 hours, when editing is on', () => {
    const own = aMessage(1, { authorKind: 'operator', authorUserId: 'op-1', createdAt: '2026-11-21T08:00:00.000Z' });
    const rules = { viewerId: 'op-1', editing: true, now: new Date('2026-11-23T07:59:00.000Z') };
    expect(canEditMessage(own, rules)).toBe(true);
    expect(canEditMessage(own, { ...rules, editing: false })).toBe(false);
    expect(canEditMessage(own, { ...rules, viewerId: 'op-2' })).toBe(false);
    expect(canEditMessage(own, { ...rules, now: new Date('2026-11-23T08:00:01.000Z') })).toBe(false);
    expect(canEditMessage(aMessage(2, { authorUserId: 'op-1' }), rules)).toBe(false);
    expect(canEditMessage(aMessage(3, { authorKind: 'operator', authorUserId: undefined }), rules)).toBe(false);
  });

  it('offers Copy text always, Quote where the viewer may reply, Edit where allowed', () => {
    const message = aMessage(1);
    expect(menuItems(message, false, false).map((i) => i.label)).toEqual(['Copy text']);
    expect(menuItems(message, true, true).map((i) => i.label)).toEqual(['Copy text', 'Quote', 'Edit']);
    expect(menuItems(aMessage(2, { type: LineMessageType.System, authorKind: 'system' }), true, false).map((i) => i.label)).toEqual(['Copy text']);
  });
});
