/**
 * Administration › Live Chats: the table of live chats with "+Live Chat" (the Live Chat Wizard
 * while there is none), the settings of one live chat when `params.line` names it, and the global
 * Live Chats Settings when `params.view` is `settings`. The root of the screen: it provides the
 * services and deletes live chats after asking.
 */
import type { HostGroup } from '@elma365/sdk-types';
import { html, nothing, type PropertyValues } from 'lit';
import { query, state } from 'lit/decorators.js';
import type { LineDto } from '../../common/api';
import type { ParameterDefinition } from '../../common/parameters/parameter-definition';
import { errorMessage, isApiError } from '../services/api-error';
import { ScreenIds } from '../screens';
import type { ConfirmDialogElement } from '../shared/confirm-dialog';
import { badges, buttons, fields, tokens } from '../shared/ui.styles';
import { adminScreenStyles } from './admin-screen.styles';
import type { LineCreateDialogElement } from './line-create-dialog';
import { ScreenRootElement } from '../shared/screen-root.element';
import { isLineTab, type LineDeleteEvent, type LineSaveEvent, type LineTabEvent } from './line-events';
import { deleteQuestion } from './line-list-model';
import type { LineOpenEvent, LinesDeleteEvent } from './line-table';
import type { LineWizardDoneEvent } from './line-wizard';

export class AdminScreenElement extends ScreenRootElement {
  static override styles = [tokens, buttons, fields, badges, adminScreenStyles];

  /**
   * `line`: the id of the live chat whose settings are open; `tab`: its tab other than Settings
   * (`routing`, `processes`); `view`: `settings` for the global Live Chats Settings.
   */
  declare params: Record<string, string>;

  @state() private lines?: LineDto[];
  @state() private groups: HostGroup[] = [];
  @state() private parameters: ParameterDefinition[] = [];
  @state() private error = '';

  @query('lc-line-create-dialog') private createDialog!: LineCreateDialogElement;
  @query('lc-confirm-dialog') private confirmDialog!: ConfirmDialogElement;
  @state() private deleting: LineDto[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('params')) this.error = '';
  }

  private async load(): Promise<void> {
    try {
      // The template field offers the parameters as variables; without them it still offers the system ones.
      const parameters = this.api.listParameters().catch((): ParameterDefinition[] => []);
      const [lines, groups] = await Promise.all([this.api.listLines(), this.api.listGroups()]);
      this.lines = lines.sort((a, b) => a.name.localeCompare(b.name));
      this.groups = groups;
      this.parameters = await parameters;
    } catch (error) {
      this.lines ??= [];
      this.error = errorMessage(error);
    }
  }

  override render() {
    const open = this.params.line ? this.lines?.find((line) => line.id === this.params.line) : undefined;
    const question = deleteQuestion(this.deleting);
    return html`
      <div
        class="page"
        @lc-line-save=${this.onSave}
        @lc-line-delete=${(event: LineDeleteEvent) => this.deleteLines([event.line])}
        @lc-lines-delete=${(event: LinesDeleteEvent) => this.deleteLines(event.lines)}
        @lc-line-open=${(event: LineOpenEvent) => this.navigate({ line: event.lineId })}
        @lc-line-wizard-done=${this.onWizardDone}
        @lc-line-close=${() => this.navigate({})}
        @lc-settings-close=${() => this.navigate({})}
        @lc-line-tab=${(event: LineTabEvent) => this.navigate(event.tab === 'settings' ? { line: this.params.line } : { line: this.params.line, tab: event.tab })}
      >
        ${this.error ? html`<div class="banner error" role="alert">${this.error}</div>` : nothing}
        ${this.params.line && this.lines && !open
          ? html`<div class="banner info" role="status">
              This live chat no longer exists. <button class="link" type="button" @click=${() => this.navigate({})}>Show all live chats</button>
            </div>`
          : nothing}
        ${open
          ? html`<lc-line-settings
              .line=${open}
              .groups=${this.groups}
              .parameters=${this.parameters}
              tab=${isLineTab(this.params.tab) ? this.params.tab : 'settings'}
            ></lc-line-settings>`
          : !this.params.line && this.params.view === 'settings'
            ? html`<lc-global-settings></lc-global-settings>`
            : this.renderList()}
        <lc-line-create-dialog .groups=${this.groups}></lc-line-create-dialog>
        <lc-confirm-dialog danger heading=${question.heading} message=${question.message} confirmLabel=${question.confirmLabel}></lc-confirm-dialog>
      </div>
    `;
  }

  private renderList() {
    if (this.lines?.length === 0) {
      return html`<div class="wizard-page"><lc-line-wizard></lc-line-wizard></div>`;
    }
    return html`
      <div class="head">
        <div>
          <h1>Live chats</h1>
          <p class="sub">Contact-centre lines: who answers, who supervises, who may write.</p>
        </div>
        <div class="head-actions">
          <button class="btn" type="button" @click=${() => this.navigate({ view: 'settings' })}>Live Chats Settings</button>
          <button class="btn primary" type="button" @click=${() => this.createDialog.open()}>+Live Chat</button>
        </div>
      </div>
      <div class="card">
        ${this.lines === undefined
          ? html`<div class="loading" role="status">Loading live chats…</div>`
          : html`<lc-line-table .lines=${this.lines} .groups=${this.groups}></lc-line-table>`}
      </div>
    `;
  }

  private onSave(event: LineSaveEvent): void {
    const line = event.line;
    const others = (this.lines ?? []).filter((known) => known.id !== line.id);
    this.lines = [...others, line].sort((a, b) => a.name.localeCompare(b.name));
    if (event.created) this.navigate({ line: line.id });
  }

  private readonly onWizardDone = (event: LineWizardDoneEvent): void => {
    this.lines = [...(this.lines ?? []).filter((line) => line.id !== event.line.id), event.line];
    if (event.goTo === 'settings') this.navigate({ line: event.line.id });
    else this.openScreen(ScreenIds.workspace, { line: event.line.id });
  };

  /** Asks, then deletes one live chat after another; what failed stays and is named. */
  private async deleteLines(lines: LineDto[]): Promise<void> {
    if (lines.length === 0) return;
    this.deleting = lines;
    await this.updateComplete;
    if (!(await this.confirmDialog.ask())) return;
    this.error = '';
    const failed: string[] = [];
    for (const line of lines) {
      try {
        await this.api.deleteLine(line.id);
        this.lines = (this.lines ?? []).filter((known) => known.id !== line.id);
      } catch (error) {
        // Deleted meanwhile (another tab, another administrator): gone is what was asked.
        if (isApiError(error, 'line/not-found')) this.lines = (this.lines ?? []).filter((known) => known.id !== line.id);
        else failed.push(`"${line.name}": ${errorMessage(error)}`);
      }
    }
    if (failed.length) this.error = `Not deleted — ${failed.join('; ')}`;
    if (this.params.line && !this.lines?.some((line) => line.id === this.params.line)) this.navigate({});
  }
}
