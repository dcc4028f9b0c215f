/**
 * "Import" on the Templates and Articles pages (spec §5.4), for administrators: a dialog to
 * choose a CSV file, see how many rows are ready and the problems of the others by row, then
 * import them all at once. Nothing is created while any row has a problem. Fires
 * `lc-import-done` with the number created.
 */
import { consume } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { ImportArticleItem, TemplateBody } from '../../common/response-templates-api';
import type { ApiClient } from '../services/api-client';
import { errorMessage } from '../services/api-error';
import { apiClientContext } from '../services/contexts';
import { dialogStyles } from '../shared/dialog.styles';
import { buttons, fields, tokens } from '../shared/ui.styles';
import { IMPORT_HEADERS, planArticleImport, planTemplateImport, type ImportKind, type ImportPlan } from './import-model';
import { importButtonStyles } from './import-button.styles';

/** Problems listed in the dialog; the count says how many more there are. */
const SHOWN_PROBLEMS = 8;

export class ImportDoneEvent extends Event {
  static readonly type = 'lc-import-done';
  constructor(readonly created: number) {
    super(ImportDoneEvent.type, { bubbles: true, composed: true });
  }
}

export class ImportButtonElement extends LitElement {
  static override styles = [tokens, buttons, fields, dialogStyles, importButtonStyles];

  @consume({ context: apiClientContext }) @property({ attribute: false }) api!: ApiClient;
  @property() kind: ImportKind = 'templates';

  @state() private fileName = '';
  @state() private plan?: ImportPlan<TemplateBody | ImportArticleItem>;
  @state() private importing = false;
  @state() private error = '';

  @query('dialog') private dialog!: HTMLDialogElement;

  private async open(): Promise<void> {
    this.fileName = '';
    this.plan = undefined;
    this.error = '';
    await this.updateComplete;
    this.dialog.showModal();
  }

  private get noun(): string {
    return this.kind === 'templates' ? 'templates' : 'articles';
  }

  override render() {
    const plan = this.plan;
    const ready = plan && !plan.fileProblem && plan.rows.length === 0 ? plan.items.length : 0;
    return html`<button class="btn" type="button" @click=${this.open}>Import</button>
      <dialog aria-labelledby="import-title" data-testid="import-dialog">
      <div class="dialog-head">
        <h2 id="import-title">Import ${this.noun}</h2>
        <button class="btn subtle close" type="button" aria-label="Close" @click=${() => this.dialog.close()}>×</button>
      </div>
      <div class="dialog-body">
        <p class="hint">
          A CSV file (comma or semicolon separated, UTF-8) whose first line names the columns:
          <code>${IMPORT_HEADERS[this.kind]}</code>.
          ${this.kind === 'articles' ? html`Folder is a path such as <code>Billing / Refunds</code>; missing folders are created.` : html`Templates may use variables such as <code>{$client.name}</code>.`}
          Either every row is imported or none.
        </p>
        <div class="field">
          <label for="file">File</label>
          <input id="file" type="file" accept=".csv,text/csv" @change=${this.onFile} />
        </div>
        ${plan ? this.renderPlan(plan, ready) : nothing}
        ${this.error ? html`<div class="banner error" role="alert">${this.error}</div>` : nothing}
      </div>
      <div class="dialog-foot">
        <button class="btn" type="button" @click=${() => this.dialog.close()}>Cancel</button>
        <button class="btn primary" type="button" ?disabled=${ready === 0 || this.importing} @click=${this.import}>
          ${this.importing ? 'Importing…' : ready > 0 ? `Import ${ready} ${ready === 1 ? this.noun.slice(0, -1) : this.noun}` : 'Import'}
        </button>
      </div>
      </dialog>`;
  }

  private renderPlan(plan: ImportPlan<unknown>, ready: number) {
    if (plan.fileProblem) return html`<div class="banner error" role="alert" data-testid="import-problem">${this.fileName}: ${plan.fileProblem}</div>`;
    if (plan.rows.length === 0) return html`<div class="banner info" role="status" data-testid="import-ready">${this.fileName}: ${ready} rows are ready to import.</div>`;
    return html`<div class="banner error" role="alert" data-testid="import-problem">
      <span>${this.fileName}: ${plan.rows.length} of ${plan.items.length + plan.rows.length} rows need fixing in the file; nothing is imported until they are.</span>
      <ul class="problems">
        ${plan.rows.slice(0, SHOWN_PROBLEMS).map((row) => html`<li>Row ${row.row}: ${row.problems.join('; ')}</li>`)}
        ${plan.rows.length > SHOWN_PROBLEMS ? html`<li>…and ${plan.rows.length - SHOWN_PROBLEMS} more rows</li>` : nothing}
      </ul>
    </div>`;
  }

  private async onFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    this.error = '';
    if (!file) return;
    this.fileName = file.name;
    const text = await file.text();
    this.plan = this.kind === 'templates' ? planTemplateImport(text) : planArticleImport(text);
  }

  private async import(): Promise<void> {
    const items = this.plan?.items;
    if (!items?.length) return;
    this.importing = true;
    this.error = '';
    try {
      const result =
        this.kind === 'templates'
          ? await this.api.importResponseTemplates({ items: items as TemplateBody[] })
          : await this.api.importArticles({ items: items as ImportArticleItem[] });
      this.dialog.close();
      this.dispatchEvent(new ImportDoneEvent(result.created));
    } catch (error) {
      this.error = errorMessage(error);
    } finally {
      this.importing = false;
    }
  }
}
