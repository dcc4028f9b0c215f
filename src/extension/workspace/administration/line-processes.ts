import '../shared/picker-menu';
import './binding-dialog';
import { LineProcessesElement } from './line-processes.element';

export { LineProcessesElement } from './line-processes.element';

if (!customElements.get('lc-line-processes')) customElements.define('lc-line-processes', LineProcessesElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-line-processes': LineProcessesElement;
  }
}
