/**
 * The life of one <live-chat-messages> instance on a form: while the element is connected and has
 * a context, it loads the item's sessions, the selected session's transcript page by page, follows
 * the session's realtime topic (its own socket: two instances never share state), and replies.
 * The list stays live: the socket also follows the topics of the live chats the viewer may read,
 * and a hint that may change the list reloads it, once per burst.
 * Everything it starts (requests, the socket, the topic) ends when the element leaves the page or
 * gets a new context; a late answer of an earlier life is dropped.
 */
import type { WidgetContext } from '@elma365/sdk-types';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Subscription } from 'rxjs';
import type { MessageDto, SessionDto } from '../../extension/common/api';
import { RealtimeEvents, Topics } from '../../extension/common/topics';
import type { WidgetFollowDto, WidgetSessionDto } from '../../extension/common/widget-api';
import { applyEdits } from '../../extension/workspace/conversation/conversation-model';
import { errorMessage, isApiError } from '../../extension/workspace/services/api-error';
import { RealtimeClient } from '../../extension/workspace/services/realtime-client';
import { newClientMessageId } from '../../extension/workspace/shared/client-message-id';
import { emptyTranscript, FIRST_PAGE, newestSeq, OLDER_PAGE, olderCursor, type Transcript, withMessages, withOlderPage } from './transcript-model';
import { WidgetClient } from './widget-client';
import { BurstTimer, changesList, keptSelection, sessionsQuery } from './widget-model';

export interface WidgetState {
  phase: 'idle' | 'loading' | 'ready' | 'error';
  error?: string;
  /** The viewer may read no live chat's sessions: the widget shows nothing of the conversations. */
  forbidden?: boolean;
  sessions: WidgetSessionDto[];
  archive: boolean;
  selectedId?: string;
  transcript?: Transcript;
  transcriptError?: string;
  loadingOlder: boolean;
  showSystem: boolean;
  sending: boolean;
  sendError?: string;
}

export interface WidgetControllerOptions {
  fetch?: typeof fetch;
  createSocket?: (url: string) => WebSocket;
}

const initialState = (showSystem: boolean): WidgetState => ({ phase: 'idle', sessions: [], archive: false, loadingOlder: false, showSystem, sending: false });

