/**
 * The life of one <live-chat-messages> instance on a form: while the element is connected and has
 * a context, it loads the item's sessions, the selected session's transcript page by page, follows
 * the session's realtime topic (its own socket: two instances never share state), and replies.
 * Everything it starts (requests, the socket, the topic) ends when the element leaves the page or
 * gets a new context; a late answer of an earlier life is dropped.
 */
import type { WidgetContext } from '@elma365/sdk-types';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Subscription } from 'rxjs';
import type { MessageDto } from '../../extension/common/api';
import { RealtimeEvents, Topics } from '../../extension/common/topics';
import type { WidgetLineDto, WidgetSessionDto } from '../../extension/common/widget-api';
import { applyEdits } from '../../extension/workspace/conversation/conversation-model';
import { errorMessage } from '../../extension/workspace/services/api-error';
import { RealtimeClient } from '../../extension/workspace/services/realtime-client';
import { newClientMessageId } from '../../extension/workspace/shared/client-message-id';
import { emptyTranscript, FIRST_PAGE, newestSeq, OLDER_PAGE, olderCursor, type Transcript, withMessages, withOlderPage } from './transcript-model';
import { WidgetClient } from './widget-client';
import { keptSelection, sessionsQuery } from './widget-model';

export interface WidgetState {
  phase: 'idle' | 'loading' | 'ready' | 'error';
  error?: string;
  sessions: WidgetSessionDto[];
  newSessionLines: WidgetLineDto[];
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

const initialState = (showSystem: boolean): WidgetState => ({ phase: 'idle', sessions: [], newSessionLines: [], archive: false, loadingOlder: false, showSystem, sending: false });

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
  private refreshing?: Promise<void>;
  private refreshAgain = false;

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
    this.reconnects?.unsubscribe();
    this.reconnects = undefined;
    this.realtime?.dispose();
    this.realtime = undefined;
    this.refreshing = undefined;
    this.refreshAgain = false;
  }

  private async loadSessions(life: number): Promise<void> {
    const context = this.context;
    if (!context || !this.client) return;
    try {
      const dto = await this.client.sessions(sessionsQuery(context, this.state.archive), this.aborter?.signal);
      if (life !== this.life) return;
      const selectedId = keptSelection(dto.items, this.state.selectedId);
      this.update({ phase: 'ready', error: undefined, sessions: dto.items, newSessionLines: dto.newSessionLines });
      if (selectedId !== this.state.selectedId || (selectedId && !this.state.transcript)) {
        if (selectedId) this.openSession(selectedId);
        else this.update({ selectedId: undefined, transcript: undefined });
      }
    } catch (error) {
      if (life === this.life) this.update({ phase: 'error', error: errorMessage(error), sessions: [] });
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

  /** Live messages of the open session, from the newest one loaded on (the hub backfills any gap). */
  private follow(sessionId: string): void {
    const context = this.context;
    if (!context || this.state.transcript?.sessionId !== sessionId) return;
    if (!this.realtime) {
      this.realtime = new RealtimeClient({ url: context.realtimeUrl, createSocket: this.options.createSocket });
      this.reconnects = this.realtime.onDidReconnect.subscribe(() => this.refreshSessions());
    }
    this.closeTopic();
    this.topic = this.realtime.topic(Topics.session(sessionId), { since: newestSeq(this.state.transcript) }).subscribe((event) => {
      if (event.event === RealtimeEvents.message) this.receive(sessionId, [event.data as MessageDto]);
      else if (event.event === RealtimeEvents.messageEdited) this.edited(sessionId, event.data as MessageDto);
      else if (event.event === RealtimeEvents.session) this.refreshSessions();
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
    this.host.requestUpdate();
  }
}
