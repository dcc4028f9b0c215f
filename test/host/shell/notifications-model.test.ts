/** The notification bell's DOM-free rules (host/shell/notifications-model.ts). */
import {
  bellLabel,
  markedRead,
  noticeRoute,
  REFRESH_HIDDEN_MS,
  REFRESH_MAX_MS,
  REFRESH_VISIBLE_MS,
  refreshDelay,
  relativeTime,
  type NotificationFeed,
} from '../../../host/shell/notifications-model';
import { badgeText, buildMenu, type MenuScreen } from '../../../host/shell/shell-model';

const screens: MenuScreen[] = [
  { id: 'live-chats.workspace', title: 'Live Chats', location: 'workspace' },
  { id: 'live-chats.administration', title: 'Live Chats', location: 'administration' },
  { id: 'live-chats.messages', title: 'Live chats', location: 'messages' },
  { id: 'live-chats.operator-status', title: 'Operator status', location: 'userMenu' },
];

describe('the bell', () => {
  it('shows the unread count, 99+ at most, and says it', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(100)).toBe('99+');
    expect(bellLabel(0)).toBe('Notifications');
    expect(bellLabel(3)).toBe('Notifications, 3 unread');
    expect(bellLabel(150)).toBe('Notifications, 99+ unread');
  });

  it('tells the time of a notice relative to now', () => {
    const now = new Date('2026-03-10T12:00:00.000Z');
    expect(relativeTime('2026-03-10T11:59:30.000Z', now)).toBe('just now');
    expect(relativeTime('2026-03-10T11:55:00.000Z', now)).toBe('5 min ago');
    expect(relativeTime('2026-03-10T09:00:00.000Z', now)).toBe('3 h ago');
    expect(relativeTime('2026-03-09T10:00:00.000Z', now)).toBe('yesterday');
    expect(relativeTime('2026-03-06T12:00:00.000Z', now)).toBe('4 days ago');
    expect(relativeTime('2026-02-01T12:00:00.000Z', now, 'en-GB')).toBe('1 Feb');
    expect(relativeTime('2025-02-01T12:00:00.000Z', now, 'en-GB')).toBe('1 Feb 2025');
    expect(relativeTime('garbage', now)).toBe('');
  });

  it('follows a link to a screen, or to the workspace of the extension it names', () => {
    expect(noticeRoute('#/live-chats.workspace?session=s1', screens)).toEqual({ screenId: 'live-chats.workspace', params: { session: 's1' } });
    expect(noticeRoute('/#/live-chats.messages', screens)).toEqual({ screenId: 'live-chats.messages', params: {} });
    expect(noticeRoute('/live-chats.workspace?line=l1&session=s1', screens)).toEqual({ screenId: 'live-chats.workspace', params: { line: 'l1', session: 's1' } });
    expect(noticeRoute('/live-chats?session=s2', screens)).toEqual({ screenId: 'live-chats.workspace', params: { session: 's2' } });
    expect(noticeRoute('/live-chats.operator-status', screens)).toBeUndefined();
    expect(noticeRoute('/elsewhere', screens)).toBeUndefined();
    expect(noticeRoute('javascript:alert(1)', screens)).toBeUndefined();
    expect(noticeRoute(undefined, screens)).toBeUndefined();
  });

  it('marks some or all notices read at once, before the server answers', () => {
    const feed: NotificationFeed = {
      items: [
        { id: 'a', title: 'A', createdAt: '2026-03-10T12:00:00.000Z', read: false },
        { id: 'b', title: 'B', createdAt: '2026-03-10T11:00:00.000Z', read: true },
        { id: 'c', title: 'C', createdAt: '2026-03-10T10:00:00.000Z', read: false },
      ],
      unread: 12,
    };
    expect(markedRead(feed, ['a', 'b'])).toEqual({ items: [{ ...feed.items[0], read: true }, feed.items[1], feed.items[2]], unread: 11 });
    expect(markedRead(feed)).toEqual({ items: feed.items.map((item) => ({ ...item, read: true })), unread: 0 });
  });
});

describe('how often the bell asks', () => {
  it('every few seconds while the page is visible, so a new notice shows quickly', () => {
    expect(REFRESH_VISIBLE_MS).toBeLessThanOrEqual(5_000);
    expect(refreshDelay(true, 0)).toBe(REFRESH_VISIBLE_MS);
  });

  it('rarely while the page is hidden', () => {
    expect(refreshDelay(false, 0)).toBe(REFRESH_HIDDEN_MS);
    expect(REFRESH_HIDDEN_MS).toBeGreaterThanOrEqual(10 * REFRESH_VISIBLE_MS);
  });

  it('waits twice as long after each failure in a row, up to a minute', () => {
    expect([0, 1, 2, 3, 4, 50].map((failures) => refreshDelay(true, failures))).toEqual([5_000, 10_000, 20_000, 40_000, 60_000, 60_000]);
    expect(refreshDelay(false, 3)).toBe(REFRESH_MAX_MS);
  });
});

describe('userMenu screens', () => {
  it('never appear in the left menu', () => {
    const items = buildMenu(screens, { isAdministrator: true, canSeeWorkspace: () => true }).flatMap((section) => section.items);
    expect(items.map((item) => item.screenId)).not.toContain('live-chats.operator-status');
  });
});
