/**
 * The Live Chats workspace (spec §5.1): the menu (My Desk › Sessions, Response templates,
 * Reports, then each live chat the user works on with Active sessions for supervisors, Queue, My
 * sessions and Closed sessions, with live counters; for administrators the gear leads to the
 * Sessions form settings), the search at the top, and the open page, list or session. The root of
 * the screen: it provides the services, keeps the place in the URL (without one it opens the first
 * item, My Desk › Sessions), holds the custom parameter definitions the lists and the session page
 * show, and shows notices. In a narrow window the menu hides behind a Menu button, the list and the
 * conversation take turns, and About the session opens as a drawer.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { filter, merge, type Observable } from 'rxjs';
import type { Counters, LineDto } from '../../common/api';
import type { ParameterDefinition } from '../../common/parameters/parameter-definition';
import type { LineWizardDoneEvent } from '../administration/line-wizard';
import type { ParametersChangeEvent } from '../parameters/form-settings';
import { ScreenIds } from '../screens';
import { needsUserNames } from '../parameters/parameter-format';
import { RealtimeEvents, Topics } from '../../common/topics';
import { errorMessage } from '../services/api-error';
import type { ConnectionState } from '../services/realtime-client';
import { SubscriptionController } from '../services/subscription-controller';
import { backIcon, infoIcon, menuIcon } from '../shared/icons';
import type { NoticeKind, NoticeShowEvent } from '../shared/notice-events';
import { badges, buttons, fields, tokens } from '../shared/ui.styles';
import type { DeskNavigateEvent, MessageRevealEvent, SessionChangeEvent, SessionFoundEvent, SessionOpenEvent } from './desk-events';
import { placeParams, resolvePlace, workLines, type DeskPlace } from './desk-model';
import { deskContent, viewOf, type DeskContent } from './desk-nav-model';
import type { SessionPageElement } from './session-page';
import { ScreenRootElement } from '../shared/screen-root.element';
import { deskScreenStyles } from './desk-screen.styles';

interface Notice {
  id: number;
  kind: NoticeKind;
  text: string;
}

export class DeskScreenElement extends ScreenRootElement {
  static override styles = [tokens, buttons, fields, badges, deskScreenStyles];

  /**
   * `line`, `view` (active | queue | mine | closed) and `session`; or `page`: `sessions` (My Desk ›
   * Sessions, also when nothing is given), `articles|templates`, `reports`, `form-settings` for administrators.
   */
  declare params: Record<string, string>;

  @state() private lines?: LineDto[];
  /** No live chat exists yet (an administrator's list has every one): the Live Chat Wizard shows (spec §2.1). */
  @state() private noLiveChats = false;
  @state() private parameters: ParameterDefinition[] = [];
  @state() private userNames?: ReadonlyMap<string, string>;
  @state() private counters?: Counters;
  @state() private notices: Notice[] = [];
  @state() private connection: ConnectionState = 'idle';
  /** Narrow windows: the menu is shown over the page. */
  @state() private menuOpen = false;
  /** Narrower windows: About the session is shown as a drawer. */
  @state() private aboutOpen = false;

  private noticeId = 0;
  private countersTimer?: ReturnType<typeof setTimeout>;
  private readonly hints = new SubscriptionController<unknown>(this, () => this.refreshCounters());
  private readonly connectionState = new SubscriptionController<ConnectionState>(this, (value) => (this.connection = value));

  override connectedCallback(): void {
    super.connectedCallback();
    this.connectionState.set(this.realtime.state$);
    void this.load();
  }

  override disconnectedCallback(): void {
    clearTimeout(this.countersTimer);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('params') && changed.get('params') !== undefined) {
      this.notices = this.notices.filter((notice) => notice.kind === 'error');
      this.menuOpen = false;
      if (changed.get('params')?.session !== this.params.session) this.aboutOpen = false;
    }
  }

  private async load(): Promise<void> {
    void this.loadParameters();
    try {
      const [lines, counters] = await Promise.all([this.api.listLines(), this.api.counters()]);
      this.lines = workLines(lines);
      this.noLiveChats = lines.length === 0;
      this.counters = counters;
      // A client's activity moves no counter (their operator gets a `counters` hint): it costs no request.
      const streams: Observable<unknown>[] = this.lines.map((line) =>
        this.realtime.topic(Topics.line(line.id)).pipe(filter((event) => event.event !== RealtimeEvents.activity)),
      );
      streams.push(this.realtime.topic(Topics.user(this.viewer.user.id)), this.realtime.onDidReconnect);
      this.hints.set(merge(...streams));
    } catch (error) {
      this.lines ??= [];
      this.showNotice('error', errorMessage(error));
    }
  }

  /** The sessions still show without their parameters when these cannot be loaded. */
  private async loadParameters(): Promise<void> {
    try {
      this.setParameters(await this.api.listParameters());
    } catch {
      this.parameters = [];
    }
  }

  private setParameters(definitions: ParameterDefinition[]): void {
    this.parameters = definitions;
    if (this.userNames === undefined && needsUserNames(definitions)) {
      this.userNames = new Map();
      // Users parameters show names; without the directory they show ids.
      this.api
        .listUsers()
        .then((users) => (this.userNames = new Map(users.map((user) => [user.id, user.name]))))
        .catch(() => undefined);
    }
  }

  /** Counters follow every hint; a burst of hints costs one request. */
  private refreshCounters(): void {
    clearTimeout(this.countersTimer);
    this.countersTimer = setTimeout(async () => {
      try {
        this.counters = await this.api.counters();
      } catch {
        // The next hint tries again; stale counters are not worth a banner.
      }
    }, 120);
  }

  private get place(): DeskPlace {
    return resolvePlace(this.params, this.lines ?? []);
  }

  private go(place: DeskPlace): void {
    this.navigate(placeParams(place));
  }

  private showNotice(kind: NoticeKind, text: string): void {
    const id = ++this.noticeId;
    this.notices = [...this.notices.filter((notice) => notice.text !== text), { id, kind, text }];
    setTimeout(() => this.dismiss(id), kind === 'error' ? 20_000 : 6_000);
  }

  private dismiss(id: number): void {
    this.notices = this.notices.filter((notice) => notice.id !== id);
  }

  override render() {
    if (this.lines === undefined) return html`<div class="empty-page no-lines" role="status">Loading live chats…</div>`;
    if (this.lines.length === 0 && !this.viewer.isAdministrator) {
      return html`<div class="empty-page no-lines" data-testid="desk-empty">
        ${this.renderNotices()}
        ${this.noLiveChats
          ? html`<lc-line-wizard></lc-line-wizard>`
          : html`<strong>You do not work on any live chat</strong>
              <span>Operators and supervisors of a live chat see its sessions here. Administrators set them up in Administration › Live Chats.</span>`}
      </div>`;
    }
    const place = this.place;
    const content = deskContent(this.params, this.lines, this.viewer.isAdministrator);
    return html`<div class="desk">
      <lc-desk-nav
        id="desk-menu"
        class=${this.menuOpen ? 'open' : ''}
        .lines=${this.lines}
        .counters=${this.counters}
        .params=${this.params}
        @lc-desk-navigate=${(event: DeskNavigateEvent) => this.navigate(event.params)}
        @lc-session-change=${this.onSessionChange}
        @keydown=${this.onMenuKey}
      ></lc-desk-nav>
      ${this.menuOpen ? html`<div class="scrim" @click=${() => (this.menuOpen = false)}></div>` : nothing}
      ${this.renderBar(place, content === 'list' ? place.sessionId : undefined)} ${this.renderContent(content, place)}
    </div>`;
  }

  private renderContent(content: DeskContent, place: DeskPlace) {
    if (this.noLiveChats && (content === 'sessions' || content === 'list')) {
      return this.renderSingle(html`<div class="empty-page" data-testid="desk-empty" @lc-line-wizard-done=${this.onWizardDone}><lc-line-wizard></lc-line-wizard></div>`);
    }
    switch (content) {
      case 'groups':
        return this.renderSingle(html`<lc-groups-page @lc-groups-close=${() => this.go(place)}></lc-groups-page>`);
      case 'form-settings':
        return this.renderFormSettings(place);
      case 'sessions':
        return this.renderSingle(html`<lc-sessions-app @lc-session-found=${this.onSessionFound}></lc-sessions-app>`);
      case 'articles':
        return this.renderSingle(html`<lc-articles-page></lc-articles-page>`);
      case 'templates':
        return this.renderSingle(html`<lc-templates-page></lc-templates-page>`);
      case 'reports':
        return this.renderSingle(html`<lc-reports-page></lc-reports-page>`);
      case 'list':
        return this.renderDesk(place);
    }
  }

  /** Above the page: Menu (narrow windows), back to the list (one column), the search, About the session (drawer). */
  private renderBar(place: DeskPlace, sessionId: string | undefined) {
    return html`<div class="bar">
      <button
        class="btn subtle menu-toggle"
        type="button"
        aria-controls="desk-menu"
        aria-expanded=${this.menuOpen ? 'true' : 'false'}
        @click=${() => (this.menuOpen = !this.menuOpen)}
      >
        ${menuIcon}<span>Menu</span>
      </button>
      ${sessionId
        ? html`<button class="btn subtle back" type="button" @click=${() => this.go({ ...place, sessionId: undefined })}>
            ${backIcon}<span>Back to the list</span>
          </button>`
        : nothing}
      <lc-desk-search
        .lines=${this.lines ?? []}
        sessionId=${sessionId ?? ''}
        @lc-message-reveal=${this.onMessageReveal}
        @lc-session-found=${this.onSessionFound}
      ></lc-desk-search>
      ${sessionId
        ? html`<button
            class="btn subtle about-toggle"
            type="button"
            aria-expanded=${this.aboutOpen ? 'true' : 'false'}
            data-testid="about-toggle"
            @click=${() => (this.aboutOpen = !this.aboutOpen)}
          >
            ${infoIcon}<span>About the session</span>
          </button>`
        : nothing}
    </div>`;
  }

  private readonly onMenuKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.menuOpen) return;
    this.menuOpen = false;
    this.renderRoot.querySelector<HTMLButtonElement>('.menu-toggle')?.focus();
  };

  /** Escape closes About the session's drawer (unless something inside used the key). */
  private readonly onDrawerKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.aboutOpen || event.defaultPrevented) return;
    this.closeAbout();
  };

  private closeAbout(): void {
    this.aboutOpen = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('.about-toggle')?.focus());
  }

  /** A search result in the open session: the conversation scrolls to it, loading older pages if needed. */
  private async onMessageReveal(event: MessageRevealEvent): Promise<void> {
    const page = this.renderRoot.querySelector<SessionPageElement>('lc-session-page');
    if (!(await page?.revealMessage(event.seq))) this.showNotice('info', 'That message could not be found in the conversation any more.');
  }

  /** A session found by name opens in the list of its live chat it belongs to. */
  private onSessionFound(event: SessionFoundEvent): void {
    const line = this.lines?.find((candidate) => candidate.id === event.session.lineId);
    if (!line) {
      this.showNotice('info', `"${event.session.name}" is in the live chat ${event.session.lineName}, which you do not work on: only its operators and supervisors open its sessions.`);
      return;
    }
    this.go({ lineId: line.id, view: viewOf(event.session, line, this.viewer.user.id), sessionId: event.session.id });
  }

  private renderSingle(content: unknown) {
    return html`<div class="centre single">
      <div class="notices">${this.renderNotices()}</div>
      ${content}
    </div>`;
  }

  /** The wizard created the first live chat: its settings in Administration, or its list here. */
  private readonly onWizardDone = (event: LineWizardDoneEvent): void => {
    if (event.goTo === 'settings') return this.openScreen(ScreenIds.administration, { line: event.line.id });
    this.navigate({ line: event.line.id });
    void this.load();
  };

  private renderFormSettings(place: DeskPlace) {
    return html`<div
      class="centre single"
      @lc-parameters-change=${(event: ParametersChangeEvent) => this.setParameters(event.definitions)}
      @lc-form-settings-close=${() => this.go(place)}
    >
      <div class="notices">${this.renderNotices()}</div>
      <lc-form-settings></lc-form-settings>
    </div>`;
  }

  private renderDesk(place: DeskPlace) {
    if (this.lines?.length === 0) {
      return this.renderSingle(html`<div class="empty-page" data-testid="desk-empty">
        <strong>You do not work on any live chat</strong>
        <span>Operators and supervisors of a live chat see its sessions here. Set them up in Administration › Live Chats.</span>
      </div>`);
    }
    const line = this.lines?.find((candidate) => candidate.id === place.lineId);
    return html`
      <div
        class="centre ${place.sessionId ? 'has-session' : ''}"
        @lc-session-open=${(event: SessionOpenEvent) => this.go({ ...place, sessionId: event.sessionId })}
        @lc-session-change=${this.onSessionChange}
        @lc-notice-show=${(event: NoticeShowEvent) => this.showNotice(event.kind, event.text)}
        @keydown=${this.onDrawerKey}
      >
        <div class="notices"><lc-offline-banner></lc-offline-banner>${this.renderNotices()}</div>
        <lc-session-list
          .line=${line}
          .parameters=${this.parameters}
          .userNames=${this.userNames}
          view=${place.view}
          selectedId=${place.sessionId ?? ''}
        ></lc-session-list>
        ${place.sessionId
          ? html`<lc-session-page
              .line=${line}
              .parameters=${this.parameters}
              .userNames=${this.userNames}
              sessionId=${place.sessionId}
              ?about-open=${this.aboutOpen}
              @lc-about-close=${this.closeAbout}
            ></lc-session-page>`
          : html`<div class="empty-page no-session">
              <strong>No session is open</strong>
              <span>Choose a session in the list to read the conversation.</span>
            </div>`}
      </div>
    `;
  }

  private renderNotices() {
    const notices = [...this.notices];
    if (this.connection === 'reconnecting') {
      notices.unshift({ id: -1, kind: 'info', text: 'Connection lost. Reconnecting…' });
    }
    return notices.map(
      (notice) => html`<div class="banner ${notice.kind}" role=${notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
        <span>${notice.text}</span>
        ${notice.id > 0
          ? html`<button class="btn subtle dismiss" type="button" aria-label="Dismiss" @click=${() => this.dismiss(notice.id)}>×</button>`
          : nothing}
      </div>`,
    );
  }

  private onSessionChange(event: SessionChangeEvent): void {
    this.refreshCounters();
    if (event.action === 'take') this.go({ lineId: event.session.lineId, view: 'mine', sessionId: event.session.id });
  }
}
