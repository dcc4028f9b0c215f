/**
 * The filter panel of the Sessions app (spec §4.7): state (In spam included), live chat,
 * operator, priority, creation dates, name, and conditions on custom parameters; Apply and Clear;
 * the user's saved filters to apply or delete, and "Save filter as" a name.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { LineDto } from '../../common/api';
import { filterOperatorsFor } from '../../common/parameters/parameter-index';
import type { ParameterDefinition } from '../../common/parameters/parameter-definition';
import { SESSION_PRIORITY_LABELS, SESSION_STATE_LABELS, type SavedFilterDto } from '../../common/sessions-app-api';
import { operatorLabel } from '../administration/condition-editor-model';
import { selects } from '../shared/controls.styles';
import { plusIcon, trashIcon } from '../shared/icons';
import { buttons, fields, tokens } from '../shared/ui.styles';
import { SavedFilterActionEvent, SessionsFilterApplyEvent, SessionsFilterSaveEvent } from './sessions-app-events';
import { EMPTY_FILTER, type ParamCondition, type SessionsFilter } from './sessions-app-model';
import { sessionsFilterStyles } from './sessions-filter.styles';

export interface Person {
  id: string;
  name: string;
}

type Field = Exclude<keyof SessionsFilter, 'conditions'>;

export class SessionsFilterElement extends LitElement {
  static override styles = [tokens, buttons, fields, selects, sessionsFilterStyles];

  @property({ attribute: false }) filter: SessionsFilter = EMPTY_FILTER;
  @property({ attribute: false }) lines: LineDto[] = [];
  @property({ attribute: false }) operators: Person[] = [];
  @property({ attribute: false }) parameters: ParameterDefinition[] = [];
  @property({ attribute: false }) savedFilters: SavedFilterDto[] = [];

  @state() private draft: SessionsFilter = EMPTY_FILTER;
  @state() private saveName = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('filter')) this.draft = { ...this.filter, conditions: [...this.filter.conditions] };
  }

  private get filterable(): ParameterDefinition[] {
    return this.parameters.filter((def) => filterOperatorsFor(def).length > 0);
  }

  private set(field: Field, value: string): void {
    this.draft = { ...this.draft, [field]: value || undefined };
  }

  private setCondition(index: number, change: Partial<ParamCondition>): void {
    const conditions = this.draft.conditions.map((condition, i) => {
      if (i !== index) return condition;
      const next = { ...condition, ...change };
      if (change.code) next.operator = filterOperatorsFor(this.parameters.find((def) => def.code === change.code)!)[0];
      return next;
    });
    this.draft = { ...this.draft, conditions };
  }

  private addCondition(): void {
    const first = this.filterable[0];
    if (first) this.draft = { ...this.draft, conditions: [...this.draft.conditions, { code: first.code, operator: filterOperatorsFor(first)[0], value: '' }] };
  }

  private apply(event: Event): void {
    event.preventDefault();
    this.dispatchEvent(new SessionsFilterApplyEvent(this.draft));
  }

  private save(): void {
    const name = this.saveName.trim();
    if (!name) return;
    this.dispatchEvent(new SessionsFilterSaveEvent(name, this.draft));
    this.saveName = '';
  }

  private select(field: Field, label: string, options: Array<[string, string]>, anyLabel = 'Any') {
    return html`<div class="field">
      <label for="f-${field}">${label}</label>
      <select id="f-${field}" .value=${this.draft[field] ?? ''} @change=${(e: Event) => this.set(field, (e.target as HTMLSelectElement).value)}>
        <option value="">${anyLabel}</option>
        ${options.map(([value, text]) => html`<option value=${value} ?selected=${this.draft[field] === value}>${text}</option>`)}
      </select>
    </div>`;
  }

  override render() {
    const d = this.draft;
    return html`<form class="panel" aria-label="Filter sessions" @submit=${this.apply}>
      <div class="grid">
        ${this.select('state', 'State', Object.entries(SESSION_STATE_LABELS))}
        ${this.select('lineId', 'Live chat', this.lines.map((line) => [line.id, line.name]))}
        ${this.select('operatorId', 'Operator', this.operators.map((person) => [person.id, person.name]))}
        ${this.select('priority', 'Priority', [...Object.entries(SESSION_PRIORITY_LABELS).reverse(), ['none', 'Priority not set']])}
        <div class="field">
          <label for="f-from">Created from</label>
          <input id="f-from" type="date" .value=${d.createdFrom ?? ''} @change=${(e: Event) => this.set('createdFrom', (e.target as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="f-to">Created to</label>
          <input id="f-to" type="date" .value=${d.createdTo ?? ''} @change=${(e: Event) => this.set('createdTo', (e.target as HTMLInputElement).value)} />
        </div>
        <div class="field wide">
          <label for="f-search">Name contains</label>
          <input id="f-search" type="search" maxlength="200" .value=${d.search ?? ''} @input=${(e: Event) => this.set('search', (e.target as HTMLInputElement).value)} />
        </div>
      </div>
      ${this.renderConditions()}
      <div class="actions">
        <button class="btn primary" type="submit">Apply</button>
        <button class="btn" type="button" @click=${() => this.dispatchEvent(new SessionsFilterApplyEvent(EMPTY_FILTER))}>Clear</button>
        <span class="spacer"></span>
        <label class="visually-hidden" for="f-save">Name of the filter</label>
        <input id="f-save" type="text" maxlength="100" placeholder="Name this filter" .value=${this.saveName} @input=${(e: Event) => (this.saveName = (e.target as HTMLInputElement).value)} @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && (e.preventDefault(), this.save())} />
        <button class="btn" type="button" ?disabled=${!this.saveName.trim()} @click=${this.save}>Save filter</button>
      </div>
      ${this.renderSaved()}
    </form>`;
  }

  private renderConditions() {
    if (this.filterable.length === 0) return nothing;
    return html`<fieldset class="conditions">
      <legend>Session parameters</legend>
      ${this.draft.conditions.map((condition, index) => {
        const def = this.parameters.find((candidate) => candidate.code === condition.code);
        const needsValue = condition.operator !== 'empty' && condition.operator !== 'notEmpty';
        return html`<div class="condition" data-testid="param-condition">
          <select aria-label="Parameter" .value=${condition.code} @change=${(e: Event) => this.setCondition(index, { code: (e.target as HTMLSelectElement).value })}>
            ${this.filterable.map((p) => html`<option value=${p.code} ?selected=${p.code === condition.code}>${p.name}</option>`)}
          </select>
          <select aria-label="Condition" .value=${condition.operator} @change=${(e: Event) => this.setCondition(index, { operator: (e.target as HTMLSelectElement).value })}>
            ${(def ? filterOperatorsFor(def) : []).map((op) => html`<option value=${op} ?selected=${op === condition.operator}>${operatorLabel(op, def)}</option>`)}
          </select>
          ${needsValue
            ? html`<input type="text" aria-label="Value" .value=${condition.value} @input=${(e: Event) => this.setCondition(index, { value: (e.target as HTMLInputElement).value })} />`
            : html`<span></span>`}
          <button class="btn subtle icon" type="button" aria-label="Remove condition" @click=${() => (this.draft = { ...this.draft, conditions: this.draft.conditions.filter((_, i) => i !== index) })}>
            ${trashIcon}
          </button>
        </div>`;
      })}
      <button class="btn subtle" type="button" @click=${this.addCondition}>${plusIcon} Add condition</button>
    </fieldset>`;
  }

  private renderSaved() {
    return html`<section class="saved" aria-labelledby="saved-title">
      <h3 id="saved-title">Saved filters</h3>
      ${this.savedFilters.length === 0
        ? html`<p class="hint">No saved filters yet. Set a filter, name it and press Save filter to find it here next time.</p>`
        : html`<ul>
            ${this.savedFilters.map(
              (saved) => html`<li data-testid="saved-filter">
                <button class="btn subtle link" type="button" @click=${() => this.dispatchEvent(new SavedFilterActionEvent('apply', saved.id))}>${saved.name}</button>
                <button class="btn subtle icon" type="button" aria-label="Delete saved filter ${saved.name}" @click=${() => this.dispatchEvent(new SavedFilterActionEvent('delete', saved.id))}>
                  ${trashIcon}
                </button>
              </li>`,
            )}
          </ul>`}
    </section>`;
  }
}
