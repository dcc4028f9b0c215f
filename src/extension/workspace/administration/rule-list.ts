import '../shared/confirm-dialog';
import '../shared/picker-menu';
import './rule-dialog';
import { RuleListElement } from './rule-list.element';

export { RuleListElement } from './rule-list.element';

if (!customElements.get('lc-rule-list')) customElements.define('lc-rule-list', RuleListElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-rule-list': RuleListElement;
  }
}
