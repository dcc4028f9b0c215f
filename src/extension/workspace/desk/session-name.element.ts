/**
 * A session's name with the rename pencil (spec §4.4: chat header and About the session). The
 * pencil turns the name into an input: Enter or ✓ saves, Escape or × cancels. Fires
 * `lc-session-change` with the renamed session. With a `disabledReason` (an Offline viewer) the
 * pencil is shown but off, and says why.
 */
import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { SessionDto } from '../../common/api';
import type { Disposable } from '../../common/disposable';
import type { ApiClient } from '../services/api-client';
import { errorMessage } from '../services/api-error';
import { apiClientContext } from '../services/contexts';
import { checkIcon, closeIcon, pencilIcon } from '../shared/icons';
import { unsavedGuard } from '../shared/unsaved-guard';
import { buttons, fields, tokens } from '../shared/ui.styles';
import { SessionChangeEvent } from './desk-events';
import { SESSION_NAME_MAX } from '../../common/session';
import { sessionNameProblem } from './desk-model';
import { sessionNameStyles } from './session-name.styles';

export class SessionNameElement extends LitElement {
  static override styles = [tokens, buttons, fields, sessionNameStyles];

  @consume({ context: apiClientContext }) private api!: ApiClient;

  @property({ attribute: false }) session?: SessionDto;
  /** Whether the viewer may rename the session. */
  @property({ type: Boolean }) editable = false;
  /** Why the pencil of who may rename is off now; empty while it is on. */
  @property() disabledReason = '';
  /** `title`: the chat header's heading; `field`: a value in About the session. */
  @property({ reflect: true }) variant: 'title' | 'field' = 'title';

  @state() private editing = false;
  @state() private value = '';
  @state() private saving = false;
  @state() private error = '';

  @query('input') private input?: HTMLInputElement;
  @query('.pencil') private pencil?: HTMLButtonElement;

  /** A name being typed is an unsaved edit: opening another session from a pop-up asks first. */
  private guard?: Disposable;

  override connectedCallback(): void {
    super.connectedCallback();
    this.guard = unsavedGuard.register({
      what: 'the session name',
      hasUnsavedChanges: () => this.editing && this.value.trim() !== (this.session?.name ?? ''),
      discard: () => this.stop(false),
    });
  }

  override disconnectedCallback(): void {
    this.guard?.dispose();
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const other = changed.has('session') && changed.get('session')?.id !== this.session?.id;
    const off = (changed.has('editable') || changed.has('disabledReason')) && (!this.editable || this.disabledReason !== '');
    if (other || off) this.stop(false);
  }

  override render() {
    const session = this.session;
    if (!session) return nothing;
    if (this.editing) return this.renderEditor();
    const name =
      this.variant === 'title'
        ? html`<h2 class="name" data-testid="session-title" title=${session.name}>${session.name}</h2>`
        : html`<span class="name" data-testid="about-session-name">${session.name}</span>`;
    return html`<div class="shown">
      ${name}
      ${this.editable
        ? html`<button
            class="btn subtle pencil"
            type="button"
            aria-label="Rename the session"
            title=${this.disabledReason || 'Rename'}
            ?disabled=${this.disabledReason !== ''}
            @click=${this.start}
          >
            ${pencilIcon}
          </button>`
        : nothing}
    </div>`;
  }

  private renderEditor() {
    const problem = this.error || (this.value.trim() === '' ? '' : (sessionNameProblem(this.value) ?? ''));
    return html`<form class="editor" @submit=${this.onSubmit}>
      <div class="row">
        <input
          type="text"
          aria-label="Session name"
          autocomplete="off"
          maxlength=${SESSION_NAME_MAX}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby=${problem ? 'rename-error' : nothing}
          ?disabled=${this.saving}
          .value=${this.value}
          @input=${(event: Event) => {
            this.value = (event.target as HTMLInputElement).value;
            this.error = '';
          }}
          @keydown=${this.onKeyDown}
        />
        <button class="btn subtle icon-btn" type="submit" aria-label="Save the name" title="Save (Enter)" ?disabled=${this.saving || sessionNameProblem(this.value) !== undefined}>
          ${checkIcon}
        </button>
        <button class="btn subtle icon-btn" type="button" aria-label="Cancel renaming" title="Cancel (Esc)" ?disabled=${this.saving} @click=${() => this.stop(true)}>
          ${closeIcon}
        </button>
      </div>
      ${problem ? html`<span class="error-text" id="rename-error" role="alert">${problem}</span>` : nothing}
    </form>`;
  }

  private async start(): Promise<void> {
    if (!this.session || this.disabledReason) return;
    this.value = this.session.name;
    this.error = '';
    this.editing = true;
    await this.updateComplete;
    this.input?.focus();
    this.input?.select();
  }

  private stop(focusPencil: boolean): void {
    if (!this.editing) return;
    this.editing = false;
    this.error = '';
    if (focusPencil) void this.updateComplete.then(() => this.pencil?.focus());
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.stop(true);
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const session = this.session;
    if (!session || this.saving) return;
    const problem = sessionNameProblem(this.value);
    if (problem) {
      this.error = problem;
      return;
    }
    const name = this.value.trim();
    if (name === session.name) return this.stop(true);
    this.saving = true;
    try {
      const renamed = await this.api.renameSession(session.id, name);
      this.session = renamed;
      this.stop(true);
      this.dispatchEvent(new SessionChangeEvent(renamed, 'rename'));
    } catch (error) {
      this.error = errorMessage(error);
      await this.updateComplete;
      this.input?.focus();
    } finally {
      this.saving = false;
    }
  }
}
