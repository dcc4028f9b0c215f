/**
 * <lc-process-run-form>: the start form of a process, one field per input variable, by type.
 * Fires `lc-process-run` with the inputs once they read well; the page starts the process.
 */
import type { HostUser, ProcessVariable } from '@elma365/sdk-types';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { theme } from '../theme.styles';
import { designerStyles } from './process-designer.styles';
import { inputHintOf, inputKindOf, readInputs, typeLabelOf, type RawInputs } from './process-designer-model';

export class ProcessRunEvent extends Event {
  static readonly type = 'lc-process-run';

  constructor(readonly inputs: Record<string, unknown>) {
    super(ProcessRunEvent.type, { bubbles: true, composed: true });
  }
}

export class ProcessRunFormElement extends LitElement {
  static override styles = [
    theme,
    designerStyles,
    css`
      form {
        display: flex;
        flex-direction: column;
        gap: 14px;
      }
      .type {
        color: var(--lc-muted);
        font-weight: 400;
        margin-left: 6px;
        font-size: 12px;
      }
      textarea {
        min-height: 64px;
      }
      .actions {
        display: flex;
        align-items: center;
        gap: 10px;
      }
    `,
  ];

  @property({ attribute: false }) variables: ProcessVariable[] = [];
  @property({ attribute: false }) users: HostUser[] = [];
  @property({ type: Boolean }) busy = false;

  @state() private raw: RawInputs = {};
  @state() private problems: Record<string, string> = {};

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('variables')) {
      this.raw = {};
      this.problems = {};
    }
  }

  private get inputVariables(): ProcessVariable[] {
    return this.variables.filter((variable) => variable.input);
  }

  override render() {
    const variables = this.inputVariables;
    return html`
      <form @submit=${this.onSubmit} novalidate aria-label="Start the process">
        ${variables.length === 0 ? html`<p class="muted">This process has no start form: it starts with an empty context.</p>` : nothing}
        ${variables.map((variable) => this.renderField(variable))}
        <div class="actions">
          <button class="btn primary" type="submit" ?disabled=${this.busy} data-testid="run-process">${this.busy ? 'Running…' : 'Run'}</button>
        </div>
      </form>
    `;
  }

  private renderField(variable: ProcessVariable) {
    const id = `input-${variable.code}`;
    const problem = this.problems[variable.code];
    const hint = inputHintOf(variable);
    const value = this.raw[variable.code];
    const text = typeof value === 'string' ? value : '';
    const onInput = (event: Event) => this.edit(variable.code, (event.target as HTMLInputElement).value);
    const described = problem || hint ? `${id}-note` : undefined;
    let control;
    switch (inputKindOf(variable)) {
      case 'checkbox':
        return html`<label class="check">
          <input id=${id} type="checkbox" .checked=${value === true} @change=${(event: Event) => this.edit(variable.code, (event.target as HTMLInputElement).checked)} />
          ${variable.name}
        </label>`;
      case 'user':
        control = html`<select id=${id} .value=${text} @change=${onInput} aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${described ?? nothing}>
          <option value="">—</option>
          ${this.users.map((user) => html`<option value=${user.id} ?selected=${user.id === text}>${user.name}</option>`)}
        </select>`;
        break;
      case 'json':
        control = html`<textarea id=${id} class="mono" rows="2" spellcheck="false" .value=${text} @input=${onInput} aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${described ?? nothing}></textarea>`;
        break;
      default: {
        const type = inputKindOf(variable) === 'number' ? 'number' : inputKindOf(variable) === 'datetime' ? 'datetime-local' : 'text';
        control = html`<input id=${id} type=${type} step=${type === 'number' ? 'any' : nothing} .value=${text} @input=${onInput} aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${described ?? nothing} />`;
      }
    }
    return html`<div class="field">
      <label for=${id}>${variable.name}<span class="type">${typeLabelOf(variable)}</span></label>
      ${control}
      ${problem ? html`<span class="problem" id=${described!}>${problem}</span>` : hint ? html`<span class="hint" id=${described!}>${hint}</span>` : nothing}
    </div>`;
  }

  private edit(code: string, value: string | boolean): void {
    this.raw = { ...this.raw, [code]: value };
    if (this.problems[code]) {
      const { [code]: _fixed, ...rest } = this.problems;
      this.problems = rest;
    }
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    if (this.busy) return;
    const { inputs, problems } = readInputs(this.inputVariables, this.raw);
    this.problems = problems;
    if (Object.keys(problems).length === 0) this.dispatchEvent(new ProcessRunEvent(inputs));
  }
}
