/**
 * The dialog that creates a group of the Live Chats workspace or changes one: its name and any
 * users as members (a searchable checklist). What the server refuses is shown in the dialog.
 */
import { consume } from '@lit/context';
import type { HostUser } from '@elma365/sdk-types';
import { html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { GroupDto } from '../../common/groups-api';
import type { ApiClient } from '../services/api-client';
import { errorMessage } from '../services/api-error';
import { apiClientContext } from '../services/contexts';
import { dialogStyles } from '../shared/dialog.styles';
import { buttons, fields, tokens } from '../shared/ui.styles';
import { groupDialogStyles } from './groups-page.styles';
import { createGroupBody, groupDraft, memberOptions, nameProblem, toggleMember, updateGroupBody, type GroupDraft } from './groups-model';

/** A group was created or changed. */
export class GroupSaveEvent extends Event {
  static readonly type = 'lc-group-save';

  constructor(readonly group: GroupDto) {
    super(GroupSaveEvent.type, { bubbles: true, composed: true });
  }
}

export class GroupDialogElement extends LitElement {
  static override styles = [tokens, buttons, fields, dialogStyles, groupDialogStyles];

  @consume({ context: apiClientContext }) private api!: ApiClient;

  @property({ attribute: false }) users: HostUser[] = [];
  /** The groups of the page, so that a name is not taken twice. */
  @property({ attribute: false }) groups: GroupDto[] = [];

  @state() private editing?: GroupDto;
  @state() private draft: GroupDraft = groupDraft();
  @state() private search = '';
  @state() private touched = false;
  @state() private saving = false;
  @state() private error = '';

  @query('dialog') private dialog!: HTMLDialogElement;

  async open(group?: GroupDto): Promise<void> {
    this.editing = group;
    this.draft = groupDraft(group);
    this.search = '';
    this.touched = false;
    this.error = '';
    this.saving = false;
    await this.updateComplete;
    this.dialog.showModal();
  }

  override render() {
    const others = this.groups.filter((group) => group.id !== this.editing?.id);
    const problem = nameProblem(this.draft.name, others);
    const unchanged = this.editing !== undefined && updateGroupBody(this.editing, this.draft) === undefined;
    const options = memberOptions(this.users, this.draft.memberIds, this.search);
    return html`
      <dialog aria-labelledby="title" data-testid="group-dialog">
        <form @submit=${this.onSubmit} novalidate>
          <div class="dialog-head">
            <h2 id="title">${this.editing ? `Change the group "${this.editing.name}"` : 'New group'}</h2>
            <button class="btn subtle close" type="button" aria-label="Close" @click=${() => this.dialog.close()}>×</button>
          </div>
          <div class="dialog-body">
            <div class="field">
              <label for="group-name">Name<span class="error-text" aria-hidden="true"> *</span></label>
              <input
                id="group-name"
                type="text"
                required
                autocomplete="off"
                maxlength="200"
                aria-invalid=${this.touched && problem ? 'true' : 'false'}
                aria-describedby="group-name-error"
                .value=${this.draft.name}
                @input=${(event: Event) => this.patch({ name: (event.target as HTMLInputElement).value })}
                @blur=${() => (this.touched = true)}
              />
              <span class="error-text" id="group-name-error">${this.touched && problem ? problem : ''}</span>
            </div>
            <fieldset class="members">
              <legend>Members <span class="count">(${this.draft.memberIds.length} chosen)</span></legend>
              <input
                type="search"
                aria-label="Find users"
                placeholder="Find users by name, login or e-mail"
                .value=${this.search}
                @input=${(event: Event) => (this.search = (event.target as HTMLInputElement).value)}
              />
              <div class="member-list" data-testid="group-members">
                ${options.length === 0
                  ? html`<span class="hint">No user matches "${this.search.trim()}"</span>`
                  : options.map(
                      (user) => html`<label class="check">
                        <input
                          type="checkbox"
                          .checked=${this.draft.memberIds.includes(user.id)}
                          @change=${(event: Event) => this.patch({ memberIds: toggleMember(this.draft.memberIds, user.id, (event.target as HTMLInputElement).checked) })}
                        />
                        <span>${user.name}</span><span class="login">${user.login}</span>
                      </label>`,
                    )}
              </div>
              <span class="hint">Members can be operators, supervisors or clients of the live chats that use the group.</span>
            </fieldset>
            ${this.error ? html`<div class="banner error" role="alert">${this.error}</div>` : nothing}
          </div>
          <div class="dialog-foot">
            <button class="btn" type="button" @click=${() => this.dialog.close()}>Cancel</button>
            <button class="btn primary" type="submit" ?disabled=${this.saving || unchanged}>${this.saving ? 'Saving…' : this.editing ? 'Save' : 'Create group'}</button>
          </div>
        </form>
      </dialog>
    `;
  }

  private patch(change: Partial<GroupDraft>): void {
    this.draft = { ...this.draft, ...change };
    this.error = '';
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    this.touched = true;
    const others = this.groups.filter((group) => group.id !== this.editing?.id);
    if (nameProblem(this.draft.name, others) || this.saving) return;
    const update = this.editing && updateGroupBody(this.editing, this.draft);
    if (this.editing && !update) return;
    this.saving = true;
    try {
      const saved = this.editing ? await this.api.updateGroup(this.editing.id, update!) : await this.api.createGroup(createGroupBody(this.draft));
      this.dialog.close();
      this.dispatchEvent(new GroupSaveEvent(saved));
    } catch (error) {
      this.error = errorMessage(error);
    } finally {
      this.saving = false;
    }
  }
}
