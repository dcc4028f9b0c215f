/**
 * Live Chats workspace › gear › Group settings (spec §2.10): the groups made here, "+Group",
 * rename and change members, delete (refused while a live chat uses the group). They are company
 * groups, so every group picker offers them. Administrators only; the server checks again.
 */
import { consume } from '@lit/context';
import type { HostUser } from '@elma365/sdk-types';
import { html, LitElement, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import type { GroupDto } from '../../common/groups-api';
import type { ApiClient } from '../services/api-client';
import { errorMessage } from '../services/api-error';
import { apiClientContext } from '../services/contexts';
import type { ConfirmDialogElement } from '../shared/confirm-dialog';
import { dataTable, pageHead, scrollPage } from '../shared/data-table.styles';
import { pencilIcon, plusIcon, trashIcon } from '../shared/icons';
import { loadErrorBanner } from '../shared/load-error-banner';
import { badges, buttons, fields, tokens } from '../shared/ui.styles';
import type { GroupDialogElement, GroupSaveEvent } from './group-dialog';
import { memberSummary, usageText } from './groups-model';
import { groupsPageStyles } from './groups-page.styles';

/** The user leaves Group settings for the desk. */
export class GroupsCloseEvent extends Event {
  static readonly type = 'lc-groups-close';

  constructor() {
    super(GroupsCloseEvent.type, { bubbles: true, composed: true });
  }
}

export class GroupsPageElement extends LitElement {
  static override styles = [tokens, buttons, fields, badges, scrollPage, dataTable, pageHead, groupsPageStyles];

  @consume({ context: apiClientContext }) private api!: ApiClient;

  @state() private groups?: GroupDto[];
  @state() private users: HostUser[] = [];
  @state() private loadError = '';
  @state() private error = '';
  @state() private status = '';
  @state() private deleting?: GroupDto;

  @query('lc-group-dialog') private dialog!: GroupDialogElement;
  @query('lc-confirm-dialog') private confirm!: ConfirmDialogElement;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    this.loadError = '';
    try {
      const [groups, users] = await Promise.all([this.api.listWorkspaceGroups(), this.api.listUsers()]);
      this.groups = groups;
      this.users = users;
    } catch (error) {
      this.loadError = errorMessage(error);
    }
  }

  override render() {
    return html`<div class="page" @lc-group-save=${this.onSave}>
      <div class="head">
        <div>
          <div class="crumbs"><button class="link" type="button" @click=${() => this.dispatchEvent(new GroupsCloseEvent())}>← Sessions</button></div>
          <h1>Group settings</h1>
          <p class="sub">Groups of any users, made for live chats: choose them as operators, supervisors, internal clients or readers in a live chat's settings.</p>
        </div>
        <div class="head-actions">
          <button class="btn primary" type="button" ?disabled=${!this.groups} @click=${() => this.dialog.open()}>${plusIcon}<span>Group</span></button>
        </div>
      </div>
      ${this.loadError ? loadErrorBanner('The groups', this.loadError, () => this.load()) : nothing}
      ${this.error ? html`<div class="banner error" role="alert">${this.error}</div>` : nothing}
      ${this.status ? html`<div class="banner success" role="status">${this.status}</div>` : nothing}
      <div class="card">${this.renderList()}</div>
      <lc-group-dialog .users=${this.users} .groups=${this.groups ?? []}></lc-group-dialog>
      <lc-confirm-dialog
        danger
        heading=${`Delete the group "${this.deleting?.name ?? ''}"?`}
        message="Its members keep their accounts and their other groups; the group disappears from every group picker. This cannot be undone."
        confirmLabel="Delete"
      ></lc-confirm-dialog>
    </div>`;
  }

  private renderList() {
    if (this.groups === undefined) return this.loadError ? nothing : html`<div class="loading" role="status">Loading groups…</div>`;
    if (this.groups.length === 0) {
      return html`<div class="empty">
        <strong>No groups yet</strong>
        <span>Create a group of any users with “+Group”, then choose it in a live chat's settings. The company's own groups are managed in Administration › Groups.</span>
      </div>`;
    }
    return html`<table aria-label="Groups">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Members</th>
          <th scope="col">Live chats</th>
          <th scope="col"><span class="visually-hidden">Actions</span></th>
        </tr>
      </thead>
      <tbody>
        ${this.groups.map(
          (group) => html`<tr data-testid="group-row" data-group-id=${group.id}>
            <td class="name">${group.name}</td>
            <td>
              <span class="badge muted" title="Members">${group.memberIds.length}</span>
              <span class="members">${memberSummary(this.users, group.memberIds)}</span>
            </td>
            <td class=${group.usedBy.length ? '' : 'muted'}>${usageText(group) ?? 'Not used yet'}</td>
            <td class="actions">
              <button class="btn subtle icon" type="button" aria-label="Change ${group.name}" title="Rename or change members" @click=${() => this.dialog.open(group)}>
                ${pencilIcon}
              </button>
              <button class="btn subtle icon danger-text" type="button" aria-label="Delete ${group.name}" title="Delete" @click=${() => this.delete(group)}>
                ${trashIcon}
              </button>
            </td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private readonly onSave = (event: GroupSaveEvent): void => {
    const others = (this.groups ?? []).filter((group) => group.id !== event.group.id);
    const created = others.length === (this.groups ?? []).length;
    this.groups = [...others, event.group].sort((a, b) => a.name.localeCompare(b.name));
    this.error = '';
    this.status = created ? `The group "${event.group.name}" is created. Choose it in a live chat's settings.` : `The group "${event.group.name}" is saved.`;
  };

  private async delete(group: GroupDto): Promise<void> {
    this.deleting = group;
    await this.updateComplete;
    if (!(await this.confirm.ask())) return;
    this.error = '';
    this.status = '';
    try {
      await this.api.deleteGroup(group.id);
      this.groups = (this.groups ?? []).filter((known) => known.id !== group.id);
      this.status = `The group "${group.name}" is deleted.`;
    } catch (error) {
      this.error = errorMessage(error);
      // A live chat may have started or stopped using it meanwhile.
      void this.load();
    }
  }
}
