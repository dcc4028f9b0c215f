import { OperatorStatusElement } from './operator-status.element';

export { OperatorStatusElement } from './operator-status.element';

if (!customElements.get('lc-operator-status')) customElements.define('lc-operator-status', OperatorStatusElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-operator-status': OperatorStatusElement;
  }
}
