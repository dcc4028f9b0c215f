/**
 * The session page of the Live Chats workspace: header with the name (and its rename pencil),
 * Start work / Close session, the conversation, the composer and "About the session". Everything
 * follows the session's topic; the client's messages are marked read for any operator or
 * supervisor who has the session on screen. An Offline operator or supervisor (the page's shared
 * status store knows) sees the working controls switched off with the reason, and on again as
 * soon as they go Online. The conversation's handlers (send, quote, edit, reveal, read marks,
 * system messages) live in the SessionMessagesController.
 */
import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { LineDto, SessionDto } from '../../common/api';
import type { ParameterDefinition } from '../../common/parameters/parameter-definition';
import { DraftStore } from '../conversation/composer-model';
import { OperatorStatusController } from '../operator-status/operator-status-controller';
import { canWork, INITIAL_STATUS_STATE, type OperatorStatusState } from '../operator-status/operator-status-model';
import type { ApiClient } from '../services/api-client';
import { errorMessage } from '../services/api-error';
import { apiClientContext, realtimeClientContext, viewerContext, type Viewer } from '../services/contexts';
import type { RealtimeClient } from '../services/realtime-client';
import { SubscriptionController } from '../services/subscription-controller';
import { stateLabel } from '../shared/format';
import { NoticeShowEvent } from '../shared/notice-events';
import { badges, buttons, fields, tokens } from '../shared/ui.styles';
import { SessionChangeEvent } from './desk-events';
import { sessionActions } from './desk-model';
import { SessionMessagesController } from './session-messages-controller';
import { sessionPageStyles } from './session-page.styles';
import { supervisionControls } from './supervision-model';

export class SessionPageElement extends LitElement {
  static override styles = [tokens, buttons, fields, badges, sessionPageStyles];

  @consume({ context: apiClientContext }) private api!: ApiClient;
  @consume({ context: realtimeClientContext }) private realtime!: RealtimeClient;
  @consume({ context: viewerContext }) private viewer!: Viewer;

  @property({ attribute: false }) line?: LineDto;
  @property() sessionId = '';
  /** The custom session parameters, for About the session. */
  @property({ attribute: false }) parameters: ParameterDefinition[] = [];
  @property({ attribute: false }) userNames?: ReadonlyMap<string, string>;

  @state() private session?: SessionDto;
  @state() private unavailable = '';
  @state() private busy?: 'take' | 'close';
  @state() private status: OperatorStatusState = INITIAL_STATUS_STATE;

  private ticket = 0;

  private readonly messages = new SessionMessagesController(
    this,
    () => ({ api: this.api, realtime: this.realtime, viewer: this.viewer }),
    (session) => {
      if (session.id === this.sessionId) this.session = { ...session, unread: this.session?.unread ?? 0 };
    },
  );
  private readonly conversation = this.messages.conversation;

  private readonly operatorStatus = new OperatorStatusController(
    this,
    () => (this.api && this.realtime && this.viewer ? { api: this.api, realtime: this.realtime, viewer: this.viewer } : undefined),
    (value) => (this.status = value),
  );

  private readonly reconnects = new SubscriptionController<void>(this, () => {
    void this.loadSession();
    this.conversation.reload();
  });

