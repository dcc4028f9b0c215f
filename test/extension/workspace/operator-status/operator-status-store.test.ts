/**
 * The page's shared operator status (src/extension/workspace/operator-status/operator-status-store.ts):
 * one heartbeat loop for every element that shows it, realtime hints, switching, and stale answers.
 */
import { OperatorStatusType } from '@elma365/sdk-types';
import { Subject } from 'rxjs';
import type { MyStatusDto } from '../../../../src/extension/common/routing-api';
import { RealtimeEvents } from '../../../../src/extension/common/topics';
import { ApiError } from '../../../../src/extension/workspace/services/api-error';
import type { TopicEvent } from '../../../../src/extension/workspace/services/realtime-client';
import {
  OperatorStatusStore,
  statusHints,
  type StatusApi,
  type StatusHint,
  type StatusTimers,
} from '../../../../src/extension/workspace/operator-status/operator-status-store';
import type { OperatorStatusState } from '../../../../src/extension/workspace/operator-status/operator-status-model';

const online: MyStatusDto = { status: OperatorStatusType.Online, eligible: true, inactivityMinutes: 2 };
const offline: MyStatusDto = { status: OperatorStatusType.Offline, eligible: true, inactivityMinutes: 2 };
const ineligible: MyStatusDto = { status: OperatorStatusType.Offline, eligible: false, inactivityMinutes: 2 };

/** A request the test answers when it likes. */
interface Pending {
  resolve(value: MyStatusDto): void;
  reject(error: unknown): void;
}

class FakeApi implements StatusApi {
  readonly calls: string[] = [];
  readonly pending: Pending[] = [];

  private call(name: string): Promise<MyStatusDto> {
    this.calls.push(name);
    return new Promise((resolve, reject) => this.pending.push({ resolve, reject }));
  }

  myStatus = () => this.call('myStatus');
  setMyStatus = (status: OperatorStatusType) => this.call(`setMyStatus:${status}`);
  heartbeat = () => this.call('heartbeat');

  /** Answers the oldest open request (or the newest). */
  async answer(value: MyStatusDto | Error, which: 'oldest' | 'newest' = 'oldest'): Promise<void> {
    const next = which === 'oldest' ? this.pending.shift() : this.pending.pop();
    if (!next) throw new Error('no request is waiting');
    if (value instanceof Error) next.reject(value);
    else next.resolve(value);
    await flush();
  }
}

