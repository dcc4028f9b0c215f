import './binding-dialog';
import './template-field';
import { RuleExtrasElement } from './rule-extras.element';

export { RuleExtrasChangeEvent, RuleExtrasElement, type RuleExtras } from './rule-extras.element';

if (!customElements.get('lc-rule-extras')) customElements.define('lc-rule-extras', RuleExtrasElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-rule-extras': RuleExtrasElement;
  }
}
