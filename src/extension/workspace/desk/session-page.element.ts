/**
 * The session page of the Live Chats workspace: header with the name (and its rename pencil),
 * Start work / Close session, the conversation, the composer and "About the session". Everything
 * follows the session's topic; the client's messages are marked read for any operator or
 * supervisor who has the session on screen. An Offline operator or supervisor (the page's shared
 * status store knows) sees the working controls switched off with the reason, and on again as
 * soon as they go Online.
 */
import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { LineDto, MessageDto, SessionDto } from '../../common/api';
import { DEFAULT_SETTINGS, type LiveChatsSettings } from '../../common/settings';
import type { ParameterDefinition } from '../../common/parameters/parameter-definition';
import { Topics } from '../../common/topics';
import { ConversationController } from '../conversation/conversation-controller';
import type { ComposerElement } from '../conversation/composer';
import { DraftStore } from '../conversation/composer-model';
import type {
  MessageActionEvent,
  MessageDiscardEvent,
  MessageEditEvent,
  MessageRetryEvent,
  MessageSubmitEvent,
  SystemMessagesToggleEvent,
} from '../conversation/conversation-events';
import { messageExtras } from '../conversation/outbox-model';
import { canEditMessage, lastClientSeq, lastSeq } from '../conversation/conversation-model';
import type { MessageListElement } from '../conversation/message-list';
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
import { marksRead, sessionActions } from './desk-model';
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
  /** The global settings: how the composer sends, confirms and edits, whether system messages show. */
  @state() private settings: LiveChatsSettings = DEFAULT_SETTINGS;
  /** This viewer's choice for the open session (About › … › System messages), until the page reloads. */
  @state() private showSystem?: boolean;

  private settingsRequested = false;

  private readUpTo = 0;
  private ticket = 0;

  private readonly conversation = new ConversationController(this, {
    onSession: (session) => {
      if (session.id === this.sessionId) this.session = { ...session, unread: this.session?.unread ?? 0 };
    },
  });

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

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibility);
    if (!this.settingsRequested) {
      // Once per desk: the page stays while sessions change under it.
      this.settingsRequested = true;
      this.api
        .getSettings()
        .then((settings) => (this.settings = settings))
        .catch(() => undefined);
    }
  }

  override disconnectedCallback(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    super.disconnectedCallback();
  }

  private readonly onVisibility = (): void => this.requestUpdate();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('sessionId')) return;
    this.session = undefined;
    this.unavailable = '';
    this.readUpTo = 0;
    this.showSystem = undefined;
    this.reconnects.set(this.sessionId ? this.realtime.onDidReconnect : undefined);
    if (!this.sessionId) return this.conversation.open(undefined);
    const sessionId = this.sessionId;
    void this.loadSession();
    this.conversation.open({
      api: this.api,
      realtime: this.realtime,
      sessionId,
      topic: Topics.session,
      send: (message, clientMessageId) => this.api.sendMessage(sessionId, message.text, clientMessageId, messageExtras(message)),
    });
  }

  protected override updated(): void {
    this.markRead();
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

  /** Marks the client's messages read while the user is looking at the session. */
  private markRead(): void {
    const session = this.session;
    if (!session || !this.line || document.visibilityState === 'hidden') return;
    if (!marksRead(this.line)) return;
    const messages = this.conversation.messages;
    if (lastClientSeq(messages) <= this.readUpTo) return;
    const seq = lastSeq(messages);
    this.readUpTo = seq;
    this.api.markRead(session.id, seq).catch(() => {
      if (this.readUpTo === seq) this.readUpTo = 0;
    });
  }

  /** Shows the message `seq` in the conversation (a search result picked); false when it is not loaded. */
  /** Scrolls to the message, loading older pages first when it is further back. */
  revealMessage(seq: number): Promise<boolean> {
    return this.renderRoot.querySelector<MessageListElement>('lc-message-list')?.jumpTo(seq) ?? Promise.resolve(false);
  }

  private get systemShown(): boolean {
    return this.showSystem ?? this.settings.showSystemMessages;
  }

  private readonly canEdit = (message: MessageDto): boolean =>
    canEditMessage(message, { viewerId: this.viewer.user.id, editing: this.settings.messageEditing, now: new Date() });

  /** Quote and Edit from a message's menu go to the composer. */
  private readonly onMessageAction = (event: MessageActionEvent): void => {
    const composer = this.renderRoot.querySelector<ComposerElement>('lc-composer');
    if (event.action === 'quote') void composer?.quoteMessage(event.message);
    else void composer?.editMessage(event.message);
  };

  /** Saves an edit; a failure is said, and the new text goes back to the composer, not lost. */
  private readonly onMessageEdit = async (event: MessageEditEvent): Promise<void> => {
    try {
      await this.conversation.edit(event.messageId, event.text);
    } catch (error) {
      this.dispatchEvent(new NoticeShowEvent('error', errorMessage(error)));
      const message = this.conversation.messages.find((candidate) => candidate.id === event.messageId);
      if (message) void this.renderRoot.querySelector<ComposerElement>('lc-composer')?.editMessage(message, event.text);
    }
  };

  private async startWork(): Promise<void> {
    const session = this.session;
    if (!session || this.busy) return;
    this.busy = 'take';
    try {
      const taken = await this.api.takeSession(session.id);
      this.session = taken;
      this.dispatchEvent(new SessionChangeEvent(taken, 'take'));
    } catch (error) {
      // Usually someone else was faster: say so in the server's words and show what is true now.
      this.dispatchEvent(new NoticeShowEvent('error', errorMessage(error)));
      await this.loadSession();
    } finally {
      this.busy = undefined;
    }
  }

  private async closeSession(): Promise<void> {
    const session = this.session;
    if (!session || this.busy) return;
    this.busy = 'close';
    try {
      const closed = await this.api.closeSession(session.id);
      this.session = closed;
      this.dispatchEvent(new SessionChangeEvent(closed, 'close'));
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
                  @click=${this.startWork}
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
                  @click=${this.closeSession}
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
          .showSystem=${this.systemShown}
          channelType=${line.channels.find((channel) => channel.id === session.channelId)?.type ?? nothing}
          ?canQuote=${actions.reply}
          .canEdit=${actions.reply ? this.canEdit : undefined}
          emptyText=${this.conversation.loading ? 'Loading messages…' : 'No messages yet.'}
          @lc-message-retry=${(event: MessageRetryEvent) => this.conversation.retry(event.clientMessageId)}
          @lc-message-discard=${(event: MessageDiscardEvent) => this.conversation.discard(event.clientMessageId)}
          @lc-message-action=${this.onMessageAction}
        ></lc-message-list>
        <lc-composer
          ?disabled=${!actions.reply}
          reason=${actions.replyBlockedBecause ?? ''}
          placeholder="Reply to ${session.clientName}…"
          sessionId=${session.id}
          uploadSessionId=${session.id}
          draftKey=${DraftStore.key(this.viewer.user.id, session.id)}
          sendMethod=${this.settings.sendMethod}
          ?confirmSend=${this.settings.sendConfirmationChannelIds.includes(session.channelId)}
          @lc-message-submit=${(event: MessageSubmitEvent) => this.conversation.submit(event.outgoing)}
          @lc-message-edit=${this.onMessageEdit}
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
        ?showSystem=${this.systemShown}
        @lc-system-messages-toggle=${(event: SystemMessagesToggleEvent) => (this.showSystem = event.show)}
      ></lc-session-about>
    `;
  }
}
