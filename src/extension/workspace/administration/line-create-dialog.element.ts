/**
 * The "+Live Chat" dialog: Name, Operators and Supervisors, all required. Save stays disabled
 * until they are filled; what the server refuses is shown in the dialog.
 */
import { consume } from '@lit/context';
import type { HostGroup } from '@elma365/sdk-types';
import { html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { ApiClient } from '../services/api-client';
import { errorMessage } from '../services/api-error';
import { apiClientContext } from '../services/contexts';
import { dialogStyles } from '../shared/dialog.styles';
import type { GroupsChangeEvent } from '../shared/group-picker';
import { buttons, fields, tokens } from '../shared/ui.styles';
import { LineSaveEvent } from './line-events';
import { createBody, emptyDraft, isDraftValid, type LineDraft } from './line-form-model';

export class LineCreateDialogElement extends LitElement {
  static override styles = [tokens, buttons, fields, dialogStyles];

  @consume({ context: apiClientContext }) private api!: ApiClient;

  @property({ attribute: false }) groups: HostGroup[] = [];

  @state() private draft: LineDraft = emptyDraft();
  @state() private saving = false;
  @state() private error = '';

  @query('dialog') private dialog!: HTMLDialogElement;

  async open(): Promise<void> {
    this.draft = emptyDraft();
    this.error = '';
    this.saving = false;
    await this.updateComplete;
    this.dialog.showModal();
  }

  override render() {
    const valid = isDraftValid(this.draft);
    return html`
      <dialog aria-labelledby="title" data-testid="line-create-dialog">
        <form @submit=${this.onSubmit}>
          <div class="dialog-head">
            <h2 id="title">New live chat</h2>
            <button class="btn subtle close" type="button" aria-label="Close" @click=${() => this.dialog.close()}>×</button>
          </div>
          <div class="dialog-body">
            <div class="field">
              <label for="name">Name<span class="error-text" aria-hidden="true"> *</span></label>
              <input
                id="name"
                type="text"
                required
                autocomplete="off"
                maxlength="200"
                .value=${this.draft.name}
                @input=${(event: Event) => this.patch({ name: (event.target as HTMLInputElement).value })}
              />
            </div>
            <lc-group-picker
              label="Operators"
              required
              hint="Members of these groups answer the live chat's sessions."
              .groups=${this.groups}
              .value=${this.draft.operatorGroupIds}
              @lc-groups-change=${(event: GroupsChangeEvent) => this.patch({ operatorGroupIds: event.value })}
            ></lc-group-picker>
            <lc-group-picker
              label="Supervisors"
              required
              hint="Members of these groups see every session of the live chat."
              .groups=${this.groups}
              .value=${this.draft.supervisorGroupIds}
              @lc-groups-change=${(event: GroupsChangeEvent) => this.patch({ supervisorGroupIds: event.value })}
            ></lc-group-picker>
            ${this.error ? html`<div class="banner error" role="alert">${this.error}</div>` : nothing}
          </div>
          <div class="dialog-foot">
            <button class="btn" type="button" @click=${() => this.dialog.close()}>Cancel</button>
            <button class="btn primary" type="submit" ?disabled=${!valid || this.saving}>
              ${this.saving ? 'Saving…' : 'Save'}
            </button>
          </div>
        </form>
      </dialog>
    `;
  }

  private patch(change: Partial<LineDraft>): void {
    this.draft = { ...this.draft, ...change };
    this.error = '';
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (!isDraftValid(this.draft) || this.saving) return;
    this.saving = true;
    this.error = '';
    try {
      const line = await this.api.createLine(createBody(this.draft));
      this.dialog.close();
      this.dispatchEvent(new LineSaveEvent(line, true));
    } catch (error) {
      this.error = errorMessage(error);
    } finally {
      this.saving = false;
    }
  }
}
