import fc from 'fast-check';
import { LineMessageType } from '@elma365/sdk-types';
import {
  authorLabel,
  isAutomatic,
  lastClientSeq,
  lastSeq,
  mergeMessages,
  messageLook,
  messageSide,
  startsRun,
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
