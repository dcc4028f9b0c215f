import fc from 'fast-check';
import { backoffDelay, parseServerFrame, RealtimeTopics, type TopicEvent, type TopicListener } from '../../../../src/extension/workspace/services/realtime-model';

function listener(lastSeq?: number): TopicListener & { seen: TopicEvent[]; failures: string[] } {
  const seen: TopicEvent[] = [];
  const failures: string[] = [];
  return { lastSeq, seen, failures, deliver: (event) => seen.push(event), fail: (code) => failures.push(code) };
}

const event = (topic: string, seq?: number) => ({ type: 'event' as const, topic, event: 'message', seq, data: { seq } });

describe('RealtimeTopics', () => {
  it('subscribes a topic once, from the position of its first listener', () => {
    const topics = new RealtimeTopics();
    expect(topics.add('session:1', listener(4))).toEqual({ type: 'subscribe', topic: 'session:1', since: 4 });
    expect(topics.add('session:1', listener(6))).toBeUndefined();
    expect(topics.add('line:1', listener())).toEqual({ type: 'subscribe', topic: 'line:1' });
  });

  it('asks again from further back when a listener that is behind joins', () => {
    const topics = new RealtimeTopics();
    topics.add('session:1', listener(10));
    expect(topics.add('session:1', listener(3))).toEqual({ type: 'subscribe', topic: 'session:1', since: 3 });
  });

  it('unsubscribes when the last listener leaves', () => {
    const topics = new RealtimeTopics();
    const a = listener();
    const b = listener();
    topics.add('line:1', a);
    topics.add('line:1', b);
    expect(topics.remove('line:1', a)).toBeUndefined();
    expect(topics.remove('line:1', b)).toEqual({ type: 'unsubscribe', topic: 'line:1' });
    expect(topics.has('line:1')).toBe(false);
    expect(topics.remove('line:1', b)).toBeUndefined();
  });

  it('resubscribes every topic from the least position its listeners have reached', () => {
    const topics = new RealtimeTopics();
    const behind = listener(2);
    topics.add('session:1', behind);
    topics.add('session:1', listener(2));
    topics.add('user:7', listener());
    topics.dispatch(event('session:1', 3));
    topics.dispatch(event('session:1', 4));
    expect(topics.subscribeFrames()).toEqual([
      { type: 'subscribe', topic: 'session:1', since: 4 },
      { type: 'subscribe', topic: 'user:7' },
    ]);
  });

  it('delivers each ordered event once and hints always', () => {
    const topics = new RealtimeTopics();
    const a = listener(1);
    topics.add('session:1', a);
    topics.dispatch(event('session:1', 1)); // already had it
    topics.dispatch(event('session:1', 2));
    topics.dispatch(event('session:1', 2)); // backfill after a reconnect repeats it
    topics.dispatch(event('session:1', undefined)); // a hint (e.g. the session changed)
    topics.dispatch(event('session:1', 3));
    topics.dispatch(event('session:2', 9)); // another topic
    expect(a.seen.map((seen) => seen.seq)).toEqual([2, undefined, 3]);
    expect(a.lastSeq).toBe(3);
  });

  it('tells the listeners of a topic the hub refused', () => {
    const topics = new RealtimeTopics();
    const a = listener();
    topics.add('session:1', a);
    expect(topics.dispatch({ type: 'error', topic: 'session:1', code: 'auth/forbidden', message: 'No.' })).toBe(1);
    expect(topics.dispatch({ type: 'error', code: 'request/invalid', message: 'Bad frame.' })).toBe(0);
    expect(a.failures).toEqual(['auth/forbidden']);
  });

  it('never shows a message twice or out of order, whatever the hub repeats', () => {
    fc.assert(
      fc.property(fc.nat(20), fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 120 }), (since, seqs) => {
        const topics = new RealtimeTopics();
        const a = listener(since);
        topics.add('session:1', a);
        for (const seq of seqs) topics.dispatch(event('session:1', seq));
        const delivered = a.seen.map((seen) => seen.seq as number);
        expect(new Set(delivered).size).toBe(delivered.length);
        delivered.forEach((seq, index) => {
          expect(seq).toBeGreaterThan(index === 0 ? since : delivered[index - 1]);
        });
      }),
    );
  });
});

describe('parseServerFrame', () => {
  it('accepts the frames of the protocol', () => {
    expect(parseServerFrame('{"type":"event","topic":"session:1","event":"message","seq":3,"data":{"a":1}}')).toEqual({
      type: 'event',
      topic: 'session:1',
      event: 'message',
      seq: 3,
      data: { a: 1 },
    });
    expect(parseServerFrame('{"type":"event","topic":"line:1","event":"session","data":null}')).toMatchObject({ seq: undefined });
    expect(parseServerFrame('{"type":"subscribed","topic":"line:1"}')).toEqual({ type: 'subscribed', topic: 'line:1' });
    expect(parseServerFrame('{"type":"error","code":"x/y","message":"m"}')).toEqual({ type: 'error', topic: undefined, code: 'x/y', message: 'm' });
    expect(parseServerFrame('{"type":"pong"}')).toEqual({ type: 'pong' });
  });

  it.each([
    ['not json', 'hello'],
    ['an array', '[]'],
    ['an unknown type', '{"type":"welcome"}'],
    ['an event without a topic', '{"type":"event","event":"message","data":1}'],
    ['a negative seq', '{"type":"event","topic":"a","event":"b","seq":-1}'],
    ['a fractional seq', '{"type":"event","topic":"a","event":"b","seq":1.5}'],
    ['an error without a message', '{"type":"error","code":"x"}'],
  ])('ignores %s', (_name, raw) => {
    expect(parseServerFrame(raw)).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  it('grows exponentially with jitter and stays under the cap', () => {
    expect(backoffDelay(0, () => 0)).toBe(250);
    expect(backoffDelay(0, () => 1)).toBe(500);
    expect(backoffDelay(3, () => 1)).toBe(4000);
    expect(backoffDelay(30, () => 1)).toBe(15_000);
    expect(backoffDelay(30, () => 0)).toBe(7500);
    fc.assert(
      fc.property(fc.nat(60), fc.double({ min: 0, max: 1, noNaN: true }), (attempt, random) => {
        const delay = backoffDelay(attempt, () => random, { baseMs: 100, maxMs: 2000 });
        expect(delay).toBeGreaterThanOrEqual(50);
        expect(delay).toBeLessThanOrEqual(2000);
      }),
    );
  });
});
