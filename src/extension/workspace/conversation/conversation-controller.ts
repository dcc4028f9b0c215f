/**
 * Follows one conversation for an element: loads the newest page of the history (older pages on
 * demand), then listens to the session's topic from the last seq it has (the realtime client
 * resubscribes from there after a reconnect), takes edits as they come, and sends through an
 * Outbox. Used by the operator's session page and by the client's Messages.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Subscription } from 'rxjs';
import type { MessageDto, SendMessageResult, SessionDto } from '../../common/api';
import { RealtimeEvents } from '../../common/topics';
import type { ApiClient } from '../services/api-client';
import { errorMessage } from '../services/api-error';
import type { RealtimeClient } from '../services/realtime-client';
import { newClientMessageId } from '../shared/client-message-id';
import { applyEdits, firstSeq, lastSeq, mergeMessages } from './conversation-model';
import { Outbox, type OutgoingMessage, type PendingMessage, type SendFunction } from './outbox-model';

/** Messages per page of history: the newest first, then older ones as the user scrolls up. */
export const HISTORY_PAGE = 50;

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
  /** Older messages than the first one shown exist on the server. */
  hasOlder = false;
  loadingOlder = false;
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
    this.hasOlder = false;
    this.error = '';
    if (!source) return this.host.requestUpdate();
    const outbox = new Outbox(source.send, { newId: newClientMessageId });
    this.outbox = outbox;
    this.subscriptions.add(outbox.pending$.subscribe((pending) => this.set(() => (this.pending = pending))));
    this.subscriptions.add(outbox.onDidSend.subscribe((result) => this.onSent(result)));
    if (source.sessionId) void this.follow(source.sessionId);
    else this.host.requestUpdate();
  }

  submit(message: OutgoingMessage): void {
    void this.outbox?.submit(message);
  }

  /** Saves the author's new text; rejects with the server's refusal. */
  async edit(messageId: string, text: string): Promise<void> {
    const source = this.source;
    const sessionId = this.followed;
    if (!source || !sessionId) return;
    const edited = await source.api.editMessage(sessionId, messageId, text);
    if (this.followed === sessionId) this.set(() => (this.messages = applyEdits(this.messages, [edited])));
  }

  /** Loads the page before the first message shown (the user scrolled to the top). */
  async loadOlder(): Promise<void> {
    const source = this.source;
    const sessionId = this.followed;
    if (!source || !sessionId || !this.hasOlder || this.loadingOlder) return;
    const generation = this.generation;
    this.set(() => (this.loadingOlder = true));
    try {
      const page = await source.api.listMessagesBefore(sessionId, firstSeq(this.messages), HISTORY_PAGE);
      if (generation !== this.generation) return;
      this.set(() => {
        this.messages = mergeMessages(this.messages, page.items);
        this.hasOlder = page.hasMore;
      });
    } catch (error) {
      if (generation === this.generation) this.set(() => (this.error = errorMessage(error)));
    } finally {
      if (generation === this.generation) this.set(() => (this.loadingOlder = false));
    }
  }

  /** Loads older pages until the message `seq` is shown (a quote was clicked); whether it is. */
  async loadUntil(seq: number): Promise<boolean> {
    while (this.messages.length > 0 && firstSeq(this.messages) > seq && this.hasOlder) {
      const before = firstSeq(this.messages);
      await this.loadOlder();
      if (firstSeq(this.messages) === before) return false;
    }
    return this.messages.some((message) => message.seq === seq);
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
      // First the newest page; again later (a reconnect), everything shown from its first message,
      // so that an edit made while the socket was down is not kept stale.
      const first = this.messages.length === 0 ? await source.api.listMessagesBefore(sessionId, undefined, HISTORY_PAGE) : undefined;
      const items = first ? first.items : await source.api.listAllMessages(sessionId, firstSeq(this.messages) - 1);
      if (generation !== this.generation) return;
      this.set(() => {
        this.messages = mergeMessages(this.messages, items);
        if (first) this.hasOlder = first.hasMore;
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
        } else if (event.event === RealtimeEvents.messageEdited) {
          this.set(() => (this.messages = applyEdits(this.messages, [event.data as MessageDto])));
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
