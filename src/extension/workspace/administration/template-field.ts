import '../shared/picker-menu';
import { TemplateFieldElement } from './template-field.element';

export { TemplateChangeEvent, TemplateFieldElement } from './template-field.element';

if (!customElements.get('lc-template-field')) customElements.define('lc-template-field', TemplateFieldElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-template-field': TemplateFieldElement;
  }
}
