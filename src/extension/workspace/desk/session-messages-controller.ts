/**
 * The conversation part of the operator's session page: follows the open session's messages,
 * sends, retries and discards through the conversation's outbox, hands Quote and Edit from a
 * message's menu to the composer and saves edits, reveals a message picked in the search, keeps
 * the viewer's choice to show system messages, and marks the client's messages read while the
 * page is visible. The global settings it needs (send method, editing, system messages) are read
 * once per page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LineDto, MessageDto, SessionDto } from '../../common/api';
import { DEFAULT_SETTINGS, type LiveChatsSettings } from '../../common/settings';
import { Topics } from '../../common/topics';
import type { ComposerElement } from '../conversation/composer';
import { ConversationController } from '../conversation/conversation-controller';
import type {
  MessageActionEvent,
  MessageDiscardEvent,
  MessageEditEvent,
  MessageRetryEvent,
  MessageSubmitEvent,
  SystemMessagesToggleEvent,
} from '../conversation/conversation-events';
import { canEditMessage, lastClientSeq, lastSeq } from '../conversation/conversation-model';
import type { MessageListElement } from '../conversation/message-list';
import { messageExtras } from '../conversation/outbox-model';
import type { ApiClient } from '../services/api-client';
import { errorMessage } from '../services/api-error';
import type { Viewer } from '../services/contexts';
import type { RealtimeClient } from '../services/realtime-client';
import { NoticeShowEvent } from '../shared/notice-events';
import { marksRead } from './desk-model';

/** The page the controller serves: an element with a render root. */
export type SessionMessagesHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export interface SessionMessagesServices {
  api: ApiClient;
  realtime: RealtimeClient;
  viewer: Viewer;
}

export class SessionMessagesController implements ReactiveController {
  /** The global settings: how the composer sends, confirms and edits, whether system messages show. */
  settings: LiveChatsSettings = DEFAULT_SETTINGS;
  readonly conversation: ConversationController;

  /** This viewer's choice for the open session (About › … › System messages), until the page reloads. */
  private showSystem?: boolean;
  private settingsRequested = false;
  private readUpTo = 0;

  constructor(
    private readonly host: SessionMessagesHost,
    private readonly services: () => SessionMessagesServices,
    onSession: (session: SessionDto) => void,
  ) {
    this.conversation = new ConversationController(host, { onSession });
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
    if (this.settingsRequested) return;
    // Once per page: the page stays while sessions change under it.
    this.settingsRequested = true;
    this.services()
      .api.getSettings()
      .then((settings) => {
        this.settings = settings;
        this.host.requestUpdate();
      })
      .catch(() => undefined);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  /** Follows another session (or none): what was read and shown for the previous one is forgotten. */
  open(sessionId: string | undefined): void {
    this.readUpTo = 0;
    this.showSystem = undefined;
    if (!sessionId) return this.conversation.open(undefined);
    const { api, realtime } = this.services();
    this.conversation.open({
      api,
      realtime,
      sessionId,
      topic: Topics.session,
      send: (message, clientMessageId) => api.sendMessage(sessionId, message.text, clientMessageId, messageExtras(message)),
    });
  }

  get systemShown(): boolean {
    return this.showSystem ?? this.settings.showSystemMessages;
  }

  readonly toggleSystem = (event: SystemMessagesToggleEvent): void => {
    this.showSystem = event.show;
    this.host.requestUpdate();
  };

  readonly canEdit = (message: MessageDto): boolean =>
    canEditMessage(message, { viewerId: this.services().viewer.user.id, editing: this.settings.messageEditing, now: new Date() });

  readonly submit = (event: MessageSubmitEvent): void => this.conversation.submit(event.outgoing);
  readonly retry = (event: MessageRetryEvent): void => this.conversation.retry(event.clientMessageId);
  readonly discard = (event: MessageDiscardEvent): void => this.conversation.discard(event.clientMessageId);

  /** Quote and Edit from a message's menu go to the composer. */
  readonly act = (event: MessageActionEvent): void => {
    const composer = this.composer();
    if (event.action === 'quote') void composer?.quoteMessage(event.message);
    else void composer?.editMessage(event.message);
  };

  /** Saves an edit; a failure is said, and the new text goes back to the composer, not lost. */
  readonly edit = async (event: MessageEditEvent): Promise<void> => {
    try {
      await this.conversation.edit(event.messageId, event.text);
    } catch (error) {
      this.host.dispatchEvent(new NoticeShowEvent('error', errorMessage(error)));
      const message = this.conversation.messages.find((candidate) => candidate.id === event.messageId);
      if (message) void this.composer()?.editMessage(message, event.text);
    }
  };

  /** Scrolls to the message `seq` (a search result picked), loading older pages first when it is further back; false when it cannot be shown. */
  reveal(seq: number): Promise<boolean> {
    return this.host.renderRoot.querySelector<MessageListElement>('lc-message-list')?.jumpTo(seq) ?? Promise.resolve(false);
  }

  /** Marks the client's messages read while the user is looking at the session. */
  markRead(session: SessionDto | undefined, line: LineDto | undefined): void {
    if (!session || !line || document.visibilityState === 'hidden') return;
    if (!marksRead(line)) return;
    const messages = this.conversation.messages;
    if (lastClientSeq(messages) <= this.readUpTo) return;
    const seq = lastSeq(messages);
    this.readUpTo = seq;
    this.services()
      .api.markRead(session.id, seq)
      .catch(() => {
        if (this.readUpTo === seq) this.readUpTo = 0;
      });
  }

  private composer(): ComposerElement | null {
    return this.host.renderRoot.querySelector<ComposerElement>('lc-composer');
  }

  private readonly onVisibility = (): void => this.host.requestUpdate();
}
