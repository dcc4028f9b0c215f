/**
 * "Session name template" (Settings › Additional, spec §2.2, §4.4): the template, a {+} picker of
 * variables and an f(x) picker of functions that insert at the caret, a live preview rendered with
 * sample values, and the problems of the template with their positions (a click puts the caret
 * there). Fires `lc-template-change` as the administrator edits.
 */
import { html, LitElement, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { TemplateValues, TemplateVariable } from '../../common/templates/template';
import type { MenuPickEvent, PickerItem } from '../shared/picker-menu';
import { buttons, fields, tokens } from '../shared/ui.styles';
import {
  checkTemplate,
  functionSkeleton,
  insertText,
  TEMPLATE_FUNCTIONS,
  variableToken,
  type TemplateFunctionId,
} from './template-editor-model';
import { templateFieldStyles } from './template-field.styles';

export class TemplateChangeEvent extends Event {
  static readonly type = 'lc-template-change';

  constructor(
    readonly value: string,
    /** Whether the template compiles in the browser. */
    readonly valid: boolean,
  ) {
    super(TemplateChangeEvent.type, { bubbles: true, composed: true });
  }
}

const FUNCTION_ITEMS: PickerItem[] = TEMPLATE_FUNCTIONS.map((fn) => ({ value: fn.id, label: fn.label, detail: fn.detail }));

export class TemplateFieldElement extends LitElement {
  static override styles = [tokens, buttons, fields, templateFieldStyles];

  @property() label = 'Session name template';
  @property() placeholder = 'For example: {$client.name} — {$line.name}';
  @property() hint = 'Insert variables with {+} and functions with f(x). Leave it empty to name each session after its client.';
  /** What the preview says for an empty template; by default the sample client's name (sessions are named after their client). */
  @property() emptyPreview?: string;
  @property() value = '';
  @property({ attribute: false }) variables: TemplateVariable[] = [];
  @property({ attribute: false }) sample: TemplateValues = {};
  /** What the server said about the template on Save. */
  @property() serverError = '';
  @property() timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  @query('input') private input!: HTMLInputElement;

  override render() {
    const check = checkTemplate(this.value, this.variables, this.sample, this.timeZone);
    const invalid = check.problems.length > 0 || this.serverError !== '';
    const variableItems: PickerItem[] = this.variables.map((variable) => ({ value: variable.code, label: variable.name, detail: variableToken(variable.code) }));
    return html`
      <div class="field">
        <label for="template">${this.label}</label>
        <div class="row">
          <input
            id="template"
            type="text"
            class="mono"
            autocomplete="off"
            spellcheck="false"
            maxlength="2000"
            placeholder=${this.placeholder}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby="template-hint template-preview template-problems"
            .value=${this.value}
            @input=${(event: Event) => this.change((event.target as HTMLInputElement).value)}
          />
          <lc-picker-menu
            label="Insert a variable"
            buttonText="{+}"
            buttonClass="btn tool"
            heading="Variables"
            searchable
            searchPlaceholder="Find a variable"
            emptyText="No variable matches"
            align="end"
            .items=${variableItems}
            @lc-menu-pick=${(event: MenuPickEvent) => this.insert(variableToken(event.value))}
          ></lc-picker-menu>
          <lc-picker-menu
            label="Insert a function"
            buttonText="f(x)"
            buttonClass="btn tool"
            heading="Functions"
            align="end"
            .items=${FUNCTION_ITEMS}
            @lc-menu-pick=${(event: MenuPickEvent) => this.insert(functionSkeleton(event.value as TemplateFunctionId, this.variables))}
          ></lc-picker-menu>
        </div>
        <span class="hint" id="template-hint">${this.hint}</span>
        <div class="preview" id="template-preview" aria-live="polite">
          <span class="preview-label">Preview</span>
          ${check.problems.length > 0
            ? html`<span class="preview-text none">Fix the template to see a preview</span>`
            : this.value.trim() === ''
              ? this.emptyPreview !== undefined
                ? html`<span class="preview-text none" data-testid="template-preview">${this.emptyPreview}</span>`
                : html`<span class="preview-text" data-testid="template-preview">${this.sampleClientName()}</span>`
              : check.preview
                ? html`<span class="preview-text" data-testid="template-preview">${check.preview}</span>`
                : html`<span class="preview-text none" data-testid="template-preview">(empty with these values)</span>`}
        </div>
        <ul class="problems" id="template-problems" data-testid="template-problems" ?hidden=${check.problems.length === 0}>
          ${check.problems.map(
            (problem) => html`<li>
              <button class="link problem" type="button" title="Show where" @click=${() => this.showPosition(problem.position)}>
                ${problem.message}
              </button>
            </li>`,
          )}
        </ul>
        ${this.serverError && check.problems.length === 0
          ? html`<div class="error-text" role="alert" data-testid="template-server-error">${this.serverError}</div>`
          : nothing}
      </div>
    `;
  }

  private sampleClientName(): string {
    const client = this.sample.client as { name?: unknown } | undefined;
    return typeof client?.name === 'string' ? client.name : '';
  }

  private showPosition(position: number): void {
    this.input.focus();
    this.input.setSelectionRange(position, position);
  }

  private insert(text: string): void {
    const input = this.input;
    // The input keeps its selection while the pickers have the focus.
    const edit = insertText({ value: input.value, selectionStart: input.selectionStart ?? input.value.length, selectionEnd: input.selectionEnd ?? input.value.length }, text);
    input.value = edit.value;
    input.focus();
    input.setSelectionRange(edit.selectionStart, edit.selectionEnd);
    this.change(edit.value);
  }

  private change(value: string): void {
    this.value = value;
    const valid = checkTemplate(value, this.variables, this.sample, this.timeZone).problems.length === 0;
    this.dispatchEvent(new TemplateChangeEvent(value, valid));
  }
}
