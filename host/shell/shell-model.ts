/**
 * The shell's rules, DOM-free: the place in the URL hash (`#/<screenId>?k=v`), the left menu built
 * from the extensions' screens, and which screen opens when the hash names none the user may see.
 */
import type { ScreenLocation } from '@elma365/sdk-types';

export interface Route {
  screenId: string;
  params: Record<string, string>;
}

export function parseHash(hash: string): Route | undefined {
  const match = /^#?\/([^?]+)(?:\?(.*))?$/.exec(hash);
  if (!match) return undefined;
  let screenId: string;
  try {
    screenId = decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
  const params: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(match[2] ?? '')) params[key] = value;
  return { screenId, params };
}

export function formatHash(route: Route): string {
  const search = new URLSearchParams(
    Object.entries(route.params)
      .filter(([, value]) => value !== undefined && value !== '')
      .sort(([a], [b]) => a.localeCompare(b)),
  ).toString();
  return `#/${encodeURIComponent(route.screenId)}${search ? `?${search}` : ''}`;
}

export interface MenuScreen {
  id: string;
  title: string;
  location: ScreenLocation;
}

export interface MenuItem {
  screenId: string;
  label: string;
}

export interface MenuSection {
  /** Shown as a heading above the items; sections of one item have none. */
  heading?: string;
  items: MenuItem[];
}

export interface MenuAccess {
  isAdministrator: boolean;
  /** Whether the user may see a workspace screen (e.g. works on some live chat). */
  canSeeWorkspace(screen: MenuScreen): boolean;
}

/**
 * The platform's left menu: every workspace by its title, then Messages, then Administration
 * (administrators only) with one entry per administration screen.
 */
export function buildMenu(screens: readonly MenuScreen[], access: MenuAccess): MenuSection[] {
  const sections: MenuSection[] = [];
  const workspaces = screens.filter((screen) => screen.location === 'workspace' && access.canSeeWorkspace(screen));
  if (workspaces.length > 0) sections.push({ items: workspaces.map((screen) => ({ screenId: screen.id, label: screen.title })) });
  const messages = screens.filter((screen) => screen.location === 'messages');
  if (messages.length === 1) sections.push({ items: [{ screenId: messages[0].id, label: 'Messages' }] });
  if (messages.length > 1) sections.push({ heading: 'Messages', items: messages.map((screen) => ({ screenId: screen.id, label: screen.title })) });
  const administration = screens.filter((screen) => screen.location === 'administration');
  if (access.isAdministrator && administration.length > 0) {
    sections.push({ heading: 'Administration', items: administration.map((screen) => ({ screenId: screen.id, label: screen.title })) });
  }
  return sections;
}

export function menuItems(menu: readonly MenuSection[]): MenuItem[] {
  return menu.flatMap((section) => section.items);
}

/** Where the shell goes: the hash's screen if the user may see it, else the first item of `preferred` that exists. */
export function resolveRoute(hash: string, menu: readonly MenuSection[], preferred: readonly string[] = []): Route | undefined {
  const items = menuItems(menu);
  const route = parseHash(hash);
  if (route && items.some((item) => item.screenId === route.screenId)) return route;
  const fallback = preferred.find((id) => items.some((item) => item.screenId === id)) ?? items[0]?.screenId;
  return fallback ? { screenId: fallback, params: {} } : undefined;
}

/** A count an extension put on one of its menu entries (WorkspaceContext.setBadge). */
export interface MenuBadge {
  count: number;
  /** What is counted, e.g. "unread". */
  label: string;
}

/** A count as given by an extension, made safe: a whole number ≥ 0 (anything else hides the badge). */
export function normalizeBadgeCount(count: unknown): number {
  return typeof count === 'number' && Number.isFinite(count) && count > 0 ? Math.floor(count) : 0;
}

/** What a badge shows: nothing for none, "99+" beyond 99 (the menu's badges and the bell's). */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

/**
 * The menu entry's accessible name: "Live Chats, 3 unread" (the count is part of it), or the title
 * alone. It holds the entry's visible text word for word ("Live Chats", then the badge as shown,
 * "99+" included), so that speech input users can say what they see (WCAG 2.5.3).
 */
export function menuItemName(title: string, badge: MenuBadge | undefined): string {
  return badge && badge.count > 0 ? `${title}, ${badgeText(badge.count)} ${badge.label}` : title;
}
