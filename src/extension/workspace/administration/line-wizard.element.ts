/**
 * The Live Chat Wizard (spec §2.1): shown on the Live Chats workspace and in Administration ›
 * Live Chats until the first live chat exists. Administrators go step by step (name → operators
 * → supervisors → who may write → create), then open the new live chat's settings or the desk;
 * everyone else learns that an administrator has to create one.
 */
import { consume } from '@lit/context';
import type { HostGroup } from '@elma365/sdk-types';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import type { LineDto } from '../../common/api';
import type { ApiClient } from '../services/api-client';
import { errorMessage } from '../services/api-error';
import { apiClientContext, viewerContext, type Viewer } from '../services/contexts';
import type { GroupsChangeEvent } from '../shared/group-picker';
import { groupNames } from '../shared/group-picker-model';
import { buttons, fields, tokens } from '../shared/ui.styles';
import { emptyDraft, type LineDraft } from './line-form-model';
import { canVisit, moveStep, stepIndex, stepProblem, WIZARD_STEPS, wizardBody, type WizardStep } from './line-wizard-model';
import { lineWizardStyles } from './line-wizard.styles';

/** The wizard created a live chat and the user chose where to go: its settings or the desk. */
export class LineWizardDoneEvent extends Event {
  static readonly type = 'lc-line-wizard-done';

  constructor(
    readonly line: LineDto,
    readonly goTo: 'settings' | 'desk',
  ) {
    super(LineWizardDoneEvent.type, { bubbles: true, composed: true });
  }
}

type GroupKey = 'operatorGroupIds' | 'supervisorGroupIds' | 'internalClientGroupIds';

export class LineWizardElement extends LitElement {
  static override styles = [tokens, buttons, fields, lineWizardStyles];

  @consume({ context: apiClientContext }) private api!: ApiClient;
  @consume({ context: viewerContext }) private viewer!: Viewer;

