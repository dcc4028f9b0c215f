import '../shared/confirm-dialog';
import './import-button';
import { ArticlesPageElement } from './articles-page.element';

export { ArticlesPageElement } from './articles-page.element';

if (!customElements.get('lc-articles-page')) customElements.define('lc-articles-page', ArticlesPageElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-articles-page': ArticlesPageElement;
  }
}
