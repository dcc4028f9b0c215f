/**
 * The page's one operator status, shared by the status control beside the user's name and the
 * Offline banner of the workspace, so that one heartbeat loop and one `status` subscription serve
 * both. Each element attaches with its own API client and realtime hints; the first one attached
 * is used, and the next takes over when it leaves. With nobody attached the loop stops and the
 * state is forgotten, so the next user of the page starts afresh.
 */
import type { OperatorStatusType } from '@elma365/sdk-types';
import { BehaviorSubject, combineLatest, defer, distinctUntilChanged, EMPTY, filter, fromEvent, map, merge, type Observable, Subscription, switchMap } from 'rxjs';
import { toDisposable, type Disposable } from '../../common/disposable';
import { HEARTBEAT_INTERVAL_MS } from '../../common/operators';
import type { MyStatusDto } from '../../common/routing-api';
import { RealtimeEvents, Topics } from '../../common/topics';
import type { ApiClient } from '../services/api-client';
import { errorMessage } from '../services/api-error';
import type { RealtimeClient } from '../services/realtime-client';
import { INITIAL_STATUS_STATE, parseStatusHint, showsStatus, withStatus, type OperatorStatusState } from './operator-status-model';

export type StatusApi = Pick<ApiClient, 'myStatus' | 'setMyStatus' | 'heartbeat'>;

/** A new status from the server, or a sign that hints may have been missed (ask again). */
export type StatusHint = { kind: 'status'; dto: MyStatusDto } | { kind: 'stale' };

export interface StatusSource {
  api: StatusApi;
  hints: Observable<StatusHint>;
}

export interface StatusTimers {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface OperatorStatusStoreOptions {
  /** Fires when the page becomes visible again: the status is refreshed at once. */
  pageShown?: Observable<unknown>;
  timers?: StatusTimers;
  intervalMs?: number;
}

const browserTimers: StatusTimers = {
  setInterval: (callback, ms) => setInterval(callback, ms),
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
};

export class OperatorStatusStore {
  private readonly state = new BehaviorSubject<OperatorStatusState>(INITIAL_STATUS_STATE);
  private readonly sources = new BehaviorSubject<readonly StatusSource[]>([]);
  private running?: Subscription;
  /** Bumped by every switch and every stop: answers to requests sent before are stale. */
  private generation = 0;
  /** A heartbeat or load is on its way; a slow server does not get a pile of them. */
  private polling = false;

  readonly state$: Observable<OperatorStatusState> = this.state.asObservable();

  constructor(private readonly options: OperatorStatusStoreOptions = {}) {}

  get value(): OperatorStatusState {
    return this.state.value;
  }

  /** Shows the status somewhere: while anything is attached, the status is kept up to date. */
  attach(source: StatusSource): Disposable {
    this.sources.next([...this.sources.value, source]);
    if (this.sources.value.length === 1) this.start();
    return toDisposable(() => this.detach(source));
  }

  /** Switches Online or Offline; false when the server refused (its message is in `error`). */
  async setStatus(status: OperatorStatusType): Promise<boolean> {
    const api = this.api;
    if (!api) return false;
    const generation = ++this.generation;
    this.patch({ switching: true, error: undefined });
    try {
      const dto = await api.setMyStatus(status);
      if (generation === this.generation) this.state.next({ ...withStatus(this.state.value, dto), switching: false });
      return true;
    } catch (error) {
      if (generation === this.generation) this.patch({ switching: false, error: errorMessage(error) });
      return false;
    }
  }

  clearError(): void {
    if (this.state.value.error !== undefined) this.patch({ error: undefined });
  }

  /** Asks the server now: a heartbeat when the user has a status, else the status itself. */
  async refresh(): Promise<void> {
    const api = this.api;
    if (!api || this.polling) return;
    const { phase, eligible } = this.state.value;
    if (phase === 'ready' && !eligible) return;
    const generation = this.generation;
    this.polling = true;
    try {
      const dto = await (phase === 'ready' ? api.heartbeat() : api.myStatus());
      if (generation === this.generation) this.state.next(withStatus(this.state.value, dto));
    } catch {
      // The next beat tries again; until a first answer the status stays hidden.
      if (generation === this.generation && this.state.value.phase === 'loading') this.patch({ phase: 'unavailable' });
    } finally {
      this.polling = false;
    }
  }

  private get api(): StatusApi | undefined {
    return this.sources.value[0]?.api;
  }

  private detach(source: StatusSource): void {
    const rest = this.sources.value.filter((candidate) => candidate !== source);
    this.sources.next(rest);
    if (rest.length === 0) this.stop();
  }

  private start(): void {
    const running = new Subscription();
    this.running = running;
    const eligible$ = this.state.pipe(
      map((state) => showsStatus(state)),
      distinctUntilChanged(),
    );
    const source$ = this.sources.pipe(
      map((sources) => sources[0]),
      distinctUntilChanged(),
    );
    running.add(
      combineLatest([source$, eligible$])
        .pipe(switchMap(([source, eligible]) => (source && eligible ? source.hints : EMPTY)))
        .subscribe((hint) => this.onHint(hint)),
    );
    if (this.options.pageShown) running.add(this.options.pageShown.subscribe(() => void this.refresh()));
    const timers = this.options.timers ?? browserTimers;
    const timer = timers.setInterval(() => void this.refresh(), this.options.intervalMs ?? HEARTBEAT_INTERVAL_MS);
    running.add(() => timers.clearInterval(timer));
    void this.refresh();
  }

  private stop(): void {
    this.running?.unsubscribe();
    this.running = undefined;
    this.generation++;
    this.polling = false;
    this.state.next(INITIAL_STATUS_STATE);
  }

  private onHint(hint: StatusHint): void {
    if (hint.kind === 'stale') void this.refresh();
    else this.state.next(withStatus(this.state.value, hint.dto));
  }

  private patch(change: Partial<OperatorStatusState>): void {
    this.state.next({ ...this.state.value, ...change });
  }
}

/** The `status` hints of the user's topic, and "ask again" after the socket reconnected. */
export function statusHints(realtime: Pick<RealtimeClient, 'topic' | 'onDidReconnect'>, userId: string): Observable<StatusHint> {
  return merge(
    realtime.topic(Topics.user(userId)).pipe(
      filter((event) => event.event === RealtimeEvents.status),
      map((event) => parseStatusHint(event.data)),
      filter((dto): dto is MyStatusDto => dto !== undefined),
      map((dto): StatusHint => ({ kind: 'status', dto })),
    ),
    realtime.onDidReconnect.pipe(map((): StatusHint => ({ kind: 'stale' }))),
  );
}

/** The page becoming visible again (a tab brought back to the front). */
function pageShown(): Observable<unknown> {
  return defer(() =>
    typeof document === 'undefined'
      ? EMPTY
      : fromEvent(document, 'visibilitychange').pipe(filter(() => document.visibilityState === 'visible')),
  );
}

let shared: OperatorStatusStore | undefined;

/** The store of this page, for the status control and the Offline banner. */
export function sharedOperatorStatus(): OperatorStatusStore {
  shared ??= new OperatorStatusStore({ pageShown: pageShown() });
  return shared;
}
