/**
 * The notification bell's rules, DOM-free: the badge, "5 min ago", where a notice's link leads,
 * and the feed after some notices are read.
 */
import type { NotificationDto, NotificationFeed } from '../notifications/host-notifications';
import { badgeText, parseHash, type MenuScreen, type Route } from './shell-model';

export type { NotificationDto, NotificationFeed };

/** How often the bell asks for news while the page is visible: a new notice shows within seconds. */
export const REFRESH_VISIBLE_MS = 5_000;
/** How often while the page is hidden (nobody sees the bell; it asks at once when the page shows again). */
export const REFRESH_HIDDEN_MS = 60_000;
/** The longest wait, however many requests failed in a row. */
export const REFRESH_MAX_MS = 60_000;

/**
 * How long the bell waits before it asks again: briefly while the page is visible, rarely while
 * it is hidden, and twice as long after each failure in a row (a server in trouble is not
 * hammered), never longer than REFRESH_MAX_MS.
 */
export function refreshDelay(visible: boolean, failures: number): number {
  const base = visible ? REFRESH_VISIBLE_MS : REFRESH_HIDDEN_MS;
  return Math.min(REFRESH_MAX_MS, base * 2 ** Math.min(Math.max(failures, 0), 8));
}

/** The badge on the bell: nothing at 0, "99+" above 99. */
export function bellLabel(unread: number): string {
  // The badge as shown ("99+"), so that the name holds the visible text (WCAG 2.5.3).
  return unread > 0 ? `Notifications, ${badgeText(unread)} unread` : 'Notifications';
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "5 min ago", "3 h ago", "yesterday", "4 days ago", then the date. */
export function relativeTime(iso: string, now: Date, locale?: string): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return '';
  const elapsed = now.getTime() - then;
  if (elapsed < MINUTE) return 'just now';
  if (elapsed < HOUR) return `${Math.floor(elapsed / MINUTE)} min ago`;
  if (elapsed < DAY) return `${Math.floor(elapsed / HOUR)} h ago`;
  if (elapsed < 2 * DAY) return 'yesterday';
  if (elapsed < 7 * DAY) return `${Math.floor(elapsed / DAY)} days ago`;
  const date = new Date(then);
  const sameYear = date.getFullYear() === now.getFullYear();
  return date.toLocaleDateString(locale, sameYear ? { day: 'numeric', month: 'short' } : { day: 'numeric', month: 'short', year: 'numeric' });
}

/**
 * Where a notice's link leads in the shell. A hash route (`#/<screenId>?k=v`, also `/#/…`) or a
 * path (`/<screenId>?k=v`); a path that names an extension rather than a screen
 * (`/live-chats?session=…`) opens that extension's workspace. Undefined when the user has no
 * such screen.
 */
export function noticeRoute(link: string | undefined, screens: readonly MenuScreen[]): Route | undefined {
  if (!link) return undefined;
  const hash = link.startsWith('#') ? link : link.startsWith('/#') ? link.slice(1) : link.startsWith('/') ? `#${link}` : undefined;
  const route = hash === undefined ? undefined : parseHash(hash);
  if (!route) return undefined;
  if (screens.some((screen) => screen.id === route.screenId && screen.location !== 'userMenu')) return route;
  const workspace = screens.find((screen) => screen.location === 'workspace' && screen.id.startsWith(`${route.screenId}.`));
  return workspace ? { screenId: workspace.id, params: route.params } : undefined;
}

/** The feed with the given notices read (the answer of the server is awaited separately). */
export function markedRead(feed: NotificationFeed, ids?: readonly string[]): NotificationFeed {
  const wanted = ids ? new Set(ids) : undefined;
  let newlyRead = 0;
  const items = feed.items.map((item) => {
    if (item.read || (wanted && !wanted.has(item.id))) return item;
    newlyRead++;
    return { ...item, read: true };
  });
  return { items, unread: wanted ? Math.max(0, feed.unread - newlyRead) : 0 };
}
