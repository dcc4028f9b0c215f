/** The host shell's DOM-free rules (host/shell/shell-model.ts): the URL hash and the left menu. */
import { buildMenu, formatHash, menuItems, parseHash, resolveRoute, type MenuScreen } from '../../../host/shell/shell-model';

const screens: MenuScreen[] = [
  { id: 'live-chats.workspace', title: 'Live Chats', location: 'workspace' },
  { id: 'live-chats.administration', title: 'Live Chats', location: 'administration' },
  { id: 'live-chats.messages', title: 'Live chats', location: 'messages' },
];

describe('the place in the URL', () => {
  it('reads and writes #/<screenId>?k=v', () => {
    expect(parseHash('#/live-chats.workspace?line=l1&view=queue')).toEqual({ screenId: 'live-chats.workspace', params: { line: 'l1', view: 'queue' } });
    expect(parseHash('#/live-chats.messages')).toEqual({ screenId: 'live-chats.messages', params: {} });
    expect(parseHash('')).toBeUndefined();
    expect(parseHash('#nothing')).toBeUndefined();
    expect(parseHash('#/%E0%A4%A')).toBeUndefined();
    expect(formatHash({ screenId: 'live-chats.workspace', params: { view: 'mine', line: 'a b', session: '' } })).toBe('#/live-chats.workspace?line=a+b&view=mine');
    const route = { screenId: 'x.y', params: { q: 'a&b=c', z: 'é' } };
    expect(parseHash(formatHash(route))).toEqual(route);
  });
});

describe('the left menu', () => {
  it('shows administrators everything, Administration last', () => {
    const menu = buildMenu(screens, { isAdministrator: true, canSeeWorkspace: () => true });
    expect(menu).toEqual([
      { items: [{ screenId: 'live-chats.workspace', label: 'Live Chats' }] },
      { items: [{ screenId: 'live-chats.messages', label: 'Messages' }] },
      { heading: 'Administration', items: [{ screenId: 'live-chats.administration', label: 'Live Chats' }] },
    ]);
  });

  it('shows an employee who works on no live chat only Messages', () => {
    const menu = buildMenu(screens, { isAdministrator: false, canSeeWorkspace: () => false });
    expect(menuItems(menu).map((item) => item.screenId)).toEqual(['live-chats.messages']);
  });

  it('opens the screen in the URL only if the user may see it', () => {
    const menu = buildMenu(screens, { isAdministrator: false, canSeeWorkspace: () => true });
    expect(resolveRoute('#/live-chats.workspace?view=mine', menu)).toEqual({ screenId: 'live-chats.workspace', params: { view: 'mine' } });
    expect(resolveRoute('#/live-chats.administration', menu, ['live-chats.messages'])).toEqual({ screenId: 'live-chats.messages', params: {} });
    expect(resolveRoute('', menu)).toEqual({ screenId: 'live-chats.workspace', params: {} });
    expect(resolveRoute('', [])).toBeUndefined();
  });
});
