/**
 * <lc-shell>: the reference host's page. Signs the user in, loads the installed extensions,
 * shows the platform's left menu (workspaces, Messages, Administration) and mounts the chosen
 * screen, keeping the place in the URL hash so a reload returns to it. The header holds the
 * #feed bell and the extensions' `userMenu` screens, mounted once beside the user's name for as
 * long as the user is signed in.
 */
import type { MountedScreen, ScreenRegistration } from '@elma365/sdk-types';
import { html, LitElement, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import { APP_FORMS_SCREEN, APPS_SCREEN, appsScreens } from './apps/apps';
import { ExtensionHost } from './extension-host';
import { hostApi, type Me } from './host-api';
import { appsIcon, chatIcon, flowIcon, gearIcon, headsetIcon, inboxIcon } from './icons';
import type { NotificationOpenEvent } from './notification-bell.element';
import { noticeRoute } from './notifications-model';
import { PROCESSES_SCREEN, processesScreen } from './processes/processes';
import { badgeText, buildMenu, formatHash, menuItemName, menuItems, parseHash, resolveRoute, type MenuSection, type Route } from './shell-model';
import { shellStyles } from './shell.styles';
import { theme } from './theme.styles';

type Status = 'loading' | 'signed-out' | 'signed-in' | 'unreachable';

/** A `userMenu` screen: its own container in the header, kept across renders and navigation. */
interface UserMenuSlot {
  screenId: string;
  container: HTMLElement;
  handle?: MountedScreen;
}

const initialsOf = (name: string): string =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('') || '?';

export class ShellElement extends LitElement {
  static override styles = [theme, shellStyles];

  @state() private status: Status = 'loading';
  @state() private me?: Me;
  @state() private menu: MenuSection[] = [];
  @state() private route?: Route;
  @state() private problems: string[] = [];
  @state() private userMenu: UserMenuSlot[] = [];

  @query('main') private main?: HTMLElement;

  private extensions?: ExtensionHost;
  private mounted?: { screenId: string; handle: MountedScreen; container: HTMLElement };
  private preferred: string[] = [];
  /** The host's own screens (Apps, Administration › Apps and Processes) by id. */
  private hostScreens = new Map<string, ScreenRegistration>();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    void this.start();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    this.leave();
    super.disconnectedCallback();
  }

  private readonly onHashChange = (): void => void this.show();

  private async start(): Promise<void> {
    this.status = 'loading';
    try {
      const me = await hostApi.me();
      if (me) await this.enter(me);
      else this.status = 'signed-out';
    } catch (error) {
      console.error(error);
      this.status = 'unreachable';
    }
  }

  private async enter(me: Me): Promise<void> {
    this.me = me;
    const extensions = new ExtensionHost(me, (screenId, params) => this.navigate(screenId, params), () => this.requestUpdate());
    this.extensions = extensions;
    await extensions.load(await hostApi.extensions());
    this.problems = extensions.failures.map((failure) => `${failure.extension} could not be loaded: ${failure.message}`);
    // The host's own screens: Apps next to the workspaces, the form designer and the process
    // designer in Administration next to the extensions'.
    const screens = [...extensions.menuScreens(), APPS_SCREEN, ...(me.isAdministrator ? [APP_FORMS_SCREEN, PROCESSES_SCREEN] : [])];
    this.hostScreens = new Map([processesScreen, ...appsScreens({ me, navigate: (screenId, params) => this.navigate(screenId, params) })].map((screen) => [screen.id, screen]));
    this.menu = buildMenu(screens, {
      isAdministrator: me.isAdministrator,
      canSeeWorkspace: (screen) => screen.id === APPS_SCREEN.id || extensions.canSeeWorkspace(screen.id),
    });
    // Without a place in the URL, open where the user works: their workspace, Administration
    // for an administrator who works in none, else Messages.
    const ids = (location: string) => screens.filter((screen) => screen.location === location).map((screen) => screen.id);
    this.preferred = [
      ...ids('workspace').filter((id) => extensions.worksIn(id)),
      ...(me.isAdministrator ? ids('administration') : []),
      ...ids('messages'),
    ];
    this.status = 'signed-in';
    await this.mountUserMenu();
    await this.show();
  }

  /** Mounts every `userMenu` screen beside the user's name, once; they stay while the user navigates. */
  private async mountUserMenu(): Promise<void> {
    const extensions = this.extensions;
    if (!extensions) return;
    const slots = extensions
      .menuScreens()
      .filter((screen) => screen.location === 'userMenu')
      .map((screen): UserMenuSlot => {
        const container = document.createElement('div');
        container.className = 'user-screen';
        container.dataset.screenId = screen.id;
        return { screenId: screen.id, container };
      });
    this.userMenu = slots;
    await this.updateComplete;
    for (const slot of slots) {
      try {
        slot.handle = extensions.screen(slot.screenId)?.registration.mount(slot.container, {});
      } catch (error) {
        console.error(`The screen ${slot.screenId} could not be shown`, error);
      }
    }
  }

  private unmountUserMenu(): void {
    for (const slot of this.userMenu.splice(0).reverse()) {
      try {
        slot.handle?.dispose();
      } catch (error) {
        console.error('A screen failed to close', error);
      }
      slot.container.replaceChildren();
    }
    this.userMenu = [];
  }

  /** A notice's link: a screen of the shell (or an extension's workspace) with its parameters. */
  private onNotificationOpen(event: NotificationOpenEvent): void {
    const route = noticeRoute(event.link, this.extensions?.menuScreens() ?? []);
    if (route && menuItems(this.menu).some((item) => item.screenId === route.screenId)) this.navigate(route.screenId, route.params);
  }

  /** Asks for a screen; the hash change mounts it. */
  navigate(screenId: string, params: Record<string, string> = {}): void {
    const hash = formatHash({ screenId, params });
    if (location.hash !== hash) location.hash = hash;
    else void this.show();
  }

  private async show(): Promise<void> {
    if (this.status !== 'signed-in' || !this.extensions) return;
    const route = resolveRoute(location.hash, this.menu, this.preferred);
    if (!route) {
      this.unmount();
      this.route = undefined;
      return;
    }
    if (parseHash(location.hash)?.screenId !== route.screenId) history.replaceState(null, '', formatHash(route));
    this.route = route;
    const label = menuItems(this.menu).find((item) => item.screenId === route.screenId)?.label ?? '';
    document.title = label ? `${label} · Live Chats` : 'Live Chats';
    await this.updateComplete;
    const main = this.main;
    if (!main) return;
    if (this.mounted?.screenId === route.screenId && this.mounted.container === main && this.mounted.handle.update) {
      this.mounted.handle.update(route.params);
      return;
    }
    this.unmount();
    const registration = this.hostScreens.get(route.screenId) ?? this.extensions.screen(route.screenId)?.registration;
    if (!registration) return;
    try {
      const handle = registration.mount(main, route.params);
      this.mounted = { screenId: route.screenId, handle, container: main };
    } catch (error) {
      console.error(error);
      this.problems = [...this.problems, `The screen could not be opened: ${error instanceof Error ? error.message : String(error)}`];
    }
  }

  private unmount(): void {
    const mounted = this.mounted;
    this.mounted = undefined;
    if (!mounted) return;
    try {
      mounted.handle.dispose();
    } catch (error) {
      console.error('A screen failed to close', error);
    }
    mounted.container.replaceChildren();
  }

  private leave(): void {
    this.unmount();
    this.unmountUserMenu();
    this.extensions?.dispose();
    this.extensions = undefined;
    this.hostScreens = new Map();
  }

  private async signOut(): Promise<void> {
    try {
      await hostApi.logout();
    } catch (error) {
      console.error(error);
    }
    this.leave();
    this.me = undefined;
    this.menu = [];
    this.route = undefined;
    this.problems = [];
    history.replaceState(null, '', location.pathname);
    document.title = 'Live Chats';
    this.status = 'signed-out';
  }

  override render() {
    switch (this.status) {
      case 'loading':
        return html`<div class="centre" role="status">Loading…</div>`;
      case 'unreachable':
        return html`<div class="centre">
          <strong>The server cannot be reached</strong>
          <span>Check your connection, then try again.</span>
          <button class="btn primary" type="button" @click=${() => this.start()}>Try again</button>
        </div>`;
      case 'signed-out':
        return html`<lc-login-page @lc-user-sign-in=${() => this.start()}></lc-login-page>`;
      case 'signed-in':
        return this.renderApp();
    }
  }

  private renderApp() {
    const user = this.me?.user;
    const items = menuItems(this.menu);
    return html`
      <div class="app">
        <header class="topbar">
          <div class="brand"><span class="logo">${chatIcon}</span>Live Chats</div>
          <div class="user" @lc-notification-open=${this.onNotificationOpen}>
            <lc-notification-bell></lc-notification-bell>
            ${this.userMenu.map((slot) => slot.container)}
            <span class="avatar" aria-hidden="true">${initialsOf(user?.name ?? '')}</span>
            <span class="user-name" data-testid="user-name">${user?.name}</span>
            <button class="btn" type="button" @click=${this.signOut}>Sign out</button>
          </div>
        </header>
        <nav class="menu" aria-label="Main menu">
          ${this.menu.map(
            (section) => html`<div>
              ${section.heading ? html`<h2 id="menu-${section.heading}">${section.heading}</h2>` : nothing}
              <ul aria-labelledby=${section.heading ? `menu-${section.heading}` : nothing}>
                ${section.items.map(
                  (item) => html`<li>
                    <a
                      href=${formatHash({ screenId: item.screenId, params: {} })}
                      data-testid="menu-${item.screenId}"
                      aria-current=${this.route?.screenId === item.screenId ? 'page' : 'false'}
                      aria-label=${this.extensions?.badge(item.screenId) ? menuItemName(item.label, this.extensions.badge(item.screenId)) : nothing}
                      >${this.iconFor(item.screenId)}<span>${item.label}</span>${this.renderBadge(item.screenId)}</a
                    >
                  </li>`,
                )}
              </ul>
            </div>`,
          )}
        </nav>
        <main aria-label=${items.find((item) => item.screenId === this.route?.screenId)?.label ?? 'Content'}></main>
        ${this.problems.length || items.length === 0
          ? html`<div class="problems">
              ${this.problems.map((problem) => html`<div class="banner" role="alert">${problem}</div>`)}
              ${items.length === 0 ? html`<div class="banner" role="status">There is nothing here for your account yet.</div>` : nothing}
            </div>`
          : nothing}
      </div>
    `;
  }

  /**
   * An extension's count on its entry (the entry's accessible name says it: "Live Chats, 3 unread").
   * The space before it keeps the visible text "Live Chats 3", two words that name holds, not "Live Chats3".
   */
  private renderBadge(screenId: string) {
    const badge = this.extensions?.badge(screenId);
    if (!badge) return nothing;
    return html` <span class="count" data-testid="menu-badge" aria-hidden="true">${badgeText(badge.count)}</span>`;
  }

  private iconFor(screenId: string) {
    if (screenId === PROCESSES_SCREEN.id) return flowIcon;
    if (screenId === APPS_SCREEN.id) return appsIcon;
    if (screenId === APP_FORMS_SCREEN.id) return gearIcon;
    const location = this.extensions?.screen(screenId)?.manifest.location;
    return location === 'administration' ? gearIcon : location === 'messages' ? inboxIcon : headsetIcon;
  }
}
