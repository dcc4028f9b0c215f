/**
 * The sessions of the Sessions app as a table (the chosen columns, headers that sort) or as
 * tiles (the chosen fields). A session opens in the desk from its name, a row or a tile.
 */
import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { SessionDto } from '../../common/api';
import { SessionFoundEvent } from '../desk/desk-events';
import { badges, buttons, tokens } from '../shared/ui.styles';
import { SessionsSortEvent } from './sessions-app-events';
import { type ColumnContext, type SessionColumn, type SessionsSort, type SessionsView } from './sessions-app-model';
import { sessionsResultsStyles } from './sessions-results.styles';

export class SessionsResultsElement extends LitElement {
  static override styles = [tokens, buttons, badges, sessionsResultsStyles];

  @property() view: SessionsView = 'table';
  @property({ attribute: false }) sessions: SessionDto[] = [];
  @property({ attribute: false }) columns: SessionColumn[] = [];
  @property({ attribute: false }) tileFields: SessionColumn[] = [];
  @property({ attribute: false }) context!: ColumnContext;
  @property({ attribute: false }) sort: SessionsSort = { order: 'desc' };

  /** The desk opens it in the list of its live chat that holds it (as a session found by search). */
  private open(session: SessionDto): void {
    this.dispatchEvent(new SessionFoundEvent(session));
  }

  override render() {
    return this.view === 'tiles' ? this.renderTiles() : this.renderTable();
  }

  private renderHeader(column: SessionColumn) {
    if (!column.sortKey) return html`<th scope="col">${column.label}</th>`;
    const active = this.sort.sort === column.sortKey;
    const ariaSort = active ? (this.sort.order === 'asc' ? 'ascending' : 'descending') : 'none';
    return html`<th scope="col" aria-sort=${ariaSort}>
      <button class="sort" type="button" data-sort=${column.sortKey} @click=${() => this.dispatchEvent(new SessionsSortEvent(column.sortKey!))}>
        ${column.label}<span class="arrow" aria-hidden="true">${active ? (this.sort.order === 'asc' ? '▲' : '▼') : '↕'}</span>
      </button>
    </th>`;
  }

  private renderTable() {
    return html`<div class="table-wrap">
      <table data-testid="sessions-table">
        <thead>
          <tr>${this.columns.map((column) => this.renderHeader(column))}</tr>
        </thead>
        <tbody>
          ${this.sessions.map(
            (session) => html`<tr data-testid="session-row" data-state=${session.state} @click=${() => this.open(session)}>
              ${this.columns.map((column) =>
                column.id === 'name'
                  ? html`<td class="name">
                      <button class="link" type="button" @click=${(e: Event) => (e.stopPropagation(), this.open(session))}>${session.name}</button>
                    </td>`
                  : html`<td>${column.text(session, this.context)}</td>`,
              )}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderTiles() {
    return html`<ul class="tiles" data-testid="sessions-tiles">
      ${this.sessions.map(
        (session) => html`<li class="tile" data-testid="session-tile">
          <button class="tile-open" type="button" @click=${() => this.open(session)}>
            <strong class="tile-name">${session.name}</strong>
            <dl>
              ${this.tileFields.map((field) => {
                const text = field.text(session, this.context);
                return text ? html`<div><dt>${field.label}</dt><dd>${text}</dd></div>` : nothing;
              })}
            </dl>
          </button>
        </li>`,
      )}
    </ul>`;
  }
}
