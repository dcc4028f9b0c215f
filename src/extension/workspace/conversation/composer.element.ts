/**
 * The message composer: a textarea and a Send button; Ctrl/Cmd+Enter sends. When the viewer may
 * not reply it is disabled and says why. Fires `lc-message-submit` with the trimmed text. Given
 * the session (the operator's composer), it has the Response templates button, whose choice is
 * inserted at the caret.
 */
import { html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { MESSAGE_TEXT_MAX } from '../../common/message';
import type { ResponseInsertEvent } from '../response-templates/response-picker.element';
import { insertAtCaret } from '../response-templates/response-templates-model';
import { buttons, fields, tokens } from '../shared/ui.styles';
import { MessageSubmitEvent } from './conversation-events';
import { composerStyles } from './composer.styles';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export class ComposerElement extends LitElement {
  static override styles = [tokens, buttons, fields, composerStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  @property({ type: Boolean }) disabled = false;
  /** Why the viewer cannot write, shown instead of the keyboard hint. */
  @property() reason = '';
  @property() placeholder = 'Write a message…';
  /** The open session: response templates are rendered for it. Without it there is no picker. */
  @property() sessionId = '';

  @state() private text = '';

  @query('textarea') private textarea!: HTMLTextAreaElement;

  override render() {
    const tooLong = this.text.length > MESSAGE_TEXT_MAX;
    const canSend = !this.disabled && this.text.trim().length > 0 && !tooLong;
    return html`
      <form @submit=${this.onSubmit}>
        <div class="row">
          ${this.sessionId
            ? html`<lc-response-picker sessionId=${this.sessionId} ?disabled=${this.disabled} @lc-response-insert=${this.onResponseInsert}></lc-response-picker>`
            : nothing}
          <label class="visually-hidden" for="text">Message</label>
          <textarea
            id="text"
            rows="1"
            .value=${this.text}
            placeholder=${this.disabled ? '' : this.placeholder}
            ?disabled=${this.disabled}
            aria-describedby="foot"
            @input=${this.onInput}
            @keydown=${this.onKeyDown}
          ></textarea>
          <button class="btn primary" type="submit" ?disabled=${!canSend}>Send</button>
        </div>
        <div class="foot" id="foot">
          ${this.disabled && this.reason
            ? html`<span class="reason" data-testid="composer-reason">${this.reason}</span>`
            : html`<span>${isMac ? '⌘' : 'Ctrl'}+Enter to send</span>`}
          ${tooLong ? html`<span class="error-text">The message is longer than ${MESSAGE_TEXT_MAX} characters.</span>` : nothing}
        </div>
      </form>
    `;
  }

  private onInput(event: Event): void {
    const textarea = event.target as HTMLTextAreaElement;
    this.text = textarea.value;
    this.fitHeight(textarea);
  }

  private fitHeight(textarea: HTMLTextAreaElement): void {
    textarea.style.height = 'auto';
    textarea.style.height = `${Math.min(textarea.scrollHeight + 2, 160)}px`;
  }

  /** A chosen response template goes in at the caret; the operator edits it before sending. */
  private async onResponseInsert(event: ResponseInsertEvent): Promise<void> {
    const textarea = this.textarea;
    const edit = insertAtCaret({ value: this.text, selectionStart: textarea.selectionStart, selectionEnd: textarea.selectionEnd }, event.text);
    this.text = edit.value;
    await this.updateComplete;
    textarea.focus();
    textarea.setSelectionRange(edit.selectionStart, edit.selectionEnd);
    this.fitHeight(textarea);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      this.submit();
    }
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    this.submit();
  }

  private submit(): void {
    const text = this.text.trim();
    if (this.disabled || text.length === 0 || text.length > MESSAGE_TEXT_MAX) return;
    this.dispatchEvent(new MessageSubmitEvent(text));
    this.text = '';
    if (this.textarea) this.textarea.style.height = 'auto';
    this.textarea?.focus();
  }
}
