/**
 * The additional actions of a routing rule (spec §3.2): "+Send reply message" (a template over
 * the session variables), "+Set session attribute value" (Priority and custom parameters, by
 * "+Add attribute") and "+Start business process" (a process, its input parameters as for "On new
 * session creation", and whether the live chat's own process starts too). Each can be removed.
 * Every change fires `lc-rule-extras-change` with all three.
 */
import { html, LitElement, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { ProcessTemplateDto } from '../../common/api';
import type { ParameterDefinition } from '../../common/parameters/parameter-types';
import { PRIORITIES } from '../../common/routing/routing-rule';
import { sampleSessionNameValues, sessionNameVariables } from '../../common/session-name';
import { selects, smallButtons } from '../shared/controls.styles';
import { buttons, fields, tokens } from '../shared/ui.styles';
import type { BindingDialogElement } from './binding-dialog';
import { paramValueInput } from './param-value-input';
import { bindingSummary } from './process-bindings-model';
import { ruleExtrasStyles } from './rule-extras.styles';
import { newParamValue, PRIORITY_LABELS, settableParameters, type ParamValueDraft, type RuleEditor } from './routing-rule-model';
import type { TemplateChangeEvent } from './template-field';

export type RuleExtras = Pick<RuleEditor, 'reply' | 'setValues' | 'process'>;

/** "15 s" with a no-break space: the number and its unit never part at the end of a line. */
const REPLY_HINT =
  'Sent to the client when the rule routes a new session. Insert variables with {+} and functions with f(x). If sending fails it is retried once after 15\u00a0s.';

export class RuleExtrasChangeEvent extends Event {
  static readonly type = 'lc-rule-extras-change';

  constructor(readonly value: RuleExtras) {
    super(RuleExtrasChangeEvent.type, { bubbles: true, composed: true });
  }
}

export class RuleExtrasElement extends LitElement {
  static override styles = [tokens, buttons, fields, selects, smallButtons, ruleExtrasStyles];

  @property({ attribute: false }) value: RuleExtras = {};
  @property({ attribute: false }) parameters: readonly ParameterDefinition[] = [];
  @property({ attribute: false }) users: readonly { id: string; name: string }[] = [];
  /** Undefined while the processes are loading or could not be. */
  @property({ attribute: false }) templates?: readonly ProcessTemplateDto[];
  /** For the reply's preview. */
  @property() lineName = '';
  /** The problems of the values to set, by entry key. */
  @property({ attribute: false }) problems: ReadonlyMap<string, string> = new Map();

  @query('lc-binding-dialog') private bindingDialog!: BindingDialogElement;
  /** The preview's sample date: fixed while the element lives, so the preview does not flicker. */
  private readonly sampleNow = new Date();

  override render() {
    const value = this.value;
    return html`
      ${value.reply !== undefined ? this.renderReply() : nothing} ${value.setValues ? this.renderSetValues() : nothing}
      ${value.process ? this.renderProcess() : nothing}
      <div class="add-extras" ?hidden=${value.reply !== undefined && value.setValues !== undefined && value.process !== undefined}>
        ${value.reply === undefined ? html`<button class="btn small" type="button" @click=${() => this.add({ reply: '' }, '#reply')}>+Send reply message</button>` : nothing}
        ${value.setValues
          ? nothing
          : html`<button class="btn small" type="button" @click=${() => this.add({ setValues: { priority: '', params: [] } }, '#priority')}>+Set session attribute value</button>`}
        ${value.process
          ? nothing
          : html`<button class="btn small" type="button" @click=${() => this.add({ process: { templateCode: '', inputs: {}, alsoLineProcess: false } }, '#process')}>
              +Start business process
            </button>`}
      </div>
      <lc-binding-dialog></lc-binding-dialog>
    `;
  }

  private head(title: string, remove: RuleExtras) {
    return html`<div class="extra-head">
      <h4>${title}</h4>
      <button class="btn subtle small danger-text" type="button" aria-label="Remove: ${title}" @click=${() => this.change(remove)}>Remove</button>
    </div>`;
  }

  private renderReply() {
    return html`<div class="extra" id="reply" role="group" aria-label="Send reply message" data-testid="rule-reply">
      ${this.head('Send reply message', { reply: undefined })}
      <lc-template-field
        label="Message text"
        placeholder="For example: Hello, {$client.name}! An operator will answer shortly."
        hint=${REPLY_HINT}
        emptyPreview="Write the message"
        .value=${this.value.reply ?? ''}
        .variables=${sessionNameVariables(this.parameters)}
        .sample=${sampleSessionNameValues(this.parameters, this.sampleNow, this.lineName)}
        @lc-template-change=${(event: TemplateChangeEvent) => this.change({ reply: event.value })}
      ></lc-template-field>
    </div>`;
  }

  private renderSetValues() {
    const setValues = this.value.setValues!;
    const update = (params: ParamValueDraft[]): void => this.change({ setValues: { ...setValues, params } });
    const left = settableParameters(this.parameters, setValues.params);
    return html`<div class="extra" role="group" aria-label="Set session attribute value" data-testid="rule-set-values">
      ${this.head('Set session attribute value', { setValues: undefined })}
      <div class="value-row">
        <label for="priority" class="value-label">Priority</label>
        <select id="priority" @change=${(event: Event) => this.change({ setValues: { ...setValues, priority: (event.target as HTMLSelectElement).value as typeof setValues.priority } })}>
          <option value="" ?selected=${setValues.priority === ''}>Not changed</option>
          ${PRIORITIES.map((priority) => html`<option value=${priority} ?selected=${setValues.priority === priority}>${PRIORITY_LABELS[priority]}</option>`)}
        </select>
      </div>
      ${setValues.params.map((entry, index) => this.renderValue(entry, index, setValues.params, update))}
      <div>
        <button class="btn small" type="button" ?disabled=${left.length === 0} @click=${() => this.addAttribute(setValues.params, update)}>+Add attribute</button>
        ${this.parameters.length === 0 ? html`<span class="hint">The Sessions app has no custom parameters.</span>` : nothing}
      </div>
    </div>`;
  }

  private renderValue(entry: ParamValueDraft, index: number, all: ParamValueDraft[], update: (params: ParamValueDraft[]) => void) {
    const def = this.parameters.find((candidate) => candidate.code === entry.code);
    const problem = this.problems.get(entry.key);
    const change = (next: Partial<ParamValueDraft>): void => update(all.map((other) => (other.key === entry.key ? { ...other, ...next } : other)));
    return html`<div class="value-row" data-testid="set-value-row">
      <select class="value-label" aria-label="Attribute ${index + 1}" @change=${(event: Event) => change({ code: (event.target as HTMLSelectElement).value, text: '' })}>
        <option value="" disabled ?selected=${entry.code === ''}>Select attribute</option>
        ${settableParameters(this.parameters, all, entry.code).map(
          (candidate) => html`<option value=${candidate.code} ?selected=${candidate.code === entry.code}>${candidate.name}</option>`,
        )}
        ${entry.code && !def ? html`<option value=${entry.code} selected>${entry.code} (removed)</option>` : nothing}
      </select>
      ${def
        ? paramValueInput(def, {
            id: `set-${entry.key}`,
            label: `Value of ${def.name}`,
            text: entry.text,
            users: this.users,
            invalid: Boolean(problem),
            describedBy: problem ? `set-problem-${entry.key}` : undefined,
            onInput: (text) => change({ text }),
          })
        : html`<span></span>`}
      <button class="btn subtle small danger-text remove" type="button" aria-label="Remove attribute ${index + 1}" @click=${() => update(all.filter((other) => other.key !== entry.key))}>
        ×
      </button>
      ${problem ? html`<span class="error-text value-problem" id="set-problem-${entry.key}">${problem}</span>` : nothing}
    </div>`;
  }

  private renderProcess() {
    const process = this.value.process!;
    const templates = this.templates;
    const template = templates?.find((candidate) => candidate.code === process.templateCode);
    const summary = template && templates ? bindingSummary('sessionCreated', process, templates) : undefined;
    return html`<div class="extra" role="group" aria-label="Start business process" data-testid="rule-process">
      ${this.head('Start business process', { process: undefined })}
      <div class="value-row">
        <label for="process" class="value-label">Process</label>
        <select
          id="process"
          ?disabled=${!templates}
          @change=${(event: Event) => this.change({ process: { ...process, templateCode: (event.target as HTMLSelectElement).value, inputs: {} } })}
        >
          <option value="" disabled ?selected=${process.templateCode === ''}>${templates ? 'Select process' : 'The processes could not be loaded'}</option>
          ${(templates ?? []).map((candidate) => html`<option value=${candidate.code} ?selected=${candidate.code === process.templateCode}>${candidate.name}</option>`)}
          ${process.templateCode && !template ? html`<option value=${process.templateCode} selected>${process.templateCode} (removed)</option>` : nothing}
        </select>
      </div>
      ${template
        ? html`<div class="value-row">
            <span class="value-label">Input parameters</span>
            <span class="inputs-state" data-testid="rule-inputs-state">${summary?.inputs}</span>
            <button class="btn small" type="button" aria-label="Configure the input parameters of ${template.name}" @click=${() => this.configure(template)}>Configure</button>
          </div>`
        : nothing}
      <label class="check">
        <input
          type="checkbox"
          aria-describedby="also-hint"
          .checked=${process.alsoLineProcess}
          @change=${(event: Event) => this.change({ process: { ...process, alsoLineProcess: (event.target as HTMLInputElement).checked } })}
        />
        Also start the live chat's "On new session creation" process
      </label>
      <p class="hint" id="also-hint">Off: for sessions this rule routes, its process replaces the live chat's own.</p>
    </div>`;
  }

  private async configure(template: ProcessTemplateDto): Promise<void> {
    const process = this.value.process;
    if (!process) return;
    const edited = await this.bindingDialog.edit('sessionCreated', process, template);
    if (edited && this.value.process) this.change({ process: { ...this.value.process, inputs: edited.inputs } });
  }

  private async addAttribute(all: ParamValueDraft[], update: (params: ParamValueDraft[]) => void): Promise<void> {
    const entry = newParamValue();
    update([...all, entry]);
    await this.updateComplete;
    const rows = this.renderRoot.querySelectorAll<HTMLElement>('[data-testid="set-value-row"]');
    rows[rows.length - 1]?.querySelector('select')?.focus();
  }

  /** Adds an action and puts the focus in its first control. */
  private async add(change: RuleExtras, focus: string): Promise<void> {
    this.change(change);
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(focus);
    target?.scrollIntoView({ block: 'nearest' });
    // The reply's input is inside the template field, once it has rendered.
    const field = target?.querySelector('lc-template-field');
    if (field) await field.updateComplete;
    (field?.shadowRoot?.querySelector<HTMLElement>('input') ?? target)?.focus();
  }

  private change(change: RuleExtras): void {
    this.value = { ...this.value, ...change };
    this.dispatchEvent(new RuleExtrasChangeEvent(this.value));
  }
}
