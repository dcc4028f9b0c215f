/**
 * The workspace's notifications for as long as the user is signed in, on every page of the
 * platform, with or without the Live Chats workspace open (spec §3.6): the count on the
 * workspace's menu entry, the pop-up and the sound of a new session, the sound of a client's
 * message in the user's sessions. One connection of its own; counters are read again after every
 * hint and after a reconnect, so the badge is right without a reload.
 */
import { filter, merge } from 'rxjs';
import type { NewMessageAlert, NewSessionAlert } from '../../common/alerts';
import { DisposableCollection, toDisposable, type Disposable } from '../../common/disposable';
import { DEFAULT_SETTINGS, type LiveChatsSettings, type NotificationSound } from '../../common/settings';
import { RealtimeEvents, Topics } from '../../common/topics';
import { workLines } from '../desk/desk-model';
import type { ApiClient } from '../services/api-client';
import type { RealtimeClient, TopicEvent } from '../services/realtime-client';
import { openSession } from '../shared/open-session';
import { unsavedGuard } from '../shared/unsaved-guard';
import { addToast, newMessageSound, newSessionSound, removeToast, toastPlace, workspaceBadge, type Toast } from './alerts-model';
import type { SessionToastsElement } from './session-toasts.element';

/** A burst of hints costs one read of the counters. */
const COUNTERS_DEBOUNCE_MS = 150;
/** The sounds follow the global settings; they are read again at most this often. */
const SETTINGS_MAX_AGE_MS = 30_000;

export interface WorkspaceAlertsOptions {
  api: ApiClient;
  realtime: RealtimeClient;
  userId: string;
  /** Puts the count of the user's sessions with unread messages on the workspace's menu entry. */
  setBadge(count: number): void;
  /** Shows the workspace at the place (its URL parameters). */
  openWorkspace(params: Record<string, string>): void;
  play(sound: NotificationSound): void;
  /** Creates the pop-ups' element where the page shows it (appended to the body by default). */
  mountToasts?(): SessionToastsElement;
}

export class WorkspaceAlerts implements Disposable {
  private readonly owned = new DisposableCollection();
  private countersTimer?: ReturnType<typeof setTimeout>;
  private settings: LiveChatsSettings = DEFAULT_SETTINGS;
  private settingsReadAt = 0;
  private toasts: Toast[] = [];
  private toastId = 0;
  private element?: SessionToastsElement;
  /** The message with which each session last popped up (its seq): it sounded once already. */
  private readonly arrivals = new Map<string, number>();

  constructor(private readonly options: WorkspaceAlertsOptions) {
    this.owned.push(toDisposable(() => clearTimeout(this.countersTimer)));
  }

  /** Starts following the user's live chats; a user who works on none gets nothing (no connection). */
  async start(): Promise<void> {
    let lines;
    try {
      lines = workLines(await this.options.api.listLines());
    } catch {
      return;
    }
    if (lines.length === 0 || this.owned.disposed) return;
    const { realtime, userId } = this.options;
    const userTopic = realtime.topic(Topics.user(userId));
    // Queue changes on the live chats and the user's own hints move the counters; a reconnect may have missed some.
    const sessionChanges = lines.map((line) => realtime.topic(Topics.line(line.id)).pipe(filter((event) => event.event === RealtimeEvents.session)));
    const recount = merge(userTopic.pipe(filter((event) => event.event === RealtimeEvents.counters)), ...sessionChanges, realtime.onDidReconnect).subscribe(() => this.refreshCounters());
    const alerts = userTopic.subscribe((event) => this.onAlert(event));
    const reconnects = realtime.onDidReconnect.subscribe(() => void this.readSettings(true));
    this.owned.push(toDisposable(() => [recount, alerts, reconnects].forEach((subscription) => subscription.unsubscribe())));
    void this.readSettings(true);
    this.refreshCounters(0);
  }

  dispose(): void {
    this.owned.dispose();
    this.element?.remove();
    this.element = undefined;
  }

  private refreshCounters(delay = COUNTERS_DEBOUNCE_MS): void {
    clearTimeout(this.countersTimer);
    this.countersTimer = setTimeout(async () => {
      try {
        const counters = await this.options.api.counters();
        if (this.owned.disposed) return;
        this.options.setBadge(workspaceBadge(counters));
      } catch {
        // The next hint or reconnect reads them again; a stale badge is not worth an error.
      }
    }, delay);
  }

  private async readSettings(force = false): Promise<void> {
    if (!force && Date.now() - this.settingsReadAt < SETTINGS_MAX_AGE_MS) return;
    try {
      this.settings = await this.options.api.getSettings();
      this.settingsReadAt = Date.now();
    } catch {
      // The defaults (or the last known settings) choose the sounds meanwhile.
    }
  }

  private onAlert(event: TopicEvent): void {
    if (event.event === RealtimeEvents.newSession) void this.sessionArrived(event.data as NewSessionAlert);
    else if (event.event === RealtimeEvents.newMessage) void this.clientWrote(event.data as NewMessageAlert);
  }

  private async sessionArrived(alert: NewSessionAlert): Promise<void> {
    this.arrivals.set(alert.sessionId, alert.seq);
    this.showToasts(addToast(this.toasts, { id: ++this.toastId, alert }));
    await this.readSettings();
    this.options.play(newSessionSound(alert, this.settings));
  }

  private async clientWrote(alert: NewMessageAlert): Promise<void> {
    await this.readSettings();
    const facts = {
      openSessionId: openSession.id,
      pageVisible: typeof document === 'undefined' || document.visibilityState === 'visible',
      arrivedSeq: this.arrivals.get(alert.sessionId),
    };
    this.options.play(newMessageSound(alert, facts, this.settings));
  }

  private showToasts(toasts: Toast[]): void {
    this.toasts = toasts;
    if (!this.element && toasts.length > 0) this.element = this.mountToasts();
    if (this.element) this.element.toasts = toasts;
  }

  private mountToasts(): SessionToastsElement {
    const element = this.options.mountToasts?.() ?? document.body.appendChild(document.createElement('lc-session-toasts'));
    element.addEventListener('lc-toast-dismiss', (event) => this.showToasts(removeToast(this.toasts, event.toastId)));
    element.addEventListener('lc-toast-open', (event) => void this.open(event.toast));
    return element;
  }

  /** Opens the pop-up's session, unless the user keeps unsaved changes (spec §3.6). */
  private async open(toast: Toast): Promise<void> {
    const element = this.element;
    const go = await unsavedGuard.confirmLeave((question, details) => (element ? element.confirm(question, details) : Promise.resolve(false)));
    if (!go) return;
    this.showToasts(removeToast(this.toasts, toast.id));
    this.options.openWorkspace(toastPlace(toast.alert));
  }
}
