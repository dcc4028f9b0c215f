/**
 * One list of the Live Chats workspace (Active sessions, Queue, My sessions or Closed sessions of
 * a live chat). The server's list is the truth; the live chat's realtime hints move sessions in
 * and out at once and trigger a refetch, so every operator's queue stays current without a reload.
 */
import { consume } from '@lit/context';
import { LineSessionState } from '@elma365/sdk-types';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { merge } from 'rxjs';
import type { SessionActivity } from '../../common/alerts';
import type { LineDto, SessionDto } from '../../common/api';
import type { Disposable } from '../../common/disposable';
import type { ParameterDefinition } from '../../common/parameters/parameter-definition';
import { RealtimeEvents, Topics } from '../../common/topics';
import type { ApiClient } from '../services/api-client';
import { errorMessage } from '../services/api-error';
import { apiClientContext, realtimeClientContext, viewerContext, type Viewer } from '../services/contexts';
import type { RealtimeClient, TopicEvent } from '../services/realtime-client';
import { parameterSummary } from '../parameters/parameter-format';
import { SubscriptionController } from '../services/subscription-controller';
import { badgeCount, formatTime, initials, stateLabel } from '../shared/format';
import { openSession } from '../shared/open-session';
import { badges, buttons, fields, listItems, tokens } from '../shared/ui.styles';
import { SessionOpenEvent } from './desk-events';
import { applyActivity } from './session-list-model';
import { applySessionChange, DESK_VIEWS, isUnassigned, sessionQuery, sortSessions, type DeskView } from './desk-model';
import { sessionListStyles } from './session-list.styles';

const EMPTY_TEXT: Record<DeskView, string> = {
  active: 'No active sessions in this live chat.',
  queue: 'The queue is empty. New sessions appear here as clients write.',
  mine: 'You have no sessions in work. Take one from the Queue.',
  closed: 'No closed sessions yet.',
};

export class SessionListElement extends LitElement {
  static override styles = [tokens, buttons, fields, badges, listItems, sessionListStyles];

  @consume({ context: apiClientContext }) private api!: ApiClient;
  @consume({ context: realtimeClientContext }) private realtime!: RealtimeClient;
  @consume({ context: viewerContext }) private viewer!: Viewer;

  @property({ attribute: false }) line?: LineDto;
  @property() view: DeskView = 'queue';
  @property() selectedId = '';
  /** The custom session parameters: the filled ones show under each session. */
  @property({ attribute: false }) parameters: ParameterDefinition[] = [];
  @property({ attribute: false }) userNames?: ReadonlyMap<string, string>;

  @state() private sessions?: SessionDto[];
  @state() private nextCursor?: string;
  @state() private error = '';

  private ticket = 0;
  private refetchTimer?: ReturnType<typeof setTimeout>;
  private readonly hints = new SubscriptionController<TopicEvent | void>(this, (event) => this.onHint(event));
  private shown?: Disposable;

  override disconnectedCallback(): void {
    clearTimeout(this.refetchTimer);
    this.shown?.dispose();
    this.shown = undefined;
    super.disconnectedCallback();
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The open session is the selected one: the sound of its client's messages stays quiet while it is read.
    if (!changed.has('selectedId')) return;
    this.shown?.dispose();
    this.shown = this.selectedId ? openSession.show(this.selectedId) : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const lineChanged = changed.has('line') && changed.get('line')?.id !== this.line?.id;
    if (!lineChanged && !changed.has('view')) return;
    this.sessions = undefined;
    this.nextCursor = undefined;
    this.error = '';
    const line = this.line;
    if (!line) {
      this.hints.set(undefined);
      return;
    }
    void this.fetch();
    this.hints.set(
      merge(
        this.realtime.topic(Topics.line(line.id)),
        this.realtime.topic(Topics.user(this.viewer.user.id)),
        this.realtime.onDidReconnect,
      ),
    );
  }

  private onHint(event: TopicEvent | void): void {
    const line = this.line;
    if (!line) return;
    if (event && event.event === RealtimeEvents.session && this.sessions) {
      const session = event.data as SessionDto;
      this.sessions = applySessionChange(this.sessions, session, this.view, line, this.viewer.user.id);
    }
    // A client wrote: the session's unread count and time move here and now, with no request.
    if (event && event.event === RealtimeEvents.activity && this.sessions) {
      this.sessions = applyActivity(this.sessions, event.data as SessionActivity, this.view) ?? this.sessions;
      return;
    }
    // The viewer's unread counts (every list shows them: a supervisor's Active sessions too) and
    // missed hints after a reconnect: the server's list settles it.
    if (!event || event.event === RealtimeEvents.session || event.event === RealtimeEvents.counters) {
      clearTimeout(this.refetchTimer);
      this.refetchTimer = setTimeout(() => void this.fetch(), 150);
    }
  }

