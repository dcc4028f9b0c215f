/**
 * The messages of a conversation: the other party on the left, the viewer on the right, system
 * messages centred and muted; messages still being sent below them. Staff see what the company
 * sent on its own (automatic messages) on their side, labelled and quieter than typed ones. Keeps the newest message in
 * view unless the user scrolled up to read history.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { MessageDto } from '../../common/api';
import { formatTime } from '../shared/format';
import { buttons, tokens } from '../shared/ui.styles';
import { MessageDiscardEvent, MessageRetryEvent } from './conversation-events';
import { authorLabel, messageLook, messageSide, startsRun } from './conversation-model';
import { messageListStyles } from './message-list.styles';
import type { PendingMessage } from './outbox-model';

export class MessageListElement extends LitElement {
  static override styles = [tokens, buttons, messageListStyles];

  @property({ attribute: false }) messages: MessageDto[] = [];
  @property({ attribute: false }) pending: PendingMessage[] = [];
  /** Whose view this is: an operator's (client on the left) or a client's (operator on the left). */
  @property() perspective: 'operator' | 'client' = 'operator';
  @property() emptyText = 'No messages yet.';
  /** Accessible name of the log. */
  @property() label = 'Conversation';

  private stickToBottom = true;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('scroll', this.onScroll, { passive: true });
  }

  override disconnectedCallback(): void {
    this.removeEventListener('scroll', this.onScroll);
    super.disconnectedCallback();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if ((changed.has('messages') || changed.has('pending')) && this.stickToBottom) this.scrollTop = this.scrollHeight;
  }

  private readonly onScroll = (): void => {
    this.stickToBottom = this.scrollHeight - this.scrollTop - this.clientHeight < 48;
  };

  /** Scrolls to the newest message (after the viewer sends one). */
  scrollToEnd(): void {
    this.stickToBottom = true;
    this.scrollTop = this.scrollHeight;
  }

  override render() {
    const now = new Date();
    const empty = this.messages.length === 0 && this.pending.length === 0;
    return html`
      <div class="log" role="log" aria-live="polite" aria-label=${this.label} data-testid="message-list">
        ${empty ? html`<p class="empty">${this.emptyText}</p>` : nothing}
        ${this.messages.map((message, index) => {
          const side = messageSide(message, this.perspective);
          const run = startsRun(this.messages, index);
          const author = authorLabel(this.messages, index, this.perspective);
          return html`<div
            class="row ${side} ${run ? 'run' : ''} ${messageLook(message, this.perspective)}"
            data-testid="message"
            data-side=${side}
            data-seq=${message.seq}
          >
            ${author ? html`<span class="author">${author}</span>` : nothing}
            <div class="bubble">${message.body}</div>
            ${side === 'system' ? nothing : html`<time class="meta" datetime=${message.createdAt}>${formatTime(message.createdAt, now)}</time>`}
          </div>`;
        })}
        ${this.pending.map(
          (message) => html`<div class="row mine run ${message.status === 'failed' ? 'failed' : 'pending'}" data-testid="pending-message">
            <div class="bubble">${message.text}</div>
            ${message.status === 'failed'
              ? html`<span class="meta" role="alert"
                  >Not sent: ${message.error}
                  <button class="link" type="button" @click=${() => this.dispatchEvent(new MessageRetryEvent(message.clientMessageId))}>
                    Retry
                  </button>
                  <button class="link" type="button" @click=${() => this.dispatchEvent(new MessageDiscardEvent(message.clientMessageId))}>
                    Discard
                  </button></span
                >`
              : html`<span class="meta">Sending…</span>`}
          </div>`,
        )}
      </div>
    `;
  }
}
