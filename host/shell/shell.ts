/**
 * Entry of the reference host's page (`/assets/shell.js`): defines <lc-shell>, its sign-in page,
 * the notification bell, the Apps pages, the form designer and the process designer's elements.
 * The page's body is `<lc-shell></lc-shell>`.
 */
import { LoginPageElement } from './login-page.element';
import { NotificationBellElement } from './notification-bell.element';
import './apps/apps';
import './processes/processes';
import { ShellElement } from './shell.element';

export { LoginPageElement, NotificationBellElement, ShellElement };

if (!customElements.get('lc-login-page')) customElements.define('lc-login-page', LoginPageElement);
if (!customElements.get('lc-notification-bell')) customElements.define('lc-notification-bell', NotificationBellElement);
if (!customElements.get('lc-shell')) customElements.define('lc-shell', ShellElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-shell': ShellElement;
    'lc-login-page': LoginPageElement;
    'lc-notification-bell': NotificationBellElement;
  }
}
