/**
 * Administration › Live Chats: the table of live chats with "+Live Chat", the settings of one
 * live chat when `params.line` names it, and the global Live Chats Settings when `params.view` is
 * `settings`. The root of the screen: it provides the services.
 */
import type { HostGroup } from '@elma365/sdk-types';
import { html, nothing, type PropertyValues } from 'lit';
import { query, state } from 'lit/decorators.js';
import type { LineDto } from '../../common/api';
import type { ParameterDefinition } from '../../common/parameters/parameter-definition';
import { errorMessage } from '../services/api-error';
import type { ConfirmDialogElement } from '../shared/confirm-dialog';
import { formatDateTime } from '../shared/format';
import { groupNames } from '../shared/group-picker-model';
import { badges, buttons, fields, tokens } from '../shared/ui.styles';
import { adminScreenStyles } from './admin-screen.styles';
import type { LineCreateDialogElement } from './line-create-dialog';
import { ScreenRootElement } from '../shared/screen-root.element';
import { isLineTab, LineDeleteEvent, type LineSaveEvent, type LineTabEvent } from './line-events';

export class AdminScreenElement extends ScreenRootElement {
  static override styles = [tokens, buttons, fields, badges, adminScreenStyles];

  /**
   * `line`: the id of the live chat whose settings are open; `tab`: its tab other than Settings
   * (`routing`, `processes`); `view`: `settings` for the global Live Chats Settings.
   */
  declare params: Record<string, string>;

  @state() private lines?: LineDto[];
  @state() private groups: HostGroup[] = [];
  @state() private parameters: ParameterDefinition[] = [];
  @state() private error = '';

  @query('lc-line-create-dialog') private createDialog!: LineCreateDialogElement;
  @query('lc-confirm-dialog') private confirmDialog!: ConfirmDialogElement;
  @state() private deleting?: LineDto;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('params')) this.error = '';
  }

  private async load(): Promise<void> {
    try {
      // The template field offers the parameters as variables; without them it still offers the system ones.
      const parameters = this.api.listParameters().catch((): ParameterDefinition[] => []);
      const [lines, groups] = await Promise.all([this.api.listLines(), this.api.listGroups()]);
      this.lines = lines.sort((a, b) => a.name.localeCompare(b.name));
      this.groups = groups;
      this.parameters = await parameters;
    } catch (error) {
      this.lines ??= [];
      this.error = errorMessage(error);
    }
  }

  override render() {
    const open = this.params.line ? this.lines?.find((line) => line.id === this.params.line) : undefined;
    return html`
      <div
        class="page"
        @lc-line-save=${this.onSave}
        @lc-line-delete=${this.onDelete}
        @lc-line-close=${() => this.navigate({})}
        @lc-settings-close=${() => this.navigate({})}
        @lc-line-tab=${(event: LineTabEvent) => this.navigate(event.tab === 'settings' ? { line: this.params.line } : { line: this.params.line, tab: event.tab })}
      >
        ${this.error ? html`<div class="banner error" role="alert">${this.error}</div>` : nothing}
        ${this.params.line && this.lines && !open
          ? html`<div class="banner info" role="status">
              This live chat no longer exists. <button class="link" type="button" @click=${() => this.navigate({})}>Show all live chats</button>
            </div>`
          : nothing}
        ${open
          ? html`<lc-line-settings
              .line=${open}
              .groups=${this.groups}
              .parameters=${this.parameters}
              tab=${isLineTab(this.params.tab) ? this.params.tab : 'settings'}
            ></lc-line-settings>`
          : !this.params.line && this.params.view === 'settings'
            ? html`<lc-global-settings></lc-global-settings>`
            : this.renderList()}
        <lc-line-create-dialog .groups=${this.groups}></lc-line-create-dialog>
        <lc-confirm-dialog
          danger
          heading=${`Delete the live chat "${this.deleting?.name ?? ''}"?`}
          message="Deleting a live chat closes and deletes all its sessions. It cannot be restored."
          confirmLabel="Delete"
        ></lc-confirm-dialog>
      </div>
    `;
  }

  private renderList() {
    return html`
      <div class="head">
        <div>
          <h1>Live chats</h1>
          <p class="sub">Contact-centre lines: who answers, who supervises, who may write.</p>
        </div>
        <div class="head-actions">
          <button class="btn" type="button" @click=${() => this.navigate({ view: 'settings' })}>Live Chats Settings</button>
          <button class="btn primary" type="button" @click=${() => this.createDialog.open()}>+Live Chat</button>
        </div>
      </div>
      <div class="card">
        ${this.lines === undefined
          ? html`<div class="loading" role="status">Loading live chats…</div>`
          : this.lines.length === 0
            ? html`<div class="empty">
                <strong>No live chats yet</strong>
                <span>Create a live chat, choose its operators and supervisors, then let employees write to it from Messages.</span>
              </div>`
            : html`<table aria-label="Live chats">
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Operators</th>
                    <th scope="col">Supervisors</th>
                    <th scope="col">Internal clients</th>
                    <th scope="col">Created</th>
                    <th scope="col"><span class="visually-hidden">Actions</span></th>
                  </tr>
                </thead>
                <tbody>
                  ${this.lines.map(
                    (line) => html`<tr data-testid="line-row" data-line-id=${line.id}>
                      <td class="name">
                        <button class="link" type="button" @click=${() => this.navigate({ line: line.id })}>${line.name}</button>
                      </td>
                      <td class="groups">${groupNames(this.groups, line.operatorGroupIds)}</td>
                      <td class="groups">${groupNames(this.groups, line.supervisorGroupIds)}</td>
                      <td class="groups ${line.internalClientGroupIds.length ? '' : 'muted'}">
                        ${line.internalClientGroupIds.length ? groupNames(this.groups, line.internalClientGroupIds) : '—'}
                      </td>
                      <td class="muted">${formatDateTime(line.createdAt)}</td>
                      <td class="actions">
                        <button
                          class="btn subtle danger-text"
                          type="button"
                          aria-label="Delete ${line.name}"
                          title="Delete"
                          @click=${() => this.dispatchEvent(new LineDeleteEvent(line))}
                        >
                          Delete
                        </button>
                      </td>
                    </tr>`,
                  )}
                </tbody>
              </table>`}
      </div>
    `;
  }

  private onSave(event: LineSaveEvent): void {
    const line = event.line;
    const others = (this.lines ?? []).filter((known) => known.id !== line.id);
    this.lines = [...others, line].sort((a, b) => a.name.localeCompare(b.name));
    if (event.created) this.navigate({ line: line.id });
  }

  private async onDelete(event: LineDeleteEvent): Promise<void> {
    this.deleting = event.line;
    await this.updateComplete;
    if (!(await this.confirmDialog.ask())) return;
    try {
      await this.api.deleteLine(event.line.id);
      this.lines = (this.lines ?? []).filter((line) => line.id !== event.line.id);
      if (this.params.line === event.line.id) this.navigate({});
    } catch (error) {
      this.error = errorMessage(error);
    }
  }
}
