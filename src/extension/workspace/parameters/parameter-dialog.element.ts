/**
 * The dialog of one custom session parameter (form settings, spec §4.6): type, name, code,
 * required, multiple values and the options of the type (number kind, date/time kind, category
 * items, currency, app). `edit()` resolves with the declaration on Save, undefined on Cancel.
 * Nothing is sent here: the form-settings page saves the whole list.
 */
import { FieldType } from '@elma365/sdk-types';
import { html, LitElement, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import type { ParameterDefinition, ParameterType } from '../../common/parameters/parameter-definition';
import { selects } from '../shared/controls.styles';
import { dialogStyles } from '../shared/dialog.styles';
import { buttons, fields, tokens } from '../shared/ui.styles';
import {
  addEnumItem,
  DATETIME_KINDS,
  definitionFromDraft,
  NUMBER_KINDS,
  recodeDraft,
  recodeEnumItem,
  removeEnumItem,
  renameDraft,
  renameEnumItem,
  validateParameterDraft,
  type ParameterDraft,
  type ParameterDraftErrors,
} from './parameter-draft-model';
import { PARAMETER_CODE_MAX, PARAMETER_NAME_MAX, PARAMETER_TYPES } from './parameter-catalogue';
import { parameterDialogStyles } from './parameter-dialog.styles';

export interface ParameterDialogRequest {
  draft: ParameterDraft;
  /** The other parameters of the list: their codes are taken. */
  others: readonly ParameterDefinition[];
  /** A saved parameter keeps its code: its values are stored under it. */
  codeLocked: boolean;
  isNew: boolean;
}

export class ParameterDialogElement extends LitElement {
  static override styles = [tokens, buttons, fields, dialogStyles, selects, parameterDialogStyles];

  @state() private draft?: ParameterDraft;
  @state() private submitted = false;
  @state() private request?: ParameterDialogRequest;

  @query('dialog') private dialog!: HTMLDialogElement;
  private resolve?: (definition: ParameterDefinition | undefined) => void;

  async edit(request: ParameterDialogRequest): Promise<ParameterDefinition | undefined> {
    this.resolve?.(undefined);
    this.request = request;
    this.draft = request.draft;
    this.submitted = false;
    await this.updateComplete;
    this.dialog.showModal();
    this.renderRoot.querySelector<HTMLInputElement>('#p-name')?.focus();
    return new Promise((resolve) => (this.resolve = resolve));
  }

  override render() {
    const draft = this.draft;
    const request = this.request;
    const errors: ParameterDraftErrors = draft && request ? this.visibleErrors(validateParameterDraft(draft, request.others)) : {};
    const typeLabel = PARAMETER_TYPES.find((entry) => entry.type === draft?.type)?.label ?? '';
    return html`
      <dialog aria-labelledby="p-title" data-testid="parameter-dialog" @close=${() => this.finish(undefined)}>
        ${draft && request
          ? html`<form novalidate @submit=${this.onSubmit}>
              <div class="dialog-head">
                <h2 id="p-title">${request.isNew ? `New parameter: ${typeLabel}` : `Parameter "${draft.name || draft.code}"`}</h2>
                <button class="btn subtle close" type="button" aria-label="Close" @click=${() => this.dialog.close()}>×</button>
              </div>
              <div class="dialog-body">
                <div class="field">
                  <label for="p-type">Type</label>
                  <select id="p-type" @change=${(event: Event) => this.patch({ type: (event.target as HTMLSelectElement).value as ParameterType })}>
                    ${PARAMETER_TYPES.map((entry) => html`<option value=${entry.type} ?selected=${entry.type === draft.type}>${entry.label}</option>`)}
                  </select>
                  ${!request.isNew ? html`<span class="hint">The type of a parameter that sessions already have values for cannot change.</span>` : nothing}
                </div>
                <div class="two">
                  <div class="field">
                    <label for="p-name">Name<span class="error-text" aria-hidden="true"> *</span></label>
                    <input
                      id="p-name"
                      type="text"
                      autocomplete="off"
                      maxlength=${PARAMETER_NAME_MAX}
                      aria-invalid=${errors.name ? 'true' : 'false'}
                      aria-describedby=${errors.name ? 'p-name-error' : nothing}
                      .value=${draft.name}
                      @input=${(event: Event) => (this.draft = renameDraft(draft, (event.target as HTMLInputElement).value, request.others.map((other) => other.code)))}
                    />
                    ${errors.name ? html`<span class="error-text" id="p-name-error">${errors.name}</span>` : nothing}
                  </div>
                  <div class="field">
                    <label for="p-code">Code<span class="error-text" aria-hidden="true"> *</span></label>
                    <input
                      id="p-code"
                      class="mono"
                      type="text"
                      autocomplete="off"
                      spellcheck="false"
                      maxlength=${PARAMETER_CODE_MAX}
                      ?readonly=${request.codeLocked}
                      aria-invalid=${errors.code ? 'true' : 'false'}
                      aria-describedby=${errors.code ? 'p-code-error' : 'p-code-hint'}
                      .value=${draft.code}
                      @input=${(event: Event) => (this.draft = recodeDraft(draft, (event.target as HTMLInputElement).value))}
                    />
                    ${errors.code
                      ? html`<span class="error-text" id="p-code-error">${errors.code}</span>`
                      : html`<span class="hint" id="p-code-hint"
                          >${request.codeLocked ? 'Saved parameters keep their code.' : 'Used by templates and scripts: a–z, 0–9 and "_".'}</span
                        >`}
                  </div>
                </div>
                ${this.renderTypeOptions(draft, errors)}
                <div class="checks">
                  <label class="check">
                    <input type="checkbox" .checked=${draft.required} @change=${(event: Event) => this.patch({ required: (event.target as HTMLInputElement).checked })} />
                    Required
                  </label>
                  <label class="check">
                    <input type="checkbox" .checked=${draft.array} @change=${(event: Event) => this.patch({ array: (event.target as HTMLInputElement).checked })} />
                    Multiple values
                  </label>
                </div>
              </div>
              <div class="dialog-foot">
                <button class="btn" type="button" @click=${() => this.dialog.close()}>Cancel</button>
                <button class="btn primary" type="submit">${request.isNew ? 'Add' : 'Apply'}</button>
              </div>
            </form>`
          : nothing}
      </dialog>
    `;
  }

  private renderTypeOptions(draft: ParameterDraft, errors: ParameterDraftErrors) {
    switch (draft.type) {
      case FieldType.FLOAT:
        return this.renderKinds('Number', 'numberKind', NUMBER_KINDS, draft.numberKind);
      case FieldType.DATETIME:
        return this.renderKinds('Shows', 'datetimeKind', DATETIME_KINDS, draft.datetimeKind);
      case FieldType.ENUM:
        return this.renderEnumItems(draft, errors);
      case FieldType.MONEY:
        return html`<div class="field">
          <label for="p-currency">Currency</label>
          <input
            id="p-currency"
            class="mono short"
            type="text"
            autocomplete="off"
            maxlength="3"
            placeholder="USD"
            aria-invalid=${errors.currency ? 'true' : 'false'}
            aria-describedby=${errors.currency ? 'p-currency-error' : 'p-currency-hint'}
            .value=${draft.currency}
            @input=${(event: Event) => this.patch({ currency: (event.target as HTMLInputElement).value.toUpperCase() })}
          />
          ${errors.currency
            ? html`<span class="error-text" id="p-currency-error">${errors.currency}</span>`
            : html`<span class="hint" id="p-currency-hint">An ISO 4217 code. Leave it empty to accept money in any currency.</span>`}
        </div>`;
      case FieldType.SYS_COLLECTION:
        return html`<fieldset>
          <legend>App<span class="error-text" aria-hidden="true"> *</span></legend>
          <div class="two">
            <div class="field">
              <label for="p-namespace">Namespace</label>
              <input
                id="p-namespace"
                class="mono"
                type="text"
                autocomplete="off"
                placeholder="crm"
                .value=${draft.appNamespace}
                @input=${(event: Event) => this.patch({ appNamespace: (event.target as HTMLInputElement).value.trim() })}
              />
            </div>
            <div class="field">
              <label for="p-app">App code</label>
              <input
                id="p-app"
                class="mono"
                type="text"
                autocomplete="off"
                placeholder="contacts"
                .value=${draft.appCode}
                @input=${(event: Event) => this.patch({ appCode: (event.target as HTMLInputElement).value.trim() })}
              />
            </div>
          </div>
          ${errors.app ? html`<span class="error-text" role="alert">${errors.app}</span>` : nothing}
        </fieldset>`;
      default:
        return nothing;
    }
  }

  private renderKinds<K extends string>(legend: string, key: 'numberKind' | 'datetimeKind', kinds: readonly { value: K; label: string }[], current: K) {
    return html`<fieldset>
      <legend>${legend}</legend>
      <div class="radios">
        ${kinds.map(
          (kind) => html`<label class="check">
            <input
              type="radio"
              name=${key}
              .value=${kind.value}
              .checked=${kind.value === current}
              @change=${() => this.patch({ [key]: kind.value } as Partial<ParameterDraft>)}
            />
            ${kind.label}
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private renderEnumItems(draft: ParameterDraft, errors: ParameterDraftErrors) {
    return html`<fieldset>
      <legend>Items<span class="error-text" aria-hidden="true"> *</span></legend>
      ${draft.enumItems.length > 0
        ? html`<ol class="items">
            ${draft.enumItems.map(
              (item, index) => html`<li>
                <input
                  type="text"
                  autocomplete="off"
                  aria-label="Item ${index + 1} name"
                  placeholder="Name"
                  .value=${item.name}
                  @input=${(event: Event) => this.patch({ enumItems: renameEnumItem(draft.enumItems, index, (event.target as HTMLInputElement).value) })}
                />
                <input
                  class="mono"
                  type="text"
                  autocomplete="off"
                  spellcheck="false"
                  aria-label="Item ${index + 1} code"
                  placeholder="code"
                  .value=${item.code}
                  @input=${(event: Event) => this.patch({ enumItems: recodeEnumItem(draft.enumItems, index, (event.target as HTMLInputElement).value) })}
                />
                <button class="btn subtle danger-text remove" type="button" aria-label="Remove item ${index + 1}" @click=${() => this.patch({ enumItems: removeEnumItem(draft.enumItems, index) })}>
                  ×
                </button>
              </li>`,
            )}
          </ol>`
        : nothing}
      <div>
        <button class="btn small" type="button" @click=${this.addItem}>+ Add item</button>
      </div>
      ${errors.enumItems ? html`<span class="error-text" role="alert">${errors.enumItems}</span>` : nothing}
    </fieldset>`;
  }

  private async addItem(): Promise<void> {
    if (!this.draft) return;
    this.patch({ enumItems: addEnumItem(this.draft.enumItems) });
    await this.updateComplete;
    const names = this.renderRoot.querySelectorAll<HTMLInputElement>('.items li input:first-child');
    names[names.length - 1]?.focus();
  }

  /** Before the first Save, only what is already typed and wrong is pointed out. */
  private visibleErrors(errors: ParameterDraftErrors): ParameterDraftErrors {
    if (this.submitted || !this.draft) return errors;
    const draft = this.draft;
    const shown: ParameterDraftErrors = {};
    if (errors.code && draft.code !== '') shown.code = errors.code;
    if (errors.name && draft.name !== '') shown.name = errors.name;
    if (errors.currency) shown.currency = errors.currency;
    return shown;
  }

  private patch(change: Partial<ParameterDraft>): void {
    if (this.draft) this.draft = { ...this.draft, ...change };
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const draft = this.draft;
    const request = this.request;
    if (!draft || !request) return;
    this.submitted = true;
    if (Object.keys(validateParameterDraft(draft, request.others)).length > 0) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"], .error-text')?.scrollIntoView({ block: 'nearest' });
      return;
    }
    const resolve = this.resolve;
    this.resolve = undefined;
    this.dialog.close();
    resolve?.(definitionFromDraft(draft));
  }

  private finish(definition: ParameterDefinition | undefined): void {
    const resolve = this.resolve;
    this.resolve = undefined;
    resolve?.(definition);
  }
}
