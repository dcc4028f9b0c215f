/**
 * "Input parameters › Configure" of one live chat event (spec §2.7): each variable of the chosen
 * process with the event fields that may fill it — only those of its own type. `edit()` resolves
 * with the new mapping on Save, or undefined when the dialog is cancelled.
 */
import { html, LitElement, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import { LINE_EVENT_LABELS, type EventField, type LineEvent, type ProcessBinding } from '../../common/process-bindings';
import type { ProcessTemplateDto } from '../../common/api';
import { selects } from '../shared/controls.styles';
import { dialogStyles } from '../shared/dialog.styles';
import { buttons, fields, tokens } from '../shared/ui.styles';
import { bindingDialogStyles } from './binding-dialog.styles';
import { compatibleFields, fieldLabel, inputVariables, mapVariable, variableTypeLabel } from './process-bindings-model';

export class BindingDialogElement extends LitElement {
  static override styles = [tokens, buttons, fields, dialogStyles, selects, bindingDialogStyles];

  @state() private event: LineEvent = 'sessionCreated';
  @state() private template?: ProcessTemplateDto;
  @state() private binding: ProcessBinding = { templateCode: '', inputs: {} };
  @state() private error = '';

  @query('dialog') private dialog!: HTMLDialogElement;
  private resolve?: (binding: ProcessBinding | undefined) => void;

  async edit(event: LineEvent, binding: ProcessBinding, template: ProcessTemplateDto): Promise<ProcessBinding | undefined> {
    this.resolve?.(undefined);
    this.event = event;
    this.template = template;
    this.binding = { templateCode: binding.templateCode, inputs: { ...binding.inputs } };
    this.error = '';
    await this.updateComplete;
    this.dialog.showModal();
    return new Promise((resolve) => (this.resolve = resolve));
  }

  override render() {
    const template = this.template;
    const variables = template ? inputVariables(template) : [];
    return html`
      <dialog aria-labelledby="binding-title" aria-describedby="binding-note" data-testid="binding-dialog" @close=${() => this.finish(undefined)}>
        <form @submit=${this.onSubmit}>
          <div class="dialog-head">
            <h2 id="binding-title">Input parameters</h2>
            <button class="btn subtle close" type="button" aria-label="Close" @click=${() => this.dialog.close()}>×</button>
          </div>
          <div class="dialog-body">
            <p class="note" id="binding-note">
              <strong>${template?.name ?? ''}</strong> starts ${LINE_EVENT_LABELS[this.event].toLowerCase()}. Choose what fills each of its
              variables; only fields of the variable's type are offered.
            </p>
            ${template && variables.length > 0
              ? html`<div class="rows" role="group" aria-label="Variables of ${template.name}">
                  ${variables.map((variable) => {
                    const options = compatibleFields(variable, this.event);
                    const current = this.binding.inputs[variable.code];
                    const id = `var-${variable.code}`;
                    return html`<div class="row" data-testid="binding-row" data-variable=${variable.code}>
                      <label for=${id}>
                        <span class="var-name">${variable.name}</span>
                        <span class="var-meta">${variableTypeLabel(variable)} · <code>${variable.code}</code></span>
                      </label>
                      <select
                        id=${id}
                        ?disabled=${options.length === 0}
                        @change=${(event: Event) => this.map(variable.code, event.target as HTMLSelectElement)}
                      >
                        ${options.length === 0
                          ? html`<option value="" selected>No field of this type</option>`
                          : html`<option value="" ?selected=${current === undefined}>Not filled</option>
                              ${options.map((field) => html`<option value=${field} ?selected=${current === field}>${fieldLabel(field)}</option>`)}`}
                      </select>
                    </div>`;
                  })}
                </div>`
              : html`<p class="empty">This process has no variables to fill.</p>`}
            ${this.error ? html`<div class="banner error" role="alert">${this.error}</div>` : nothing}
          </div>
          <div class="dialog-foot">
            <button class="btn" type="button" @click=${() => this.dialog.close()}>Cancel</button>
            <button class="btn primary" type="submit">Save</button>
          </div>
        </form>
      </dialog>
    `;
  }

  private map(code: string, select: HTMLSelectElement): void {
    const variable = this.template?.variables.find((candidate) => candidate.code === code);
    if (!variable) return;
    const value = select.value;
    const result = mapVariable(this.binding, variable, value === '' ? undefined : (value as EventField), this.event);
    if (result.ok) {
      this.binding = result.binding;
      this.error = '';
    } else {
      // Refused: the select goes back to what the mapping holds.
      select.value = this.binding.inputs[code] ?? '';
      this.error = result.error;
    }
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    const binding = this.binding;
    this.resolve?.(binding);
    this.resolve = undefined;
    this.dialog.close();
  }

  private finish(binding: ProcessBinding | undefined): void {
    const resolve = this.resolve;
    this.resolve = undefined;
    resolve?.(binding);
  }
}
