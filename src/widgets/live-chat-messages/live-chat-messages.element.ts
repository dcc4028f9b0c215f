/**
 * <live-chat-messages>: the Live Chat Messages widget on an app item's form (spec §6). Left, the
 * item's sessions (Archive: the closed ones); right, the selected session's whole conversation,
 * virtualized (the newest page first, older pages as the reader scrolls up, the first visible
 * message kept in place), live, with a composer for the operator it is assigned to. The host sets
 * `context` (WidgetContext); state and rules live in widget-controller.ts and the models.
 */
import type { WidgetContext, WidgetElement } from '@elma365/sdk-types';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { liveChatMessagesStyles } from './live-chat-messages.styles';
import { renderRow } from './transcript-rows';
import { newestSeq, rowOfSeq, seqOfRow, type Transcript, type TranscriptRow, transcriptRows } from './transcript-model';
import { WidgetController } from './widget-controller';
import { moveSelection, replyBlockedReason, sessionSubtitle } from './widget-model';

/** Fired when a session's first page of messages is on screen. */
export class ConversationRenderEvent extends Event {
  static readonly eventName = 'lc-conversation-render';
  constructor(readonly sessionId: string) {
    super(ConversationRenderEvent.eventName, { bubbles: true, composed: true });
  }
}

type Pin = { pin?: { index: number; block: 'start' | 'end' } };

// The virtualizer may ask for rows past the end for a moment after the rows shrank (another
// session, system messages hidden): such a row renders as nothing.
const rowKey = (row?: TranscriptRow): string => row?.key ?? '';

export class LiveChatMessagesElement extends LitElement implements WidgetElement {
  static override styles = [liveChatMessagesStyles];

  /** Set by the host before connecting, and anew when the form shows another item. */
  @property({ attribute: false }) context?: WidgetContext;

  @state() private menuOpen = false;
  @state() private layout: Pin = {};
  @state() private announcement = '';
  @query('.log') private log?: VirtualizerHostElement;
  @query('textarea') private input?: HTMLTextAreaElement;

