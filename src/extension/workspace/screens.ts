/**
 * The screens of manifest.json and how one is mounted: each mount gets its own API client
 * and its own realtime connection, owned by the mount and closed with it.
 */
import type { MountedScreen, ScreenRegistration, WorkspaceContext } from '@elma365/sdk-types';
import { DisposableCollection, toDisposable } from '../common/disposable';
import { ApiClient } from './services/api-client';
import type { Viewer } from './services/contexts';
import { RealtimeClient } from './services/realtime-client';

export const ScreenIds = {
  workspace: 'live-chats.workspace',
  administration: 'live-chats.administration',
  messages: 'live-chats.messages',
  /** The operator's working status beside the user's name, on every page (location `userMenu`). */
  operatorStatus: 'live-chats.operator-status',
} as const;

/** What every screen's root element takes from its mount. */
export interface ScreenRoot extends HTMLElement {
  api: ApiClient;
  realtime: RealtimeClient;
  viewer: Viewer;
  params: Record<string, string>;
  navigate: (params: Record<string, string>) => void;
  /** Shows another screen of the extension (e.g. the Live Chats workspace from Administration). */
  openScreen: (screenId: string, params: Record<string, string>) => void;
}

export function defineScreen(context: WorkspaceContext, id: string, tagName: string): ScreenRegistration {
  return {
    id,
    mount(container: HTMLElement, params: Record<string, string>): MountedScreen {
      const owned = new DisposableCollection();
      const realtime = new RealtimeClient({ url: context.realtimeUrl });
      owned.push(realtime);
      const element = document.createElement(tagName) as ScreenRoot;
      element.api = new ApiClient({ apiBase: context.apiBase });
      element.realtime = realtime;
      element.viewer = { user: context.currentUser, isAdministrator: context.isAdministrator };
      element.params = { ...params };
      element.navigate = (next) => context.navigate(id, next);
      element.openScreen = (screenId, next) => context.navigate(screenId, next);
      container.append(element);
      // Removed first, so its subscriptions end before the connection closes.
      owned.push(toDisposable(() => element.remove()));
      return {
        dispose: () => owned.dispose(),
        update: (next) => {
          element.params = { ...next };
        },
      };
    },
  };
}
