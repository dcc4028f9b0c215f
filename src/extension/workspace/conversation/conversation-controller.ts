/**
 * Follows one conversation for an element: loads the history, then listens to the session's topic
 * from the last seq it has (the realtime client resubscribes from there after a reconnect), and
 * sends through an Outbox. Used by the operator's session page and by the client's Messages.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Subscription } from 'rxjs';
import type { MessageDto, SendMessageResult, SessionDto } from '../../common/api';
import { RealtimeEvents } from '../../common/topics';
import type { ApiClient } from '../services/api-client';
import { errorMessage } from '../services/api-error';
import type { RealtimeClient } from '../services/realtime-client';
import { newClientMessageId } from '../shared/client-message-id';
import { lastSeq, mergeMessages } from './conversation-model';
import { Outbox, type PendingMessage, type SendFunction } from './outbox-model';

export interface ConversationSource {
  api: ApiClient;
  realtime: RealtimeClient;
  /** The session to show; undefined for a conversation that starts with the first message. */
  sessionId?: string;
  /** The topic of a session for this viewer (staff or client). */
  topic: (sessionId: string) => string;
  send: SendFunction;
}

export interface ConversationCallbacks {
  /** The session changed (state, operator…), as the topic reports it. */
  onSession?: (session: SessionDto) => void;
  /** The first message created (or resumed) a session. */
  onSessionStarted?: (result: SendMessageResult) => void;
}

export class ConversationController implements ReactiveController {
  messages: MessageDto[] = [];
  pending: PendingMessage[] = [];
  loading = false;
  error = '';

  private source?: ConversationSource;
  private followed?: string;
  private generation = 0;
  private subscriptions = new Subscription();
  private topicSubscription?: Subscription;
  private outbox?: Outbox;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly callbacks: ConversationCallbacks = {},
  ) {
    host.addController(this);
  }

  get sessionId(): string | undefined {
    return this.followed;
  }

  /** Shows a conversation (or none); the previous one is dropped, its unsent messages with it. */
  open(source: ConversationSource | undefined): void {
    this.stop();
    this.source = source;
    this.messages = [];
    this.pending = [];
    this.error = '';
    if (!source) return this.host.requestUpdate();
    const outbox = new Outbox(source.send, { newId: newClientMessageId });
    this.outbox = outbox;
    this.subscriptions.add(outbox.pending$.subscribe((pending) => this.set(() => (this.pending = pending))));
    this.subscriptions.add(outbox.onDidSend.subscribe((result) => this.onSent(result)));
    if (source.sessionId) void this.follow(source.sessionId);
    else this.host.requestUpdate();
  }

  submit(text: string): void {
    void this.outbox?.submit(text);
  }

  retry(clientMessageId: string): void {
    void this.outbox?.retry(clientMessageId);
  }

  discard(clientMessageId: string): void {
    this.outbox?.discard(clientMessageId);
  }

  /** Loads whatever is missing and follows the topic again (after the host reconnects). */
  reload(): void {
    if (this.source && this.followed) void this.follow(this.followed);
  }

  hostConnected(): void {
    if (this.source && !this.outbox) this.open(this.source);
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    this.generation++;
    this.followed = undefined;
    this.topicSubscription?.unsubscribe();
    this.topicSubscription = undefined;
    this.subscriptions.unsubscribe();
    this.subscriptions = new Subscription();
    this.outbox?.dispose();
    this.outbox = undefined;
    this.loading = false;
  }

  private async follow(sessionId: string): Promise<void> {
    const source = this.source;
    if (!source) return;
    const generation = this.generation;
    const isNew = this.followed !== sessionId;
    if (isNew) {
      this.topicSubscription?.unsubscribe();
      this.topicSubscription = undefined;
    }
    this.followed = sessionId;
    this.set(() => (this.loading = this.messages.length === 0));
    try {
      const items = await source.api.listAllMessages(sessionId, lastSeq(this.messages));
      if (generation !== this.generation) return;
      this.set(() => {
        this.messages = mergeMessages(this.messages, items);
        this.loading = false;
        this.error = '';
      });
      this.outbox?.acknowledge(items);
    } catch (error) {
      if (generation !== this.generation) return;
      this.set(() => {
        this.loading = false;
        this.error = errorMessage(error);
      });
      return;
    }
    if (!isNew) return;
    const topic = source.realtime.topic(source.topic(sessionId), { since: lastSeq(this.messages) });
    this.topicSubscription = topic.subscribe((event) => {
        if (event.event === RealtimeEvents.message) {
          const message = event.data as MessageDto;
          this.set(() => (this.messages = mergeMessages(this.messages, [message])));
          this.outbox?.acknowledge([message]);
        } else if (event.event === RealtimeEvents.session) {
          this.callbacks.onSession?.(event.data as SessionDto);
        }
      });
  }

  private onSent(result: SendMessageResult): void {
    if (this.followed !== undefined && this.followed !== result.sessionId) {
      // The server started a new session: its seqs are a new sequence, so the old messages go.
      this.generation++;
      this.set(() => (this.messages = []));
    }
    this.set(() => (this.messages = mergeMessages(this.messages, [result.message])));
    if (this.followed !== result.sessionId) {
      this.callbacks.onSessionStarted?.(result);
      void this.follow(result.sessionId);
    }
  }

  private set(change: () => void): void {
    change();
    this.host.requestUpdate();
  }
}
