import '../administration/template-field';
import '../shared/confirm-dialog';
import './import-button';
import { TemplatesPageElement } from './templates-page.element';

export { TemplatesPageElement } from './templates-page.element';

if (!customElements.get('lc-templates-page')) customElements.define('lc-templates-page', TemplatesPageElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-templates-page': TemplatesPageElement;
  }
}