class FakeTimers implements StatusTimers {
  callbacks = new Map<number, () => void>();
  private next = 1;
  lastMs = 0;
  setInterval(callback: () => void, ms: number): number {
    this.lastMs = ms;
    this.callbacks.set(this.next, callback);
    return this.next++;
  }
  clearInterval(handle: unknown): void {
    this.callbacks.delete(handle as number);
  }
  async tick(): Promise<void> {
    for (const callback of this.callbacks.values()) callback();
    await flush();
  }
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('the shared operator status', () => {
  let timers: FakeTimers;
  let pageShown: Subject<void>;
  let store: OperatorStatusStore;
  let states: OperatorStatusState[];

  beforeEach(() => {
    timers = new FakeTimers();
    pageShown = new Subject<void>();
    store = new OperatorStatusStore({ timers, pageShown, intervalMs: 30_000 });
    states = [];
    store.state$.subscribe((state) => states.push(state));
  });

  it('loads the status once for all its elements and beats every interval, with one loop', async () => {
    const api = new FakeApi();
    const hints = new Subject<StatusHint>();
    const first = store.attach({ api, hints });
    const second = store.attach({ api: new FakeApi(), hints: new Subject<StatusHint>() });
    expect(api.calls).toEqual(['myStatus']);
    expect(timers.callbacks.size).toBe(1);
    expect(timers.lastMs).toBe(30_000);
    await api.answer(online);
    expect(store.value).toMatchObject({ phase: 'ready', eligible: true, status: OperatorStatusType.Online });

    await timers.tick();
    expect(api.calls).toEqual(['myStatus', 'heartbeat']);
    await api.answer(offline);
    expect(store.value.status).toBe(OperatorStatusType.Offline);

    pageShown.next();
    await flush();
    expect(api.calls.at(-1)).toBe('heartbeat');
    // A slow server does not get a pile of heartbeats.
    await timers.tick();
    expect(api.calls.filter((call) => call === 'heartbeat')).toHaveLength(2);
    await api.answer(offline);

    first.dispose();
    second.dispose();
    expect(timers.callbacks.size).toBe(0);
    expect(store.value.phase).toBe('loading');
  });

  it('follows status hints of the first element attached, and the next one when it leaves', async () => {
    const api1 = new FakeApi();
    const api2 = new FakeApi();
    const hints1 = new Subject<StatusHint>();
    const hints2 = new Subject<StatusHint>();
    const first = store.attach({ api: api1, hints: hints1 });
    const second = store.attach({ api: api2, hints: hints2 });
    await api1.answer(offline);
    expect(hints1.observed).toBe(true);
    expect(hints2.observed).toBe(false);
    hints1.next({ kind: 'status', dto: online });
    expect(store.value.status).toBe(OperatorStatusType.Online);

    first.dispose();
    expect(hints1.observed).toBe(false);
    expect(hints2.observed).toBe(true);
    expect(store.value.status).toBe(OperatorStatusType.Online);
    hints2.next({ kind: 'stale' });
    expect(api2.calls).toEqual(['heartbeat']);
    await api2.answer(offline);
    expect(store.value.status).toBe(OperatorStatusType.Offline);
    await timers.tick();
    expect(api2.calls).toEqual(['heartbeat', 'heartbeat']);
    second.dispose();
  });

  it('never beats nor listens for users without a status', async () => {
    const api = new FakeApi();
    const hints = new Subject<StatusHint>();
    store.attach({ api, hints });
    await api.answer(ineligible);
    expect(store.value).toMatchObject({ phase: 'ready', eligible: false });
    expect(hints.observed).toBe(false);
    await timers.tick();
    pageShown.next();
    await flush();
    expect(api.calls).toEqual(['myStatus']);
  });

  it('tries again at the next beat when the first load fails', async () => {
    const api = new FakeApi();
    store.attach({ api, hints: new Subject<StatusHint>() });
    await api.answer(new ApiError('network/unavailable', 'Cannot reach the server.', 0));
    expect(store.value.phase).toBe('unavailable');
    await timers.tick();
    expect(api.calls).toEqual(['myStatus', 'myStatus']);
    await api.answer(offline);
    expect(store.value.phase).toBe('ready');
    // A failed heartbeat keeps what is shown.
    await timers.tick();
    await api.answer(new ApiError('internal/unexpected', 'Something went wrong.', 500));
    expect(store.value).toMatchObject({ phase: 'ready', status: OperatorStatusType.Offline });
  });

  it('switches, shows the server’s message when refused, and drops answers the switch made stale', async () => {
    const api = new FakeApi();
    store.attach({ api, hints: new Subject<StatusHint>() });
    await api.answer(offline);

    await timers.tick(); // a heartbeat is on its way when the user switches
    const switched = store.setStatus(OperatorStatusType.Online);
    expect(store.value).toMatchObject({ switching: true, error: undefined });
    expect(api.calls).toEqual(['myStatus', 'heartbeat', 'setMyStatus:online']);
    await api.answer(online, 'newest');
    expect(await switched).toBe(true);
    expect(store.value).toMatchObject({ status: OperatorStatusType.Online, switching: false });
    await api.answer(offline); // the heartbeat's answer, sent before the switch, arrives late
    expect(store.value.status).toBe(OperatorStatusType.Online);

    const refused = store.setStatus(OperatorStatusType.Offline);
    await api.answer(new ApiError('operator/no-licence', 'No concurrent licence is free.', 409));
    expect(await refused).toBe(false);
    expect(store.value).toMatchObject({ status: OperatorStatusType.Online, switching: false, error: 'No concurrent licence is free.' });
    store.clearError();
    expect(store.value.error).toBeUndefined();
    expect(states.some((state) => state.switching)).toBe(true);
  });

  it('forgets everything when the last element leaves, and ignores late answers', async () => {
    const api = new FakeApi();
    const attached = store.attach({ api, hints: new Subject<StatusHint>() });
    attached.dispose();
    await api.answer(online);
    expect(store.value.phase).toBe('loading');
    expect(await store.setStatus(OperatorStatusType.Online)).toBe(false);
  });
});

describe('status hints from the realtime client', () => {
  it('are the user topic’s valid `status` events, and a refresh after a reconnect', () => {
    const topic = new Subject<TopicEvent>();
    const reconnected = new Subject<void>();
    const topics: string[] = [];
    const realtime = {
      topic: (name: string) => {
        topics.push(name);
        return topic.asObservable();
      },
      onDidReconnect: reconnected.asObservable(),
    };
    const seen: StatusHint[] = [];
    const subscription = statusHints(realtime, 'user-1').subscribe((hint) => seen.push(hint));
    topic.next({ topic: 'user:user-1', event: RealtimeEvents.counters, data: {} });
    topic.next({ topic: 'user:user-1', event: RealtimeEvents.status, data: online });
    topic.next({ topic: 'user:user-1', event: RealtimeEvents.status, data: { status: 'away' } });
    reconnected.next();
    expect(topics).toEqual(['user:user-1']);
    expect(seen).toEqual([{ kind: 'status', dto: online }, { kind: 'stale' }]);
    subscription.unsubscribe();
  });
});
