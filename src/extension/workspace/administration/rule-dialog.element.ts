/**
 * "+Rule" and "… › Edit" of the Routing tab (spec §3.2): Rule name, the conditions builder, the
 * Action with its group or operator, and the additional actions (reply message, session values,
 * business process). The problems show as the administrator edits; Save creates or updates the
 * rule through the Web API and `open()` resolves with the saved rule (undefined on Cancel).
 */
import { consume } from '@lit/context';
import type { HostGroup } from '@elma365/sdk-types';
import { html, LitElement, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import type { LineDto, ProcessTemplateDto } from '../../common/api';
import type { ParameterDefinition } from '../../common/parameters/parameter-types';
import type { OperatorDto } from '../../common/routing-api';
import { requiresReturningClient, RULE_ACTION_LABELS, type RoutingRule, type RuleActionType } from '../../common/routing/routing-rule';
import type { ApiClient } from '../services/api-client';
import { errorMessage } from '../services/api-error';
import { apiClientContext } from '../services/contexts';
import { selects } from '../shared/controls.styles';
import { dialogStyles } from '../shared/dialog.styles';
import { buttons, fields, tokens } from '../shared/ui.styles';
import type { ConditionChangeEvent } from './condition-builder';
import { toCondition } from './condition-editor-model';
import { ruleDialogStyles } from './rule-dialog.styles';
import type { RuleExtrasChangeEvent } from './rule-extras';
import { draftFromEditor, editorFromRule, newRuleEditor, ruleProblems, type RuleEditor } from './routing-rule-model';

export interface RuleDialogOptions {
  line: LineDto;
  /** The rule to edit; a new one when absent. */
  rule?: RoutingRule;
  parameters: readonly ParameterDefinition[];
  /** Every live chat, for the condition "Live chat". */
  lines: readonly { id: string; name: string }[];
  groups: readonly HostGroup[];
  /** The live chat's operators; undefined when they could not be loaded. */
  operators?: readonly OperatorDto[];
  users: readonly { id: string; name: string }[];
  /** Undefined while the processes are loading or could not be. */
  templates?: readonly ProcessTemplateDto[];
}

const ACTION_TYPES = Object.keys(RULE_ACTION_LABELS) as RuleActionType[];

/** What the chosen action does in the cases an administrator asks about. */
function actionHint(type: RuleActionType | '', lastAllowed: boolean): string {
  switch (type) {
    case 'leastOccupied':
      return 'The Online operator of the group with the fewest active sessions gets it; if nobody in the group is Online, the next rule is tried.';
    case 'inviteGroup':
      return "The session waits in the group's queue until one of its operators takes it.";
    case 'inviteAll':
      return 'The session waits in the common queue, as with the Default rule.';
    case 'assignOperator':
      return 'If the operator is Offline, the next rule is tried; if they are at their limit, the session waits for them.';
    default:
      return lastAllowed
        ? 'The "last" operator is the one who handled the client\'s previous session.'
        : 'Assign to the "last" operator needs the condition "First session with client is No", joined with AND.';
  }
}

export class RuleDialogElement extends LitElement {
  static override styles = [tokens, buttons, fields, dialogStyles, selects, ruleDialogStyles];

  @consume({ context: apiClientContext }) private api!: ApiClient;

  @state() private options?: RuleDialogOptions;
  @state() private editor: RuleEditor = newRuleEditor();
  @state() private saving = false;
  @state() private error = '';

  @query('dialog') private dialog!: HTMLDialogElement;
  private resolve?: (rule: RoutingRule | undefined) => void;

  async open(options: RuleDialogOptions): Promise<RoutingRule | undefined> {
    this.resolve?.(undefined);
    this.options = options;
    this.editor = options.rule ? editorFromRule(options.rule, options.parameters) : newRuleEditor();
    this.error = '';
    this.saving = false;
    await this.updateComplete;
    this.dialog.showModal();
    const body = this.renderRoot.querySelector('.dialog-body');
    if (body) body.scrollTop = 0;
    this.renderRoot.querySelector<HTMLInputElement>('#rule-name')?.focus();
    return new Promise((resolve) => (this.resolve = resolve));
  }

  override render() {
    const options = this.options;
    const problems = options ? ruleProblems(this.editor, this.checks(options)) : undefined;
    return html`
      <dialog
        aria-labelledby="rule-title"
        data-testid="rule-dialog"
        @cancel=${(event: Event) => {
          // A save under way finishes first, so the list learns about the rule it makes.
          if (this.saving) event.preventDefault();
        }}
        @close=${() => this.finish(undefined)}
      >
        <form @submit=${this.onSubmit}>
          <div class="dialog-head">
            <h2 id="rule-title">${options?.rule ? 'Edit rule' : 'New rule'}</h2>
            <button class="btn subtle close" type="button" aria-label="Close" ?disabled=${this.saving} @click=${() => this.dialog.close()}>×</button>
          </div>
          ${options && problems
            ? html`<div class="dialog-body">
                <div class="field">
                  <label for="rule-name">Rule name<span class="error-text" aria-hidden="true"> *</span></label>
                  <input
                    id="rule-name"
                    type="text"
                    required
                    autocomplete="off"
                    maxlength="200"
                    .value=${this.editor.name}
                    @input=${(event: Event) => this.patch({ name: (event.target as HTMLInputElement).value })}
                  />
                </div>
                <section aria-labelledby="h-conditions">
                  <h3 id="h-conditions">Conditions</h3>
                  <p class="note">Joins apply left to right, with no precedence: group conditions to say "A and (B or C)".</p>
                  <lc-condition-builder
                    .value=${this.editor.condition}
                    .parameters=${options.parameters}
                    .channels=${options.line.channels}
                    .lines=${options.lines}
                    .users=${options.users}
                    .problems=${problems.conditions.byPath}
                    @lc-condition-change=${(event: ConditionChangeEvent) => this.patch({ condition: event.value })}
                  ></lc-condition-builder>
                </section>
                ${this.renderAction(options)}
                <section aria-labelledby="h-extras">
                  <h3 id="h-extras">Additional actions</h3>
                  <lc-rule-extras
                    .value=${{ reply: this.editor.reply, setValues: this.editor.setValues, process: this.editor.process }}
                    .parameters=${options.parameters}
                    .users=${options.users}
                    .templates=${options.templates}
                    .problems=${problems.setValues}
                    lineName=${options.line.name}
                    @lc-rule-extras-change=${(event: RuleExtrasChangeEvent) => this.patch(event.value)}
                  ></lc-rule-extras>
                </section>
                ${problems.all.length > 0
                  ? html`<div class="todo" id="rule-todo" data-testid="rule-problems">
                      <span class="todo-title">To save the rule:</span>
                      <ul>
                        ${problems.all.map((problem) => html`<li>${problem}</li>`)}
                      </ul>
                    </div>`
                  : nothing}
                ${this.error ? html`<div class="banner error server" role="alert" data-testid="rule-error">${this.error}</div>` : nothing}
              </div>`
            : nothing}
          <div class="dialog-foot">
            <button class="btn" type="button" ?disabled=${this.saving} @click=${() => this.dialog.close()}>Cancel</button>
            <button
              class="btn primary"
              type="submit"
              aria-describedby=${problems && problems.all.length > 0 ? 'rule-todo' : nothing}
              ?disabled=${!problems || problems.all.length > 0 || this.saving}
            >
              ${this.saving ? 'Saving…' : 'Save'}
            </button>
          </div>
        </form>
      </dialog>
    `;
  }

  private renderAction(options: RuleDialogOptions) {
    const editor = this.editor;
    const lastAllowed = requiresReturningClient(toCondition(editor.condition, options.parameters));
    const groupIds = options.line.operatorGroupIds;
    const groupName = (id: string): string => options.groups.find((group) => group.id === id)?.name ?? 'Unknown group';
    return html`<section aria-labelledby="h-action">
      <h3 id="h-action"><label for="rule-action">Action<span class="error-text" aria-hidden="true"> *</span></label></h3>
      <div class="action-line">
        <select
          id="rule-action"
          aria-describedby="action-hint"
          @change=${(event: Event) => this.patch({ actionType: (event.target as HTMLSelectElement).value as RuleActionType })}
        >
          <option value="" disabled ?selected=${editor.actionType === ''}>Select action</option>
          ${ACTION_TYPES.map(
            (type) => html`<option
              value=${type}
              ?selected=${editor.actionType === type}
              ?disabled=${type === 'assignBot' || (type === 'assignLast' && !lastAllowed)}
            >
              ${RULE_ACTION_LABELS[type]}${type === 'assignBot' ? ' (no chat-bot is attached)' : ''}
            </option>`,
          )}
        </select>
        ${editor.actionType === 'leastOccupied' || editor.actionType === 'inviteGroup'
          ? html`<select aria-label="Operator group" @change=${(event: Event) => this.patch({ groupId: (event.target as HTMLSelectElement).value })}>
              <option value="" disabled ?selected=${editor.groupId === ''}>Select group</option>
              ${groupIds.map((id) => html`<option value=${id} ?selected=${editor.groupId === id}>${groupName(id)}</option>`)}
              ${editor.groupId && !groupIds.includes(editor.groupId) ? html`<option value=${editor.groupId} selected>${groupName(editor.groupId)} (not an operator group)</option>` : nothing}
            </select>`
          : nothing}
        ${editor.actionType === 'assignOperator' ? this.renderOperatorSelect(options) : nothing}
      </div>
      <p class="hint" id="action-hint">${actionHint(editor.actionType, lastAllowed)}</p>
    </section>`;
  }

  private renderOperatorSelect(options: RuleDialogOptions) {
    const operators = options.operators;
    const userId = this.editor.userId;
    if (!operators) return html`<select aria-label="Operator" disabled><option>The operators are not loaded</option></select>`;
    return html`<select aria-label="Operator" @change=${(event: Event) => this.patch({ userId: (event.target as HTMLSelectElement).value })}>
      <option value="" disabled ?selected=${userId === ''}>${operators.length === 0 ? 'The live chat has no operators' : 'Select operator'}</option>
      ${operators.map((operator) => html`<option value=${operator.userId} ?selected=${userId === operator.userId}>${operator.name}</option>`)}
      ${userId && !operators.some((operator) => operator.userId === userId)
        ? html`<option value=${userId} selected>${options.users.find((user) => user.id === userId)?.name ?? 'Unknown user'} (not an operator)</option>`
        : nothing}
    </select>`;
  }

  private checks(options: RuleDialogOptions) {
    const operators = options.operators;
    return {
      parameters: options.parameters,
      operatorGroupIds: options.line.operatorGroupIds,
      // Without the list the server has the last word.
      isOperator: (userId: string) => !operators || operators.some((operator) => operator.userId === userId),
      templates: options.templates,
    };
  }

  private patch(change: Partial<RuleEditor>): void {
    this.editor = { ...this.editor, ...change };
    this.error = '';
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const options = this.options;
    if (!options || this.saving || ruleProblems(this.editor, this.checks(options)).all.length > 0) return;
    this.saving = true;
    this.error = '';
    try {
      const draft = draftFromEditor(this.editor, options.parameters);
      const saved = options.rule ? await this.api.updateRule(options.line.id, options.rule.id, draft) : await this.api.createRule(options.line.id, draft);
      const resolve = this.resolve;
      this.resolve = undefined;
      this.dialog.close();
      resolve?.(saved);
    } catch (error) {
      this.error = errorMessage(error);
      await this.updateComplete;
      this.renderRoot.querySelector('.server')?.scrollIntoView({ block: 'nearest' });
    } finally {
      this.saving = false;
    }
  }

  private finish(rule: RoutingRule | undefined): void {
    const resolve = this.resolve;
    this.resolve = undefined;
    resolve?.(rule);
  }
}
