/** A small Web API client for tests: logs in as a demo user and sends JSON requests. */
import { DEMO_PASSWORD } from './test-host';

export const API = '/api/extensions/live-chats/v1';

export interface Response<T = any> {
  status: number;
  body: T;
}

export class ApiClient {
  constructor(
    readonly baseUrl: string,
    readonly token?: string,
    readonly user?: { id: string; login: string; name: string; groupIds: string[] },
  ) {}

  static async login(baseUrl: string, login: string, password = DEMO_PASSWORD): Promise<ApiClient> {
    const response = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login, password }),
    });
    const body = (await response.json()) as { token: string; user: ApiClient['user'] };
    if (response.status !== 200) throw new Error(`login ${login} failed: ${JSON.stringify(body)}`);
    return new ApiClient(baseUrl, body.token, body.user);
  }

  /** Signs the users in, in the order given. */
  static loginAll(baseUrl: string, logins: readonly string[]): Promise<ApiClient[]> {
    return Promise.all(logins.map((login) => ApiClient.login(baseUrl, login)));
  }

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response<T>> {
    const response = await fetch(`${this.baseUrl}${path.startsWith('/api/') ? path : API + path}`, {
      method,
      headers: {
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }

  get<T = any>(path: string): Promise<Response<T>> {
    return this.request('GET', path);
  }
  post<T = any>(path: string, body?: unknown): Promise<Response<T>> {
    return this.request('POST', path, body ?? {});
  }
  patch<T = any>(path: string, body: unknown): Promise<Response<T>> {
    return this.request('PATCH', path, body);
  }
  delete<T = any>(path: string): Promise<Response<T>> {
    return this.request('DELETE', path);
  }
  put<T = any>(path: string, body: unknown): Promise<Response<T>> {
    return this.request('PUT', path, body);
  }

  /** The host directory's groups, id by name ("Operators", "Supervisors", "Employees"…). */
  async groupIds(): Promise<Record<string, string>> {
    const groups = await this.get<{ id: string; name: string }[]>('/api/directory/groups');
    return Object.fromEntries(groups.body.map((group) => [group.name, group.id]));
  }

  /** Uploads a file into a session for the user's next message (the raw bytes, its type and name). */
  async upload<T = any>(sessionId: string, data: Uint8Array, contentType: string, name?: string): Promise<Response<T>> {
    const response = await fetch(`${this.baseUrl}${API}/sessions/${sessionId}/attachments`, {
      method: 'POST',
      headers: {
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        'content-type': contentType,
        ...(name === undefined ? {} : { 'x-file-name': encodeURIComponent(name) }),
      },
      body: data as Uint8Array<ArrayBuffer>,
    });
    return { status: response.status, body: (await response.json()) as T };
  }

  /** Switches the user's working status to Online (operators and supervisors work only Online). */
  async online(): Promise<this> {
    const response = await this.put('/me/status', { status: 'online' });
    if (response.status !== 200) throw new Error(`going Online failed: ${JSON.stringify(response.body)}`);
    return this;
  }

  async offline(): Promise<this> {
    const response = await this.put('/me/status', { status: 'offline' });
    if (response.status !== 200) throw new Error(`going Offline failed: ${JSON.stringify(response.body)}`);
    return this;
  }
}

let counter = 0;
export const newMessageId = (): string => `m-${Date.now().toString(36)}-${(counter++).toString(36)}`;
