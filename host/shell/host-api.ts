/** The host's own endpoints the shell uses: sign-in, the current user, installed extensions, the directory, the #feed. */
import type { ExtensionManifest, HostUser } from '@elma365/sdk-types';
import type { NotificationFeed } from '../notifications/host-notifications';

export class HostApiError extends Error {
  override readonly name = 'HostApiError';

  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    /** Whatever else the error answer says (e.g. the `position` of a script error). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export interface Me {
  user: HostUser;
  isAdministrator: boolean;
}

export interface InstalledExtension {
  manifest: ExtensionManifest;
  /** Absent when the extension has no workspace entry. */
  workspaceUrl?: string;
  /** The bundle that defines the extension's form widgets; absent without a widgets entry. */
  widgetsUrl?: string;
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new HostApiError('network/unavailable', 'Cannot reach the server. Check your connection and try again.', 0);
  }
  const text = await response.text().catch(() => '');
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!response.ok) {
    const { code, message, ...details } = (parsed as { error?: { code?: string; message?: string } } | undefined)?.error ?? {};
    throw new HostApiError(code ?? `http/${response.status}`, message || `The server answered with status ${response.status}.`, response.status, details);
  }
  return parsed as T;
}

export const hostApi = {
  /** The signed-in user, or undefined when nobody is signed in. */
  async me(): Promise<Me | undefined> {
    try {
      return await call<Me>('GET', '/api/auth/me');
    } catch (error) {
      if (error instanceof HostApiError && error.status === 401) return undefined;
      throw error;
    }
  },
  login(login: string, password: string): Promise<{ user: HostUser }> {
    return call('POST', '/api/auth/login', { login, password });
  },
  logout(): Promise<void> {
    return call('POST', '/api/auth/logout');
  },
  extensions(): Promise<InstalledExtension[]> {
    return call('GET', '/api/host/extensions');
  },
  /** GET on an extension's own API (the shell asks Live Chats which live chats the user works on). */
  getJson<T>(path: string): Promise<T> {
    return call('GET', path);
  },
  users(): Promise<HostUser[]> {
    return call('GET', '/api/directory/users');
  },
  /** The user's latest #feed notices and their unread count. */
  notifications(): Promise<NotificationFeed> {
    return call('GET', '/api/notifications');
  },
  /** Marks the given notices read, or all of them; the unread count after. */
  markNotificationsRead(ids?: readonly string[]): Promise<{ unread: number }> {
    return call('POST', '/api/notifications/read', ids ? { ids } : {});
  },
  /** Any JSON call on the host's API (the process designer's, the apps'). */
  send<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
    return call(method, path, body);
  },
};
