/**
 * Starts the workspace's notifications when the extension is activated: its own API client and
 * realtime connection, the host's badge on the workspace's menu entry, the synthesized sounds.
 */
import type { WorkspaceContext } from '@elma365/sdk-types';
import { DisposableCollection, type Disposable } from '../../common/disposable';
import { ScreenIds } from '../screens';
import { ApiClient } from '../services/api-client';
import { RealtimeClient } from '../services/realtime-client';
import { playSound } from '../shared/sounds';
import './session-toasts';
import { WorkspaceAlerts } from './workspace-alerts';

export function startWorkspaceAlerts(context: WorkspaceContext): Disposable {
  const owned = new DisposableCollection();
  const realtime = new RealtimeClient({ url: context.realtimeUrl });
  const alerts = new WorkspaceAlerts({
    api: new ApiClient({ apiBase: context.apiBase }),
    realtime,
    userId: context.currentUser.id,
    setBadge: (count) => context.setBadge(ScreenIds.workspace, count, 'unread'),
    openWorkspace: (params) => context.navigate(ScreenIds.workspace, params),
    play: playSound,
  });
  // The alerts go first, so that their subscriptions end before the connection closes.
  owned.push(realtime, alerts);
  void alerts.start();
  return owned;
}
