/**
 * The Sessions app (Live Chats › My Desk › Sessions, spec §4.7): every session the viewer may
 * browse — administrators every session of the company, supervisors and operators what their
 * lists show; spam only with State = In spam — as a table or as tiles, filtered, sorted, paged by
 * cursor ("Load more"), with saved filters and, for administrators, Export data. A session opens
 * in the desk (`lc-session-found`, handled by the workspace).
 */
import { consume } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import type { LineDto, SessionDto } from '../../common/api';
import type { ParameterDefinition } from '../../common/parameters/parameter-definition';
import type { SavedFilterDto } from '../../common/sessions-app-api';
import type { ApiClient } from '../services/api-client';
import { errorMessage } from '../services/api-error';
import { apiClientContext, viewerContext, type Viewer } from '../services/contexts';
import { moreIcon } from '../shared/icons';
import type { MenuPickEvent } from '../shared/picker-menu';
import { buttons, fields, tokens } from '../shared/ui.styles';
import type { SavedFilterActionEvent, SessionsFilterApplyEvent, SessionsFilterSaveEvent, SessionsSortEvent } from './sessions-app-events';
import { allColumns, EMPTY_FILTER, fromSaved, isFilterEmpty, listQuery, loadPrefs, nextSort, savedQuery, savePrefs, toggle, visibleColumns, type SessionsAppPrefs, type SessionsFilter, type SessionsSort } from './sessions-app-model';
import { sessionsAppStyles } from './sessions-app.styles';
import type { SessionsExportElement } from './sessions-export.element';
import type { Person } from './sessions-filter.element';

const PAGE = 50;

export class SessionsAppElement extends LitElement {
  static override styles = [tokens, buttons, fields, sessionsAppStyles];

  @consume({ context: apiClientContext }) private api!: ApiClient;
  @consume({ context: viewerContext }) private viewer!: Viewer;

  @state() private lines: LineDto[] = [];
  @state() private parameters: ParameterDefinition[] = [];
  @state() private operators: Person[] = [];
  @state() private groupNames: ReadonlyMap<string, string> = new Map();
  @state() private userNames: ReadonlyMap<string, string> = new Map();
  @state() private savedFilters: SavedFilterDto[] = [];
  @state() private prefs!: SessionsAppPrefs;
  @state() private filter: SessionsFilter = EMPTY_FILTER;
  @state() private sort: SessionsSort = { order: 'desc' };
  @state() private sessions?: SessionDto[];
  @state() private total?: number;
  @state() private cursor?: string;
  @state() private loading = false;
  @state() private filterOpen = false;
  @state() private error?: string;
  @state() private notice?: string;

