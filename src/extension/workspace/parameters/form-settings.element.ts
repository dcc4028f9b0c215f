/**
 * Form settings of the Sessions app (spec §4.6), for administrators: the session's system
 * properties (read-only) and its custom parameters on the left, the property types on the right.
 * A type dragged into the list — or its "Add" button, from the keyboard — opens the parameter
 * dialog; existing parameters are edited, deleted and reordered (drag, or Alt+↑/↓). "Save all"
 * replaces the server's list and fires `lc-parameters-change`.
 */
import { consume } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import type { ParameterDefinition, ParameterType } from '../../common/parameters/parameter-definition';
import type { ApiClient } from '../services/api-client';
import { errorMessage } from '../services/api-error';
import { apiClientContext } from '../services/contexts';
import type { ConfirmDialogElement } from '../shared/confirm-dialog';
import { smallButtons } from '../shared/controls.styles';
import { pageHead, scrollPage } from '../shared/data-table.styles';
import { lockIcon, plusIcon } from '../shared/icons';
import { loadErrorBanner } from '../shared/load-error-banner';
import { buttons, fields, tokens } from '../shared/ui.styles';
import {
  hasChanges,
  insertDefinition,
  isSavedCode,
  moveDefinition,
  removedDefinitions,
  removeDefinition,
  replaceDefinition,
  SYSTEM_PARAMETERS,
} from './form-settings-model';
import { formSettingsStyles } from './form-settings.styles';
import { PARAMETER_DEFINITIONS_MAX, PARAMETER_TYPES, parameterTypeLabel } from './parameter-catalogue';
import type { ParameterDialogElement } from './parameter-dialog';
import { acceptsDrag, dropIndexAt, readDrop, startMoveDrag, startTypeDrag } from './parameter-drag';
import { describeDefinition, draftFromDefinition, newParameterDraft } from './parameter-draft-model';

/** The custom parameters were saved. */
export class ParametersChangeEvent extends Event {
  static readonly type = 'lc-parameters-change';

  constructor(readonly definitions: ParameterDefinition[]) {
    super(ParametersChangeEvent.type, { bubbles: true, composed: true });
  }
}

/** The user leaves form settings. */
export class FormSettingsCloseEvent extends Event {
  static readonly type = 'lc-form-settings-close';

  constructor() {
    super(FormSettingsCloseEvent.type, { bubbles: true, composed: true });
  }
}

export class FormSettingsElement extends LitElement {
  static override styles = [tokens, buttons, fields, smallButtons, scrollPage, pageHead, formSettingsStyles];

  @consume({ context: apiClientContext }) private api!: ApiClient;

  @state() private saved?: ParameterDefinition[];
  @state() private list: ParameterDefinition[] = [];
  @state() private loadError = '';
  @state() private error = '';
  @state() private status = '';
  @state() private saving = false;
  /** Where a dragged type or parameter would land. */
  @state() private dropIndex = -1;

