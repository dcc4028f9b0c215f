/**
 * The table of Administration › Live Chats (spec §2.1): search by name and group names, a
 * multi-select with a header checkbox (indeterminate while some rows are chosen), and a trash
 * button that asks the screen to delete the chosen live chats.
 */
import type { HostGroup } from '@elma365/sdk-types';
import { html, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { LineDto } from '../../common/api';
import { dataTable } from '../shared/data-table.styles';
import { formatDateTime } from '../shared/format';
import { groupNames } from '../shared/group-picker-model';
import { searchIcon, trashIcon } from '../shared/icons';
import { buttons, fields, tokens } from '../shared/ui.styles';
import { filterLines, keepExisting, selectionState, toggleAll, toggleOne } from './line-list-model';
import { lineTableStyles } from './line-table.styles';

/** The user asked to delete these live chats (the screen confirms and deletes). */
export class LinesDeleteEvent extends Event {
  static readonly type = 'lc-lines-delete';

  constructor(readonly lines: LineDto[]) {
    super(LinesDeleteEvent.type, { bubbles: true, composed: true });
  }
}

/** The user opened a live chat's settings. */
export class LineOpenEvent extends Event {
  static readonly type = 'lc-line-open';

  constructor(readonly lineId: string) {
    super(LineOpenEvent.type, { bubbles: true, composed: true });
  }
}

export class LineTableElement extends LitElement {
  static override styles = [tokens, buttons, fields, dataTable, lineTableStyles];

  @property({ attribute: false }) lines: LineDto[] = [];
  @property({ attribute: false }) groups: HostGroup[] = [];

  @state() private query = '';
  @state() private selected: Set<string> = new Set();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lines')) this.selected = keepExisting(this.selected, this.lines);
  }

  override render() {
    const visible = filterLines(this.lines, this.groups, this.query);
    const chosen = this.lines.filter((line) => this.selected.has(line.id));
    const all = selectionState(visible, this.selected);
    return html`
      <div class="toolbar">
        <label class="search">
          ${searchIcon}
          <span class="visually-hidden">Search live chats</span>
          <input
            type="search"
            placeholder="Search by name or group"
            .value=${this.query}
            @input=${(event: Event) => (this.query = (event.target as HTMLInputElement).value)}
          />
        </label>
        <span class="count" role="status">${chosen.length ? `${chosen.length} selected` : ''}</span>
        <button
          class="btn subtle danger-text"
          type="button"
          data-testid="delete-selected"
          ?disabled=${chosen.length === 0}
          title="Delete the selected live chats"
          @click=${() => this.dispatchEvent(new LinesDeleteEvent(chosen))}
        >
          ${trashIcon}<span>Delete${chosen.length ? ` (${chosen.length})` : ''}</span>
        </button>
      </div>
      ${visible.length === 0
        ? html`<div class="empty" role="status">
            <strong>No live chat matches "${this.query.trim()}"</strong>
            <button class="link" type="button" @click=${() => (this.query = '')}>Clear the search</button>
          </div>`
        : html`<table aria-label="Live chats">
            <thead>
              <tr>
                <th scope="col" class="pick">
                  <input
                    type="checkbox"
                    aria-label="Select all live chats shown"
                    .checked=${all === 'all'}
                    .indeterminate=${all === 'some'}
                    @change=${() => (this.selected = toggleAll(visible, this.selected))}
                  />
                </th>
                <th scope="col">Name</th>
                <th scope="col">Operators</th>
                <th scope="col">Supervisors</th>
                <th scope="col">Internal clients</th>
                <th scope="col">Created</th>
                <th scope="col"><span class="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              ${visible.map((line) => this.renderRow(line))}
            </tbody>
          </table>`}
    `;
  }

  private renderRow(line: LineDto) {
    const chosen = this.selected.has(line.id);
    return html`<tr data-testid="line-row" data-line-id=${line.id} class=${chosen ? 'chosen' : ''}>
      <td class="pick">
        <input
          type="checkbox"
          aria-label="Select ${line.name}"
          .checked=${chosen}
          @change=${(event: Event) => (this.selected = toggleOne(this.selected, line.id, (event.target as HTMLInputElement).checked))}
        />
      </td>
      <td class="name"><button class="link" type="button" @click=${() => this.dispatchEvent(new LineOpenEvent(line.id))}>${line.name}</button></td>
      <td>${groupNames(this.groups, line.operatorGroupIds)}</td>
      <td>${groupNames(this.groups, line.supervisorGroupIds)}</td>
      <td class=${line.internalClientGroupIds.length ? '' : 'muted'}>
        ${line.internalClientGroupIds.length ? groupNames(this.groups, line.internalClientGroupIds) : '—'}
      </td>
      <td class="muted">${formatDateTime(line.createdAt)}</td>
      <td class="actions">
        <button class="btn subtle icon danger-text" type="button" aria-label="Delete ${line.name}" title="Delete" @click=${() => this.dispatchEvent(new LinesDeleteEvent([line]))}>
          ${trashIcon}
        </button>
      </td>
    </tr>`;
  }
}
