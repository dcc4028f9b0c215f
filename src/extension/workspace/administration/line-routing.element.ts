/**
 * The Routing tab of a live chat (spec §2.3): Groups (Operators*, Supervisors*) and Capacity
 * (the most active sessions per operator, with limits for single operators), saved together with
 * Save; then the Rules block, whose changes are saved at once (rule-list.element.ts).
 */
import { consume } from '@lit/context';
import { OperatorStatusType, type HostGroup } from '@elma365/sdk-types';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { LineDto } from '../../common/api';
import { CAPACITY_MAX } from '../../common/operators';
import type { ParameterDefinition } from '../../common/parameters/parameter-types';
import type { OperatorDto } from '../../common/routing-api';
import type { ApiClient } from '../services/api-client';
import { errorMessage } from '../services/api-error';
import { apiClientContext } from '../services/contexts';
import { smallButtons } from '../shared/controls.styles';
import type { GroupsChangeEvent } from '../shared/group-picker';
import { loadErrorBanner } from '../shared/load-error-banner';
import { sectionCards } from '../shared/section.styles';
import { buttons, fields, tokens } from '../shared/ui.styles';
import {
  capacityChoices,
  newCapacityRow,
  routingDraftChanged,
  routingDraftFromLine,
  routingUpdateBody,
  validateRoutingDraft,
  type CapacityRowDraft,
  type RoutingDraft,
} from './line-routing-model';
import { lineRoutingStyles } from './line-routing.styles';
import { LineSaveController } from './line-save-controller';
import { lineSettingsStyles } from './line-settings.styles';

/** The Groups section: both are required. */
const GROUP_FIELDS: readonly { key: 'operatorGroupIds' | 'supervisorGroupIds'; label: string; hint: string }[] = [
  { key: 'operatorGroupIds', label: 'Operators', hint: 'Members take sessions from the common queue and see their own sessions.' },
  { key: 'supervisorGroupIds', label: 'Supervisors', hint: 'Members see every session of the live chat and assign them.' },
];

/** The input of a limit of active sessions: a whole number from 1 to CAPACITY_MAX. */
function limitInput(options: { id?: string; label?: string; placeholder?: string; describedBy?: string; invalid: boolean; value: string; onInput: (text: string) => void }) {
  return html`<input
    id=${options.id ?? nothing}
    class="number"
    type="number"
    inputmode="numeric"
    min="1"
    max=${CAPACITY_MAX}
    step="1"
    placeholder=${options.placeholder ?? nothing}
    aria-label=${options.label ?? nothing}
    aria-invalid=${options.invalid ? 'true' : 'false'}
    aria-describedby=${options.describedBy ?? nothing}
    .value=${options.value}
    @input=${(event: Event) => options.onInput((event.target as HTMLInputElement).value)}
  />`;
}

export class LineRoutingElement extends LitElement {
  static override styles = [tokens, buttons, fields, smallButtons, sectionCards, lineSettingsStyles, lineRoutingStyles];

  @consume({ context: apiClientContext }) private api!: ApiClient;

  @property({ attribute: false }) line?: LineDto;
  @property({ attribute: false }) groups: HostGroup[] = [];
  @property({ attribute: false }) parameters: ParameterDefinition[] = [];

  @state() private draft?: RoutingDraft;
  @state() private operators?: OperatorDto[];
  @state() private operatorsError = '';

