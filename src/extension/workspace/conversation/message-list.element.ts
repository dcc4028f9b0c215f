/**
 * The messages of a conversation: the other party on the left, the viewer on the right, system
 * messages centred and muted (or hidden, when the viewer hides them); messages still being sent
 * below them. Staff see what the company sent on its own (automatic messages) on their side,
 * labelled and quieter than typed ones, and the client's messenger icon on the client's messages.
 * A message shows what it quotes (a click goes to the original) and when it was edited; its
 * menu copies, quotes or edits it. Keeps the newest message in view unless the user scrolled up
 * to read history; scrolling to the top loads older pages without moving what is on screen.
 */
import type { LineChannelType } from '@elma365/sdk-types';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { MessageDto } from '../../common/api';
import type { AttachmentDto } from '../../common/attachments-api';
import type { MessageQuote } from '../../common/message';
import { channelIcon, channelLabel } from '../shared/channel-icons';
import { formatDateTime, formatTime } from '../shared/format';
import { moreIcon } from '../shared/icons';
import { buttons, tokens } from '../shared/ui.styles';
import { quoteExcerpt } from './composer-model';
import { MessageDiscardEvent, MessageRetryEvent } from './conversation-events';
import { authorLabel, messageLook, messageSide, startsRun, visibleMessages } from './conversation-model';
import { MessageActions } from './message-actions';
import { messageListStyles } from './message-list.styles';
import './message-menu';
import type { PendingMessage } from './outbox-model';

/** What the list asks of the conversation for older messages (the ConversationController). */
export interface ConversationHistory {
  readonly hasOlder: boolean;
  readonly loadingOlder: boolean;
  loadOlder(): Promise<void>;
  loadUntil(seq: number): Promise<boolean>;
}

/** Closer to the top than this, the next older page loads. */
const LOAD_OLDER_AT_PX = 400;

export class MessageListElement extends LitElement {
  static override styles = [tokens, buttons, messageListStyles];

  @property({ attribute: false }) messages: MessageDto[] = [];
  @property({ attribute: false }) pending: PendingMessage[] = [];
  /** Whose view this is: an operator's (client on the left) or a client's (operator on the left). */
  @property() perspective: 'operator' | 'client' = 'operator';
  @property() emptyText = 'No messages yet.';
  /** Accessible name of the log. */
  @property() label = 'Conversation';
  /** System messages are shown (spec §5.3: each viewer may hide them until the page reloads). */
  @property({ type: Boolean }) showSystem = true;
  /** The client's messenger: its icon goes with the client's messages (staff only). */
  @property() channelType?: LineChannelType;
  /** The viewer may reply, so the menu offers Quote. */
  @property({ type: Boolean }) canQuote = false;
  /** Which messages the menu offers to edit. */
  @property({ attribute: false }) canEdit?: (message: MessageDto) => boolean;
  /** Older pages of the conversation; the list asks for them as the user scrolls up. */
  @property({ attribute: false }) history?: ConversationHistory;
  /** Mirrors history.hasOlder so that the list updates when it changes. */
  @property({ type: Boolean }) hasOlder = false;

  /** The message a search result pointed at, marked for a moment. */
  @state() private found?: number;

