/**
 * Routing › Rules (spec §2.3, §3.2): the live chat's custom rules top-down, each with a one-line
 * summary of its conditions and action, "…" › Edit / Copy / Move up / Move down / Delete,
 * drag-and-drop (or Alt+↑/↓) to reorder, and "+Rule"; the Default rule always last. Every change
 * is saved at once through the Web API, and a refused reorder goes back.
 */
import { consume } from '@lit/context';
import type { HostGroup } from '@elma365/sdk-types';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { LineDto, ProcessTemplateDto } from '../../common/api';
import type { ParameterDefinition } from '../../common/parameters/parameter-types';
import type { OperatorDto } from '../../common/routing-api';
import type { RoutingRule } from '../../common/routing/routing-rule';
import type { ApiClient } from '../services/api-client';
import { errorMessage } from '../services/api-error';
import { apiClientContext } from '../services/contexts';
import type { ConfirmDialogElement } from '../shared/confirm-dialog';
import { moreIcon } from '../shared/icons';
import { loadErrorBanner } from '../shared/load-error-banner';
import type { MenuPickEvent, PickerItem } from '../shared/picker-menu';
import { moveItem } from '../shared/reorder';
import { sectionCards } from '../shared/section.styles';
import { buttons, fields, tokens } from '../shared/ui.styles';
import type { RuleDialogElement } from './rule-dialog';
import { acceptsRuleDrag, readRuleDrop, ruleDropIndexAt, startRuleDrag } from './rule-drag';
import { ruleListStyles } from './rule-list.styles';
import { actionSummary, conditionSummary, extrasSummary, type RuleNames } from './routing-rule-model';

export class RuleListElement extends LitElement {
  static override styles = [tokens, buttons, fields, sectionCards, ruleListStyles];

  @consume({ context: apiClientContext }) private api!: ApiClient;

  @property({ attribute: false }) line?: LineDto;
  @property({ attribute: false }) groups: HostGroup[] = [];
  @property({ attribute: false }) parameters: ParameterDefinition[] = [];
  /** The live chat's operators; undefined while loading or when they could not be loaded. */
  @property({ attribute: false }) operators?: OperatorDto[];

  @state() private rules?: RoutingRule[];
  @state() private loadError = '';
  @state() private error = '';
  @state() private busy = false;
  @state() private announcement = '';
  @state() private dropIndex = -1;
  @state() private lines: { id: string; name: string }[] = [];
  @state() private users: { id: string; name: string }[] = [];
  @state() private templates?: ProcessTemplateDto[];
  @state() private deleting?: RoutingRule;

