import '../shared/picker-menu';
import { AttachmentListElement } from './attachment-list.element';

export { AttachmentListElement } from './attachment-list.element';

if (!customElements.get('lc-attachment-list')) customElements.define('lc-attachment-list', AttachmentListElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-attachment-list': AttachmentListElement;
  }
}
