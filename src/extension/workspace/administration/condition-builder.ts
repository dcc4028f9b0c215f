import { ConditionBuilderElement } from './condition-builder.element';

export { ConditionBuilderElement, ConditionChangeEvent } from './condition-builder.element';

if (!customElements.get('lc-condition-builder')) customElements.define('lc-condition-builder', ConditionBuilderElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-condition-builder': ConditionBuilderElement;
  }
}
