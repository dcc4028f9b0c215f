/** The realtime client against a fake socket: subscribing, reconnecting with backoff, resuming from the last seq. */
import type { RealtimeClientFrame } from '@elma365/sdk-types';
import { RealtimeClient, type ConnectionState, type TopicEvent } from '../../../../src/extension/workspace/services/realtime-client';

class FakeSocket {
  static all: FakeSocket[] = [];
  readyState = 0;
  sent: RealtimeClientFrame[] = [];
  private listeners = new Map<string, Array<(event: unknown) => void>>();

  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }

  addEventListener(type: string, listener: (event: unknown) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  send(data: string): void {
    this.sent.push(JSON.parse(data) as RealtimeClientFrame);
  }

  close(): void {
    this.drop();
  }

  // Driven by the test ------------------------------------------------------------------

  open(): void {
    this.readyState = 1;
    this.emit('open', {});
  }

  receive(frame: unknown): void {
    this.emit('message', { data: JSON.stringify(frame) });
  }

  drop(): void {
    if (this.readyState === 3) return;
    this.readyState = 3;
    this.emit('close', {});
  }

  private emit(type: string, event: unknown): void {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
}

const latest = (): FakeSocket => FakeSocket.all[FakeSocket.all.length - 1];
const message = (topic: string, seq: number) => ({ type: 'event', topic, event: 'message', seq, data: { seq } });

describe('RealtimeClient', () => {
  let client: RealtimeClient;

  beforeEach(() => {
    jest.useFakeTimers();
    FakeSocket.all = [];
    client = new RealtimeClient({ url: 'ws://host/api/extensions/live-chats/v1/ws', createSocket: (url) => new FakeSocket(url) as unknown as WebSocket });
  });

  afterEach(() => {
    client.dispose();
    jest.useRealTimers();
  });

  it('connects on the first subscription and subscribes every topic once it is open', () => {
    const states: ConnectionState[] = [];
    client.state$.subscribe((state) => states.push(state));
    client.topic('session:1', { since: 5 }).subscribe();
    client.topic('line:1').subscribe();
    expect(FakeSocket.all).toHaveLength(1);
    expect(latest().sent).toEqual([]);
    latest().open();
    expect(latest().sent).toEqual([
      { type: 'subscribe', topic: 'session:1', since: 5 },
      { type: 'subscribe', topic: 'line:1' },
    ]);
    expect(states).toEqual(['idle', 'connecting', 'open']);
  });

  it('after a dropped connection, reconnects with backoff and resumes from the last seq it showed', () => {
    const seen: TopicEvent[] = [];
    let reconnects = 0;
    client.onDidReconnect.subscribe(() => reconnects++);
    client.topic('session:1', { since: 2 }).subscribe((event) => seen.push(event));
    latest().open();
    latest().receive(message('session:1', 3));
    latest().receive(message('session:1', 4));

    latest().drop();
    expect(FakeSocket.all).toHaveLength(1);
    jest.advanceTimersByTime(500);
    expect(FakeSocket.all).toHaveLength(2);
    latest().open();
    expect(latest().sent).toEqual([{ type: 'subscribe', topic: 'session:1', since: 4 }]);
    expect(reconnects).toBe(1);

    // The hub backfills from 4; anything repeated is not shown again.
    latest().receive(message('session:1', 4));
    latest().receive(message('session:1', 5));
    expect(seen.map((event) => event.seq)).toEqual([3, 4, 5]);
  });

  it('waits longer after each failed attempt', () => {
    client.topic('line:1').subscribe();
    latest().drop();
    jest.advanceTimersByTime(500);
    expect(FakeSocket.all).toHaveLength(2);
    latest().drop();
    jest.advanceTimersByTime(499);
    expect(FakeSocket.all).toHaveLength(2);
    jest.advanceTimersByTime(501);
    expect(FakeSocket.all).toHaveLength(3);
  });

  it('unsubscribes a topic nobody listens to any more', () => {
    const first = client.topic('line:1').subscribe();
    const second = client.topic('line:1').subscribe();
    latest().open();
    first.unsubscribe();
    expect(latest().sent).toEqual([{ type: 'subscribe', topic: 'line:1' }]);
    second.unsubscribe();
    expect(latest().sent).toEqual([
      { type: 'subscribe', topic: 'line:1' },
      { type: 'unsubscribe', topic: 'line:1' },
    ]);
  });

  it('reports refused subscriptions', () => {
    const failures: string[] = [];
    client.onDidFailSubscribe.subscribe((failure) => failures.push(`${failure.topic} ${failure.code}`));
    client.topic('session:9').subscribe();
    latest().open();
    latest().receive({ type: 'error', topic: 'session:9', code: 'auth/forbidden', message: 'No access' });
    expect(failures).toEqual(['session:9 auth/forbidden']);
  });

  it('pings while open and stops everything when disposed', () => {
    client.topic('line:1').subscribe();
    latest().open();
    jest.advanceTimersByTime(25_000);
    expect(latest().sent).toContainEqual({ type: 'ping' });
    const socket = latest();
    client.dispose();
    expect(socket.readyState).toBe(3);
    jest.advanceTimersByTime(60_000);
    expect(FakeSocket.all).toHaveLength(1);
  });
});
