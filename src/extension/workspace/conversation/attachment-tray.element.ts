/**
 * The files attached to the message being written, above the composer's text: each with its
 * name, size and an upload progress bar (cancel while it uploads, remove once uploaded), or the
 * reason it cannot go (too large, a type not allowed — known from the settings before uploading,
 * else in the server's words). The composer opens the file dialog (`pick`), hands it dropped files
 * (`addFiles`) and takes the uploaded ones when it sends (`take`). Fires `lc-attachments-change`
 * whenever the list changes.
 */
import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { type AttachmentDto, formatFileSize } from '../../common/attachments-api';
import type { LiveChatsSettings } from '../../common/settings';
import type { ApiClient } from '../services/api-client';
import { apiClientContext } from '../services/contexts';
import { SubscriptionController } from '../services/subscription-controller';
import { closeIcon, fileIcon } from '../shared/icons';
import { buttons, tokens } from '../shared/ui.styles';
import { AttachmentUploads, type UploadItem } from './attachment-upload-model';
import { attachmentFileStyles } from './attachment-file.styles';
import { attachmentTrayStyles } from './attachment-tray.styles';

export class AttachmentsChangeEvent extends Event {
  static readonly type = 'lc-attachments-change';

  constructor() {
    super(AttachmentsChangeEvent.type, { bubbles: true, composed: true });
  }
}

export class AttachmentTrayElement extends LitElement {
  static override styles = [tokens, buttons, attachmentFileStyles, attachmentTrayStyles];

  @consume({ context: apiClientContext }) @property({ attribute: false }) api?: ApiClient;

  /** The session the files are uploaded to; changing it drops the files. */
  @property() sessionId = '';

  @state() private items: UploadItem[] = [];

  @query('input[type=file]') private input!: HTMLInputElement;

  private settings?: LiveChatsSettings;
  private readonly uploads = new AttachmentUploads<File>(
    (file, onProgress, signal) => {
      if (!this.api) return Promise.reject(new Error('The workspace is not ready yet.'));
      return this.api.uploadAttachment(this.sessionId, file, { onProgress, signal });
    },
    () => this.settings,
  );

  private readonly itemsSubscription = new SubscriptionController<UploadItem[]>(this, (items) => {
    this.items = items;
    this.dispatchEvent(new AttachmentsChangeEvent());
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.itemsSubscription.set(this.uploads.items$);
    // The limits let the tray refuse a file at once; without them the server still says why.
    if (!this.settings) this.api?.getSettings().then((settings) => (this.settings = settings), () => undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sessionId') && changed.get('sessionId') !== undefined) this.uploads.clear();
  }

  /** Files still uploading: the message waits for them. */
  get busy(): boolean {
    return this.uploads.busy;
  }

  get ready(): AttachmentDto[] {
    return this.uploads.ready;
  }

  /** Opens the browser's file dialog. */
  pick(): void {
    this.input?.click();
  }

  addFiles(files: readonly File[]): void {
    if (files.length) this.uploads.add(files);
  }

  /** The uploaded files for the message being sent; the tray is empty afterwards. */
  take(): AttachmentDto[] {
    return this.uploads.take();
  }

  override render() {
    return html`
      <input class="visually-hidden" type="file" multiple tabindex="-1" aria-hidden="true" @change=${this.onPicked} />
      ${this.items.length
        ? html`<ul class="tray" aria-label="Attached files" data-testid="attachment-tray">
            ${this.items.map((item) => this.renderItem(item))}
          </ul>`
        : nothing}
    `;
  }

  private renderItem(item: UploadItem) {
    const percent = Math.round(item.progress * 100);
    const action = item.status === 'uploading' ? `Cancel uploading ${item.name}` : item.status === 'failed' ? `Dismiss ${item.name}` : `Remove ${item.name}`;
    return html`<li class="chip ${item.status}" data-testid="attachment-chip" data-status=${item.status}>
      <span class="icon">${fileIcon}</span>
      <span class="text">
        <span class="name" title=${item.name}>${item.name}</span>
        ${item.status === 'failed'
          ? html`<span class="error" role="alert" data-testid="attachment-error">${item.error}</span>`
          : html`<span class="size">${formatFileSize(item.size)}${item.status === 'uploading' ? html` · ${percent}%` : nothing}</span>`}
        ${item.status === 'uploading'
          ? html`<span class="bar" role="progressbar" aria-label="Uploading ${item.name}" aria-valuemin="0" aria-valuemax="100" aria-valuenow=${percent}
              ><span style="width: ${percent}%"></span
            ></span>`
          : nothing}
      </span>
      <button class="icon-button remove" type="button" aria-label=${action} title=${action} @click=${() => this.uploads.remove(item.key)}>${closeIcon}</button>
    </li>`;
  }

  private onPicked(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.addFiles([...(input.files ?? [])]);
    // The same file can be picked again after it was removed.
    input.value = '';
  }
}
