/**
 * The composer's part in attaching files: the paperclip button, files dropped onto the composer,
 * and what Send needs to know (files ready, files still uploading). The files themselves are in
 * the `lc-attachment-tray` the composer renders above its text.
 */
import { html, type ReactiveControllerHost } from 'lit';
import type { AttachmentDto } from '../../common/attachments-api';
import { paperclipIcon } from '../shared/icons';
import type { AttachmentTrayElement } from './attachment-tray.element';

/** Why the paperclip is off when there is no session yet (Messages before the first message). */
export const NO_SESSION_YET = 'Send your first message; then you can attach files to the conversation.';

export class ComposerAttachments {
  /** Files are being dragged over the composer. */
  dropping = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly tray: () => AttachmentTrayElement | null | undefined,
  ) {}

  get ready(): number {
    return this.tray()?.ready.length ?? 0;
  }

  get busy(): boolean {
    return this.tray()?.busy ?? false;
  }

  /** The uploaded files for the message being sent; the tray is empty afterwards. */
  take(): AttachmentDto[] {
    return this.tray()?.take() ?? [];
  }

  /** The paperclip: opens the file dialog; off without a session or while the composer is. */
  button(sessionId: string, disabled: boolean) {
    const reason = !sessionId ? NO_SESSION_YET : '';
    return html`<button
      class="btn icon attach"
      type="button"
      aria-label="Attach files"
      title=${reason || 'Attach files (or drop them here)'}
      data-testid="attach-button"
      ?disabled=${disabled || !sessionId}
      @click=${() => this.tray()?.pick()}
    >
      ${paperclipIcon}
    </button>`;
  }

  readonly onDragOver = (event: DragEvent, enabled: boolean): void => {
    if (!enabled || !event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.setDropping(true);
  };

  readonly onDragLeave = (event: DragEvent): void => {
    const to = event.relatedTarget as Node | null;
    if (!to || !(event.currentTarget as Node).contains(to)) this.setDropping(false);
  };

  readonly onDrop = (event: DragEvent, enabled: boolean): void => {
    this.setDropping(false);
    if (!enabled || !event.dataTransfer?.files.length) return;
    event.preventDefault();
    this.tray()?.addFiles([...event.dataTransfer.files]);
  };

  private setDropping(value: boolean): void {
    if (this.dropping === value) return;
    this.dropping = value;
    this.host.requestUpdate();
  }
}