  private async fetch(cursor?: string): Promise<void> {
    const line = this.line;
    if (!line) return;
    const ticket = ++this.ticket;
    try {
      const page = await this.api.listSessions({ ...sessionQuery(this.view, line), cursor });
      if (ticket !== this.ticket) return;
      const items = cursor ? [...(this.sessions ?? []), ...page.items.filter((item) => !this.sessions?.some((known) => known.id === item.id))] : page.items;
      this.sessions = sortSessions(items, this.view);
      this.nextCursor = page.nextCursor;
      this.error = '';
    } catch (error) {
      if (ticket !== this.ticket) return;
      this.sessions ??= [];
      this.error = errorMessage(error);
    }
  }

  /** Active sessions, for the supervisor's overview: who has each session (the dot tells the state), or where it is. */
  private renderHandler(session: SessionDto) {
    const state = stateLabel(session.state);
    const operator = session.state === LineSessionState.AssignedToOperator ? session.operatorName : undefined;
    return html`<span class="client" data-testid="session-handler" title=${operator ? `${state}: ${operator}` : state}>
      <span class="state ${session.state}"><span class="text">${operator ?? state}</span></span>
    </span>`;
  }

  /** Other lists: the client when the session's name is not theirs, else the state. */
  private renderSecondLine(session: SessionDto) {
    const text = session.clientName !== session.name ? session.clientName : stateLabel(session.state);
    return html`<span class="client" title=${text}>${text}</span>`;
  }

  /** The filled custom parameters as one quiet line: "Contact phone: +15550100 · Priority: High". */
  private renderParams(session: SessionDto) {
    const summary = parameterSummary(this.parameters, session.params, { userName: (id) => this.userNames?.get(id) }, 2);
    if (summary.items.length === 0) return nothing;
    const all = summary.items.map((item) => `${item.name}: ${item.text}`).join(' · ');
    return html`<span class="params" data-testid="session-params" title=${all}>
      ${summary.items.map(
        (item, index) => html`${index > 0 ? html`<span class="sep" aria-hidden="true">·</span>` : nothing}<span class="param"
            ><span class="param-name">${item.name}:</span> ${item.text}</span
          >`,
      )}
      ${summary.more > 0 ? html`<span class="more-params">+${summary.more}</span>` : nothing}
    </span>`;
  }

  override render() {
    const label = DESK_VIEWS.find((view) => view.id === this.view)?.label ?? '';
    const now = new Date();
    return html`
      <header>
        <h2 id="list-title">${label}</h2>
        <div class="line-name">${this.line?.name ?? ''}</div>
      </header>
      ${this.error ? html`<div class="banner error" role="alert">${this.error}</div>` : nothing}
      ${this.sessions === undefined
        ? html`<div class="loading" role="status">Loading…</div>`
        : this.sessions.length === 0
          ? html`<div class="empty" data-testid="session-list-empty">${EMPTY_TEXT[this.view]}</div>`
          : html`<ul aria-labelledby="list-title" data-testid="session-list">
              ${this.sessions.map(
                (session) => html`<li>
                  <button
                    class="item list-item"
                    type="button"
                    data-testid="session-item"
                    data-session-id=${session.id}
                    aria-current=${session.id === this.selectedId ? 'true' : 'false'}
                    @click=${() => this.dispatchEvent(new SessionOpenEvent(session.id))}
                  >
                    <span class="avatar" aria-hidden="true">${initials(session.clientName)}</span>
                    <span class="name" title=${session.name}>${session.name}</span>
                    <span class="time">${formatTime(session.lastActivityAt, now)}</span>
                    <span class="second">
                      ${this.view === 'active' ? this.renderHandler(session) : this.renderSecondLine(session)}
                      <span class="marks">
                        ${isUnassigned(session) ? html`<span class="badge new">New</span>` : nothing}
                        ${session.unread > 0
                          ? html`<span class="badge" data-testid="unread" aria-label="${session.unread} unread">${badgeCount(session.unread)}</span>`
                          : nothing}
                      </span>
                    </span>
                    ${this.renderParams(session)}
                  </button>
                </li>`,
              )}
            </ul>`}
      ${this.nextCursor
        ? html`<div class="more"><button class="btn subtle" type="button" @click=${() => this.fetch(this.nextCursor)}>Show more</button></div>`
        : nothing}
    `;
  }
}