  @state() private groups: HostGroup[] = [];
  @state() private step: WizardStep = 'name';
  @state() private draft: LineDraft = emptyDraft();
  /** The user tried to go on from a step that is not done: its problem shows. */
  @state() private tried = false;
  @state() private saving = false;
  @state() private error = '';
  @state() private created?: LineDto;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.viewer.isAdministrator) void this.loadGroups();
  }

  private async loadGroups(): Promise<void> {
    try {
      this.groups = await this.api.listGroups();
    } catch (error) {
      this.error = `The groups could not be loaded: ${errorMessage(error)}`;
    }
  }

  protected override updated(changed: PropertyValues): void {
    if ((changed.has('step') && changed.get('step') !== undefined) || (changed.has('created') && this.created)) {
      this.renderRoot.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
  }

  override render() {
    if (!this.viewer.isAdministrator) {
      return html`<div class="card notice" data-testid="line-wizard">
        <strong>No live chats yet — ask an administrator</strong>
        <span>An administrator creates a live chat and chooses its operators and supervisors. If live chats exist, ask to be added to one.</span>
      </div>`;
    }
    return html`<div class="card" data-testid="line-wizard">
      <header>
        <h2>Set up your first live chat</h2>
        <p class="sub">A live chat is a contact-centre line: who answers, who supervises, who may write.</p>
      </header>
      ${this.created ? this.renderDone(this.created) : this.renderSteps()}
    </div>`;
  }

  private renderSteps() {
    const problem = stepProblem(this.step, this.draft);
    const last = this.step === 'review';
    return html`
      <ol class="steps" aria-label="Steps">
        ${WIZARD_STEPS.map(
          (step, index) => html`<li>
            <button
              type="button"
              class="step ${index < stepIndex(this.step) ? 'done' : ''}"
              aria-current=${step.id === this.step ? 'step' : 'false'}
              ?disabled=${!canVisit(step.id, this.draft)}
              @click=${() => this.go(step.id)}
            >
              <span class="num" aria-hidden="true">${index + 1}</span>${step.label}
            </button>
          </li>`,
        )}
      </ol>
      <form @submit=${this.onNext} novalidate>
        <div class="body">${this.renderStep()}</div>
        ${this.tried && problem ? html`<div class="error-text" role="alert">${problem}</div>` : nothing}
        ${this.error ? html`<div class="banner error" role="alert">${this.error}</div>` : nothing}
        <div class="foot">
          <button class="btn" type="button" ?hidden=${this.step === 'name'} @click=${() => this.go(moveStep(this.step, -1))}>Back</button>
          <button class="btn primary" type="submit" ?disabled=${this.saving}>
            ${last ? (this.saving ? 'Creating…' : 'Create live chat') : this.step === 'clients' && this.draft.internalClientGroupIds.length === 0 ? 'Skip' : 'Next'}
          </button>
        </div>
      </form>
    `;
  }

  private renderStep() {
    switch (this.step) {
      case 'name':
        return html`<div class="field">
          <label for="line-name">What is the live chat called?</label>
          <input
            id="line-name"
            type="text"
            data-autofocus
            autocomplete="off"
            maxlength="200"
            placeholder="e.g. Support"
            aria-describedby="line-name-hint"
            .value=${this.draft.name}
            @input=${(event: Event) => this.patch({ name: (event.target as HTMLInputElement).value })}
          />
          <span class="hint" id="line-name-hint">Employees see this name in Messages; operators see it in the Live Chats workspace.</span>
        </div>`;
      case 'operators':
        return this.picker('operatorGroupIds', 'Operators', 'Members of these groups take sessions from the queue and answer clients.');
      case 'supervisors':
        return this.picker('supervisorGroupIds', 'Supervisors', 'Members of these groups see every session of the live chat and assign them.');
      case 'clients':
        return this.picker(
          'internalClientGroupIds',
          'Internal clients (optional)',
          'Employees in these groups write to the live chat from Messages. Leave it empty for a live chat that only serves messengers, e-mail or the website.',
        );
      case 'review':
        return html`<dl class="review" data-autofocus tabindex="-1">
          <dt>Name</dt>
          <dd>${this.draft.name.trim()}</dd>
          <dt>Operators</dt>
          <dd>${groupNames(this.groups, this.draft.operatorGroupIds)}</dd>
          <dt>Supervisors</dt>
          <dd>${groupNames(this.groups, this.draft.supervisorGroupIds)}</dd>
          <dt>Who may write</dt>
          <dd>${this.draft.internalClientGroupIds.length ? groupNames(this.groups, this.draft.internalClientGroupIds) : 'Nobody from Messages yet'}</dd>
        </dl>`;
    }
  }

  private picker(key: GroupKey, label: string, hint: string) {
    return html`<lc-group-picker
      data-autofocus
      label=${label}
      hint="${hint} Groups made in the workspace's gear › Group settings are listed too."
      ?required=${key !== 'internalClientGroupIds'}
      .groups=${this.groups}
      .value=${this.draft[key]}
      @lc-groups-change=${(event: GroupsChangeEvent) => this.patch({ [key]: event.value })}
    ></lc-group-picker>`;
  }

  private renderDone(line: LineDto) {
    return html`<div class="done" role="status">
      <strong>“${line.name}” is ready</strong>
      <span>Its internal channel is on. Connect messengers, routing rules and processes in its settings, or start answering at the desk.</span>
      <div class="foot">
        <button class="btn primary" type="button" data-autofocus @click=${() => this.dispatchEvent(new LineWizardDoneEvent(line, 'settings'))}>
          Open its settings
        </button>
        <button class="btn" type="button" @click=${() => this.dispatchEvent(new LineWizardDoneEvent(line, 'desk'))}>Go to the desk</button>
      </div>
    </div>`;
  }

  private patch(change: Partial<LineDraft>): void {
    this.draft = { ...this.draft, ...change };
    this.error = '';
  }

  private go(step: WizardStep): void {
    if (!canVisit(step, this.draft)) return;
    this.step = step;
    this.tried = false;
  }

  private async onNext(event: Event): Promise<void> {
    event.preventDefault();
    if (stepProblem(this.step, this.draft)) {
      this.tried = true;
      return;
    }
    if (this.step !== 'review') return this.go(moveStep(this.step, 1));
    if (this.saving) return;
    this.saving = true;
    try {
      this.created = await this.api.createLine(wizardBody(this.draft));
    } catch (error) {
      this.error = errorMessage(error);
    } finally {
      this.saving = false;
    }
  }
}
