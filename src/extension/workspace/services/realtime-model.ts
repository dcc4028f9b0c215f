/**
 * The DOM-free half of the realtime client: which topics are wanted and by whom, the position
 * (seq) each listener has reached, the frames to (re)subscribe with, dropping events a listener
 * already has (exactly-once display across backfills and reconnects), validation of server frames,
 * and the reconnect backoff.
 */
import type { RealtimeClientFrame, RealtimeServerFrame } from '@elma365/sdk-types';

export interface TopicEvent {
  topic: string;
  event: string;
  /** Position in the topic's ordered stream; hints have none. */
  seq?: number;
  data: unknown;
}

export interface TopicListener {
  /** The highest seq this listener has; events at or below it are not delivered again. */
  lastSeq?: number;
  deliver(event: TopicEvent): void;
  fail?(code: string, message: string): void;
}

export class RealtimeTopics {
  private readonly topics = new Map<string, Set<TopicListener>>();

  get size(): number {
    return this.topics.size;
  }

  has(topic: string): boolean {
    return this.topics.has(topic);
  }

  /** Adds a listener and returns the frame to send if the connection is open, if one is needed. */
  add(topic: string, listener: TopicListener): RealtimeClientFrame | undefined {
    const listeners = this.topics.get(topic);
    if (!listeners) {
      this.topics.set(topic, new Set([listener]));
      return subscribeFrame(topic, listener.lastSeq);
    }
    const reached = this.since(topic);
    listeners.add(listener);
    // A listener further behind than the others needs the server to backfill from its position;
    // the others drop the repeats by seq.
    if (listener.lastSeq !== undefined && (reached === undefined || listener.lastSeq < reached)) {
      return subscribeFrame(topic, listener.lastSeq);
    }
    return undefined;
  }

  /** Removes a listener and returns the unsubscribe frame when it was the topic's last one. */
  remove(topic: string, listener: TopicListener): RealtimeClientFrame | undefined {
    const listeners = this.topics.get(topic);
    if (!listeners?.delete(listener)) return undefined;
    if (listeners.size > 0) return undefined;
    this.topics.delete(topic);
    return { type: 'unsubscribe', topic };
  }

  /** The position to resubscribe a topic from: the least any listener has (undefined: no backfill). */
  since(topic: string): number | undefined {
    let since: number | undefined;
    for (const listener of this.topics.get(topic) ?? []) {
      if (listener.lastSeq !== undefined) since = since === undefined ? listener.lastSeq : Math.min(since, listener.lastSeq);
    }
    return since;
  }

  /** Frames to send after (re)connecting, one per wanted topic, each from its position. */
  subscribeFrames(): RealtimeClientFrame[] {
    return [...this.topics.keys()].map((topic) => subscribeFrame(topic, this.since(topic)));
  }

  /** Hands a server frame to the listeners it concerns; returns how many received it. */
  dispatch(frame: RealtimeServerFrame): number {
    if (frame.type === 'event') {
      let delivered = 0;
      for (const listener of [...(this.topics.get(frame.topic) ?? [])]) {
        if (frame.seq !== undefined) {
          if (listener.lastSeq !== undefined && frame.seq <= listener.lastSeq) continue;
          listener.lastSeq = frame.seq;
        }
        listener.deliver({ topic: frame.topic, event: frame.event, seq: frame.seq, data: frame.data });
        delivered++;
      }
      return delivered;
    }
    if (frame.type === 'error' && frame.topic !== undefined) {
      const listeners = [...(this.topics.get(frame.topic) ?? [])];
      listeners.forEach((listener) => listener.fail?.(frame.code, frame.message));
      return listeners.length;
    }
    return 0;
  }
}

function subscribeFrame(topic: string, since: number | undefined): RealtimeClientFrame {
  return since === undefined ? { type: 'subscribe', topic } : { type: 'subscribe', topic, since };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isSeq = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** Validates a text frame from the hub; anything malformed is undefined (and ignored). */
export function parseServerFrame(raw: string): RealtimeServerFrame | undefined {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'event':
      if (typeof value.topic !== 'string' || typeof value.event !== 'string') return undefined;
      if (value.seq !== undefined && !isSeq(value.seq)) return undefined;
      return { type: 'event', topic: value.topic, event: value.event, seq: value.seq as number | undefined, data: value.data };
    case 'subscribed':
      return typeof value.topic === 'string' ? { type: 'subscribed', topic: value.topic } : undefined;
    case 'error':
      if (typeof value.code !== 'string' || typeof value.message !== 'string') return undefined;
      if (value.topic !== undefined && typeof value.topic !== 'string') return undefined;
      return { type: 'error', topic: value.topic as string | undefined, code: value.code, message: value.message };
    case 'pong':
      return { type: 'pong' };
    default:
      return undefined;
  }
}

export interface BackoffOptions {
  baseMs?: number;
  maxMs?: number;
}

/** Exponential backoff with jitter: attempt 0 waits about `baseMs`, never more than `maxMs`. */
export function backoffDelay(attempt: number, random: () => number = Math.random, options: BackoffOptions = {}): number {
  const base = options.baseMs ?? 500;
  const max = options.maxMs ?? 15_000;
  const ceiling = Math.min(max, base * 2 ** Math.max(0, attempt));
  // Half fixed, half random, so reconnecting browsers spread out after a host restart.
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
