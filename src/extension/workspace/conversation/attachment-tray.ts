import { AttachmentTrayElement } from './attachment-tray.element';

export { AttachmentsChangeEvent, AttachmentTrayElement } from './attachment-tray.element';

if (!customElements.get('lc-attachment-tray')) customElements.define('lc-attachment-tray', AttachmentTrayElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-attachment-tray': AttachmentTrayElement;
  }
}
