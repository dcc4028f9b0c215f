/**
 * <lc-process-script-editor>: the template's script module in a monospace editor with line
 * numbers; Save (or Ctrl/⌘+S) fires `lc-process-script-save`, and a refusal from the server is
 * shown with the caret put where it points.
 */
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { theme } from '../theme.styles';
import { designerStyles } from './process-designer.styles';

export interface ScriptProblem {
  message: string;
  position?: { line: number; column: number };
}

export class ScriptSaveEvent extends Event {
  static readonly type = 'lc-process-script-save';

  constructor(readonly script: string) {
    super(ScriptSaveEvent.type, { bubbles: true, composed: true });
  }
}

export class ProcessScriptEditorElement extends LitElement {
  static override styles = [
    theme,
    designerStyles,
    css`
      .editor {
        display: grid;
        grid-template-columns: auto minmax(0, 1fr);
        border: 1px solid var(--lc-border);
        border-radius: 8px;
        background: var(--lc-code-bg);
        overflow: hidden;
      }
      .editor:focus-within {
        border-color: var(--lc-accent);
        box-shadow: 0 0 0 3px var(--lc-accent-soft);
      }
      .editor.invalid {
        border-color: var(--lc-danger);
      }
      .gutter,
      textarea {
        font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace;
        font-size: 13px;
        line-height: 20px;
        padding-top: 10px;
        padding-bottom: 10px;
      }
      .gutter {
        margin: 0;
        padding-left: 12px;
        padding-right: 10px;
        text-align: right;
        color: #a0a6b1;
        background: var(--lc-bg);
        border-right: 1px solid var(--lc-border);
        user-select: none;
        overflow: hidden;
        white-space: pre;
      }
      .gutter .bad {
        color: var(--lc-danger);
        font-weight: 700;
      }
      textarea {
        border: none;
        border-radius: 0;
        background: transparent;
        height: 360px;
        padding-left: 12px;
        padding-right: 12px;
        white-space: pre;
        overflow: auto;
        resize: vertical;
        tab-size: 2;
      }
      textarea:focus-visible {
        box-shadow: none;
      }
      .bar {
        display: flex;
        align-items: center;
        gap: 10px;
        margin-top: 12px;
      }
      .state {
        color: var(--lc-muted);
        font-size: 13px;
      }
      .banner {
        margin-top: 12px;
      }
    `,
  ];

  /** The saved script. */
  @property({ attribute: false }) script = '';
  @property({ attribute: false }) problem?: ScriptProblem;
  @property({ type: Boolean }) busy = false;
  /** Set after a successful save, until the next edit. */
  @property({ type: Boolean }) saved = false;

  @state() private draft = '';
  @query('textarea') private textarea?: HTMLTextAreaElement;
  @query('.gutter') private gutter?: HTMLElement;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('script')) this.draft = this.script;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('problem') && this.problem?.position) this.placeCaret(this.problem.position);
  }

  private get dirty(): boolean {
    return this.draft !== this.script;
  }

  override render() {
    const lines = this.draft.split('\n').length;
    const bad = this.problem?.position?.line;
    return html`
      <div class="editor ${this.problem ? 'invalid' : ''}">
        <pre class="gutter" aria-hidden="true">${Array.from({ length: lines }, (_, i) => html`<span class=${i + 1 === bad ? 'bad' : ''}>${i + 1}</span>\n`)}</pre>
        <textarea
          aria-label="Script"
          spellcheck="false"
          autocapitalize="off"
          autocomplete="off"
          wrap="off"
          data-testid="script-editor"
          aria-invalid=${this.problem ? 'true' : 'false'}
          aria-describedby=${this.problem ? 'script-problem' : nothing}
          .value=${this.draft}
          @input=${(event: Event) => this.edit((event.target as HTMLTextAreaElement).value)}
          @keydown=${this.onKeyDown}
          @scroll=${() => this.gutter && this.textarea && (this.gutter.scrollTop = this.textarea.scrollTop)}
        ></textarea>
      </div>
      ${this.problem
        ? html`<div class="banner" role="alert" id="script-problem" data-testid="script-problem">${this.problem.message}</div>`
        : nothing}
      <div class="bar">
        <button class="btn primary" type="button" ?disabled=${!this.dirty || this.busy} @click=${this.save} data-testid="save-script">
          ${this.busy ? 'Saving…' : 'Save'}
        </button>
        <button class="btn" type="button" ?disabled=${!this.dirty || this.busy} @click=${() => this.edit(this.script)}>Revert</button>
        <span class="state" role="status">${this.dirty ? 'Unsaved changes' : this.saved ? 'Saved' : ''}</span>
      </div>
    `;
  }

  private edit(value: string): void {
    this.draft = value;
    this.saved = false;
  }

  private save(): void {
    if (this.dirty && !this.busy) this.dispatchEvent(new ScriptSaveEvent(this.draft));
  }

  private onKeyDown(event: KeyboardEvent): void {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      this.save();
      return;
    }
    // Tab indents (two spaces); Escape, then Tab, leaves the editor for keyboard users.
    if (event.key === 'Tab' && !event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey && this.textarea && !this.escaped) {
      event.preventDefault();
      this.textarea.setRangeText('  ', this.textarea.selectionStart, this.textarea.selectionEnd, 'end');
      this.edit(this.textarea.value);
    }
    this.escaped = event.key === 'Escape';
  }

  private escaped = false;

  private placeCaret(position: { line: number; column: number }): void {
    const textarea = this.textarea;
    if (!textarea) return;
    const lines = this.draft.split('\n');
    const line = Math.min(Math.max(position.line, 1), lines.length);
    const offset = lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) + Math.min(Math.max(position.column - 1, 0), lines[line - 1].length);
    textarea.focus();
    textarea.setSelectionRange(offset, offset);
    textarea.scrollTop = Math.max(0, (line - 4) * 20);
  }
}
