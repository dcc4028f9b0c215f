/**
 * The files of one message: images as thumbnails (click for the full image in a preview that
 * Escape closes), other files as a row with icon, name, size and a download link. For staff,
 * "Save a copy" puts a file into the Files field of an app item bound to the session; the menu
 * lists those fields when the pointer or the focus comes to the files, and says why it is off when
 * there are none. A message still being sent shows its files without links.
 */
import { consume } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { type AttachmentDto, type AttachmentTargetDto, formatFileSize, isInlineImage } from '../../common/attachments-api';
import type { ApiClient } from '../services/api-client';
import { errorMessage } from '../services/api-error';
import { apiClientContext } from '../services/contexts';
import { closeIcon, downloadIcon, fileIcon, saveCopyIcon } from '../shared/icons';
import { NoticeShowEvent } from '../shared/notice-events';
import type { MenuPickEvent, PickerItem } from '../shared/picker-menu';
import { buttons, tokens } from '../shared/ui.styles';
import { attachmentFileStyles } from './attachment-file.styles';
import { attachmentListStyles } from './attachment-list.styles';

export class AttachmentListElement extends LitElement {
  static override styles = [tokens, buttons, attachmentFileStyles, attachmentListStyles];

  @consume({ context: apiClientContext }) @property({ attribute: false }) api?: ApiClient;

  @property() sessionId = '';
  @property({ attribute: false }) attachments: AttachmentDto[] = [];
  /** Staff may save copies into bound items. */
  @property({ type: Boolean }) canCopy = false;
  /** The message is still being sent: no links yet. */
  @property({ type: Boolean }) pending = false;

  @state() private targets?: AttachmentTargetDto[];
  @state() private targetsError = '';
  @state() private previewing?: AttachmentDto;
  /** Images the browser could not show (not really images): listed as files instead. */
  @state() private broken = new Set<string>();

  @query('dialog') private dialog?: HTMLDialogElement;

  /** A request for the targets is under way. */
  private loadingTargets = false;

  override render() {
    const images = this.pending ? [] : this.attachments.filter((file) => isInlineImage(file.contentType) && !this.broken.has(file.id));
    const files = this.attachments.filter((file) => !images.includes(file));
    return html`
      <div class="files" data-testid="attachment-list" @pointerenter=${this.loadTargets} @focusin=${this.loadTargets}>
        ${images.length ? html`<div class="images">${images.map((file) => this.renderImage(file))}</div>` : nothing}
        ${files.map((file) => this.renderFile(file))}
      </div>
      ${this.renderPreview()}
    `;
  }

  private renderImage(file: AttachmentDto) {
    return html`<div class="image item" data-testid="attachment-image">
      <button class="thumb" type="button" aria-label="Preview ${file.name}" title=${file.name} @click=${() => this.openPreview(file)}>
        <img src=${this.url(file)} alt=${file.name} loading="lazy" @error=${() => (this.broken = new Set([...this.broken, file.id]))} />
      </button>
      ${this.renderCopy(file)}
    </div>`;
  }

  private renderFile(file: AttachmentDto) {
    return html`<div class="file item" data-testid="attachment-file">
      <span class="icon">${fileIcon}</span>
      <span class="text">
        <span class="name" title=${file.name}>${file.name}</span>
        <span class="size">${formatFileSize(file.size)}</span>
      </span>
      ${this.pending
        ? nothing
        : html`<a class="icon-button" href=${this.url(file)} download=${file.name} aria-label="Download ${file.name}" title="Download">${downloadIcon}</a>`}
      ${this.renderCopy(file)}
    </div>`;
  }

  private renderCopy(file: AttachmentDto) {
    if (!this.canCopy || this.pending) return nothing;
    const reason = this.copyReason();
    const items: PickerItem[] = (this.targets ?? []).map((target) => ({
      value: `${target.appCode}\n${target.itemId}\n${target.fieldCode}`,
      label: target.itemName,
      detail: `${target.appName} › ${target.fieldCode}`,
    }));
    return html`<lc-picker-menu
      class="copy"
      label="Save a copy of ${file.name}"
      heading="Save a copy to"
      buttonClass="btn icon"
      floating
      align="end"
      .items=${items}
      ?disabled=${reason !== undefined}
      reason=${reason ?? ''}
      data-testid="attachment-copy"
      @lc-menu-pick=${(event: MenuPickEvent) => this.copy(file, event.value)}
      ><span slot="button">${saveCopyIcon}</span></lc-picker-menu
    >`;
  }

  private copyReason(): string | undefined {
    if (this.targetsError) return `Save a copy: ${this.targetsError}`;
    if (!this.targets) return 'Save a copy: looking for bound items…';
    if (this.targets.length === 0) return 'Save a copy: bind an app item with a Files field to the session first (About the session).';
    return undefined;
  }

  private renderPreview() {
    const file = this.previewing;
    return html`<dialog class="preview" aria-label=${file ? `Preview of ${file.name}` : 'Preview'} @close=${() => (this.previewing = undefined)}>
      ${file
        ? html`<div class="preview-bar">
              <span class="name">${file.name}</span>
              <span class="size">${formatFileSize(file.size)}</span>
              <a class="btn" href=${this.url(file)} download=${file.name}>${downloadIcon} Download</a>
              <button class="btn" type="button" aria-label="Close the preview" @click=${() => this.dialog?.close()}>${closeIcon}</button>
            </div>
            <img class="full" src=${this.url(file)} alt=${file.name} data-testid="attachment-preview" />`
        : nothing}
    </dialog>`;
  }

  private async openPreview(file: AttachmentDto): Promise<void> {
    this.previewing = file;
    await this.updateComplete;
    // A modal dialog: Escape closes it and the focus returns to the thumbnail.
    if (!this.dialog?.open) this.dialog?.showModal();
  }

  private url(file: AttachmentDto): string {
    return this.api ? this.api.attachmentUrl(this.sessionId, file.id) : '';
  }

  /** Asked each time the pointer or the focus comes to the files: items are bound and unbound at any time. */
  private readonly loadTargets = async (): Promise<void> => {
    if (!this.canCopy || this.pending || !this.api || this.loadingTargets) return;
    this.loadingTargets = true;
    try {
      this.targets = await this.api.attachmentTargets(this.sessionId);
      this.targetsError = '';
    } catch (error) {
      this.targetsError = errorMessage(error);
    } finally {
      this.loadingTargets = false;
    }
  };

  private async copy(file: AttachmentDto, value: string): Promise<void> {
    const [appCode, itemId, fieldCode] = value.split('\n');
    if (!this.api || !fieldCode) return;
    try {
      const copy = await this.api.copyAttachment(this.sessionId, file.id, { appCode, itemId, fieldCode });
      this.dispatchEvent(new NoticeShowEvent('info', `A copy of "${file.name}" was saved to ${copy.appName} › ${copy.itemName} (${copy.fieldCode}).`));
    } catch (error) {
      this.dispatchEvent(new NoticeShowEvent('error', errorMessage(error)));
    }
  }
}