  constructor() {
    super();
    // Renames and process starts come from the parts of the page; the topic confirms them later.
    this.addEventListener(SessionChangeEvent.type, (event) => {
      const change = event as SessionChangeEvent;
      if (change.session.id !== this.sessionId) return;
      // A process may change anything; every other change answers with the session as it is now.
      if (change.action === 'process') void this.loadSession();
      else if (change.action !== 'take' && change.action !== 'close') this.session = { ...change.session, unread: this.session?.unread ?? 0 };
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('sessionId')) return;
    this.session = undefined;
    this.unavailable = '';
    this.reconnects.set(this.sessionId ? this.realtime.onDidReconnect : undefined);
    if (this.sessionId) void this.loadSession();
    this.messages.open(this.sessionId || undefined);
  }

  protected override updated(): void {
    this.messages.markRead(this.session, this.line);
  }

  private async loadSession(): Promise<void> {
    const sessionId = this.sessionId;
    const ticket = ++this.ticket;
    try {
      const session = await this.api.getSession(sessionId);
      if (ticket !== this.ticket) return;
      this.session = session;
      this.unavailable = '';
    } catch (error) {
      if (ticket !== this.ticket) return;
      this.session = undefined;
      this.unavailable = errorMessage(error);
      this.conversation.open(undefined);
    }
  }

  /** Scrolls to the message `seq` (a search result picked), loading older pages first when it is further back; false when it cannot be shown. */
  revealMessage(seq: number): Promise<boolean> {
    return this.messages.reveal(seq);
  }

  /** Start work or Close session; a refusal is said in the server's words (usually someone else was faster) and the page shows what is true now. */
  private async act(action: 'take' | 'close'): Promise<void> {
    const session = this.session;
    if (!session || this.busy) return;
    this.busy = action;
    try {
      const changed = action === 'take' ? await this.api.takeSession(session.id) : await this.api.closeSession(session.id);
      this.session = changed;
      this.dispatchEvent(new SessionChangeEvent(changed, action));
    } catch (error) {
      this.dispatchEvent(new NoticeShowEvent('error', errorMessage(error)));
      await this.loadSession();
    } finally {
      this.busy = undefined;
    }
  }

  override render() {
    if (this.unavailable) {
      return html`<div class="placeholder" data-testid="session-unavailable">
        <strong>This session is not available</strong>
        <span>${this.unavailable}</span>
      </div>`;
    }
    const session = this.session;
    const line = this.line;
    if (!session || !line) return html`<div class="placeholder" role="status">Loading the session…</div>`;
    const online = canWork(this.status);
    const actions = sessionActions(session, line, this.viewer, online);
    const off = actions.disabledBecause;
    return html`
      <div class="main">
        <header>
          <div class="title">
            <lc-session-name
              variant="title"
              .session=${session}
              ?editable=${actions.rename}
              disabledReason=${off.rename ?? ''}
            ></lc-session-name>
            <div class="subtitle">
              ${session.clientName !== session.name ? html`<span>${session.clientName}</span>` : nothing}
              <span class="state ${session.state}">${stateLabel(session.state)}</span>
            </div>
          </div>
          <div class="actions">
            ${actions.startWork
              ? html`<button
                  class="btn primary"
                  type="button"
                  title=${off.startWork ?? nothing}
                  ?disabled=${this.busy !== undefined || off.startWork !== undefined}
                  @click=${() => this.act('take')}
                >
                  ${this.busy === 'take' ? 'Starting…' : 'Start work'}
                </button>`
              : nothing}
            ${actions.close
              ? html`<button
                  class="btn"
                  type="button"
                  title=${off.close ?? nothing}
                  ?disabled=${this.busy !== undefined || off.close !== undefined}
                  @click=${() => this.act('close')}
                >
                  ${this.busy === 'close' ? 'Closing…' : 'Close session'}
                </button>`
              : nothing}
          </div>
        </header>
        ${this.conversation.error ? html`<div class="banner error" role="alert">${this.conversation.error}</div>` : nothing}
        <lc-message-list
          perspective="operator"
          .messages=${this.conversation.messages}
          .pending=${this.conversation.pending}
          .history=${this.conversation}
          ?hasOlder=${this.conversation.hasOlder}
          .showSystem=${this.messages.systemShown}
          channelType=${line.channels.find((channel) => channel.id === session.channelId)?.type ?? nothing}
          ?canQuote=${actions.reply}
          .canEdit=${actions.reply ? this.messages.canEdit : undefined}
          emptyText=${this.conversation.loading ? 'Loading messages…' : 'No messages yet.'}
          @lc-message-retry=${this.messages.retry}
          @lc-message-discard=${this.messages.discard}
          @lc-message-action=${this.messages.act}
        ></lc-message-list>
        <lc-composer
          ?disabled=${!actions.reply}
          reason=${actions.replyBlockedBecause ?? ''}
          placeholder="Reply to ${session.clientName}…"
          sessionId=${session.id}
          uploadSessionId=${session.id}
          draftKey=${DraftStore.key(this.viewer.user.id, session.id)}
          sendMethod=${this.messages.settings.sendMethod}
          ?confirmSend=${this.messages.settings.sendConfirmationChannelIds.includes(session.channelId)}
          @lc-message-submit=${this.messages.submit}
          @lc-message-edit=${this.messages.edit}
        ></lc-composer>
      </div>
      <lc-session-about
        .session=${session}
        .parameters=${this.parameters}
        .userNames=${this.userNames}
        ?canRename=${actions.rename}
        ?canStartProcess=${actions.startProcess}
        ?canBindItems=${actions.bindItems}
        .disabledBecause=${off}
        .controls=${supervisionControls(session, line, this.viewer, online)}
        .line=${line}
        ?showSystem=${this.messages.systemShown}
        @lc-system-messages-toggle=${this.messages.toggleSystem}
      ></lc-session-about>
    `;
  }
}
