import '../shared/confirm-dialog';
import '../shared/picker-menu';
import './operator-picker';
import './process-start-dialog';
import './session-items';
import './session-name';
import { SessionAboutElement } from './session-about.element';

export { SessionAboutElement } from './session-about.element';

if (!customElements.get('lc-session-about')) customElements.define('lc-session-about', SessionAboutElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-session-about': SessionAboutElement;
  }
}
