/**
 * "… › Start business process" of a session (spec §8.2): pick a process and start it at once; the
 * dialog then says how the run ended. Fires `lc-session-change` (action `process`) after a start,
 * since a process may change the session (its parameters, its operator…).
 */
import { consume } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import type { ProcessStartDto, ProcessTemplateDto, SessionDto } from '../../common/api';
import type { ApiClient } from '../services/api-client';
import { errorMessage } from '../services/api-error';
import { apiClientContext } from '../services/contexts';
import { dialogStyles } from '../shared/dialog.styles';
import { filterPickerItems } from '../shared/picker-menu-model';
import { buttons, fields, tokens } from '../shared/ui.styles';
import { SessionChangeEvent } from './desk-events';
import { processOutcome } from './desk-model';
import { processStartDialogStyles } from './process-start-dialog.styles';

export class ProcessStartDialogElement extends LitElement {
  static override styles = [tokens, buttons, fields, dialogStyles, processStartDialogStyles];

  @consume({ context: apiClientContext }) private api!: ApiClient;

  @state() private session?: SessionDto;
  @state() private templates?: ProcessTemplateDto[];
  @state() private query = '';
  @state() private chosen = '';
  @state() private starting = false;
  @state() private error = '';
  @state() private result?: { template: string; outcome: ReturnType<typeof processOutcome> };

  @query('dialog') private dialog!: HTMLDialogElement;

  async open(session: SessionDto): Promise<void> {
    this.session = session;
    this.query = '';
    this.chosen = '';
    this.error = '';
    this.result = undefined;
    this.starting = false;
    await this.updateComplete;
    this.dialog.showModal();
    await this.load();
  }

  private async load(): Promise<void> {
    try {
      const templates = await this.api.listProcessTemplates();
      this.templates = [...templates].sort((a, b) => a.name.localeCompare(b.name));
      this.error = '';
    } catch (error) {
      this.templates ??= [];
      this.error = errorMessage(error);
    }
  }

  override render() {
    return html`
      <dialog aria-labelledby="ps-title" data-testid="process-start-dialog">
        <form @submit=${this.onSubmit}>
          <div class="dialog-head">
            <h2 id="ps-title">Start business process</h2>
            <button class="btn subtle close" type="button" aria-label="Close" @click=${() => this.dialog.close()}>×</button>
          </div>
          <div class="dialog-body">${this.result ? this.renderResult() : this.renderChoice()}</div>
          <div class="dialog-foot">
            ${this.result
              ? html`<button class="btn primary" type="button" @click=${() => this.dialog.close()}>Done</button>`
              : html`<button class="btn" type="button" @click=${() => this.dialog.close()}>Cancel</button>
                  <button class="btn primary" type="submit" ?disabled=${!this.chosen || this.starting}>${this.starting ? 'Starting…' : 'Start'}</button>`}
          </div>
        </form>
      </dialog>
    `;
  }

  private renderChoice() {
    const templates = this.templates;
    const shown = templates
      ? filterPickerItems(
          templates.map((template) => ({ value: template.code, label: template.name, detail: template.code })),
          this.query,
        )
      : [];
    return html`
      <p class="note">The process starts at once on behalf of you, for the session "${this.session?.name ?? ''}".</p>
      <input
        type="search"
        aria-label="Find a process"
        placeholder="Find a process"
        autocomplete="off"
        .value=${this.query}
        @input=${(event: Event) => (this.query = (event.target as HTMLInputElement).value)}
      />
      ${templates === undefined
        ? html`<div class="muted" role="status">Loading processes…</div>`
        : shown.length === 0
          ? html`<div class="muted">${templates.length === 0 ? 'There are no processes.' : 'No process matches.'}</div>`
          : html`<fieldset class="choices">
              <legend class="visually-hidden">Process</legend>
              ${shown.map(
                (item) => html`<label class="choice ${this.chosen === item.value ? 'chosen' : ''}" data-testid="process-choice">
                  <input
                    type="radio"
                    name="process"
                    .value=${item.value}
                    .checked=${this.chosen === item.value}
                    @change=${() => (this.chosen = item.value)}
                  />
                  <span class="choice-text">
                    <span class="choice-name">${item.label}</span>
                    <code>${item.detail}</code>
                  </span>
                </label>`,
              )}
            </fieldset>`}
      ${this.error ? html`<div class="banner error" role="alert">${this.error}</div>` : nothing}
    `;
  }

  private renderResult() {
    const result = this.result!;
    return html`<div class="result ${result.outcome.kind}" role="status" data-testid="process-result">
      <strong>${result.template}</strong>
      <span>${result.outcome.text}</span>
    </div>`;
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const session = this.session;
    const template = this.templates?.find((candidate) => candidate.code === this.chosen);
    if (!session || !template || this.starting) return;
    this.starting = true;
    this.error = '';
    try {
      const started: ProcessStartDto = await this.api.startProcess(session.id, template.code);
      this.result = { template: template.name, outcome: processOutcome(started) };
      this.dispatchEvent(new SessionChangeEvent(session, 'process'));
    } catch (error) {
      this.error = errorMessage(error);
    } finally {
      this.starting = false;
    }
  }
}
