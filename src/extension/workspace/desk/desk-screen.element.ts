/**
 * The Live Chats workspace: the live chats the user works on with Active sessions (supervisors),
 * Queue, My sessions and Closed sessions (with live counters), the chosen list, and the open
 * session; for administrators, the gear of the menu leads to the Sessions form settings. The root
 * of the screen: it provides the services, keeps the place in the URL, holds the custom parameter
 * definitions the lists and the session page show, and shows notices.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { merge, type Observable } from 'rxjs';
import type { Counters, LineDto } from '../../common/api';
import type { ParameterDefinition } from '../../common/parameters/parameter-definition';
import type { ParametersChangeEvent } from '../parameters/form-settings';
import { needsUserNames } from '../parameters/parameter-format';
import { Topics } from '../../common/topics';
import { errorMessage } from '../services/api-error';
import type { ConnectionState } from '../services/realtime-client';
import { SubscriptionController } from '../services/subscription-controller';
import { badgeCount } from '../shared/format';
import { gearIcon } from '../shared/icons';
import type { MenuPickEvent } from '../shared/picker-menu';
import type { NoticeKind, NoticeShowEvent } from '../shared/notice-events';
import { badges, buttons, fields, tokens } from '../shared/ui.styles';
import type { SessionChangeEvent, SessionOpenEvent } from './desk-events';
import { deskViews, lineBadges, placeParams, resolvePlace, workLines, type DeskPlace } from './desk-model';
import { ScreenRootElement } from '../shared/screen-root.element';
import { isResponseTemplatesPage, RESPONSE_TEMPLATE_PAGES, type ResponseTemplatesPage } from '../response-templates/response-templates-model';
import { deskScreenStyles } from './desk-screen.styles';

interface Notice {
  id: number;
  kind: NoticeKind;
  text: string;
}

export class DeskScreenElement extends ScreenRootElement {
  static override styles = [tokens, buttons, fields, badges, deskScreenStyles];

  /** `line`, `view` (active | queue | mine | closed) and `session`; `page=form-settings` for administrators, `page=reports`, `page=articles|templates`. */
  declare params: Record<string, string>;

  @state() private lines?: LineDto[];
  @state() private parameters: ParameterDefinition[] = [];
  @state() private userNames?: ReadonlyMap<string, string>;
  @state() private counters?: Counters;
  @state() private notices: Notice[] = [];
  @state() private connection: ConnectionState = 'idle';

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
    if (changed.has('params') && changed.get('params') !== undefined) this.notices = this.notices.filter((notice) => notice.kind === 'error');
  }

  private async load(): Promise<void> {
    void this.loadParameters();
    try {
      const [lines, counters] = await Promise.all([this.api.listLines(), this.api.counters()]);
      this.lines = workLines(lines);
      this.counters = counters;
      const streams: Observable<unknown>[] = this.lines.map((line) => this.realtime.topic(Topics.line(line.id)));
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

  private get formSettingsOpen(): boolean {
    return this.viewer.isAdministrator && this.params.page === 'form-settings';
  }

  override render() {
    if (this.lines === undefined) return html`<div class="empty-page no-lines" role="status">Loading live chats…</div>`;
    if (this.lines.length === 0 && !this.viewer.isAdministrator) {
      return html`<div class="empty-page no-lines" data-testid="desk-empty">
        ${this.renderNotices()}
        <strong>You do not work on any live chat</strong>
        <span>Operators and supervisors of a live chat see its sessions here. Administrators set them up in Administration › Live Chats.</span>
      </div>`;
    }
    const place = this.place;
    return html`
      <nav aria-label="Live chats">
        ${this.renderNavHead()}
        ${this.renderNavResponseTemplates()}
        ${this.renderNavPages()}
        ${this.lines.map((item) => this.renderNavLine(item, place))}
      </nav>
      ${this.formSettingsOpen
        ? this.renderFormSettings(place)
        : this.responseTemplatesPage
          ? this.renderResponseTemplates(this.responseTemplatesPage)
          : this.reportsOpen
            ? this.renderReports()
            : this.renderDesk(place)}
    `;
  }

  private renderNavHead() {
    return html`<div class="nav-head">
      <span class="nav-title">Live Chats</span>
      ${this.viewer.isAdministrator
        ? html`<lc-picker-menu
            label="Workspace settings"
            heading="Settings"
            buttonClass="btn subtle icon"
            .items=${[{ value: 'form-settings', label: 'Form settings', detail: 'Parameters of sessions' }]}
            @lc-menu-pick=${(event: MenuPickEvent) => {
              if (event.value === 'form-settings') this.navigate({ ...placeParams(this.place), page: 'form-settings' });
            }}
            ><span slot="button">${gearIcon}</span></lc-picker-menu
          >`
        : nothing}
    </div>`;
  }

  /** Response templates › Articles or Templates (spec §5.1, §5.4), when open: everyone here reads them. */
  private get responseTemplatesPage(): ResponseTemplatesPage | undefined {
    return isResponseTemplatesPage(this.params.page) ? this.params.page : undefined;
  }

  private renderNavResponseTemplates() {
    const open = this.responseTemplatesPage;
    return html`<section class="nav-line" aria-labelledby="nav-response-templates" data-testid="nav-response-templates">
      <h2 id="nav-response-templates">Response templates</h2>
      <ul>
        ${RESPONSE_TEMPLATE_PAGES.map(
          (page) => html`<li>
            <button
              class="nav-item"
              type="button"
              data-page=${page.id}
              aria-current=${open === page.id ? 'page' : 'false'}
              @click=${() => this.navigate({ ...placeParams(this.place), page: page.id })}
            >
              <span>${page.label}</span>
            </button>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderResponseTemplates(page: ResponseTemplatesPage) {
    return html`<div class="centre single">
      <div class="notices">${this.renderNotices()}</div>
      ${page === 'articles' ? html`<lc-articles-page></lc-articles-page>` : html`<lc-templates-page></lc-templates-page>`}
    </div>`;
  }

  /** Reports (spec §5.1, §9): administrators and the supervisors of a live chat. */
  private get canSeeReports(): boolean {
    return this.viewer.isAdministrator || (this.lines ?? []).some((line) => line.roles.supervisor);
  }

  private get reportsOpen(): boolean {
    return this.params.page === 'reports' && this.canSeeReports;
  }

  /** The workspace's pages, above the live chats. */
  private renderNavPages() {
    if (!this.canSeeReports) return nothing;
    return html`<ul class="nav-pages" aria-label="Pages">
      <li>
        <button
          class="nav-item"
          type="button"
          data-page="reports"
          aria-current=${this.reportsOpen ? 'page' : 'false'}
          @click=${() => this.navigate({ ...placeParams(this.place), page: 'reports' })}
        >
          <span>Reports</span>
        </button>
      </li>
    </ul>`;
  }

  private renderReports() {
    return html`<div class="centre single">
      <div class="notices">${this.renderNotices()}</div>
      <lc-reports-page></lc-reports-page>
    </div>`;
  }

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
      return html`<div class="centre single">
        <div class="notices">${this.renderNotices()}</div>
        <div class="empty-page" data-testid="desk-empty">
          <strong>You do not work on any live chat</strong>
          <span>Operators and supervisors of a live chat see its sessions here. Set them up in Administration › Live Chats.</span>
        </div>
      </div>`;
    }
    const line = this.lines?.find((candidate) => candidate.id === place.lineId);
    return html`
      <div
        class="centre"
        @lc-session-open=${(event: SessionOpenEvent) => this.go({ ...place, sessionId: event.sessionId })}
        @lc-session-change=${this.onSessionChange}
        @lc-notice-show=${(event: NoticeShowEvent) => this.showNotice(event.kind, event.text)}
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
            ></lc-session-page>`
          : html`<div class="empty-page">
              <strong>No session is open</strong>
              <span>Choose a session in the list to read the conversation.</span>
            </div>`}
      </div>
    `;
  }

  private renderNavLine(line: LineDto, place: DeskPlace) {
    const counts = lineBadges(this.counters, line.id);
    return html`<section class="nav-line" aria-labelledby="nav-${line.id}" data-testid="nav-line" data-line-id=${line.id}>
      <h2 id="nav-${line.id}">${line.name}</h2>
      <ul>
        ${deskViews(line).map((view) => {
          const current = !this.formSettingsOpen && !this.reportsOpen && !this.responseTemplatesPage && place.lineId === line.id && place.view === view.id;
          const count = view.id === 'queue' ? counts.queue : view.id === 'mine' ? counts.unread : 0;
          return html`<li>
            <button
              class="nav-item"
              type="button"
              data-view=${view.id}
              aria-current=${current ? 'page' : 'false'}
              @click=${() => this.go({ lineId: line.id, view: view.id })}
            >
              <span>${view.label}</span>
              ${count > 0
                ? html`<span
                    class="badge"
                    data-testid="${view.id}-count"
                    aria-label=${view.id === 'queue' ? `${count} waiting` : `${count} unread`}
                    >${badgeCount(count)}</span
                  >`
                : nothing}
            </button>
          </li>`;
        })}
      </ul>
    </section>`;
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
