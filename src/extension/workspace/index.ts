/**
 * The browser entry of Live Chats: registers the screens of manifest.json with the host shell.
 * Administration › Live Chats, the Live Chats workspace, Messages for internal clients, and the
 * operator status beside the user's name; and the workspace's notifications (badge, pop-ups,
 * sounds) for as long as the user is signed in.
 */
import type { WorkspaceContext } from '@elma365/sdk-types';
import { DisposableCollection, type Disposable } from '../common/disposable';
import './administration/admin-screen';
import './desk/desk-screen';
import './messages/messages-screen';
import './operator-status/operator-status';
import './sessions-app/sessions-app';
import { startWorkspaceAlerts } from './alerts/alerts';
import { defineScreen, ScreenIds } from './screens';

export { ScreenIds };

export function activate(context: WorkspaceContext): Disposable {
  const registrations = new DisposableCollection();
  registrations.push(
    context.registerScreen(defineScreen(context, ScreenIds.workspace, 'lc-desk-screen')),
    context.registerScreen(defineScreen(context, ScreenIds.administration, 'lc-admin-screen')),
    context.registerScreen(defineScreen(context, ScreenIds.messages, 'lc-messages-screen')),
    context.registerScreen(defineScreen(context, ScreenIds.operatorStatus, 'lc-operator-status')),
    startWorkspaceAlerts(context),
  );
  return registrations;
}
