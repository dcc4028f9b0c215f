/**
 * Response templates › Templates (spec §5.4): the table of templates with search; administrators
 * add (+Template), edit and delete them, the text written with <lc-template-field> ({+}, f(x),
 * preview, problems with positions). Operators and supervisors see the table read-only.
 */
import { consume } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { ResponseTemplateDto } from '../../common/response-templates-api';
import { RESPONSE_DESCRIPTION_MAX, RESPONSE_NAME_MAX } from '../../common/response-templates-api';
import { sampleSessionNameValues, sessionNameVariables } from '../../common/session-name';
import type { TemplateValues, TemplateVariable } from '../../common/templates/template';
import type { TemplateChangeEvent } from '../administration/template-field';
import type { ApiClient } from '../services/api-client';
import { errorMessage, isApiError } from '../services/api-error';
import { apiClientContext, viewerContext, type Viewer } from '../services/contexts';
import type { ConfirmDialogElement } from '../shared/confirm-dialog.element';
import { dialogStyles } from '../shared/dialog.styles';
import { pencilIcon, trashIcon } from '../shared/icons';
import { buttons, fields, tokens } from '../shared/ui.styles';
import type { ImportDoneEvent } from './import-button';
import { responseTemplatesStyles } from './response-templates.styles';

interface Draft {
  id?: string;
  name: string;
  description: string;
  template: string;
  valid: boolean;
}

const emptyDraft = (): Draft => ({ name: '', description: '', template: '', valid: false });

export class TemplatesPageElement extends LitElement {
  static override styles = [tokens, buttons, fields, dialogStyles, responseTemplatesStyles];

  @consume({ context: apiClientContext }) @property({ attribute: false }) api!: ApiClient;
  @consume({ context: viewerContext }) @property({ attribute: false }) viewer!: Viewer;

  @state() private templates?: ResponseTemplateDto[];
  @state() private search = '';
  @state() private error = '';
  /** What the last import created. */
  @state() private notice = '';
  @state() private draft: Draft = emptyDraft();
  @state() private saving = false;
  @state() private saveError = '';
  /** The server's word on the template text, shown by the template field. */
  @state() private templateError = '';
  @state() private variables: TemplateVariable[] = sessionNameVariables([]);
  @state() private sample: TemplateValues = sampleSessionNameValues([], new Date(), 'Support');
  @state() private deleting?: ResponseTemplateDto;

  @query('dialog.edit') private dialog!: HTMLDialogElement;
  @query('lc-confirm-dialog') private confirm!: ConfirmDialogElement;

