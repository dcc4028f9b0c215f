/**
 * HostRealtime: an in-process WebSocket hub. The extension authorizes every subscription and
 * returns what the subscriber missed since its last sequence number; events published while
 * that backfill is read are held back and then delivered once, in order, never twice.
 */
import type {
  Disposable,
  HostLogger,
  HostRealtime,
  HostUser,
  RealtimeEvent,
  RealtimeServerFrame,
  RealtimeSubscribeResult,
  RealtimeSubscription,
} from '@elma365/sdk-types';
import type { WebSocket } from 'ws';
import { z } from 'zod';

const clientFrame = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('subscribe'), topic: z.string().min(1).max(200), since: z.number().int().min(0).optional() }),
  z.strictObject({ type: z.literal('unsubscribe'), topic: z.string().min(1).max(200) }),
  z.strictObject({ type: z.literal('ping') }),
]);

export const FRAME_MAX_BYTES = 16 * 1024;
const SUBSCRIPTIONS_PER_SOCKET = 1000;
const DELIVERED_WINDOW = 2048;

type Handler = (subscription: RealtimeSubscription) => Promise<RealtimeSubscribeResult>;

interface Subscription {
  connection: Connection;
  topic: string;
  /** The subscriber has everything up to here. */
  since: number;
  /** Sequence numbers delivered after `since`: concurrent writers may publish slightly out of order. */
  delivered: Set<number>;
  /** Events held back until the backfill has been sent. */
  pending?: RealtimeEvent[];
}

interface Connection {
  socket: WebSocket;
  user: HostUser;
  subscriptions: Map<string, Subscription>;
}

export class RealtimeHub implements HostRealtime {
  private readonly handlers = new Map<string, Handler>();
  private readonly byTopic = new Map<string, Set<Subscription>>();
  private readonly connections = new Set<Connection>();

  constructor(private readonly logger: HostLogger) {}

  registerTopicHandler(prefix: string, handler: Handler): Disposable {
    if (this.handlers.has(prefix)) throw new Error(`a handler for "${prefix}" topics is registered already`);
    this.handlers.set(prefix, handler);
    return { dispose: () => this.handlers.delete(prefix) };
  }

  publish(event: RealtimeEvent): void {
    for (const subscription of this.byTopic.get(event.topic) ?? []) {
      if (subscription.pending) subscription.pending.push(event);
      else this.deliver(subscription, event);
    }
  }

  /** Takes over a socket authenticated as `user`. */
  accept(socket: WebSocket, user: HostUser): void {
    const connection: Connection = { socket, user, subscriptions: new Map() };
    this.connections.add(connection);
    let alive = true;
    socket.on('pong', () => (alive = true));
    const heartbeat = setInterval(() => {
      if (!alive) socket.terminate();
      alive = false;
      socket.ping();
    }, 30_000);
    heartbeat.unref();
    socket.on('message', (raw: Buffer, isBinary: boolean) => {
      void this.onFrame(connection, raw, isBinary).catch((error: unknown) => {
        this.logger.error('realtime frame failed', { error: String(error) });
        this.send(connection, { type: 'error', code: 'internal/unexpected', message: 'Something went wrong on the server.' });
      });
    });
    socket.on('close', () => {
      clearInterval(heartbeat);
      this.connections.delete(connection);
      for (const subscription of connection.subscriptions.values()) this.remove(subscription);
    });
  }

  /** Topic prefixes the extension handles, e.g. `session:`. */
  get topicPrefixes(): string[] {
    return [...this.handlers.keys()];
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  closeAll(): void {
    for (const connection of this.connections) connection.socket.terminate();
  }

  private async onFrame(connection: Connection, raw: Buffer, isBinary: boolean): Promise<void> {
    let json: unknown;
    try {
      json = isBinary ? undefined : JSON.parse(raw.toString('utf8'));
    } catch {
      json = undefined;
    }
    const parsed = clientFrame.safeParse(json);
    if (!parsed.success) {
      this.send(connection, { type: 'error', code: 'request/invalid', message: 'Frames are JSON: {type: "subscribe", topic, since?} | {type: "unsubscribe", topic} | {type: "ping"}.' });
      return;
    }
    const frame = parsed.data;
    if (frame.type === 'ping') return this.send(connection, { type: 'pong' });
    if (frame.type === 'unsubscribe') {
      const subscription = connection.subscriptions.get(frame.topic);
      if (subscription) this.remove(subscription);
      return;
    }
    await this.subscribe(connection, frame.topic, frame.since);
  }

  private async subscribe(connection: Connection, topic: string, since: number | undefined): Promise<void> {
    const handler = [...this.handlers.entries()].find(([prefix]) => topic.startsWith(prefix))?.[1];
    if (!handler) return this.send(connection, { type: 'error', topic, code: 'realtime/unknown-topic', message: `Unknown topic "${topic}".` });
    if (connection.subscriptions.size >= SUBSCRIPTIONS_PER_SOCKET) {
      return this.send(connection, { type: 'error', topic, code: 'request/too-large', message: 'Too many subscriptions on one connection.' });
    }
    const previous = connection.subscriptions.get(topic);
    if (previous) this.remove(previous);
    const subscription: Subscription = { connection, topic, since: since ?? 0, delivered: new Set(), pending: [] };
    connection.subscriptions.set(topic, subscription);
    let set = this.byTopic.get(topic);
    if (!set) this.byTopic.set(topic, (set = new Set()));
    set.add(subscription);

    const result = await handler({ user: connection.user, topic, since });
    if (connection.subscriptions.get(topic) !== subscription) return; // unsubscribed or replaced meanwhile
    if (!result.allowed) {
      this.remove(subscription);
      return this.send(connection, { type: 'error', topic, code: result.code, message: result.message });
    }
    this.send(connection, { type: 'subscribed', topic });
    const pending = subscription.pending ?? [];
    subscription.pending = undefined;
    for (const event of [...result.backfill, ...pending]) this.deliver(subscription, event);
  }

  private deliver(subscription: Subscription, event: RealtimeEvent): void {
    if (event.seq !== undefined) {
      if (event.seq <= subscription.since || subscription.delivered.has(event.seq)) return;
      subscription.delivered.add(event.seq);
      if (subscription.delivered.size > DELIVERED_WINDOW) {
        // Keep the newest half; anything older is long settled.
        const sorted = [...subscription.delivered].sort((a, b) => a - b);
        subscription.since = sorted[sorted.length / 2 - 1];
        subscription.delivered = new Set(sorted.slice(sorted.length / 2));
      }
    }
    this.send(subscription.connection, { type: 'event', topic: event.topic, event: event.type, seq: event.seq, data: event.data });
  }

  private remove(subscription: Subscription): void {
    subscription.connection.subscriptions.delete(subscription.topic);
    const set = this.byTopic.get(subscription.topic);
    set?.delete(subscription);
    if (set && set.size === 0) this.byTopic.delete(subscription.topic);
  }

  private send(connection: Connection, frame: RealtimeServerFrame): void {
    if (connection.socket.readyState === connection.socket.OPEN) connection.socket.send(JSON.stringify(frame));
  }
}