  @query('lc-sessions-export') private exporter?: SessionsExportElement;
  /** Answers of a superseded query are dropped. */
  private generation = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    this.prefs = loadPrefs(localStorage, this.viewer.user.id);
    void this.loadOptions();
    void this.reload();
  }

  /** What the filters offer and the names the columns show; the list works without them. */
  private async loadOptions(): Promise<void> {
    const [lines, parameters, users, groups, saved] = await Promise.all([
      this.api.listLines().catch(() => []),
      this.api.listParameters().catch(() => []),
      this.api.listUsers().catch(() => []),
      this.api.listGroups().catch(() => []),
      this.api.listSavedFilters().catch(() => []),
    ]);
    this.lines = lines.sort((a, b) => a.name.localeCompare(b.name));
    this.parameters = parameters;
    this.userNames = new Map(users.map((user) => [user.id, user.name]));
    this.groupNames = new Map(groups.map((group) => [group.id, group.name]));
    this.operators = users.map((user) => ({ id: user.id, name: user.name })).sort((a, b) => a.name.localeCompare(b.name));
    this.savedFilters = saved;
  }

  private async reload(): Promise<void> {
    const generation = ++this.generation;
    this.loading = true;
    this.error = undefined;
    const search = listQuery(this.filter, this.sort);
    try {
      const [page, count] = await Promise.all([this.api.browseSessions(`${search}&limit=${PAGE}`), this.api.countSessions(search)]);
      if (generation !== this.generation) return;
      this.sessions = page.items;
      this.cursor = page.nextCursor;
      this.total = count.total;
    } catch (error) {
      if (generation === this.generation) this.error = errorMessage(error);
    } finally {
      if (generation === this.generation) this.loading = false;
    }
  }

  private async loadMore(): Promise<void> {
    if (!this.cursor || this.loading) return;
    const generation = this.generation;
    this.loading = true;
    try {
      const page = await this.api.browseSessions(`${listQuery(this.filter, this.sort)}&limit=${PAGE}&cursor=${encodeURIComponent(this.cursor)}`);
      if (generation !== this.generation) return;
      this.sessions = [...(this.sessions ?? []), ...page.items];
      this.cursor = page.nextCursor;
    } catch (error) {
      this.error = errorMessage(error);
    } finally {
      if (generation === this.generation) this.loading = false;
    }
  }

  private setPrefs(change: Partial<SessionsAppPrefs>): void {
    this.prefs = { ...this.prefs, ...change };
    savePrefs(localStorage, this.viewer.user.id, this.prefs);
  }

  private apply(filter: SessionsFilter, sort = this.sort): void {
    this.filter = filter;
    this.sort = sort;
    void this.reload();
  }

  private async saveFilter(event: SessionsFilterSaveEvent): Promise<void> {
    try {
      const saved = await this.api.saveFilter({ name: event.name, query: savedQuery(event.filter, this.sort) });
      this.savedFilters = [...this.savedFilters.filter((item) => item.id !== saved.id), saved].sort((a, b) => a.name.localeCompare(b.name));
      this.notice = `Filter "${saved.name}" is saved.`;
      this.apply(event.filter);
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  private async onSaved(event: SavedFilterActionEvent): Promise<void> {
    const saved = this.savedFilters.find((item) => item.id === event.id);
    if (!saved) return;
    if (event.action === 'apply') {
      const { filter, sort } = fromSaved(saved.query);
      this.notice = `Filter "${saved.name}" is applied.`;
      return this.apply(filter, sort);
    }
    try {
      await this.api.deleteSavedFilter(saved.id);
      this.savedFilters = this.savedFilters.filter((item) => item.id !== saved.id);
      this.notice = `Filter "${saved.name}" is deleted.`;
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  override render() {
    const columns = allColumns(this.parameters);
    const tableView = this.prefs.view === 'table';
    const chosen = tableView ? this.prefs.columns : this.prefs.tileFields;
    return html`<section class="page" aria-labelledby="sessions-title">
      <header>
        <h1 id="sessions-title">Sessions</h1>
        <span class="count" data-testid="sessions-count">${this.total === undefined ? '' : `${this.total.toLocaleString('en-US')} ${this.total === 1 ? 'session' : 'sessions'}`}</span>
        <span class="spacer"></span>
        <div class="switch" role="group" aria-label="View">
          ${(['table', 'tiles'] as const).map(
            (view) => html`<button class="btn ${this.prefs.view === view ? 'pressed' : ''}" type="button" aria-pressed=${this.prefs.view === view} @click=${() => this.setPrefs({ view })}>
              ${view === 'table' ? 'Table' : 'Tiles'}
            </button>`,
          )}
        </div>
        <details class="chooser">
          <summary class="btn">${tableView ? 'Columns' : 'Tile fields'}</summary>
          <fieldset>
            <legend>${tableView ? 'Columns of the table' : 'Fields of the tiles'}</legend>
            ${columns
              .filter((column) => column.id !== 'name')
              .map(
                (column) => html`<label><input type="checkbox" .checked=${chosen.includes(column.id)} @change=${(e: Event) => {
                  const list = toggle(chosen, column.id, (e.target as HTMLInputElement).checked);
                  this.setPrefs(tableView ? { columns: list } : { tileFields: list });
                }} />${column.label}</label>`,
              )}
          </fieldset>
        </details>
        <button class="btn ${this.filterOpen ? 'pressed' : ''}" type="button" aria-expanded=${this.filterOpen} aria-controls="filter" @click=${() => (this.filterOpen = !this.filterOpen)}>
          Filter${isFilterEmpty(this.filter) ? '' : ' •'}
        </button>
        ${this.viewer.isAdministrator
          ? html`<lc-picker-menu label="More actions" buttonClass="btn subtle icon" align="end" .items=${[{ value: 'export', label: 'Export data' }]} @lc-menu-pick=${(e: MenuPickEvent) => e.value === 'export' && this.exporter?.open()}>
              <span slot="button">${moreIcon}</span>
            </lc-picker-menu>`
          : nothing}
      </header>
      ${this.filterOpen
        ? html`<lc-sessions-filter
            id="filter"
            .filter=${this.filter}
            .lines=${this.lines}
            .operators=${this.operators}
            .parameters=${this.parameters}
            .savedFilters=${this.savedFilters}
            @lc-sessions-filter-apply=${(e: SessionsFilterApplyEvent) => this.apply(e.filter)}
            @lc-sessions-filter-save=${this.saveFilter}
            @lc-saved-filter-action=${this.onSaved}
          ></lc-sessions-filter>`
        : nothing}
      ${this.notice ? html`<div class="banner info" role="status">${this.notice}</div>` : nothing}
      ${this.error ? html`<div class="banner error" role="alert">${this.error}</div>` : nothing}
      ${this.renderResults(columns)}
      ${this.viewer.isAdministrator ? html`<lc-sessions-export .filter=${this.filter} .sort=${this.sort}></lc-sessions-export>` : nothing}
    </section>`;
  }

  private renderResults(columns: ReturnType<typeof allColumns>) {
    if (this.sessions === undefined) return this.error ? nothing : html`<p class="empty" role="status">Loading sessions…</p>`;
    if (this.sessions.length === 0) return this.renderEmpty();
    return html`<lc-sessions-results
        view=${this.prefs.view}
        .sessions=${this.sessions}
        .columns=${visibleColumns(columns, this.prefs.columns)}
        .tileFields=${visibleColumns(columns, this.prefs.tileFields).filter((column) => column.id !== 'name')}
        .context=${{ parameters: this.parameters, lines: this.lines, groupNames: this.groupNames, userNames: this.userNames }}
        .sort=${this.sort}
        @lc-sessions-sort=${(e: SessionsSortEvent) => this.apply(this.filter, nextSort(this.sort, e.sortKey))}
      ></lc-sessions-results>
      <div class="more">
        ${this.cursor
          ? html`<button class="btn" type="button" ?disabled=${this.loading} @click=${this.loadMore}>${this.loading ? 'Loading…' : 'Load more'}</button>`
          : nothing}
        <span class="hint">Showing ${this.sessions.length.toLocaleString('en-US')} of ${(this.total ?? this.sessions.length).toLocaleString('en-US')}</span>
      </div>`;
  }

  private renderEmpty() {
    if (!isFilterEmpty(this.filter)) {
      return html`<div class="empty" data-testid="sessions-empty">
        <strong>No session matches the filter</strong>
        <span>Change the filter or clear it to see every session. Sessions in spam show only with State = In spam.</span>
        <button class="btn" type="button" @click=${() => this.apply(EMPTY_FILTER)}>Clear filter</button>
      </div>`;
    }
    return html`<div class="empty" data-testid="sessions-empty">
      <strong>No sessions yet</strong>
      <span>${this.viewer.isAdministrator
        ? 'Sessions appear here when clients write to a live chat. Create live chats and connect channels in Administration › Live Chats.'
        : 'Sessions of the live chats you work on appear here when clients write. Sessions in spam show only with State = In spam.'}</span>
    </div>`;
  }
}