  @query('lc-rule-dialog') private dialog!: RuleDialogElement;
  @query('lc-confirm-dialog') private confirm!: ConfirmDialogElement;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadLookups();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('line') && this.line && changed.get('line')?.id !== this.line.id) {
      this.rules = undefined;
      this.error = '';
      void this.loadRules();
    }
  }

  private async loadRules(): Promise<void> {
    const lineId = this.line?.id;
    if (!lineId) return;
    this.loadError = '';
    try {
      const rules = await this.api.listRules(lineId);
      if (this.line?.id === lineId) this.rules = rules;
    } catch (error) {
      if (this.line?.id === lineId) this.loadError = errorMessage(error);
    }
  }

  /** What the summaries and the dialog name: live chats, users, processes. Each may fail alone. */
  private async loadLookups(): Promise<void> {
    const [lines, users, templates] = await Promise.all([
      this.api.listLines().catch(() => undefined),
      this.api.listUsers().catch(() => undefined),
      this.api.listProcessTemplates().catch(() => undefined),
    ]);
    this.lines = (lines ?? []).map((line) => ({ id: line.id, name: line.name }));
    this.users = (users ?? []).map((user) => ({ id: user.id, name: user.name }));
    this.templates = templates && [...templates].sort((a, b) => a.name.localeCompare(b.name));
  }

  private get names(): RuleNames {
    const operators = (this.operators ?? []).map((operator) => ({ id: operator.userId, name: operator.name }));
    return {
      parameters: this.parameters,
      channels: this.line?.channels ?? [],
      lines: this.lines,
      groups: this.groups,
      users: [...operators, ...this.users],
      templates: this.templates ?? [],
    };
  }

  override render() {
    const rules = this.rules;
    return html`
      <section aria-labelledby="h-rules" data-testid="routing-rules">
        <div class="section-head">
          <div>
            <h2 id="h-rules">Rules</h2>
            <p class="section-note">
              New sessions are checked against the rules from the top; the first rule whose conditions hold routes the session. Changes
              here are saved at once.
            </p>
          </div>
          <button class="btn primary" type="button" ?disabled=${!rules || this.busy} @click=${() => this.edit()}>+Rule</button>
        </div>
        ${this.loadError ? loadErrorBanner('The rules', this.loadError, () => this.loadRules()) : nothing}
        ${this.error ? html`<div class="banner error" role="alert">${this.error}</div>` : nothing}
        <ol
          class="rules ${this.dropIndex >= 0 ? 'dropping' : ''}"
          aria-label="Routing rules, in the order they are checked"
          @dragover=${this.onDragOver}
          @dragleave=${this.onDragLeave}
          @drop=${this.onDrop}
        >
          ${rules === undefined
            ? this.loadError
              ? nothing
              : html`<li class="loading" role="status">Loading rules…</li>`
            : rules.length === 0
              ? html`<li class="empty" data-testid="no-rules">
                  No rules yet: every session follows the Default rule.
                  <button class="link" type="button" @click=${() => this.edit()}>+Rule</button> adds one.
                </li>`
              : rules.map((rule, index) => this.renderRule(rule, index, rules.length))}
          ${rules && rules.length > 0 && this.dropIndex === rules.length ? html`<li class="drop-line" aria-hidden="true"></li>` : nothing}
          <li class="rule default" data-testid="default-rule">
            <span class="grip" aria-hidden="true">⋮⋮</span>
            <span class="order" aria-hidden="true">${(rules?.length ?? 0) + 1}</span>
            <div class="rule-main">
              <span class="rule-name">Default rule</span>
              <span class="rule-text">First to start work takes it: new sessions go to the common queue of all operators.</span>
            </div>
            <span class="fixed">Always last</span>
          </li>
        </ol>
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      </section>
      <lc-rule-dialog></lc-rule-dialog>
      <lc-confirm-dialog
        danger
        heading=${`Delete the rule "${this.deleting?.name ?? ''}"?`}
        message="Sessions it would route will go to the next rule whose conditions hold, or to the Default rule. It cannot be restored."
        confirmLabel="Delete"
      ></lc-confirm-dialog>
    `;
  }

  private renderRule(rule: RoutingRule, index: number, count: number) {
    const names = this.names;
    const extras = extrasSummary(rule, names);
    const conditions = conditionSummary(rule.condition, names);
    const action = actionSummary(rule.action, names);
    const items: PickerItem[] = [
      { value: 'edit', label: 'Edit' },
      { value: 'copy', label: 'Copy' },
      ...(index > 0 ? [{ value: 'up', label: 'Move up', detail: 'Alt+↑' }] : []),
      ...(index < count - 1 ? [{ value: 'down', label: 'Move down', detail: 'Alt+↓' }] : []),
      { value: 'delete', label: 'Delete' },
    ];
    return html`${this.dropIndex === index ? html`<li class="drop-line" aria-hidden="true"></li>` : nothing}
      <li
        class="rule"
        draggable=${this.busy ? 'false' : 'true'}
        data-testid="rule-row"
        data-rule-id=${rule.id}
        data-index=${index}
        @dragstart=${(event: DragEvent) => this.onDragStart(event, index)}
        @dragend=${() => (this.dropIndex = -1)}
        @keydown=${(event: KeyboardEvent) => this.onRowKey(event, index)}
      >
        <span class="grip" aria-hidden="true" title="Drag to reorder">⋮⋮</span>
        <span class="order" aria-hidden="true">${index + 1}</span>
        <div class="rule-main">
          <button class="link rule-name" type="button" title="Edit (Alt+↑/↓ moves the rule)" aria-label="Rule ${index + 1} of ${count}: ${rule.name}. Edit" @click=${() => this.edit(rule)}>
            ${rule.name}
          </button>
          <span class="rule-text" data-testid="rule-conditions" title=${conditions}><span class="kw">If</span> ${conditions}</span>
          <span class="rule-text" data-testid="rule-action" title=${action}><span class="kw">Then</span> ${action}</span>
          ${extras.length > 0 ? html`<span class="extras">${extras.map((extra) => html`<span class="chip">${extra}</span>`)}</span>` : nothing}
        </div>
        <lc-picker-menu
          label="Actions: ${rule.name}"
          buttonClass="btn subtle icon"
          align="end"
          ?disabled=${this.busy}
          .items=${items}
          @lc-menu-pick=${(event: MenuPickEvent) => this.onMenu(event.value, rule, index)}
          ><span slot="button">${moreIcon}</span></lc-picker-menu
        >
      </li>`;
  }

  private onMenu(action: string, rule: RoutingRule, index: number): void {
    if (action === 'edit') void this.edit(rule);
    else if (action === 'copy') void this.copy(rule);
    else if (action === 'up') void this.move(index, index - 1);
    else if (action === 'down') void this.move(index, index + 1);
    else if (action === 'delete') void this.deleteRule(rule);
  }

  // Changes -----------------------------------------------------------------------------------

  private async edit(rule?: RoutingRule): Promise<void> {
    const line = this.line;
    if (!line || !this.rules) return;
    const saved = await this.dialog.open({
      line,
      rule,
      parameters: this.parameters,
      lines: this.lines,
      groups: this.groups,
      operators: this.operators,
      users: this.users,
      templates: this.templates,
    });
    if (!saved || this.line?.id !== line.id) return;
    const rules = this.rules ?? [];
    this.rules = rule ? rules.map((other) => (other.id === saved.id ? saved : other)) : [...rules, saved];
    this.announcement = rule ? `Rule "${saved.name}" saved` : `Rule "${saved.name}" added as rule ${this.rules.length}`;
    this.error = '';
  }

  private async copy(rule: RoutingRule): Promise<void> {
    const line = this.line;
    if (!line) return;
    await this.run(async () => {
      const copy = await this.api.copyRule(line.id, rule.id);
      // The server puts the copy right below the original; the list is read again to be sure of the order.
      this.rules = await this.api.listRules(line.id);
      this.announcement = `Rule "${copy.name}" added below "${rule.name}"`;
    });
  }

  private async deleteRule(rule: RoutingRule): Promise<void> {
    const line = this.line;
    if (!line) return;
    this.deleting = rule;
    await this.updateComplete;
    if (!(await this.confirm.ask())) return;
    await this.run(async () => {
      await this.api.deleteRule(line.id, rule.id);
      this.rules = (this.rules ?? []).filter((other) => other.id !== rule.id);
      this.announcement = `Rule "${rule.name}" deleted`;
    });
  }

  /** Moves a rule and saves the order; the list shows the new order at once and goes back if it is refused. */
  private async move(from: number, to: number): Promise<void> {
    const line = this.line;
    const before = this.rules;
    if (!line || !before || to < 0 || to >= before.length || from === to || this.busy) return;
    const rule = before[from];
    this.rules = moveItem(before, from, to);
    await this.run(
      async () => {
        this.rules = await this.api.reorderRules(line.id, (this.rules ?? []).map((other) => other.id));
        this.announcement = `Rule "${rule.name}" moved to position ${to + 1} of ${before.length}`;
      },
      () => (this.rules = before),
    );
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-rule-id="${rule.id}"] .rule-name`)?.focus();
  }

  private async run(action: () => Promise<void>, undo?: () => void): Promise<void> {
    this.busy = true;
    this.error = '';
    try {
      await action();
    } catch (error) {
      undo?.();
      this.error = errorMessage(error);
    } finally {
      this.busy = false;
    }
  }

  private onRowKey(event: KeyboardEvent, index: number): void {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    void this.move(index, event.key === 'ArrowUp' ? index - 1 : index + 1);
  }

  // Drag and drop ---------------------------------------------------------------------------

  private onDragStart(event: DragEvent, index: number): void {
    if (!this.busy) startRuleDrag(event, index, this.rules?.[index]?.name ?? '');
  }

  private onDragOver(event: DragEvent): void {
    if (!this.busy && acceptsRuleDrag(event)) this.dropIndex = ruleDropIndexAt(event, this.rules?.length ?? 0);
  }

  private onDragLeave(event: DragEvent): void {
    const next = event.relatedTarget as Node | null;
    if (next && (event.currentTarget as HTMLElement).contains(next)) return;
    this.dropIndex = -1;
  }

  private onDrop(event: DragEvent): void {
    const from = readRuleDrop(event);
    this.dropIndex = -1;
    if (from === undefined) return;
    event.preventDefault();
    const index = ruleDropIndexAt(event, this.rules?.length ?? 0);
    // Taking the rule out first moves the places after it up by one.
    void this.move(from, from < index ? index - 1 : index);
  }
}
