/**
 * The conditions of a routing rule (spec §3.2): rows of Attribute · Operator · Value joined by
 * AND / OR / OR NOT / AND NOT, "+Add condition", selected neighbours wrapped into a group and
 * groups unwrapped, rows removed. Edits go through condition-editor-model; every change fires
 * `lc-condition-change` with the new tree. The problems of each row are shown under it.
 */
import { LineChannelType } from '@elma365/sdk-types';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ParameterDefinition } from '../../common/parameters/parameter-types';
import { CONDITION_JOINS, CONDITION_ROWS_MAX, type ConditionJoin } from '../../common/routing/routing-condition';
import { smallButtons } from '../shared/controls.styles';
import { buttons, fields, tokens } from '../shared/ui.styles';
import { conditionBuilderStyles } from './condition-builder.styles';
import {
  attributeOptions,
  CHANNEL_TYPE_LABELS,
  DAY_LABELS,
  JOIN_LABELS,
  operatorLabel,
  operatorsFor,
  paramOf,
  valueKind,
  withAttribute,
  withOperator,
} from './condition-editor-model';
import {
  addRow,
  groupItems,
  pathLabel,
  removeAt,
  rowCount,
  setJoin,
  ungroupAt,
  updateRow,
  type AttributeKey,
  type GroupDraft,
  type ItemDraft,
  type ItemPath,
  type RowDraft,
} from './condition-tree-model';
import { paramValueInput } from './param-value-input';

export class ConditionChangeEvent extends Event {
  static readonly type = 'lc-condition-change';

  constructor(readonly value: GroupDraft) {
    super(ConditionChangeEvent.type, { bubbles: true, composed: true });
  }
}

type Named = { id: string; name: string };

const CHANNEL_TYPES = Object.values(LineChannelType).map((type) => ({ id: type, name: CHANNEL_TYPE_LABELS[type] }));
const DAYS = DAY_LABELS.map((day) => ({ id: String(day.day), name: day.short, long: day.long }));

export class ConditionBuilderElement extends LitElement {
  static override styles = [tokens, buttons, fields, smallButtons, conditionBuilderStyles];

  @property({ attribute: false }) value: GroupDraft = { kind: 'group', key: 'root', joins: [], items: [] };
  @property({ attribute: false }) parameters: ParameterDefinition[] = [];
  /** The live chat's channels. */
  @property({ attribute: false }) channels: Named[] = [];
  /** Every live chat. */
  @property({ attribute: false }) lines: Named[] = [];
  /** For user parameters. */
  @property({ attribute: false }) users: Named[] = [];
  /** By row path (`2.1`). */
  @property({ attribute: false }) problems: ReadonlyMap<string, string> = new Map();

