/** The services a mounted screen hands its elements through @lit/context. */
import { createContext } from '@lit/context';
import type { HostUser } from '@elma365/sdk-types';
import type { ApiClient } from './api-client';
import type { RealtimeClient } from './realtime-client';

export interface Viewer {
  user: HostUser;
  isAdministrator: boolean;
}

export const apiClientContext = createContext<ApiClient>(Symbol('live-chats.api-client'));
export const realtimeClientContext = createContext<RealtimeClient>(Symbol('live-chats.realtime-client'));
export const viewerContext = createContext<Viewer>(Symbol('live-chats.viewer'));
