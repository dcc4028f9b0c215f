/**
 * Typed access to the extension's Web API and the host directory from the browser. Every call
 * uses the host's session cookie; every failure rejects with an ApiError.
 */
import type { HostGroup, HostUser } from '@elma365/sdk-types';
import type {
  AppDto,
  AppItemDto,
  BindItemBody,
  Counters,
  CreateLineBody,
  LineDto,
  MessageDto,
  MessagePage,
  ProcessStartDto,
  ProcessTemplateDto,
  SendMessageResult,
  SessionDto,
  SessionPage,
  UpdateLineBody,
} from '../../common/api';
import type { ParameterDefinition } from '../../common/parameters/parameter-definition';
import { ApiError, apiErrorFromBody } from './api-error';

export interface SessionQuery {
  lineId?: string;
  state?: string;
  mine?: boolean;
  cursor?: string;
  limit?: number;
}

export interface ApiClientOptions {
  /** Base of the extension's Web API, e.g. `/api/extensions/live-chats/v1`. */
  apiBase: string;
  /** Base of the host directory API. */
  directoryBase?: string;
  fetch?: typeof fetch;
}

export class ApiClient {
  private readonly apiBase: string;
  private readonly directoryBase: string;
  private readonly fetchImpl: typeof fetch;

  constructor(options: ApiClientOptions) {
    this.apiBase = options.apiBase.replace(/\/$/, '');
    this.directoryBase = (options.directoryBase ?? '/api/directory').replace(/\/$/, '');
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  }

  // Live chats -----------------------------------------------------------------------------

  listLines(): Promise<LineDto[]> {
    return this.request('GET', '/lines');
  }

  getLine(id: string): Promise<LineDto> {
    return this.request('GET', `/lines/${enc(id)}`);
  }

  createLine(body: CreateLineBody): Promise<LineDto> {
    return this.request('POST', '/lines', body);
  }

  updateLine(id: string, body: UpdateLineBody): Promise<LineDto> {
    return this.request('PATCH', `/lines/${enc(id)}`, body);
  }

  deleteLine(id: string): Promise<void> {
    return this.request('DELETE', `/lines/${enc(id)}`);
  }

  /** Writes to a live chat as its internal client: creates or resumes the caller's session. */
  writeToLine(lineId: string, text: string, clientMessageId: string): Promise<SendMessageResult> {
    return this.request('POST', `/lines/${enc(lineId)}/messages`, { text, clientMessageId });
  }

  // Sessions -------------------------------------------------------------------------------

  listSessions(query: SessionQuery): Promise<SessionPage> {
    const params = new URLSearchParams();
    if (query.lineId) params.set('lineId', query.lineId);
    if (query.state) params.set('state', query.state);
    if (query.mine) params.set('mine', 'true');
    if (query.cursor) params.set('cursor', query.cursor);
    if (query.limit) params.set('limit', String(query.limit));
    const search = params.toString();
    return this.request('GET', `/sessions${search ? `?${search}` : ''}`);
  }

  getSession(id: string): Promise<SessionDto> {
    return this.request('GET', `/sessions/${enc(id)}`);
  }

  takeSession(id: string): Promise<SessionDto> {
    return this.request('POST', `/sessions/${enc(id)}/take`);
  }

  closeSession(id: string): Promise<SessionDto> {
    return this.request('POST', `/sessions/${enc(id)}/close`);
  }

  markRead(id: string, seq: number): Promise<void> {
    return this.request('POST', `/sessions/${enc(id)}/read`, { seq });
  }

  listMessages(id: string, since = 0, limit?: number): Promise<MessagePage> {
    const params = new URLSearchParams({ since: String(since) });
    if (limit) params.set('limit', String(limit));
    return this.request('GET', `/sessions/${enc(id)}/messages?${params.toString()}`);
  }

  /** Every message after `since`, following pages until the server says there are no more. */
  async listAllMessages(id: string, since = 0): Promise<MessageDto[]> {
    const all: MessageDto[] = [];
    let cursor = since;
    for (;;) {
      const page = await this.listMessages(id, cursor);
      all.push(...page.items);
      const last = page.items.at(-1);
      if (!page.hasMore || !last || last.seq <= cursor) return all;
      cursor = last.seq;
    }
  }

  sendMessage(sessionId: string, text: string, clientMessageId: string): Promise<SendMessageResult> {
    return this.request('POST', `/sessions/${enc(sessionId)}/messages`, { text, clientMessageId });
  }

  /** Renames a session (operators assigned to it, supervisors of its live chat); 1–300 characters. */
  renameSession(id: string, name: string): Promise<SessionDto> {
    return this.request('POST', `/sessions/${enc(id)}/rename`, { name });
  }

  /** Starts a process from a session ("… › Start business process", spec §8.2). */
  startProcess(sessionId: string, templateCode: string): Promise<ProcessStartDto> {
    return this.request('POST', `/sessions/${enc(sessionId)}/processes`, { templateCode });
  }

  /** Binds an existing or new app item to the session; the session with its items. */
  bindItem(sessionId: string, body: BindItemBody): Promise<SessionDto> {
    return this.request('POST', `/sessions/${enc(sessionId)}/items`, body);
  }

  unbindItem(sessionId: string, appCode: string, itemId: string): Promise<SessionDto> {
    return this.request('DELETE', `/sessions/${enc(sessionId)}/items/${enc(appCode)}/${enc(itemId)}`);
  }

  // Apps -----------------------------------------------------------------------------------

  /** The apps with an Account field. */
  listApps(): Promise<AppDto[]> {
    return this.request('GET', '/apps');
  }

  searchItems(appCode: string, search = ''): Promise<AppItemDto[]> {
    const query = search.trim() ? `?search=${encodeURIComponent(search.trim())}` : '';
    return this.request('GET', `/apps/${enc(appCode)}/items${query}`);
  }

  counters(): Promise<Counters> {
    return this.request('GET', '/me/counters');
  }

  // Session parameters and processes ------------------------------------------------------

  /** The custom session parameters, in their order (form settings, spec §4.6). */
  listParameters(): Promise<ParameterDefinition[]> {
    return this.request('GET', '/parameters');
  }

  /** Replaces the whole list of custom session parameters (administrators). */
  saveParameters(definitions: ParameterDefinition[]): Promise<ParameterDefinition[]> {
    return this.request('PUT', '/parameters', { definitions });
  }

  listProcessTemplates(): Promise<ProcessTemplateDto[]> {
    return this.request('GET', '/process-templates');
  }

  // Host directory -------------------------------------------------------------------------

  listGroups(): Promise<HostGroup[]> {
    return this.request('GET', '/groups', undefined, this.directoryBase);
  }

  listUsers(): Promise<HostUser[]> {
    return this.request('GET', '/users', undefined, this.directoryBase);
  }

  // ---------------------------------------------------------------------------------------

  private async request<T>(method: string, path: string, body?: unknown, base = this.apiBase): Promise<T> {
    const init: RequestInit = { method, credentials: 'same-origin', headers: { accept: 'application/json' } };
    if (body !== undefined) {
      init.headers = { ...init.headers, 'content-type': 'application/json' };
      init.body = JSON.stringify(body);
    }
    let response: Response;
    try {
      response = await this.fetchImpl(`${base}${path}`, init);
    } catch (cause) {
      throw new ApiError('network/unavailable', 'Cannot reach the server. Check your connection and try again.', 0, { cause });
    }
    const text = await response.text().catch(() => '');
    let parsed: unknown;
    if (text) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
    }
    if (!response.ok) throw apiErrorFromBody(response.status, parsed);
    return parsed as T;
  }
}

const enc = encodeURIComponent;