  private searchTimer?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
    if (this.viewer?.isAdministrator) {
      this.api
        .listParameters()
        .then((definitions) => {
          this.variables = sessionNameVariables(definitions);
          this.sample = sampleSessionNameValues(definitions, new Date(), 'Support');
        })
        .catch(() => undefined);
    }
  }

  override disconnectedCallback(): void {
    clearTimeout(this.searchTimer);
    super.disconnectedCallback();
  }

  private async load(): Promise<void> {
    try {
      this.templates = await this.api.listResponseTemplates({ search: this.search.trim() || undefined });
      this.error = '';
    } catch (error) {
      this.templates ??= [];
      this.error = errorMessage(error);
    }
  }

  private get canEdit(): boolean {
    return this.viewer?.isAdministrator === true;
  }

  override render() {
    return html`
      <div class="head">
        <h1>Templates</h1>
        <div class="toolbar">
          <label class="visually-hidden" for="search">Search templates</label>
          <input id="search" type="search" placeholder="Search by name or description" .value=${this.search} @input=${this.onSearch} />
          ${this.canEdit ? html`<lc-import-button kind="templates" @lc-import-done=${this.onImported}></lc-import-button>` : nothing}
          ${this.canEdit ? html`<button class="btn primary" type="button" @click=${() => this.edit()}>+Template</button>` : nothing}
        </div>
      </div>
      ${this.error ? html`<div class="banner error" role="alert">${this.error}</div>` : nothing}
      ${this.notice ? html`<div class="banner info" role="status" data-testid="import-notice">${this.notice}</div>` : nothing}
      ${this.renderTable()} ${this.canEdit ? this.renderDialog() : nothing}
      <lc-confirm-dialog
        heading=${`Delete the template "${this.deleting?.name ?? ''}"?`}
        message="Operators will no longer find it in the composer. Messages already sent stay as they are."
        confirmLabel="Delete"
        danger
      ></lc-confirm-dialog>
    `;
  }

  private renderTable() {
    if (this.templates === undefined) return html`<div class="empty" role="status">Loading templates…</div>`;
    if (this.templates.length === 0) {
      return html`<div class="empty" data-testid="templates-empty">
        ${this.search.trim()
          ? html`<strong>No template matches "${this.search.trim()}"</strong><span>Try another word from its name or description.</span>`
          : html`<strong>There are no templates yet</strong>
              <span
                >${this.canEdit
                  ? 'Press +Template to write a reply operators insert from the composer, with variables such as the client\u2019s name.'
                  : 'An administrator adds templates here; then you insert them from the composer\u2019s Response templates button.'}</span
              >`}
      </div>`;
    }
    return html`<table aria-label="Templates">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Description</th>
          <th scope="col">Template</th>
          ${this.canEdit ? html`<th scope="col"><span class="visually-hidden">Actions</span></th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${this.templates.map(
          (template) => html`<tr data-testid="template-row">
            <td>${template.name}</td>
            <td>${template.description}</td>
            <td class="mono">${template.template}</td>
            ${this.canEdit
              ? html`<td class="actions">
                  <button class="btn subtle icon" type="button" aria-label="Edit ${template.name}" @click=${() => this.edit(template)}>${pencilIcon}</button>
                  <button class="btn subtle icon" type="button" aria-label="Delete ${template.name}" @click=${() => this.confirmDelete(template)}>${trashIcon}</button>
                </td>`
              : nothing}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderDialog() {
    const draft = this.draft;
    const canSave = !this.saving && draft.name.trim() !== '' && draft.template.trim() !== '' && draft.valid;
    return html`<dialog class="edit" aria-labelledby="dialog-title" data-testid="template-dialog">
      <form @submit=${this.save}>
        <div class="dialog-head">
          <h2 id="dialog-title">${draft.id ? 'Edit template' : 'New template'}</h2>
          <button class="btn subtle close" type="button" aria-label="Close" @click=${() => this.dialog.close()}>×</button>
        </div>
        <div class="dialog-body">
          <div class="field">
            <label for="name">Name<span class="error-text" aria-hidden="true"> *</span></label>
            <input id="name" type="text" required autocomplete="off" maxlength=${RESPONSE_NAME_MAX} .value=${draft.name} @input=${(e: Event) => this.patch({ name: (e.target as HTMLInputElement).value })} />
          </div>
          <div class="field">
            <label for="description">Description</label>
            <textarea id="description" maxlength=${RESPONSE_DESCRIPTION_MAX} .value=${draft.description} @input=${(e: Event) => this.patch({ description: (e.target as HTMLTextAreaElement).value })}></textarea>
            <span class="hint">For operators choosing a template; it is not inserted.</span>
          </div>
          <lc-template-field
            label="Template *"
            placeholder="For example: Hello {$client.name}, thank you for writing to {$line.name}."
            hint="The message text. Insert variables with {+} and functions with f(x); they are filled in for the session when an operator inserts the template."
            emptyPreview="Write the message to see a preview"
            .value=${draft.template}
            .variables=${this.variables}
            .sample=${this.sample}
            serverError=${this.templateError}
            @lc-template-change=${(e: TemplateChangeEvent) => this.patch({ template: e.value, valid: e.valid })}
          ></lc-template-field>
          ${this.saveError ? html`<div class="error-text" role="alert">${this.saveError}</div>` : nothing}
        </div>
        <div class="dialog-foot">
          <button class="btn" type="button" @click=${() => this.dialog.close()}>Cancel</button>
          <button class="btn primary" type="submit" ?disabled=${!canSave}>${this.saving ? 'Saving…' : 'Save'}</button>
        </div>
      </form>
    </dialog>`;
  }

  private async onImported(event: ImportDoneEvent): Promise<void> {
    this.notice = `Imported ${event.created} ${event.created === 1 ? 'template' : 'templates'}.`;
    await this.load();
  }

  private onSearch(event: Event): void {
    this.search = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => void this.load(), 200);
  }

  private patch(change: Partial<Draft>): void {
    this.draft = { ...this.draft, ...change };
    this.saveError = '';
    this.templateError = '';
  }

  private async edit(template?: ResponseTemplateDto): Promise<void> {
    this.draft = template
      ? { id: template.id, name: template.name, description: template.description, template: template.template, valid: true }
      : emptyDraft();
    this.saveError = '';
    this.templateError = '';
    await this.updateComplete;
    this.dialog.showModal();
  }

  private async save(event: Event): Promise<void> {
    event.preventDefault();
    const { id, name, description, template } = this.draft;
    this.saving = true;
    try {
      const body = { name, description, template };
      if (id) await this.api.updateResponseTemplate(id, body);
      else await this.api.createResponseTemplate(body);
      this.dialog.close();
      await this.load();
    } catch (error) {
      if (isApiError(error, 'response-templates/invalid-template')) this.templateError = errorMessage(error);
      else this.saveError = errorMessage(error);
    } finally {
      this.saving = false;
    }
  }

  private async confirmDelete(template: ResponseTemplateDto): Promise<void> {
    this.deleting = template;
    await this.updateComplete;
    if (!(await this.confirm.ask())) return;
    try {
      await this.api.deleteResponseTemplate(template.id);
      await this.load();
    } catch (error) {
      this.error = errorMessage(error);
    }
  }
}
