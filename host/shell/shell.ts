/**
 * Entry of the reference host's page (`/assets/shell.js`): defines <lc-shell> and its sign-in
 * page. The page's body is `<lc-shell></lc-shell>`.
 */
import { LoginPageElement } from './login-page.element';
import { ShellElement } from './shell.element';

export { LoginPageElement, ShellElement };

if (!customElements.get('lc-login-page')) customElements.define('lc-login-page', LoginPageElement);
if (!customElements.get('lc-shell')) customElements.define('lc-shell', ShellElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-shell': ShellElement;
    'lc-login-page': LoginPageElement;
  }
}