  @query('lc-parameter-dialog') private dialog!: ParameterDialogElement;
  @query('lc-confirm-dialog') private confirm!: ConfirmDialogElement;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const definitions = await this.api.listParameters();
      this.saved = definitions;
      this.list = [...definitions];
      this.loadError = '';
    } catch (error) {
      this.loadError = errorMessage(error);
    }
  }

  override render() {
    const dirty = this.saved !== undefined && hasChanges(this.saved, this.list);
    const full = this.list.length >= PARAMETER_DEFINITIONS_MAX;
    return html`
      <div class="page">
        <div class="head">
          <div>
            <div class="crumbs">
              <button class="link" type="button" @click=${this.close}>← Sessions</button>
            </div>
            <h1>Form settings</h1>
            <p class="sub">The properties of every session. Custom parameters are filled by processes and scripts; operators see them in About the session.</p>
          </div>
          <div class="head-actions">
            ${dirty ? html`<button class="btn" type="button" ?disabled=${this.saving} @click=${this.discard}>Discard changes</button>` : nothing}
            <button class="btn primary" type="button" ?disabled=${!dirty || this.saving} @click=${this.save}>${this.saving ? 'Saving…' : 'Save all'}</button>
          </div>
        </div>
        ${this.loadError ? loadErrorBanner('The parameters', this.loadError, () => this.load()) : nothing}
        ${this.error ? html`<div class="banner error" role="alert" data-testid="form-settings-error">${this.error}</div>` : nothing}
        ${this.status && !dirty ? html`<div class="banner success" role="status">${this.status}</div>` : nothing}
        ${dirty ? html`<div class="banner info" role="status">You have unsaved changes. Save all to apply them to every session.</div>` : nothing}
        <div class="panes">
          <section class="pane" aria-labelledby="h-properties">
            <h2 id="h-properties">Session properties</h2>
            <h3 class="group">System</h3>
            <ul class="props" aria-label="System properties">
              ${SYSTEM_PARAMETERS.map(
                (prop) => html`<li class="prop system" title="A system property: it cannot be changed">
                  <span class="prop-name">${prop.name}</span>
                  <span class="prop-type">${prop.type}</span>
                  <span class="lock">${lockIcon}</span>
                </li>`,
              )}
            </ul>
            <h3 class="group" id="h-custom">Custom parameters</h3>
            ${this.renderCustom()}
          </section>
          <section class="pane types" aria-labelledby="h-types">
            <h2 id="h-types">Property types</h2>
            <p class="note">Drag a type into the list of custom parameters, or click it to add one at the end.</p>
            <ul class="type-list">
              ${PARAMETER_TYPES.map(
                (entry) => html`<li>
                  <button
                    class="type"
                    type="button"
                    draggable="true"
                    data-testid="parameter-type"
                    data-type=${entry.type}
                    aria-label="Add a ${entry.label} parameter"
                    title="Drag into the list, or click to add at the end"
                    ?disabled=${full || this.saved === undefined}
                    @click=${() => this.add(entry.type)}
                    @dragstart=${(event: DragEvent) => startTypeDrag(event, entry.type)}
                    @dragend=${() => (this.dropIndex = -1)}
                  >
                    <span class="type-label">${entry.label}</span>
                    <span class="type-add" aria-hidden="true">${plusIcon}</span>
                  </button>
                </li>`,
              )}
            </ul>
          </section>
        </div>
      </div>
      <lc-parameter-dialog></lc-parameter-dialog>
      <lc-confirm-dialog danger confirmLabel="Save and delete"></lc-confirm-dialog>
    `;
  }

  private renderCustom() {
    if (this.saved === undefined && !this.loadError) return html`<div class="loading" role="status">Loading parameters…</div>`;
    return html`<ul
      class="props custom ${this.dropIndex >= 0 ? 'dropping' : ''}"
      aria-labelledby="h-custom"
      data-testid="custom-parameters"
      @dragover=${this.onDragOver}
      @dragleave=${this.onDragLeave}
      @drop=${this.onDrop}
    >
      ${this.list.length === 0
        ? html`<li class="drop-hint ${this.dropIndex >= 0 ? 'active' : ''}">
            No custom parameters yet. Drag a property type here, or click one.
          </li>`
        : this.list.map((def, index) => this.renderParameter(def, index))}
      ${this.list.length > 0 && this.dropIndex === this.list.length ? html`<li class="drop-line" aria-hidden="true"></li>` : nothing}
    </ul>`;
  }

  private renderParameter(def: ParameterDefinition, index: number) {
    const isNew = !isSavedCode(this.saved ?? [], def.code);
    const meta = [parameterTypeLabel(def.type), describeDefinition(def)].filter(Boolean).join(' · ');
    return html`${this.dropIndex === index ? html`<li class="drop-line" aria-hidden="true"></li>` : nothing}
      <li
        class="prop custom"
        draggable="true"
        data-testid="parameter-row"
        data-code=${def.code}
        data-index=${index}
        @dragstart=${(event: DragEvent) => startMoveDrag(event, index)}
        @dragend=${() => (this.dropIndex = -1)}
        @keydown=${(event: KeyboardEvent) => this.onRowKey(event, index)}
      >
        <span class="grip" aria-hidden="true">⋮⋮</span>
        <span class="prop-main">
          <span class="prop-name">${def.name}${isNew ? html` <span class="tag">new</span>` : nothing}</span>
          <span class="prop-meta"><code>${def.code}</code> · ${meta}</span>
        </span>
        <span class="prop-actions">
          <button class="btn subtle small" type="button" aria-label="Edit ${def.name}" title="Edit (Alt+↑/↓ moves)" @click=${() => this.editAt(index)}>Edit</button>
          <button class="btn subtle small danger-text" type="button" aria-label="Delete ${def.name}" @click=${() => this.patch(removeDefinition(this.list, def.code))}>
            Delete
          </button>
        </span>
      </li>`;
  }

  // Editing -----------------------------------------------------------------------------------

  private async add(type: ParameterType, index = this.list.length): Promise<void> {
    const definition = await this.dialog.edit({ draft: newParameterDraft(type), others: this.list, codeLocked: false, isNew: true });
    if (definition) this.patch(insertDefinition(this.list, definition, index));
  }

  private async editAt(index: number): Promise<void> {
    const current = this.list[index];
    if (!current) return;
    const definition = await this.dialog.edit({
      draft: draftFromDefinition(current),
      others: this.list.filter((def) => def.code !== current.code),
      codeLocked: isSavedCode(this.saved ?? [], current.code),
      isNew: false,
    });
    if (definition) this.patch(replaceDefinition(this.list, current.code, definition));
  }

  private onRowKey(event: KeyboardEvent, index: number): void {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const to = event.key === 'ArrowUp' ? index - 1 : index + 1;
    if (to < 0 || to >= this.list.length) return;
    this.patch(moveDefinition(this.list, index, to));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-index="${to}"] button`)?.focus());
  }

  private patch(list: ParameterDefinition[]): void {
    this.list = list;
    this.error = '';
    this.status = '';
  }

  private discard(): void {
    this.patch([...(this.saved ?? [])]);
  }

  private async save(): Promise<void> {
    if (!this.saved || this.saving) return;
    const removed = removedDefinitions(this.saved, this.list);
    if (removed.length > 0) {
      const names = removed.map((def) => `"${def.name}"`).join(', ');
      this.confirm.heading = removed.length === 1 ? `Delete the parameter ${names}?` : `Delete ${removed.length} parameters?`;
      this.confirm.message = `${names} and ${removed.length === 1 ? 'its values' : 'their values'} in every session will be deleted. This cannot be undone.`;
      if (!(await this.confirm.ask())) return;
    }
    this.saving = true;
    this.error = '';
    try {
      const saved = await this.api.saveParameters(this.list);
      this.saved = saved;
      this.list = [...saved];
      this.status = 'Form settings saved';
      this.dispatchEvent(new ParametersChangeEvent(saved));
    } catch (error) {
      this.error = errorMessage(error);
    } finally {
      this.saving = false;
    }
  }

  private close(): void {
    this.dispatchEvent(new FormSettingsCloseEvent());
  }

  // Drag and drop ---------------------------------------------------------------------------

  private onDragOver(event: DragEvent): void {
    if (acceptsDrag(event)) this.dropIndex = dropIndexAt(event, this.list.length);
  }

  private onDragLeave(event: DragEvent): void {
    const next = event.relatedTarget as Node | null;
    if (next && (event.currentTarget as HTMLElement).contains(next)) return;
    this.dropIndex = -1;
  }

  private onDrop(event: DragEvent): void {
    const drop = readDrop(event);
    if (!drop) return;
    event.preventDefault();
    const index = dropIndexAt(event, this.list.length);
    this.dropIndex = -1;
    if (drop.kind === 'type') void this.add(drop.type, index);
    // Taking the row out first moves the places after it up by one.
    else this.patch(moveDefinition(this.list, drop.from, drop.from < index ? index - 1 : index));
  }
}
