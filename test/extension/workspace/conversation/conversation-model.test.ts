import fc from 'fast-check';
import { LineMessageType } from '@elma365/sdk-types';
import { lastClientSeq, lastSeq, mergeMessages, messageSide, startsRun } from '../../../../src/extension/workspace/conversation/conversation-model';
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