  private readonly controller = new WidgetController(this);
  private rows: TranscriptRow[] = [];
  private rowsOf?: { transcript: Transcript; showSystem: boolean };
  private shown?: { transcript: Transcript; showSystem: boolean };
  private firstVisible = 0;
  private lastVisible = 0;
  private anchorSeq?: number;
  private renderedSession?: string;
  /** The viewer just replied: show the newest message when it comes. */
  private followNewest = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('context')) this.controller.setContext(this.context);
    const { transcript, showSystem } = this.controller.state;
    if (transcript && (this.rowsOf?.transcript !== transcript || this.rowsOf.showSystem !== showSystem)) {
      const rowsBefore = this.rows.length;
      this.rows = transcriptRows(transcript, showSystem);
      this.rowsOf = { transcript, showSystem };
      this.placeView(transcript, showSystem, rowsBefore);
      // A pin left from before must not point past the rows (hiding system messages removes some).
      const pinned = this.layout.pin?.index;
      if (pinned !== undefined && pinned >= this.rows.length) this.layout = { pin: { index: this.rows.length - 1, block: 'end' } };
    }
    this.shown = transcript ? { transcript, showSystem } : undefined;
  }

  /** Keeps the reader's place: the newest message on a new session, the anchor when rows come in above. */
  private placeView(transcript: Transcript, showSystem: boolean, rowsBefore: number): void {
    const before = this.shown;
    const last = this.rows.length - 1;
    if (!before || before.transcript.sessionId !== transcript.sessionId || before.transcript.messages.length === 0) {
      this.layout = { pin: { index: last, block: 'end' } };
      return;
    }
    const prepended = transcript.messages.length > 0 && transcript.messages[0].seq < (before.transcript.messages[0]?.seq ?? Infinity);
    if (prepended || before.showSystem !== showSystem) {
      const index = this.anchorSeq === undefined ? -1 : rowOfSeq(this.rows, this.anchorSeq);
      this.layout = index >= 0 ? { pin: { index, block: 'start' } } : {};
      this.anchorSeq = undefined;
    } else if (newestSeq(transcript) > newestSeq(before.transcript)) {
      const newest = transcript.messages[transcript.messages.length - 1];
      if (newest.authorKind !== 'system') this.announcement = `New message from ${newest.authorName ?? (newest.authorKind === 'client' ? 'the client' : 'the operator')}`;
      // At the bottom already, or just replied: follow the conversation down.
      if (this.followNewest || this.lastVisible >= rowsBefore - 2) this.layout = { pin: { index: last, block: 'end' } };
    }
    this.followNewest = false;
  }

  protected override updated(): void {
    const transcript = this.controller.state.transcript;
    if (!transcript || transcript.messages.length === 0 || this.renderedSession === transcript.sessionId || !this.log) return;
    this.renderedSession = transcript.sessionId;
    const sessionId = transcript.sessionId;
    void this.log[virtualizerRef]?.layoutComplete
      .then(() => requestAnimationFrame(() => this.isConnected && this.dispatchEvent(new ConversationRenderEvent(sessionId))))
      .catch(() => undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.renderedSession = undefined;
    this.shown = undefined;
    this.rowsOf = undefined;
  }

  protected override render() {
    if (!this.context) return html`<p class="note">Open an item to see its live chat conversations.</p>`;
    const { forbidden, error } = this.controller.state;
    if (forbidden) {
      return html`<div class="frame" part="frame">
        <div class="denied" part="denied" role="status"><strong>Conversations are not shown here</strong><span>${error}</span></div>
      </div>`;
    }
    return html`<div class="frame" part="frame">${this.renderSessions()}${this.renderConversation()}</div>`;
  }

  private renderSessions() {
    const { phase, error, sessions, archive, selectedId } = this.controller.state;
    return html`<section class="pane sessions" part="session-list-pane" aria-label="Conversations">
      <div class="bar">
        <h2>Sessions</h2>
        <button class="switch" part="archive-switch" type="button" role="switch" aria-checked=${archive ? 'true' : 'false'} @click=${() => this.controller.toggleArchive()}>
          <span class="track" aria-hidden="true"></span>Archive
        </button>
      </div>
      ${phase === 'loading' ? html`<p class="note" role="status">Loading conversations…</p>`
      : phase === 'error' ? html`<p class="note error" role="alert"><strong>The conversations cannot be shown.</strong>${error}</p>`
      : sessions.length === 0 ? html`<p class="note" role="status">${archive ? 'No closed conversations with this client.' : 'No active conversations. Closed ones are in the Archive.'}</p>`
      : html`<ul role="listbox" part="session-list" tabindex="0" aria-label=${archive ? 'Closed conversations' : 'Active conversations'}
          aria-activedescendant=${selectedId ? `s-${selectedId}` : nothing} @keydown=${this.onListKey}>
          ${sessions.map((s) => html`<li id="s-${s.id}" role="option" part="session" aria-selected=${s.id === selectedId ? 'true' : 'false'} @click=${() => this.controller.select(s.id)}>
            <span class="name">${s.name}</span><span class="meta">${sessionSubtitle(s)}</span>
          </li>`)}
        </ul>`}
    </section>`;
  }

  private renderConversation() {
    const { sessions, selectedId, transcript, transcriptError, showSystem } = this.controller.state;
    const session = sessions.find((s) => s.id === selectedId);
    if (!session || !transcript) {
      return html`<section class="pane" part="conversation" aria-label="Conversation"><p class="note">${sessions.length ? 'Choose a conversation on the left.' : ''}</p></section>`;
    }
    const context = { clientName: session.clientName, attachmentUrl: (fileId: string) => this.controller.attachmentUrl(session.id, fileId), now: new Date() };
    return html`<section class="pane" part="conversation" aria-label="Conversation ${session.name}">
      <div class="bar" part="conversation-header">
        <h2>${session.name}<span class="sub">${sessionSubtitle(session)}</span></h2>
        <div class="menu-anchor" @focusout=${this.onMenuFocusOut} @keydown=${this.onMenuKey}>
          <button class="icon-button" part="menu-button" type="button" aria-label="Conversation options" aria-haspopup="menu" aria-expanded=${this.menuOpen ? 'true' : 'false'} @click=${this.toggleMenu}>…</button>
          ${this.menuOpen ? html`<ul role="menu" part="menu" aria-label="Conversation options">
            <li role="none"><button role="menuitemcheckbox" type="button" aria-checked=${showSystem ? 'true' : 'false'} @click=${this.toggleSystem}>${showSystem ? 'Hide system messages' : 'Show system messages'}</button></li>
          </ul>` : nothing}
        </div>
      </div>
      ${transcriptError ? html`<p class="note error" role="alert">${transcriptError}</p>` : nothing}
      <div class="log" part="log" role="log" aria-live="off" aria-label="Messages of ${session.name}" tabindex="0"
        @visibilityChanged=${this.onVisibility} @unpinned=${() => (this.layout = {})}>
        ${virtualize({ items: this.rows, keyFunction: rowKey, renderItem: (row?: TranscriptRow) => (row ? renderRow(row, context) : html``), scroller: true, layout: this.layout })}
      </div>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${this.renderComposer(session)}
    </section>`;
  }

  private renderComposer(session: Parameters<typeof replyBlockedReason>[0] & { clientName: string }) {
    const blocked = replyBlockedReason(session);
    if (blocked) return html`<p class="readonly" part="read-only-note">${blocked}</p>`;
    const { sending, sendError } = this.controller.state;
    return html`${sendError ? html`<p class="send-error" role="alert">${sendError}</p>` : nothing}
      <form class="composer" part="composer" @submit=${this.onSubmit}>
        <textarea part="reply-input" rows="1" aria-label="Reply to ${session.clientName}" placeholder="Write a reply…" @keydown=${this.onInputKey}></textarea>
        <button class="primary" part="send-button" type="submit" ?disabled=${sending}>Send</button>
      </form>`;
  }

  private onVisibility(event: Event & { first: number; last: number }): void {
    this.firstVisible = event.first;
    this.lastVisible = event.last;
    const transcript = this.controller.state.transcript;
    if (!transcript?.hasOlder || transcript.messages.length === 0 || this.controller.state.loadingOlder || event.first > 1) return;
    this.anchorSeq = seqOfRow(this.rows[Math.max(1, event.first)]);
    void this.controller.loadOlder();
  }

  private onListKey(event: KeyboardEvent): void {
    const ids = this.controller.state.sessions.map((s) => s.id);
    const next = moveSelection(ids, this.controller.state.selectedId, event.key);
    if (next === undefined) return;
    event.preventDefault();
    this.controller.select(next);
    void this.updateComplete.then(() => this.renderRoot.querySelector(`#s-${CSS.escape(next)}`)?.scrollIntoView({ block: 'nearest' }));
  }

  private async toggleMenu(): Promise<void> {
    this.menuOpen = !this.menuOpen;
    if (!this.menuOpen) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[role="menuitemcheckbox"]')?.focus();
  }

  private toggleSystem(): void {
    const row = this.rows[Math.max(1, this.firstVisible)];
    this.anchorSeq = seqOfRow(row);
    this.controller.toggleSystem();
    this.closeMenu();
  }

  private closeMenu(): void {
    this.menuOpen = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part="menu-button"]')?.focus());
  }

  private onMenuKey(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.menuOpen) {
      event.stopPropagation();
      this.closeMenu();
    }
  }

  private onMenuFocusOut(event: FocusEvent): void {
    const anchor = event.currentTarget as HTMLElement;
    if (this.menuOpen && !anchor.contains(event.relatedTarget as Node | null)) this.menuOpen = false;
  }

  private onInputKey(event: KeyboardEvent): void {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      void this.sendDraft();
    }
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    void this.sendDraft();
  }

  private async sendDraft(): Promise<void> {
    const input = this.input;
    if (!input || !input.value.trim()) return;
    this.followNewest = true;
    if (await this.controller.send(input.value)) input.value = '';
    else this.followNewest = false;
  }
}