  private readonly save = new LineSaveController(this, () => this.api);

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Only another live chat resets the form: a save on another tab must not drop edits here.
    if (changed.has('line') && this.line && changed.get('line')?.id !== this.line.id) {
      this.draft = routingDraftFromLine(this.line);
      this.save.clear();
      this.operators = undefined;
      void this.loadOperators();
    }
  }

  private async loadOperators(): Promise<void> {
    const lineId = this.line?.id;
    if (!lineId) return;
    this.operatorsError = '';
    try {
      const operators = await this.api.listOperators(lineId);
      if (this.line?.id === lineId) this.operators = [...operators].sort((a, b) => a.name.localeCompare(b.name));
    } catch (error) {
      if (this.line?.id === lineId) this.operatorsError = errorMessage(error);
    }
  }

  override render() {
    const line = this.line;
    const draft = this.draft;
    if (!line || !draft) return nothing;
    const errors = validateRoutingDraft(draft);
    const body = routingUpdateBody(line, draft);
    const changed = routingDraftChanged(line, draft);
    return html`
      <form @submit=${this.onSubmit} data-testid="routing-form">
        <section aria-labelledby="h-groups">
          <h2 id="h-groups">Groups</h2>
          ${GROUP_FIELDS.map(
            ({ key, label, hint }) => html`<lc-group-picker
                label=${label}
                required
                hint=${hint}
                .groups=${this.groups}
                .value=${draft[key]}
                @lc-groups-change=${(event: GroupsChangeEvent) => this.patch({ [key]: event.value })}
              ></lc-group-picker>
              ${errors[key] ? html`<p class="error-text field-error">${errors[key]}</p>` : nothing}`,
          )}
        </section>
        ${this.renderCapacity(draft, errors.maxSessions, errors.capacity)}
        ${this.save.error ? html`<div class="banner error" role="alert">${this.save.error}</div>` : nothing}
        <div class="actions">
          <button class="btn primary" type="submit" ?disabled=${!body || this.save.saving}>${this.save.saving ? 'Saving…' : 'Save'}</button>
          ${changed ? html`<button class="btn subtle" type="button" @click=${this.discard}>Discard changes</button>` : nothing}
          ${this.save.saved && !changed ? html`<span class="saved" role="status">Groups and capacity saved</span>` : nothing}
        </div>
      </form>
      <lc-rule-list .line=${line} .groups=${this.groups} .parameters=${this.parameters} .operators=${this.operators}></lc-rule-list>
    `;
  }

  private renderCapacity(draft: RoutingDraft, maxError: string | undefined, rowErrors: ReadonlyMap<string, string>) {
    const operators = this.operators ?? [];
    const nameOf = (userId: string): string => operators.find((operator) => operator.userId === userId)?.name ?? 'A user who is no longer an operator';
    return html`<section aria-labelledby="h-capacity" data-testid="routing-capacity">
      <h2 id="h-capacity">Capacity</h2>
      <p class="section-note">
        An operator at the limit is not given more sessions by the rules or by reassignment; sessions wait in the queue instead.
      </p>
      <div class="field">
        <label for="max-sessions">Maximum active sessions per operator</label>
        ${limitInput({
          id: 'max-sessions',
          placeholder: 'No limit',
          describedBy: 'max-sessions-hint max-sessions-error',
          invalid: Boolean(maxError),
          value: draft.maxSessions,
          onInput: (maxSessions) => this.patch({ maxSessions }),
        })}
        <span class="hint" id="max-sessions-hint">From 1 to ${CAPACITY_MAX}. Leave it empty for no limit.</span>
        <span class="error-text" id="max-sessions-error" ?hidden=${!maxError}>${maxError ?? ''}</span>
      </div>
      <div class="field">
        <span class="label" id="limits-label">Limits of single operators</span>
        <span class="hint">They replace the maximum above for these operators.</span>
        ${this.operatorsError ? loadErrorBanner('The operators', this.operatorsError, () => this.loadOperators()) : nothing}
        ${draft.capacity.length > 0
          ? html`<ul class="limits" aria-labelledby="limits-label">
              ${draft.capacity.map((row, index) => this.renderLimit(row, index, draft, rowErrors.get(row.key), nameOf))}
            </ul>`
          : nothing}
        <div>
          <button
            class="btn small"
            type="button"
            ?disabled=${!this.operators || capacityChoices(operators, draft.capacity, '').length === 0}
            @click=${() => this.addLimit()}
          >
            +Add operator limit
          </button>
          ${this.operators && operators.length === 0 ? html`<span class="hint">The operator groups have no members yet.</span>` : nothing}
        </div>
      </div>
    </section>`;
  }

  private renderLimit(row: CapacityRowDraft, index: number, draft: RoutingDraft, problem: string | undefined, nameOf: (userId: string) => string) {
    const operators = this.operators ?? [];
    const choices = capacityChoices(operators, draft.capacity, row.userId);
    const current = operators.find((operator) => operator.userId === row.userId);
    const who = row.userId ? nameOf(row.userId) : `limit ${index + 1}`;
    const update = (change: Partial<CapacityRowDraft>): void =>
      this.patch({ capacity: draft.capacity.map((other) => (other.key === row.key ? { ...other, ...change } : other)) });
    return html`<li class="limit" data-testid="capacity-row">
      <select aria-label="Operator of limit ${index + 1}" @change=${(event: Event) => update({ userId: (event.target as HTMLSelectElement).value })}>
        <option value="" disabled ?selected=${row.userId === ''}>Select operator</option>
        ${choices.map((operator) => html`<option value=${operator.userId} ?selected=${operator.userId === row.userId}>${operator.name}</option>`)}
        ${row.userId && !current ? html`<option value=${row.userId} selected>${nameOf(row.userId)}</option>` : nothing}
      </select>
      ${limitInput({ label: `Maximum active sessions of ${who}`, invalid: Boolean(problem), value: row.max, onInput: (max) => update({ max }) })}
      <span class="load">
        ${current ? html`${current.active} active · <span class="status ${current.status}">${current.status === OperatorStatusType.Online ? 'Online' : 'Offline'}</span>` : nothing}
      </span>
      <button
        class="btn subtle small danger-text"
        type="button"
        aria-label="Remove the limit of ${who}"
        @click=${() => this.patch({ capacity: draft.capacity.filter((other) => other.key !== row.key) })}
      >
        Remove
      </button>
      ${problem ? html`<span class="error-text limit-error">${problem}</span>` : nothing}
    </li>`;
  }

  private async addLimit(): Promise<void> {
    if (!this.draft) return;
    this.patch({ capacity: [...this.draft.capacity, newCapacityRow()] });
    await this.updateComplete;
    const selects = this.renderRoot.querySelectorAll<HTMLSelectElement>('.limit select');
    selects[selects.length - 1]?.focus();
  }

  private discard(): void {
    if (this.line) this.draft = routingDraftFromLine(this.line);
    this.save.error = '';
  }

  private patch(change: Partial<RoutingDraft>): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, ...change };
    this.save.clear();
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const line = this.line;
    const body = line && this.draft && routingUpdateBody(line, this.draft);
    if (!line || !body) return;
    const saved = await this.save.save(line, body, (updated) => {
      this.line = updated;
      this.draft = routingDraftFromLine(updated);
    });
    // Other groups, other operators.
    if (saved && body.operatorGroupIds) void this.loadOperators();
  }
}