  private stickToBottom = true;
  private foundTimer?: ReturnType<typeof setTimeout>;
  /** Distance from the bottom to keep while older messages go in above. */
  private anchor?: number;
  private readonly actions = new MessageActions(this);

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('scroll', this.onScroll, { passive: true });
  }

  override disconnectedCallback(): void {
    this.removeEventListener('scroll', this.onScroll);
    clearTimeout(this.foundTimer);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Where the user is now (a scroll event may not have come yet): at the end, the list follows new messages.
    if (this.hasUpdated && !this.found) this.stickToBottom = this.scrollHeight - this.scrollTop - this.clientHeight < 48;
    const before = changed.get('messages') as MessageDto[] | undefined;
    // Older messages go in above: what the user reads stays where it is.
    if (before?.length && this.messages.length && this.messages[0].seq < before[0].seq) this.anchor = this.scrollHeight - this.scrollTop;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.anchor !== undefined && !this.stickToBottom) this.scrollTop = this.scrollHeight - this.anchor;
    else if ((changed.has('messages') || changed.has('pending')) && this.stickToBottom) this.scrollTop = this.scrollHeight;
    this.anchor = undefined;
    // A first page that does not fill the view: the next one is needed to scroll at all.
    if (this.scrollHeight <= this.clientHeight) this.loadOlderIfNeeded();
  }

  private readonly onScroll = (): void => {
    this.stickToBottom = this.scrollHeight - this.scrollTop - this.clientHeight < 48;
    if (this.scrollTop < LOAD_OLDER_AT_PX) this.loadOlderIfNeeded();
  };

  private loadOlderIfNeeded(): void {
    const history = this.history;
    if (history?.hasOlder && !history.loadingOlder && this.messages.length > 0) void history.loadOlder();
  }

  /**
   * Scrolls to the message `seq` and marks it for a few seconds (a search result picked); false
   * when the list does not have it.
   */
  revealMessage(seq: number): boolean {
    if (!this.messages.some((message) => message.seq === seq)) return false;
    clearTimeout(this.foundTimer);
    this.found = seq;
    this.stickToBottom = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector(`[data-seq="${seq}"]`)?.scrollIntoView({ block: 'center' }));
    this.foundTimer = setTimeout(() => (this.found = undefined), 4000);
    return true;
  }

  /** Goes to the message `seq`, loading older pages until it is there (a quote was clicked). */
  async jumpTo(seq: number): Promise<boolean> {
    if (this.revealMessage(seq)) return true;
    if (!this.history || !(await this.history.loadUntil(seq))) return false;
    await this.updateComplete;
    return this.revealMessage(seq);
  }

  /** Scrolls to the newest message (after the viewer sends one). */
  scrollToEnd(): void {
    this.stickToBottom = true;
    this.scrollTop = this.scrollHeight;
  }

  override render() {
    const now = new Date();
    const messages = visibleMessages(this.messages, this.showSystem);
    const empty = messages.length === 0 && this.pending.length === 0;
    // One tab stop for the log: the focused message, or the newest.
    const focusSeq = messages.some((message) => message.seq === this.actions.focusedSeq) ? this.actions.focusedSeq : messages.at(-1)?.seq;
    return html`
      <div class="log" role="log" aria-live="polite" aria-label=${this.label} data-testid="message-list">
        ${this.hasOlder ? html`<p class="older" role="status">Loading earlier messages…</p>` : nothing}
        ${empty ? html`<p class="empty">${this.emptyText}</p>` : nothing}
        ${messages.map((message, index) => this.renderMessage(message, index, messages, now, focusSeq))}
        ${this.pending.map((message) => this.renderPending(message))}
      </div>
      <div class="copied" role="status">${this.actions.status}</div>
      <lc-message-menu></lc-message-menu>
    `;
  }

  private renderMessage(message: MessageDto, index: number, messages: MessageDto[], now: Date, focusSeq: number | undefined) {
    const side = messageSide(message, this.perspective);
    const run = startsRun(messages, index);
    const author = authorLabel(messages, index, this.perspective);
    const showChannel = this.perspective === 'operator' && message.authorKind === 'client' && this.channelType !== undefined && run;
    return html`<div
      class="row ${side} ${run ? 'run' : ''} ${messageLook(message, this.perspective)} ${message.seq === this.found ? 'found' : ''}"
      data-testid="message"
      data-side=${side}
      data-seq=${message.seq}
      tabindex=${message.seq === focusSeq ? '0' : '-1'}
      aria-haspopup="menu"
      @focus=${() => (this.actions.focusedSeq = message.seq)}
      @contextmenu=${(event: MouseEvent) => this.actions.onContextMenu(event, message)}
      @keydown=${(event: KeyboardEvent) => this.actions.onKeyDown(event, message, messages)}
    >
      ${author || showChannel
        ? html`<span class="author"
            >${showChannel ? this.renderChannel(this.channelType!) : nothing}${author ?? ''}</span
          >`
        : nothing}
      <div class="line">
        <div class="bubble ${message.body || message.quote ? '' : 'files-only'}">${message.quote ? this.renderQuote(message.quote) : nothing}${message.body}${this.renderAttachments(message.sessionId, message.attachments)}</div>
        <button
          class="more btn subtle icon"
          type="button"
          tabindex=${message.seq === focusSeq ? '0' : '-1'}
          aria-label="Message actions"
          title="Message actions"
          @click=${(event: MouseEvent) => this.actions.onMoreClick(event, message)}
        >
          ${moreIcon}
        </button>
      </div>
      ${side === 'system' ? nothing : this.renderMeta(message, now)}
    </div>`;
  }

  /** The files of a message (attachment-list); staff may save copies of sent ones into bound items. */
  private renderAttachments(sessionId: string, attachments: AttachmentDto[] | undefined, pending = false) {
    if (!attachments?.length) return nothing;
    return html`<lc-attachment-list sessionId=${sessionId} .attachments=${attachments} ?canCopy=${this.perspective === 'operator'} ?pending=${pending}></lc-attachment-list>`;
  }

  private renderChannel(type: LineChannelType) {
    const label = channelLabel(type);
    return html`<span class="channel" role="img" aria-label=${label} title=${label} data-testid="channel-icon">${channelIcon(type)}</span>`;
  }

  private renderQuote(quote: MessageQuote) {
    const author = quote.authorName ?? (quote.authorKind === 'client' ? 'Client' : 'Operator');
    return html`<button
      class="quote"
      type="button"
      data-testid="message-quote"
      title="Go to the quoted message"
      @click=${(event: Event) => {
        event.stopPropagation();
        void this.jumpTo(quote.seq);
      }}
    >
      <span class="quote-author">${author}</span>
      <span class="quote-text">${quoteExcerpt(quote.body)}</span>
    </button>`;
  }

  private renderMeta(message: MessageDto, now: Date) {
    return html`<span class="meta">
      <time datetime=${message.createdAt}>${formatTime(message.createdAt, now)}</time>
      ${message.editedAt
        ? html`<span class="edited" data-testid="message-edited" title="Edited ${formatDateTime(message.editedAt)}">· edited</span>`
        : nothing}
    </span>`;
  }

  private renderPending(message: PendingMessage) {
    return html`<div class="row mine run ${message.status === 'failed' ? 'failed' : 'pending'}" data-testid="pending-message">
      <div class="bubble">${message.quote ? html`<span class="quote static"><span class="quote-author">${message.quote.authorName ?? ''}</span><span class="quote-text">${quoteExcerpt(message.quote.body)}</span></span>` : nothing}${message.text}${this.renderAttachments('', message.attachments, true)}</div>
      ${message.status === 'failed'
        ? html`<span class="meta" role="alert"
            >Not sent: ${message.error}
            <button class="link" type="button" @click=${() => this.dispatchEvent(new MessageRetryEvent(message.clientMessageId))}>Retry</button>
            <button class="link" type="button" @click=${() => this.dispatchEvent(new MessageDiscardEvent(message.clientMessageId))}>
              Discard
            </button></span
          >`
        : html`<span class="meta">Sending…</span>`}
    </div>`;
  }
}
