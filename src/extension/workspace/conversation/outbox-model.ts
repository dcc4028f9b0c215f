/**
 * Messages on their way to the server. Each keeps the clientMessageId it was given when the user
 * pressed Send: a retry after a network failure sends the same id, so the server stores it once.
 * Retries that may succeed (no response, 5xx) happen by themselves a few times; after that, or on
 * a refusal, the message stays as failed until the user retries or discards it.
 */
import { BehaviorSubject, Observable, Subject } from 'rxjs';
import type { MessageDto, SendMessageResult } from '../../common/api';
import type { AttachmentDto } from '../../common/attachments-api';
import type { MessageQuote } from '../../common/message';
import { errorMessage, isApiError } from '../services/api-error';

/** What the user sends: the text and what goes with it (the quoted message, the uploaded files). */
export interface OutgoingMessage {
  text: string;
  quote?: MessageQuote;
  attachments?: AttachmentDto[];
}

export interface PendingMessage extends OutgoingMessage {
  clientMessageId: string;
  status: 'sending' | 'failed';
  attempts: number;
  error?: string;
}

export type SendFunction = (message: OutgoingMessage, clientMessageId: string) => Promise<SendMessageResult>;

/** What the Web API takes besides the text: the quoted message's id, the files' ids. */
export function messageExtras(message: OutgoingMessage): { quoteOf?: string; attachmentIds?: string[] } {
  return {
    ...(message.quote ? { quoteOf: message.quote.messageId } : {}),
    ...(message.attachments?.length ? { attachmentIds: message.attachments.map((file) => file.id) } : {}),
  };
}

export interface OutboxOptions {
  newId: () => string;
  /** Waits before automatic retries; the length is how many there are. */
  retryDelaysMs?: readonly number[];
  sleep?: (ms: number) => Promise<void>;
}

export class Outbox {
  private readonly pendingSubject = new BehaviorSubject<PendingMessage[]>([]);
  private readonly sent = new Subject<SendMessageResult>();
  private readonly retryDelays: readonly number[];
  private readonly sleep: (ms: number) => Promise<void>;
  private disposed = false;

  readonly pending$: Observable<PendingMessage[]> = this.pendingSubject.asObservable();
  /** A message the server stored. */
  readonly onDidSend: Observable<SendMessageResult> = this.sent.asObservable();

  constructor(
    private readonly send: SendFunction,
    private readonly options: OutboxOptions,
  ) {
    this.retryDelays = options.retryDelaysMs ?? [500, 1500, 3000];
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  get pending(): PendingMessage[] {
    return this.pendingSubject.value;
  }

  /** Sends a new message; resolves when it is stored or has finally failed. */
  submit(outgoing: OutgoingMessage): Promise<void> {
    const message: PendingMessage = { ...outgoing, clientMessageId: this.options.newId(), status: 'sending', attempts: 0 };
    this.update([...this.pending, message]);
    return this.deliver(message.clientMessageId);
  }

  /** Sends a failed message again with its original clientMessageId. */
  retry(clientMessageId: string): Promise<void> {
    const message = this.find(clientMessageId);
    if (!message || message.status !== 'failed') return Promise.resolve();
    this.patch(clientMessageId, { status: 'sending', error: undefined });
    return this.deliver(clientMessageId);
  }

  discard(clientMessageId: string): void {
    this.update(this.pending.filter((message) => message.clientMessageId !== clientMessageId));
  }

  /** Drops pending messages the server already has (a realtime event can beat the response). */
  acknowledge(messages: readonly MessageDto[]): void {
    const ids = new Set(messages.map((message) => message.clientMessageId).filter((id): id is string => id !== undefined));
    if (ids.size === 0) return;
    const left = this.pending.filter((message) => !ids.has(message.clientMessageId));
    if (left.length !== this.pending.length) this.update(left);
  }

  dispose(): void {
    this.disposed = true;
    this.pendingSubject.complete();
    this.sent.complete();
  }

  private async deliver(clientMessageId: string): Promise<void> {
    for (let retry = 0; ; retry++) {
      const message = this.find(clientMessageId);
      if (!message || this.disposed) return;
      this.patch(clientMessageId, { attempts: message.attempts + 1 });
      try {
        const { clientMessageId: _id, status: _status, attempts: _attempts, error: _error, ...outgoing } = message;
        const result = await this.send(outgoing, clientMessageId);
        if (this.disposed) return;
        this.discard(clientMessageId);
        this.sent.next(result);
        return;
      } catch (error) {
        if (this.disposed) return;
        const canRetry = isApiError(error) && error.retryable && retry < this.retryDelays.length;
        if (!canRetry) {
          this.patch(clientMessageId, { status: 'failed', error: errorMessage(error) });
          return;
        }
        await this.sleep(this.retryDelays[retry]);
      }
    }
  }

  private find(clientMessageId: string): PendingMessage | undefined {
    return this.pending.find((message) => message.clientMessageId === clientMessageId);
  }

  private patch(clientMessageId: string, change: Partial<PendingMessage>): void {
    this.update(this.pending.map((message) => (message.clientMessageId === clientMessageId ? { ...message, ...change } : message)));
  }

  private update(pending: PendingMessage[]): void {
    if (!this.disposed) this.pendingSubject.next(pending);
  }
}
