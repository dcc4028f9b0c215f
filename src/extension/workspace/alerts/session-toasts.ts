import '../shared/confirm-dialog';
import { SessionToastsElement } from './session-toasts.element';

export { SessionToastsElement, ToastDismissEvent, ToastOpenEvent } from './session-toasts.element';

if (!customElements.get('lc-session-toasts')) customElements.define('lc-session-toasts', SessionToastsElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-session-toasts': SessionToastsElement;
  }
  interface HTMLElementEventMap {
    'lc-toast-open': import('./session-toasts.element').ToastOpenEvent;
    'lc-toast-dismiss': import('./session-toasts.element').ToastDismissEvent;
  }
}
