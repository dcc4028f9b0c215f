/**
 * Messages: an employee writes to a live chat as its internal client. Picks a live chat, sees
 * their own conversation with it (history included) and the operators' replies as they come.
 */
import { html, nothing, svg, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import type { LineDto, SessionDto } from '../../common/api';
import { Topics } from '../../common/topics';
import { ConversationController } from '../conversation/conversation-controller';
import type { ComposerElement } from '../conversation/composer';
import { DraftStore } from '../conversation/composer-model';
import type { MessageActionEvent, MessageDiscardEvent, MessageRetryEvent, MessageSubmitEvent } from '../conversation/conversation-events';
import { messageExtras } from '../conversation/outbox-model';
import { errorMessage } from '../services/api-error';
import type { ConnectionState } from '../services/realtime-client';
import { SubscriptionController } from '../services/subscription-controller';
import { buttons, fields, listItems, tokens } from '../shared/ui.styles';
import { clientLines, conversationStatus, currentSession } from './messages-model';
import { ScreenRootElement } from '../shared/screen-root.element';
import { messagesScreenStyles } from './messages-screen.styles';

const headset = svg`<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true"><path d="M3 14v-2a9 9 0 0 1 18 0v2"/><path d="M21 15a2 2 0 0 1-2 2h-1v-6h1a2 2 0 0 1 2 2z"/><path d="M3 15a2 2 0 0 0 2 2h1v-6H5a2 2 0 0 0-2 2z"/><path d="M18 17v1a3 3 0 0 1-3 3h-3"/></svg>`;

export class MessagesScreenElement extends ScreenRootElement {
  static override styles = [tokens, buttons, fields, listItems, messagesScreenStyles];

  /** `line`: the live chat whose conversation is open. */
  declare params: Record<string, string>;

  @state() private lines?: LineDto[];
  @state() private session?: SessionDto;
  @state() private sessionLoading = false;
  @state() private error = '';
  @state() private connection: ConnectionState = 'idle';

  private ticket = 0;
  private openedLineId?: string;

  private readonly conversation = new ConversationController(this, {
    onSession: (session) => (this.session = session),
    onSessionStarted: (result) => void this.refreshSession(result.sessionId),
  });

  private readonly reconnects = new SubscriptionController<void>(this, () => {
    if (this.session) void this.refreshSession(this.session.id);
    this.conversation.reload();
  });

  private readonly connectionState = new SubscriptionController<ConnectionState>(this, (value) => (this.connection = value));

  override connectedCallback(): void {
    super.connectedCallback();
    this.reconnects.set(this.realtime.onDidReconnect);
    this.connectionState.set(this.realtime.state$);
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.lines = clientLines(await this.api.listLines());
    } catch (error) {
      this.lines = [];
      this.error = errorMessage(error);
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!changed.has('params') && !changed.has('lines')) return;
    const line = this.openLine;
    if (line?.id === this.openedLineId) return;
    this.openedLineId = line?.id;
    void this.openConversation(line);
  }

  private get openLine(): LineDto | undefined {
    return this.lines?.find((line) => line.id === this.params.line);
  }

  private async openConversation(line: LineDto | undefined): Promise<void> {
    const ticket = ++this.ticket;
    this.session = undefined;
    this.error = '';
    this.conversation.open(undefined);
    if (!line) return;
    this.sessionLoading = true;
    try {
      const page = await this.api.listSessions({ lineId: line.id });
      if (ticket !== this.ticket) return;
      this.session = currentSession(page.items);
      this.conversation.open({
        api: this.api,
        realtime: this.realtime,
        sessionId: this.session?.id,
        topic: Topics.sessionClient,
        send: (message, clientMessageId) => this.api.writeToLine(line.id, message.text, clientMessageId, messageExtras(message)),
      });
    } catch (error) {
      if (ticket !== this.ticket) return;
      this.error = errorMessage(error);
    } finally {
      if (ticket === this.ticket) this.sessionLoading = false;
    }
  }

  private async refreshSession(sessionId: string): Promise<void> {
    try {
      const session = await this.api.getSession(sessionId);
      if (session.lineId === this.openedLineId) this.session = session;
    } catch {
      // The status line is a nicety; the conversation itself still works.
    }
  }

  override render() {
    if (this.lines === undefined) return html`<div class="placeholder full" role="status">Loading…</div>`;
    if (this.lines.length === 0) {
      return html`<div class="placeholder full" data-testid="messages-empty">
        ${this.error ? html`<div class="banner error" role="alert">${this.error}</div>` : nothing}
        <strong>No live chats to write to yet</strong>
        <span>When an administrator lets your group write to a live chat, it appears here and you can ask the team for help.</span>
      </div>`;
    }
    const line = this.openLine;
    return html`
      <aside>
        <header>
          <h2 id="lines-title">Live chats</h2>
          <p>Ask a question; an operator answers here.</p>
        </header>
        <ul aria-labelledby="lines-title">
          ${this.lines.map(
            (item) => html`<li>
              <button
                class="line list-item"
                type="button"
                data-testid="client-line"
                aria-current=${item.id === line?.id ? 'true' : 'false'}
                @click=${() => this.navigate({ line: item.id })}
              >
                <span class="icon">${headset}</span>
                <span class="line-name">${item.name}</span>
              </button>
            </li>`,
          )}
        </ul>
      </aside>
      ${line ? this.renderChat(line) : html`<div class="placeholder"><strong>Choose a live chat</strong><span>Pick the team you want to write to.</span></div>`}
    `;
  }

  private renderChat(line: LineDto) {
    const loading = this.sessionLoading || this.conversation.loading;
    return html`<section class="chat" aria-labelledby="chat-title">
      <header>
        <span class="icon">${headset}</span>
        <div>
          <h2 id="chat-title">${line.name}</h2>
          <div class="status" data-testid="conversation-status">${conversationStatus(this.session)}</div>
          ${this.connection === 'reconnecting' ? html`<div class="status offline" role="status">Connection lost. Reconnecting…</div>` : nothing}
        </div>
      </header>
      ${this.error || this.conversation.error
        ? html`<div class="banner error" role="alert">${this.error || this.conversation.error}</div>`
        : nothing}
      <lc-message-list
        perspective="client"
        label="Conversation with ${line.name}"
        .messages=${this.conversation.messages}
        .pending=${this.conversation.pending}
        .history=${this.conversation}
        ?hasOlder=${this.conversation.hasOlder}
        ?canQuote=${!this.sessionLoading}
        emptyText=${loading ? 'Loading messages…' : `Write to ${line.name} and an operator will answer here.`}
        @lc-message-action=${(event: MessageActionEvent) => {
          if (event.action === 'quote') void this.renderRoot.querySelector<ComposerElement>('lc-composer')?.quoteMessage(event.message);
        }}
        @lc-message-retry=${(event: MessageRetryEvent) => this.conversation.retry(event.clientMessageId)}
        @lc-message-discard=${(event: MessageDiscardEvent) => this.conversation.discard(event.clientMessageId)}
      ></lc-message-list>
      <lc-composer
        ?disabled=${this.sessionLoading}
        placeholder="Write to ${line.name}…"
        draftKey=${DraftStore.key(this.viewer.user.id, `line:${line.id}`)}
        uploadSessionId=${this.session?.id ?? ''}
        @lc-message-submit=${(event: MessageSubmitEvent) => this.conversation.submit(event.outgoing)}
      ></lc-composer>
    </section>`;
  }
}
