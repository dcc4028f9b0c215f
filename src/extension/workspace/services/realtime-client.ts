/**
 * One WebSocket to the host's realtime hub per mounted screen. Topics are Observables: the first
 * subscriber subscribes the topic on the hub, the last one leaving unsubscribes it. The socket
 * reconnects with backoff and resubscribes every topic from the last seq its listeners have, so
 * nothing is missed and nothing is shown twice (see realtime-model.ts).
 */
import type { RealtimeClientFrame } from '@elma365/sdk-types';
import { BehaviorSubject, Observable, Subject } from 'rxjs';
import type { Disposable } from '../../common/disposable';
import { backoffDelay, parseServerFrame, RealtimeTopics, type TopicEvent, type TopicListener } from './realtime-model';

export type { TopicEvent };

export type ConnectionState = 'idle' | 'connecting' | 'open' | 'reconnecting' | 'disposed';

export interface SubscribeFailure {
  topic: string;
  code: string;
  message: string;
}

export interface RealtimeClientOptions {
  url: string;
  createSocket?: (url: string) => WebSocket;
  pingIntervalMs?: number;
}

export class RealtimeClient implements Disposable {
  private readonly topics = new RealtimeTopics();
  private readonly stateSubject = new BehaviorSubject<ConnectionState>('idle');
  private readonly reconnected = new Subject<void>();
  private readonly failures = new Subject<SubscribeFailure>();
  private socket?: WebSocket;
  private attempt = 0;
  private everOpened = false;
  private reconnectTimer?: ReturnType<typeof setTimeout>;
  private pingTimer?: ReturnType<typeof setInterval>;

  /** The connection's state; screens show a "Reconnecting…" note while it is not open. */
  readonly state$: Observable<ConnectionState> = this.stateSubject.asObservable();
  /** Fires after the socket opened again: hint topics may have missed events, so refresh. */
  readonly onDidReconnect: Observable<void> = this.reconnected.asObservable();
  /** The hub refused a subscription (e.g. the session is no longer visible to the user). */
  readonly onDidFailSubscribe: Observable<SubscribeFailure> = this.failures.asObservable();

  constructor(private readonly options: RealtimeClientOptions) {}

  /** Events of one topic; pass `since` (the last seq you have) for ordered topics. */
  topic(topic: string, options: { since?: number } = {}): Observable<TopicEvent> {
    return new Observable<TopicEvent>((subscriber) => {
      const listener: TopicListener = {
        lastSeq: options.since,
        deliver: (event) => subscriber.next(event),
        fail: (code, message) => this.failures.next({ topic, code, message }),
      };
      const frame = this.topics.add(topic, listener);
      this.connect();
      if (frame) this.send(frame);
      return () => {
        const leave = this.topics.remove(topic, listener);
        if (leave) this.send(leave);
      };
    });
  }

  dispose(): void {
    if (this.stateSubject.value === 'disposed') return;
    this.stateSubject.next('disposed');
    clearTimeout(this.reconnectTimer);
    clearInterval(this.pingTimer);
    const socket = this.socket;
    this.socket = undefined;
    socket?.close(1000, 'screen closed');
    this.stateSubject.complete();
    this.reconnected.complete();
    this.failures.complete();
  }

  private get disposed(): boolean {
    return this.stateSubject.value === 'disposed';
  }

  private connect(): void {
    if (this.disposed || this.socket || this.reconnectTimer) return;
    this.stateSubject.next(this.everOpened ? 'reconnecting' : 'connecting');
    const socket = this.options.createSocket ? this.options.createSocket(this.options.url) : new WebSocket(this.options.url);
    this.socket = socket;
    socket.addEventListener('open', () => {
      if (this.socket !== socket) return;
      this.attempt = 0;
      this.stateSubject.next('open');
      for (const frame of this.topics.subscribeFrames()) this.send(frame);
      this.startPing();
      if (this.everOpened) this.reconnected.next();
      this.everOpened = true;
    });
    socket.addEventListener('message', (message: MessageEvent) => {
      if (this.socket !== socket || typeof message.data !== 'string') return;
      const frame = parseServerFrame(message.data);
      if (frame) this.topics.dispatch(frame);
    });
    socket.addEventListener('close', () => {
      if (this.socket !== socket) return;
      this.socket = undefined;
      clearInterval(this.pingTimer);
      if (this.disposed) return;
      this.stateSubject.next('reconnecting');
      const delay = backoffDelay(this.attempt++);
      this.reconnectTimer = setTimeout(() => {
        this.reconnectTimer = undefined;
        this.connect();
      }, delay);
    });
  }

  private startPing(): void {
    clearInterval(this.pingTimer);
    const every = this.options.pingIntervalMs ?? 25_000;
    this.pingTimer = setInterval(() => this.send({ type: 'ping' }), every);
  }

  private send(frame: RealtimeClientFrame): void {
    if (this.socket?.readyState === OPEN) this.socket.send(JSON.stringify(frame));
  }
}

/** WebSocket.OPEN, without needing the global (tests pass their own socket). */
const OPEN = 1;
