/**
 * The Business Processes tab of a live chat (spec §2.7): for each of the three events, the process
 * it starts ("Select", with a way to clear it) and "Input parameters › Configure". Save sends the
 * whole set of bindings; the server checks them against the processes again.
 */
import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { LineDto, ProcessTemplateDto } from '../../common/api';
import { LINE_EVENT_LABELS, LINE_EVENTS, type LineEvent, type ProcessBindings } from '../../common/process-bindings';
import type { ApiClient } from '../services/api-client';
import { errorMessage } from '../services/api-error';
import { apiClientContext } from '../services/contexts';
import { smallButtons } from '../shared/controls.styles';
import { loadErrorBanner } from '../shared/load-error-banner';
import type { MenuPickEvent, PickerItem } from '../shared/picker-menu';
import { sectionCards } from '../shared/section.styles';
import { buttons, fields, tokens } from '../shared/ui.styles';
import type { BindingDialogElement } from './binding-dialog';
import { LineSaveEvent } from './line-events';
import { lineProcessesStyles } from './line-processes.styles';
import { lineSettingsStyles } from './line-settings.styles';
import { bindingsProblems, bindingSummary, clearTemplate, sameBindings, selectTemplate, setBinding } from './process-bindings-model';

export class LineProcessesElement extends LitElement {
  static override styles = [tokens, buttons, fields, smallButtons, sectionCards, lineSettingsStyles, lineProcessesStyles];

  @consume({ context: apiClientContext }) private api!: ApiClient;

  @property({ attribute: false }) line?: LineDto;

  @state() private templates?: ProcessTemplateDto[];
  @state() private loadError = '';
  @state() private draft: ProcessBindings = {};
  @state() private saving = false;
  @state() private error = '';
  @state() private saved = false;

  @query('lc-binding-dialog') private dialog!: BindingDialogElement;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadTemplates();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('line') && this.line && changed.get('line')?.id !== this.line.id) {
      this.draft = structuredClone(this.line.processBindings ?? {});
      this.error = '';
      this.saved = false;
    }
  }

  private async loadTemplates(): Promise<void> {
    try {
      const templates = await this.api.listProcessTemplates();
      this.templates = [...templates].sort((a, b) => a.name.localeCompare(b.name));
      this.loadError = '';
    } catch (error) {
      this.templates = undefined;
      this.loadError = errorMessage(error);
    }
  }

  override render() {
    const line = this.line;
    if (!line) return nothing;
    const changed = !sameBindings(this.draft, line.processBindings ?? {});
    const problems = this.templates ? bindingsProblems(this.draft, this.templates) : [];
    const items: PickerItem[] = (this.templates ?? []).map((template) => ({ value: template.code, label: template.name, detail: template.code }));
    return html`
      <form @submit=${this.onSubmit}>
        <section aria-labelledby="h-processes">
          <h2 id="h-processes">Business processes</h2>
          <p class="section-note">
            Start a process when something happens in this live chat, and fill its variables from the event. Processes never start
            for spam sessions.
          </p>
          ${this.loadError ? loadErrorBanner('The list of processes', this.loadError, () => this.loadTemplates()) : nothing}
          <ul class="events">
            ${LINE_EVENTS.map((event) => this.renderEvent(event, items))}
          </ul>
        </section>
        ${this.error ? html`<div class="banner error" role="alert">${this.error}</div>` : nothing}
        <div class="actions">
          <button class="btn primary" type="submit" ?disabled=${!changed || problems.length > 0 || this.saving}>
            ${this.saving ? 'Saving…' : 'Save'}
          </button>
          ${this.saved && !changed ? html`<span class="saved" role="status">Business processes saved</span>` : nothing}
        </div>
      </form>
      <lc-binding-dialog></lc-binding-dialog>
    `;
  }

  private renderEvent(event: LineEvent, items: PickerItem[]) {
    const label = LINE_EVENT_LABELS[event];
    const binding = this.draft[event];
    const summary = binding && this.templates ? bindingSummary(event, binding, this.templates) : undefined;
    const template = binding && this.templates?.find((candidate) => candidate.code === binding.templateCode);
    return html`<li class="event" data-testid="process-event" data-event=${event} aria-labelledby="ev-${event}">
      <div class="event-main">
        <h3 id="ev-${event}">${label}</h3>
        <div class="process" data-testid="process-name">
          ${binding
            ? html`<span class="process-name">${summary?.templateName ?? binding.templateCode}</span>
                <code>${binding.templateCode}</code>`
            : html`<span class="none">No process</span>`}
        </div>
        ${binding && template
          ? html`<div class="inputs">
              <span class="inputs-label">Input parameters</span>
              <span class="inputs-state" data-testid="inputs-state">${summary?.inputs}</span>
              <button
                class="btn small"
                type="button"
                aria-label="Configure the input parameters: ${label}"
                @click=${() => this.configure(event)}
              >
                Configure
              </button>
            </div>`
          : nothing}
        ${summary?.problems.length
          ? html`<ul class="problems">
              ${summary.problems.map((problem) => html`<li class="error-text">${problem}</li>`)}
            </ul>`
          : nothing}
      </div>
      <div class="event-actions">
        <lc-picker-menu
          label="Select a process: ${label}"
          buttonText=${binding ? 'Change' : 'Select'}
          heading="Processes"
          searchable
          searchPlaceholder="Find a process"
          emptyText=${this.templates ? 'No process matches' : 'Loading processes…'}
          align="end"
          ?disabled=${!this.templates}
          .items=${items}
          @lc-menu-pick=${(pick: MenuPickEvent) => this.patch(selectTemplate(this.draft, event, pick.value))}
        ></lc-picker-menu>
        ${binding
          ? html`<button class="btn subtle danger-text" type="button" aria-label="Clear the process: ${label}" @click=${() => this.patch(clearTemplate(this.draft, event))}>
              Clear
            </button>`
          : nothing}
      </div>
    </li>`;
  }

  private async configure(event: LineEvent): Promise<void> {
    const binding = this.draft[event];
    const template = binding && this.templates?.find((candidate) => candidate.code === binding.templateCode);
    if (!binding || !template) return;
    const edited = await this.dialog.edit(event, binding, template);
    if (edited) this.patch(setBinding(this.draft, event, edited));
  }

  private patch(draft: ProcessBindings): void {
    this.draft = draft;
    this.error = '';
    this.saved = false;
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const line = this.line;
    if (!line || this.saving) return;
    this.saving = true;
    this.error = '';
    try {
      const updated = await this.api.updateLine(line.id, { processBindings: this.draft });
      this.line = updated;
      this.draft = structuredClone(updated.processBindings ?? {});
      this.saved = true;
      this.dispatchEvent(new LineSaveEvent(updated, false));
    } catch (error) {
      this.error = errorMessage(error);
    } finally {
      this.saving = false;
    }
  }
}
