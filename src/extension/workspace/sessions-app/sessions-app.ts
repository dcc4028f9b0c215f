import '../shared/picker-menu';
import './sessions-export';
import './sessions-filter';
import './sessions-results';
import { SessionsAppElement } from './sessions-app.element';

export { SessionsAppElement } from './sessions-app.element';

if (!customElements.get('lc-sessions-app')) customElements.define('lc-sessions-app', SessionsAppElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-sessions-app': SessionsAppElement;
  }
}