  @state() private selected = new Set<string>();
  @state() private groupError = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A removed row, or another rule, leaves nothing selected behind.
    if (changed.has('value') && this.selected.size > 0) {
      const keys = new Set<string>();
      const collect = (group: GroupDraft): void =>
        group.items.forEach((item) => {
          keys.add(item.key);
          if (item.kind === 'group') collect(item);
        });
      collect(this.value);
      const kept = [...this.selected].filter((key) => keys.has(key));
      if (kept.length !== this.selected.size) this.selected = new Set(kept);
    }
  }

  override render() {
    const tree = this.value;
    const full = rowCount(tree) >= CONDITION_ROWS_MAX;
    return html`
      ${tree.items.length === 0
        ? html`<p class="empty" data-testid="no-conditions">No conditions: the rule applies to every new session.</p>`
        : html`<div class="items" role="list" aria-label="Conditions">${tree.items.map((item, index) => this.renderItem(item, [index]))}</div>`}
      <div class="toolbar">
        <button class="btn small" type="button" ?disabled=${full} @click=${() => this.add([])}>+Add condition</button>
        <button
          class="btn small"
          type="button"
          ?disabled=${this.selected.size < 2}
          title="Wrap the selected neighbouring conditions into a group"
          @click=${this.group}
        >
          Group${this.selected.size > 0 ? ` (${this.selected.size})` : ''}
        </button>
        ${this.groupError ? html`<span class="error-text" role="alert">${this.groupError}</span>` : nothing}
        ${full ? html`<span class="hint">A rule may have at most ${CONDITION_ROWS_MAX} conditions.</span>` : nothing}
      </div>
    `;
  }

  private renderItem(item: ItemDraft, path: ItemPath): TemplateResult {
    return item.kind === 'group' ? this.renderGroup(item, path) : this.renderRow(item, path);
  }

  /** The select of the join with everything before; the first item of a group has none. */
  private renderJoin(path: ItemPath, join: ConditionJoin | undefined) {
    const label = pathLabel(path);
    if (join === undefined) return html`<span class="join first" aria-hidden="true">${path.length === 1 ? 'If' : ''}</span>`;
    return html`<select class="join" aria-label="Join of condition ${label}" @change=${(event: Event) => this.change(setJoin(this.value, path, (event.target as HTMLSelectElement).value as ConditionJoin))}>
      ${CONDITION_JOINS.map((option) => html`<option value=${option} ?selected=${option === join}>${JOIN_LABELS[option]}</option>`)}
    </select>`;
  }

  private joinOf(path: ItemPath): ConditionJoin | undefined {
    const index = path[path.length - 1];
    if (index === 0) return undefined;
    let group = this.value;
    for (const step of path.slice(0, -1)) group = group.items[step] as GroupDraft;
    return group.joins[index - 1];
  }

  private renderSelect(item: ItemDraft, path: ItemPath) {
    return html`<input
      type="checkbox"
      class="pick"
      aria-label="Select condition ${pathLabel(path)}"
      .checked=${this.selected.has(item.key)}
      @change=${(event: Event) => this.toggle(item.key, (event.target as HTMLInputElement).checked)}
    />`;
  }

  private renderGroup(group: GroupDraft, path: ItemPath): TemplateResult {
    const label = pathLabel(path);
    return html`<div class="group" role="listitem" data-testid="condition-group" aria-label="Group ${label}">
      <div class="line">
        ${this.renderSelect(group, path)} ${this.renderJoin(path, this.joinOf(path))}
        <span class="group-label">Group ${label}</span>
        <span class="spacer"></span>
        <button class="btn subtle small" type="button" @click=${() => this.add(path)}>+Add condition</button>
        <button class="btn subtle small" type="button" aria-label="Ungroup group ${label}" @click=${() => this.change(ungroupAt(this.value, path))}>Ungroup</button>
        <button class="btn subtle small danger-text remove" type="button" aria-label="Remove group ${label}" title="Remove the group" @click=${() => this.removeItem(path)}>×</button>
      </div>
      ${this.problems.get(label) ? html`<div class="error-text problem">${this.problems.get(label)}</div>` : nothing}
      <div class="items" role="list" aria-label="Conditions of group ${label}">${group.items.map((item, index) => this.renderItem(item, [...path, index]))}</div>
    </div>`;
  }

  private renderRow(row: RowDraft, path: ItemPath): TemplateResult {
    const label = pathLabel(path);
    const defs = this.parameters;
    const def = paramOf(row.attribute, defs);
    const operators = operatorsFor(row.attribute, defs);
    const problem = this.problems.get(label);
    const kind = valueKind(row, defs);
    const problemId = `problem-${row.key}`;
    const wide = kind === 'days' || kind === 'channels' || kind === 'channelTypes' || kind === 'lines';
    const value = this.renderValue(row, path, problem ? problemId : undefined, Boolean(problem));
    return html`<div class="row" role="listitem" data-testid="condition-row" aria-label="Condition ${label}">
      <div class="line">
        ${this.renderSelect(row, path)} ${this.renderJoin(path, this.joinOf(path))}
        <select
          class="attribute"
          aria-label="Attribute of condition ${label}"
          aria-invalid=${row.attribute === '' && problem ? 'true' : 'false'}
          @change=${(event: Event) => this.updateRow(path, (current) => withAttribute(current, (event.target as HTMLSelectElement).value as AttributeKey, defs))}
        >
          <option value="" ?selected=${row.attribute === ''} disabled>Select attribute</option>
          ${attributeOptions(defs).map((option) => html`<option value=${option.key} ?selected=${option.key === row.attribute}>${option.label}</option>`)}
          ${row.attribute.startsWith('param:') && !def ? html`<option value=${row.attribute} selected>${row.attribute.slice(6)} (removed)</option>` : nothing}
        </select>
        ${row.attribute === ''
          ? nothing
          : operators.length === 1
            ? html`<span class="operator fixed">${operatorLabel(operators[0], def)}</span>`
            : html`<select
              class="operator"
              aria-label="Operator of condition ${label}"
              @change=${(event: Event) => this.updateRow(path, (current) => withOperator(current, (event.target as HTMLSelectElement).value, defs))}
            >
              ${operators.map((operator) => html`<option value=${operator} ?selected=${operator === row.operator}>${operatorLabel(operator, def)}</option>`)}
            </select>`}
        ${wide ? nothing : value}
        <span class="spacer"></span>
        <button class="btn subtle small danger-text remove" type="button" aria-label="Remove condition ${label}" title="Remove the condition" @click=${() => this.removeItem(path)}>
          ×
        </button>
      </div>
      ${wide ? html`<div class="under">${value}</div>` : nothing}
      ${problem ? html`<div class="error-text problem" id=${problemId}>${problem}</div>` : nothing}
    </div>`;
  }

  private renderValue(row: RowDraft, path: ItemPath, describedBy: string | undefined, invalid: boolean) {
    const label = `Value of condition ${pathLabel(path)}`;
    const set = (change: Partial<RowDraft>): void => this.updateRow(path, (current) => ({ ...current, ...change }));
    const text = (type: string, value: string, name: string, key: 'text' | 'to') => html`<input
      class="value ${type}"
      type=${type}
      aria-label=${name}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${describedBy ?? nothing}
      autocomplete="off"
      .value=${value}
      @input=${(event: Event) => set({ [key]: (event.target as HTMLInputElement).value })}
    />`;
    const kind = valueKind(row, this.parameters);
    switch (kind) {
      case 'none':
        return nothing;
      case 'time':
        return text('time', row.text, label, 'text');
      case 'timeRange':
        return html`${text('time', row.text, `${label}: from`, 'text')}<span class="and">and</span>${text('time', row.to, `${label}: to`, 'to')}`;
      case 'yesNo':
        return html`<select class="value" aria-label=${label} @change=${(event: Event) => set({ text: (event.target as HTMLSelectElement).value })}>
          <option value="yes" ?selected=${row.text === 'yes'}>Yes</option>
          <option value="no" ?selected=${row.text === 'no'}>No</option>
        </select>`;
      case 'text':
        return text('text', row.text, label, 'text');
      case 'days':
        return this.renderChecks(row, path, label, DAYS, describedBy);
      case 'channels':
        return this.renderChecks(row, path, label, this.known(this.channels, row.list, 'removed channel'), describedBy);
      case 'lines':
        return this.renderChecks(row, path, label, this.known(this.lines, row.list, 'removed live chat'), describedBy);
      case 'channelTypes':
        return this.renderChecks(row, path, label, CHANNEL_TYPES, describedBy);
    }
    const def = paramOf(row.attribute, this.parameters);
    if (!def) return nothing;
    return html`<span class="value param">${paramValueInput(def, {
      id: `value-${row.key}`,
      label,
      text: row.text,
      users: this.users,
      invalid,
      describedBy,
      onInput: (value) => set({ text: value }),
    })}</span>`;
  }

  /** The choices, and any chosen id that is not among them any more. */
  private known(choices: readonly Named[], chosen: readonly string[], what: string): Named[] {
    return [...choices, ...chosen.filter((id) => !choices.some((choice) => choice.id === id)).map((id) => ({ id, name: `A ${what}` }))];
  }

  private renderChecks(row: RowDraft, path: ItemPath, label: string, choices: readonly (Named & { long?: string })[], describedBy: string | undefined) {
    return html`<fieldset class="checks" aria-describedby=${describedBy ?? nothing}>
      <legend class="visually-hidden">${label}</legend>
      ${choices.length === 0 ? html`<span class="hint">Nothing to choose from.</span>` : nothing}
      ${choices.map(
        (choice) => html`<label class="check-chip" title=${choice.long ?? choice.name}>
          <input
            type="checkbox"
            .checked=${row.list.includes(choice.id)}
            @change=${(event: Event) => {
              const on = (event.target as HTMLInputElement).checked;
              this.updateRow(path, (current) => ({ ...current, list: on ? [...current.list, choice.id] : current.list.filter((id) => id !== choice.id) }));
            }}
          />
          ${choice.name}
        </label>`,
      )}
    </fieldset>`;
  }

  // Edits -------------------------------------------------------------------------------------

  private change(tree: GroupDraft): void {
    this.value = tree;
    this.groupError = '';
    this.dispatchEvent(new ConditionChangeEvent(tree));
  }

  private updateRow(path: ItemPath, change: (row: RowDraft) => RowDraft): void {
    this.change(updateRow(this.value, path, change));
  }

  private async add(groupPath: ItemPath): Promise<void> {
    const { tree, row } = addRow(this.value, groupPath);
    this.change(tree);
    await this.updateComplete;
    // The new row's attribute select takes the focus, so the keyboard goes on from there.
    const rows = [...this.renderRoot.querySelectorAll<HTMLElement>('[data-testid="condition-row"]')];
    const index = [...this.allRows(tree)].findIndex((candidate) => candidate.key === row.key);
    rows[index]?.querySelector<HTMLSelectElement>('select.attribute')?.focus();
  }

  private *allRows(group: GroupDraft): Generator<RowDraft> {
    for (const item of group.items) {
      if (item.kind === 'row') yield item;
      else yield* this.allRows(item);
    }
  }

  private removeItem(path: ItemPath): void {
    this.change(removeAt(this.value, path));
  }

  private toggle(key: string, on: boolean): void {
    const next = new Set(this.selected);
    if (on) next.add(key);
    else next.delete(key);
    this.selected = next;
    this.groupError = '';
  }

  private group(): void {
    const result = groupItems(this.value, this.selected);
    if (!result.ok) {
      this.groupError = result.error;
      return;
    }
    this.selected = new Set();
    this.change(result.tree);
  }
}
