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