export class WidgetController implements ReactiveController {
  state: WidgetState = initialState(false);
  private context?: WidgetContext;
  private connected = false;
  /** Bumped by every restart and stop: answers of an older life are dropped. */
  private life = 0;
  private aborter?: AbortController;
  private client?: WidgetClient;
  private realtime?: RealtimeClient;
  private reconnects?: Subscription;
  private topic?: Subscription;
  /** The followed live chats' topics, by live chat id, and what the list depends on. */
  private readonly lineTopics = new Map<string, Subscription>();
  private follows?: WidgetFollowDto;
  private readonly hinted = new BurstTimer(() => this.refreshSessions());
  private refreshing?: Promise<void>;
  private refreshAgain = false;
  /** What has been marked read, by session. */
  private readonly readUpTo = new Map<string, number>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: WidgetControllerOptions = {},
  ) {
    host.addController(this);
  }

  setContext(context: WidgetContext | undefined): void {
    this.context = context;
    if (this.connected) this.restart();
  }

  hostConnected(): void {
    this.connected = true;
    this.restart();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stop();
  }

  attachmentUrl(sessionId: string, fileId: string): string {
    return this.client?.attachmentUrl(sessionId, fileId) ?? '';
  }

  toggleArchive(): void {
    this.update({ archive: !this.state.archive, selectedId: undefined, transcript: undefined });
    this.closeTopic();
    void this.loadSessions(this.life);
  }

  select(id: string): void {
    if (id === this.state.selectedId || !this.state.sessions.some((s) => s.id === id)) return;
    this.openSession(id);
  }

  toggleSystem(): void {
    this.update({ showSystem: !this.state.showSystem });
  }

  /** The next older page of the open transcript, once at a time. */
  async loadOlder(): Promise<void> {
    const { transcript, loadingOlder } = this.state;
    if (!transcript || loadingOlder || !transcript.hasOlder || !this.client) return;
    const life = this.life;
    const first = transcript.messages.length === 0;
    this.update({ loadingOlder: true, transcriptError: undefined });
    try {
      const page = await this.client.transcriptBefore(transcript.sessionId, olderCursor(transcript), first ? FIRST_PAGE : OLDER_PAGE, this.aborter?.signal);
      const current = this.state.transcript;
      if (life !== this.life || current?.sessionId !== transcript.sessionId) return;
      this.update({ transcript: withOlderPage(current, page), loadingOlder: false });
      if (first) this.follow(transcript.sessionId);
    } catch (error) {
      if (life === this.life) this.update({ loadingOlder: false, transcriptError: errorMessage(error) });
    }
  }

  /** Sends a reply in the open session; true when it was sent. */
  async send(text: string): Promise<boolean> {
    const sessionId = this.state.selectedId;
    if (!sessionId || !this.client || !text.trim() || this.state.sending) return false;
    const life = this.life;
    this.update({ sending: true, sendError: undefined });
    try {
      const { message } = await this.client.reply(sessionId, text, newClientMessageId());
      if (life !== this.life) return false;
      this.update({ sending: false });
      this.receive(sessionId, [message]);
      return true;
    } catch (error) {
      if (life === this.life) this.update({ sending: false, sendError: errorMessage(error) });
      return false;
    }
  }

  private restart(): void {
    this.stop();
    const context = this.context;
    if (!context || !this.connected) return;
    this.aborter = new AbortController();
    this.client = new WidgetClient(context.apiBase, this.options.fetch);
    this.state = { ...initialState(this.state.showSystem), phase: 'loading' };
    this.host.requestUpdate();
    void this.loadSessions(this.life);
  }

  private stop(): void {
    this.life++;
    this.aborter?.abort();
    this.aborter = undefined;
    this.closeTopic();
    this.hinted.cancel();
    for (const subscription of this.lineTopics.values()) subscription.unsubscribe();
    this.lineTopics.clear();
    this.follows = undefined;
    this.reconnects?.unsubscribe();
    this.reconnects = undefined;
    this.realtime?.dispose();
    this.realtime = undefined;
    this.refreshing = undefined;
    this.refreshAgain = false;
    this.readUpTo.clear();
  }

  private async loadSessions(life: number): Promise<void> {
    const context = this.context;
    if (!context || !this.client) return;
    try {
      const dto = await this.client.sessions(sessionsQuery(context, this.state.archive), this.aborter?.signal);
      if (life !== this.life) return;
      const selectedId = keptSelection(dto.items, this.state.selectedId);
      this.update({ phase: 'ready', error: undefined, sessions: dto.items });
      this.followLines(dto.follow);
      if (selectedId !== this.state.selectedId || (selectedId && !this.state.transcript)) {
        if (selectedId) this.openSession(selectedId);
        else this.update({ selectedId: undefined, transcript: undefined });
      }
    } catch (error) {
      if (life === this.life) this.update({ phase: 'error', error: errorMessage(error), forbidden: isApiError(error, 'auth/forbidden'), sessions: [] });
    }
  }

  /** Reloads the list after a change of a listed session; one reload at a time, one more if asked meanwhile. */
  private refreshSessions(): void {
    if (this.refreshing) {
      this.refreshAgain = true;
      return;
    }
    const life = this.life;
    this.refreshing = this.loadSessions(life).finally(() => {
      if (life !== this.life) return;
      this.refreshing = undefined;
      if (this.refreshAgain) {
        this.refreshAgain = false;
        this.refreshSessions();
      }
    });
  }

  private openSession(id: string): void {
    this.closeTopic();
    this.update({ selectedId: id, transcript: emptyTranscript(id), transcriptError: undefined, sendError: undefined, loadingOlder: false });
    void this.loadOlder();
  }

  /** The instance's one socket, opened on first use; after a reconnect the list may have missed hints. */
  private socket(): RealtimeClient | undefined {
    const context = this.context;
    if (!context) return undefined;
    if (!this.realtime) {
      this.realtime = new RealtimeClient({ url: context.realtimeUrl, createSocket: this.options.createSocket });
      this.reconnects = this.realtime.onDidReconnect.subscribe(() => this.refreshSessions());
    }
    return this.realtime;
  }

  /** Follows the session hints of the live chats the viewer may read (the set may change on a reload). */
  private followLines(follows: WidgetFollowDto): void {
    this.follows = follows;
    for (const [lineId, subscription] of this.lineTopics) {
      if (follows.lineIds.includes(lineId)) continue;
      subscription.unsubscribe();
      this.lineTopics.delete(lineId);
    }
    for (const lineId of follows.lineIds) {
      if (this.lineTopics.has(lineId)) continue;
      const realtime = this.socket();
      if (!realtime) return;
      this.lineTopics.set(lineId, realtime.topic(Topics.line(lineId)).subscribe((event) => {
        if (event.event === RealtimeEvents.session && this.follows && changesList(this.follows, this.state.sessions, event.data as SessionDto)) this.hinted.schedule();
      }));
    }
  }

  /** Live messages of the open session, from the newest one loaded on (the hub backfills any gap). */
  private follow(sessionId: string): void {
    const realtime = this.socket();
    if (!realtime || this.state.transcript?.sessionId !== sessionId) return;
    this.closeTopic();
    this.topic = realtime.topic(Topics.session(sessionId), { since: newestSeq(this.state.transcript) }).subscribe((event) => {
      if (event.event === RealtimeEvents.message) this.receive(sessionId, [event.data as MessageDto]);
      else if (event.event === RealtimeEvents.messageEdited) this.edited(sessionId, event.data as MessageDto);
      else if (event.event === RealtimeEvents.session) this.hinted.schedule();
    });
  }

  private receive(sessionId: string, messages: MessageDto[]): void {
    const transcript = this.state.transcript;
    if (transcript?.sessionId === sessionId) this.update({ transcript: withMessages(transcript, messages) });
  }

  private edited(sessionId: string, message: MessageDto): void {
    const transcript = this.state.transcript;
    if (transcript?.sessionId === sessionId) this.update({ transcript: { ...transcript, messages: applyEdits(transcript.messages, [message]) } });
  }

  private closeTopic(): void {
    this.topic?.unsubscribe();
    this.topic = undefined;
  }

  private update(change: Partial<WidgetState>): void {
    this.state = { ...this.state, ...change };
    if (change.transcript) this.markRead(change.transcript);
    this.host.requestUpdate();
  }

  /**
   * The operator of the session has it in front of them: its messages count as read for them, as
   * in the workspace (the unread counters and the workspace badge follow). Others' markers stay.
   */
  private markRead(transcript: Transcript): void {
    const session = this.state.sessions.find((candidate) => candidate.id === transcript.sessionId);
    const seq = newestSeq(transcript);
    if (!session?.canReply || !this.client || seq <= (this.readUpTo.get(session.id) ?? 0)) return;
    this.readUpTo.set(session.id, seq);
    this.client.markRead(session.id, seq).catch(() => this.readUpTo.delete(session.id));
  }
}
