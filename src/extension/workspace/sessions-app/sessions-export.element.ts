/**
 * "… › Export data" of the Sessions app (spec §4.7), for administrators: format .xlsx or .csv,
 * Export system information, Export by current filter, Export names of app items and users. The
 * download streams; the dialog shows "N of M sessions" as a CSV's rows arrive (an XLSX's bytes),
 * then saves the file.
 */
import { consume } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { ApiClient } from '../services/api-client';
import { errorMessage } from '../services/api-error';
import { apiClientContext } from '../services/contexts';
import { dialogStyles } from '../shared/dialog.styles';
import { buttons, fields, tokens } from '../shared/ui.styles';
import { CsvRecordCounter, countQuery, DEFAULT_EXPORT, type ExportChoice, exportQuery, fileNameOf, type ExportProgress, progressRatio, progressText } from './export-model';
import { EMPTY_FILTER, type SessionsFilter, type SessionsSort } from './sessions-app-model';
import { sessionsExportStyles } from './sessions-export.styles';

export class SessionsExportElement extends LitElement {
  static override styles = [tokens, buttons, fields, dialogStyles, sessionsExportStyles];

  @consume({ context: apiClientContext }) private api!: ApiClient;

  @property({ attribute: false }) filter: SessionsFilter = EMPTY_FILTER;
  @property({ attribute: false }) sort: SessionsSort = { order: 'desc' };

  @state() private choice: ExportChoice = DEFAULT_EXPORT;
  @state() private progress?: ExportProgress;
  @state() private error?: string;
  @state() private finished?: string;

  @query('dialog') private dialog!: HTMLDialogElement;
  private abort?: AbortController;

  open(): void {
    this.progress = undefined;
    this.error = undefined;
    this.finished = undefined;
    this.dialog.showModal();
  }

  private close(): void {
    this.abort?.abort();
    this.dialog.close();
  }

  private async run(event: Event): Promise<void> {
    event.preventDefault();
    const choice = this.choice;
    this.error = undefined;
    this.finished = undefined;
    this.abort = new AbortController();
    const signal = this.abort.signal;
    try {
      this.progress = { bytes: 0, done: choice.format === 'csv' ? 0 : undefined };
      const [{ total }, response] = await Promise.all([
        this.api.countSessions(countQuery(choice, this.filter, this.sort)),
        this.api.exportSessions(exportQuery(choice, this.filter, this.sort)),
      ]);
      this.progress = { ...this.progress, total };
      const reader = response.body!.getReader();
      const counter = choice.format === 'csv' ? new CsvRecordCounter() : undefined;
      const chunks: Uint8Array[] = [];
      let bytes = 0;
      for (;;) {
        if (signal.aborted) return void (await reader.cancel());
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        bytes += value.byteLength;
        counter?.feed(value);
        this.progress = { total, bytes, done: counter?.rows };
      }
      const name = fileNameOf(response.headers.get('content-disposition'), `Sessions.${choice.format}`);
      this.save(new Blob(chunks as BlobPart[], { type: response.headers.get('content-type') ?? 'application/octet-stream' }), name);
      this.progress = { total, bytes, done: total };
      this.finished = `${name} is saved: ${total.toLocaleString('en-US')} sessions.`;
    } catch (error) {
      this.progress = undefined;
      this.error = errorMessage(error);
    }
  }

  private save(blob: Blob, name: string): void {
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  private check(key: 'systemInfo' | 'byFilter' | 'names', label: string, hint: string) {
    return html`<label class="check">
      <input type="checkbox" .checked=${this.choice[key]} @change=${(e: Event) => (this.choice = { ...this.choice, [key]: (e.target as HTMLInputElement).checked })} />
      <span><span>${label}</span><span class="hint">${hint}</span></span>
    </label>`;
  }

  override render() {
    const running = this.progress !== undefined && this.finished === undefined;
    const ratio = this.progress ? progressRatio(this.progress) : undefined;
    return html`<dialog aria-labelledby="export-title" data-testid="export-dialog" @close=${() => this.abort?.abort()}>
      <form method="dialog" @submit=${this.run}>
        <div class="dialog-head"><h2 id="export-title">Export data</h2></div>
        <div class="dialog-body">
          <fieldset class="formats" ?disabled=${running}>
            <legend>Format</legend>
            ${(['xlsx', 'csv'] as const).map(
              (format) => html`<label class="radio">
                <input type="radio" name="format" value=${format} .checked=${this.choice.format === format} @change=${() => (this.choice = { ...this.choice, format })} />
                .${format}
              </label>`,
            )}
          </fieldset>
          <fieldset ?disabled=${running}>
            <legend>Options</legend>
            ${this.check('systemInfo', 'Export system information', 'Dates, and the IDs of live chat, channel, client, operator and group.')}
            ${this.check('byFilter', 'Export by current filter', 'Otherwise every session is exported.')}
            ${this.check('names', 'Export names of app items and users', 'Names beside the IDs of bound app items and user parameters.')}
          </fieldset>
          <p class="hint">Session parameters are exported; messages never are.</p>
          ${this.progress
            ? html`<div class="progress" data-testid="export-progress">
                ${ratio === undefined
                  ? html`<progress aria-label="Export progress"></progress>`
                  : html`<progress aria-label="Export progress" max="1" .value=${ratio}></progress>`}
                <span role="status">${this.finished ?? progressText(this.progress)}</span>
              </div>`
            : nothing}
          ${this.error ? html`<div class="banner error" role="alert">${this.error}</div>` : nothing}
        </div>
        <div class="dialog-foot">
          <button class="btn" type="button" @click=${this.close}>${this.finished ? 'Close' : 'Cancel'}</button>
          <button class="btn primary" type="submit" ?disabled=${running}>${running ? 'Exporting…' : 'Export'}</button>
        </div>
      </form>
    </dialog>`;
  }
}
