/** The counts extensions put on their menu entries (WorkspaceContext.setBadge), DOM-free. */
import { badgeText, menuItemName, normalizeBadgeCount } from '../../../host/shell/shell-model';

describe('menu badges', () => {
  it('take whole, positive counts only: anything else hides the badge', () => {
    expect(normalizeBadgeCount(3)).toBe(3);
    expect(normalizeBadgeCount(2.7)).toBe(2);
    for (const hidden of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, '3', undefined, null]) expect(normalizeBadgeCount(hidden)).toBe(0);
  });

  it('show at most "99+"', () => {
    expect(badgeText(7)).toBe('7');
    expect(badgeText(99)).toBe('99');
    expect(badgeText(100)).toBe('99+');
  });

  it('make the count part of the entry\'s accessible name', () => {
    expect(menuItemName('Live Chats', { count: 3, label: 'unread' })).toBe('Live Chats, 3 unread');
    // The badge as shown: the name holds the visible text (axe's label-content-name-mismatch).
    expect(menuItemName('Live Chats', { count: 150, label: 'unread' })).toBe('Live Chats, 99+ unread');
    expect(menuItemName('Live Chats', { count: 0, label: 'unread' })).toBe('Live Chats');
    expect(menuItemName('Live Chats', undefined)).toBe('Live Chats');
  });
});
