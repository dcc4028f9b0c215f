/**
 * The message composer: a textarea and a Send button. The key that sends follows the global
 * "Message sending method" (spec §2.9) and the hint says which; on channels the settings list,
 * Send asks for confirmation first. When the viewer may not reply it is disabled and says why.
 * Fires `lc-message-submit` with the trimmed text (and the quoted message), or, while a message
 * is being edited, `lc-message-edit`. Unsent text and a pending quote are kept per conversation
 * (`draftKey`) across navigation and reloads; a changed edit of a sent message is an unsaved edit
 * (shared/unsaved-guard). Given the session (the operator's composer), it
 * has the Response templates button, whose choice is inserted at the caret.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { MessageDto } from '../../common/api';
import type { Disposable } from '../../common/disposable';
import { MESSAGE_TEXT_MAX, quoteSnapshot, type MessageQuote } from '../../common/message';
import type { SendMethod } from '../../common/settings';
import type { ResponseInsertEvent } from '../response-templates/response-picker.element';
import { insertAtCaret } from '../response-templates/response-templates-model';
import type { ConfirmDialogElement } from '../shared/confirm-dialog';
import { closeIcon } from '../shared/icons';
import { unsavedGuard } from '../shared/unsaved-guard';
import { buttons, fields, tokens } from '../shared/ui.styles';
import type { AttachmentTrayElement } from './attachment-tray.element';
import { ComposerAttachments } from './composer-attachments';
import { DraftStore, editChanged, keyAction, quoteExcerpt, sendHint } from './composer-model';
import { MessageEditEvent, MessageSubmitEvent } from './conversation-events';
import { composerStyles } from './composer.styles';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

const drafts = new DraftStore(typeof localStorage === 'undefined' ? undefined : localStorage);

export class ComposerElement extends LitElement {
  static override styles = [tokens, buttons, fields, composerStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  @property({ type: Boolean }) disabled = false;
  /** Why the viewer cannot write, shown instead of the keyboard hint. */
  @property() reason = '';
  @property() placeholder = 'Write a message…';
  /** The open session: response templates are rendered for it. Without it there is no picker. */
  @property() sessionId = '';
  /** The global "Message sending method". */
  @property() sendMethod: SendMethod = 'ctrlEnter';
  /** The session's channel is one the settings confirm sends on. */
  @property({ type: Boolean }) confirmSend = false;
  /** Where the draft of this conversation is kept (DraftStore.key); none without it. */
  @property() draftKey = '';
  /** The session files are uploaded to; without it the paperclip says why it is off. */
  @property() uploadSessionId = '';

  @state() private text = '';
  @state() private quote?: MessageQuote;
  /** The message being edited: Send saves its new text. */
  @state() private editing?: MessageDto;

  @query('textarea') private textarea!: HTMLTextAreaElement;
  @query('lc-confirm-dialog') private confirmDialog!: ConfirmDialogElement;
  @query('lc-attachment-tray') private tray?: AttachmentTrayElement;

  private readonly files = new ComposerAttachments(this, () => this.tray);

  /** A changed text of a sent message is an unsaved edit: opening another session from a pop-up asks first. */
  private guard?: Disposable;

  override connectedCallback(): void {
    super.connectedCallback();
    this.guard = unsavedGuard.register({
      what: 'a sent message',
      hasUnsavedChanges: () => editChanged(this.editing, this.text),
      discard: () => this.stopEditing(false),
    });
  }

  override disconnectedCallback(): void {
    this.guard?.dispose();
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another conversation: its own draft (this one's is already saved).
    if (changed.has('draftKey')) {
      const draft = drafts.load(this.draftKey);
      this.text = draft.text;
      this.quote = draft.quote;
      this.editing = undefined;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('draftKey') && this.textarea) this.fitHeight(this.textarea);
  }

  /** Replies to `message`: it is shown above the text until sent or removed. */
  async quoteMessage(message: MessageDto): Promise<void> {
    if (this.editing) this.stopEditing();
    // The server takes its own snapshot on send; this one is shown meanwhile.
    this.quote = quoteSnapshot(message);
    this.saveDraft();
    await this.focusText();
  }

  /** Puts the text of the viewer's own `message` in the composer; Send saves the change. */
  async editMessage(message: MessageDto, text = message.body): Promise<void> {
    this.editing = message;
    this.text = text;
    await this.focusText();
    this.fitHeight(this.textarea);
  }

  override render() {
    const tooLong = this.text.length > MESSAGE_TEXT_MAX;
    const canSend = !this.disabled && (this.text.trim().length > 0 || (this.files.ready > 0 && !this.editing)) && !tooLong && !this.files.busy;
    const dropOn = !this.disabled && !this.editing && Boolean(this.uploadSessionId);
    return html`
      <form
        class=${this.files.dropping ? 'dropping' : ''}
        @submit=${this.onSubmit}
        @dragover=${(event: DragEvent) => this.files.onDragOver(event, dropOn)}
        @dragleave=${this.files.onDragLeave}
        @drop=${(event: DragEvent) => this.files.onDrop(event, dropOn)}
      >
        ${this.renderContext()}
        <lc-attachment-tray sessionId=${this.uploadSessionId} @lc-attachments-change=${() => this.requestUpdate()}></lc-attachment-tray>
        <div class="row">
          ${this.editing ? nothing : this.files.button(this.uploadSessionId, this.disabled)}
          ${this.sessionId && !this.editing
            ? html`<lc-response-picker sessionId=${this.sessionId} ?disabled=${this.disabled} @lc-response-insert=${this.onResponseInsert}></lc-response-picker>`
            : nothing}
          <label class="visually-hidden" for="text">${this.editing ? 'Edit message' : 'Message'}</label>
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
          <button class="btn primary" type="submit" ?disabled=${!canSend} title=${this.files.busy ? 'Send waits until the files are uploaded.' : nothing}>
            ${this.editing ? 'Save' : 'Send'}
          </button>
        </div>
        <div class="foot" id="foot">
          ${this.disabled && this.reason
            ? html`<span class="reason" data-testid="composer-reason">${this.reason}</span>`
            : html`<span data-testid="composer-hint">${this.editing ? 'Escape cancels the edit. ' : ''}${sendHint(this.sendMethod, isMac)}</span>`}
          ${tooLong ? html`<span class="error-text">The message is longer than ${MESSAGE_TEXT_MAX} characters.</span>` : nothing}
        </div>
      </form>
      <lc-confirm-dialog
        heading="Send this message?"
        message="Messages on this channel are confirmed before they go to the client."
        confirmLabel="Send"
      ></lc-confirm-dialog>
    `;
  }

  /** Above the text: the message being edited, or the quoted one, each with its × to drop it. */
  private renderContext() {
    if (this.editing) {
      return html`<div class="context editing" data-testid="composer-editing">
        <div class="context-text"><span class="context-title">Editing your message</span><span>${quoteExcerpt(this.editing.body)}</span></div>
        <button class="btn subtle icon" type="button" aria-label="Cancel editing" title="Cancel editing" @click=${() => this.stopEditing()}>${closeIcon}</button>
      </div>`;
    }
    if (!this.quote) return nothing;
    return html`<div class="context" data-testid="composer-quote">
      <div class="context-text">
        <span class="context-title">Quoting ${this.quote.authorName ?? (this.quote.authorKind === 'client' ? 'the client' : 'an operator')}</span>
        <span>${quoteExcerpt(this.quote.body)}</span>
      </div>
      <button class="btn subtle icon" type="button" aria-label="Remove the quote" title="Remove the quote" @click=${this.removeQuote}>${closeIcon}</button>
    </div>`;
  }

  private onInput(event: Event): void {
    const textarea = event.target as HTMLTextAreaElement;
    this.text = textarea.value;
    this.fitHeight(textarea);
    this.saveDraft();
  }

  private fitHeight(textarea: HTMLTextAreaElement): void {
    textarea.style.height = 'auto';
    textarea.style.height = `${Math.min(textarea.scrollHeight + 2, 160)}px`;
  }

  private async focusText(): Promise<void> {
    await this.updateComplete;
    this.textarea?.focus();
  }

  private removeQuote(): void {
    this.quote = undefined;
    this.saveDraft();
    this.textarea?.focus();
  }

  /** Leaves edit mode; the draft written before comes back. */
  private stopEditing(focus = true): void {
    this.editing = undefined;
    this.text = drafts.load(this.draftKey).text;
    if (focus) this.textarea?.focus();
  }

  private saveDraft(): void {
    if (!this.editing) drafts.save(this.draftKey, { text: this.text, quote: this.quote });
  }

  /** A chosen response template goes in at the caret; the operator edits it before sending. */
  private async onResponseInsert(event: ResponseInsertEvent): Promise<void> {
    const textarea = this.textarea;
    const edit = insertAtCaret({ value: this.text, selectionStart: textarea.selectionStart, selectionEnd: textarea.selectionEnd }, event.text);
    this.text = edit.value;
    this.saveDraft();
    await this.updateComplete;
    textarea.focus();
    textarea.setSelectionRange(edit.selectionStart, edit.selectionEnd);
    this.fitHeight(textarea);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.editing) {
      event.preventDefault();
      return this.stopEditing();
    }
    if (keyAction(this.sendMethod, event) === 'send') {
      event.preventDefault();
      void this.submit();
    }
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    void this.submit();
  }

  private async submit(): Promise<void> {
    const text = this.text.trim();
    const editing = this.editing;
    const withFiles = !editing && this.files.ready > 0;
    if (this.disabled || (text.length === 0 && !withFiles) || text.length > MESSAGE_TEXT_MAX || this.files.busy) return;
    if (editing) {
      this.dispatchEvent(new MessageEditEvent(editing.id, text));
      return this.stopEditing();
    }
    // Cancel keeps the text where it was.
    if (this.confirmSend && !(await this.confirmDialog.ask())) return this.textarea?.focus();
    this.dispatchEvent(new MessageSubmitEvent(text, this.quote, this.files.take()));
    this.text = '';
    this.quote = undefined;
    drafts.clear(this.draftKey);
    if (this.textarea) this.textarea.style.height = 'auto';
    this.textarea?.focus();
  }
}
