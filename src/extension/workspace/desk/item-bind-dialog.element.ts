/**
 * "+Bind" of an app block in About the session (spec §4.5): pick an existing item of the app
 * (searched by name) or create a new one by its name; the item is then bound to the session.
 * Fires `lc-session-change` (action `items`) with the session the server returns.
 */
import { consume } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import type { AppItemDto, SessionDto } from '../../common/api';
import type { ApiClient } from '../services/api-client';
import { errorMessage } from '../services/api-error';
import { apiClientContext } from '../services/contexts';
import { dialogStyles } from '../shared/dialog.styles';
import { buttons, fields, tokens } from '../shared/ui.styles';
import { SessionChangeEvent } from './desk-events';
import { itemBindDialogStyles } from './item-bind-dialog.styles';
import { processStartDialogStyles } from './process-start-dialog.styles';
import { bindBody, emptyBindDraft, type BindDraft, type BindMode, type ItemBlock } from './session-items-model';

const SEARCH_DELAY_MS = 250;

export class ItemBindDialogElement extends LitElement {
  static override styles = [tokens, buttons, fields, dialogStyles, processStartDialogStyles, itemBindDialogStyles];

  @consume({ context: apiClientContext }) private api!: ApiClient;

  @state() private session?: SessionDto;
  @state() private block?: ItemBlock;
  @state() private draft: BindDraft = emptyBindDraft();
  @state() private search = '';
  @state() private found?: AppItemDto[];
  @state() private saving = false;
  @state() private error = '';

  @query('dialog') private dialog!: HTMLDialogElement;

  private searchTimer?: ReturnType<typeof setTimeout>;
  private searchTicket = 0;

  async open(session: SessionDto, block: ItemBlock): Promise<void> {
    this.session = session;
    this.block = block;
    this.draft = emptyBindDraft();
    this.search = '';
    this.found = undefined;
    this.error = '';
    this.saving = false;
    await this.updateComplete;
    this.dialog.showModal();
    await this.runSearch();
  }

  override disconnectedCallback(): void {
    clearTimeout(this.searchTimer);
    super.disconnectedCallback();
  }

  override render() {
    const block = this.block;
    const body = block ? bindBody(block.appCode, this.draft) : undefined;
    return html`
      <dialog aria-labelledby="bind-title" data-testid="item-bind-dialog">
        <form @submit=${this.onSubmit}>
          <div class="dialog-head">
            <h2 id="bind-title">Bind: ${block?.appName ?? ''}</h2>
            <button class="btn subtle close" type="button" aria-label="Close" @click=${() => this.dialog.close()}>×</button>
          </div>
          <div class="dialog-body">
            <div class="modes" role="radiogroup" aria-label="How to bind">
              ${this.modeButton('pick', 'Existing item')} ${this.modeButton('create', 'New item')}
            </div>
            ${this.draft.mode === 'pick' ? this.renderPick() : this.renderCreate()}
            ${this.error ? html`<div class="banner error" role="alert">${this.error}</div>` : nothing}
          </div>
          <div class="dialog-foot">
            <button class="btn" type="button" @click=${() => this.dialog.close()}>Cancel</button>
            <button class="btn primary" type="submit" ?disabled=${!body || this.saving}>${this.saving ? 'Binding…' : 'Bind'}</button>
          </div>
        </form>
      </dialog>
    `;
  }

  private modeButton(mode: BindMode, label: string) {
    return html`<label class="mode ${this.draft.mode === mode ? 'chosen' : ''}">
      <input type="radio" name="mode" .checked=${this.draft.mode === mode} @change=${() => this.patch({ mode })} />
      ${label}
    </label>`;
  }

  private renderPick() {
    const found = this.found;
    return html`
      <input
        type="search"
        aria-label="Find an item"
        placeholder="Find by name"
        autocomplete="off"
        .value=${this.search}
        @input=${this.onSearchInput}
      />
      ${found === undefined
        ? html`<div class="muted" role="status">Loading items…</div>`
        : found.length === 0
          ? html`<div class="muted">No item matches. Create a new one instead.</div>`
          : html`<fieldset class="choices">
              <legend class="visually-hidden">Item</legend>
              ${found.map(
                (item) => html`<label class="choice ${this.draft.itemId === item.id ? 'chosen' : ''}" data-testid="item-choice">
                  <input type="radio" name="item" .checked=${this.draft.itemId === item.id} @change=${() => this.patch({ itemId: item.id })} />
                  <span class="choice-name">${item.name}</span>
                </label>`,
              )}
            </fieldset>`}
    `;
  }

  private renderCreate() {
    return html`<div class="field">
      <label for="bind-name">Name<span class="error-text" aria-hidden="true"> *</span></label>
      <input
        id="bind-name"
        type="text"
        maxlength="300"
        required
        .value=${this.draft.name}
        @input=${(event: Event) => this.patch({ name: (event.target as HTMLInputElement).value })}
      />
    </div>`;
  }

  private patch(change: Partial<BindDraft>): void {
    this.draft = { ...this.draft, ...change };
    this.error = '';
  }

  private onSearchInput(event: Event): void {
    this.search = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => void this.runSearch(), SEARCH_DELAY_MS);
  }

  /** Only the answer to the latest search is shown. */
  private async runSearch(): Promise<void> {
    const block = this.block;
    if (!block) return;
    const ticket = ++this.searchTicket;
    try {
      const found = await this.api.searchItems(block.appCode, this.search);
      if (ticket === this.searchTicket) this.found = found;
    } catch (error) {
      if (ticket !== this.searchTicket) return;
      this.found = [];
      this.error = errorMessage(error);
    }
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const session = this.session;
    const body = this.block && bindBody(this.block.appCode, this.draft);
    if (!session || !body || this.saving) return;
    this.saving = true;
    this.error = '';
    try {
      const updated = await this.api.bindItem(session.id, body);
      this.dispatchEvent(new SessionChangeEvent(updated, 'items'));
      this.dialog.close();
    } catch (error) {
      this.error = errorMessage(error);
    } finally {
      this.saving = false;
    }
  }
}
