import './condition-builder';
import './rule-extras';
import { RuleDialogElement } from './rule-dialog.element';

export { RuleDialogElement, type RuleDialogOptions } from './rule-dialog.element';

if (!customElements.get('lc-rule-dialog')) customElements.define('lc-rule-dialog', RuleDialogElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-rule-dialog': RuleDialogElement;
  }
}
