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
  SendMessageBody,
  SendMessageResult,
  SessionDto,
  SessionPage,
  UpdateLineBody,
} from '../../common/api';
import type { LiveChatsSettings } from '../../common/settings';
import type { SavedFilterBody, SavedFilterDto, SessionCountDto } from '../../common/sessions-app-api';
import { type AttachmentCopyDto, type AttachmentDto, type AttachmentTargetDto, type CopyAttachmentBody, UNKNOWN_CONTENT_TYPE } from '../../common/attachments-api';
import type { CreateGroupBody, GroupDto, UpdateGroupBody } from '../../common/groups-api';
import type { ParameterDefinition } from '../../common/parameters/parameter-definition';
import type { AssignSessionBody, MyStatusDto, OperatorDto } from '../../common/routing-api';
import type { RoutingRule, RoutingRuleDraft } from '../../common/routing/routing-rule';
import type { LineEfficiencyReport, OperatorEfficiencyReport } from '../../common/reports-api';
import type {
  ArticleBody,
  ArticleDto,
  ArticleFolderDto,
  FolderBody,
  ImportArticlesBody,
  ImportResultDto,
  ImportTemplatesBody,
  RenderedTemplateDto,
  ResponseTemplateDto,
  TemplateBody,
} from '../../common/response-templates-api';
import type { LineSessionPriority, OperatorStatusType } from '@elma365/sdk-types';
import { apiErrorFromBody, networkUnavailable } from './api-error';
import { jsonRequest } from './json-request';
import { type UploadOptions, uploadWithProgress } from './upload-request';

export interface SessionQuery {
  lineId?: string;
  state?: string;
  mine?: boolean;
  /** Only active sessions: in the queue, with an operator or with the bot (supervisors' Active sessions). */
  active?: boolean;
  /** The session name contains this, case-insensitively. */
  search?: string;
  cursor?: string;
  limit?: number;
}

/** What a message may carry besides its text (a quote, …): the rest of SendMessageBody. */
export type MessageExtras = Omit<SendMessageBody, 'text' | 'clientMessageId'>;

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
  writeToLine(lineId: string, text: string, clientMessageId: string, extra: MessageExtras = {}): Promise<SendMessageResult> {
    return this.request('POST', `/lines/${enc(lineId)}/messages`, { text, clientMessageId, ...extra });
  }

  // Sessions -------------------------------------------------------------------------------

  listSessions(query: SessionQuery): Promise<SessionPage> {
    const params = new URLSearchParams();
    if (query.lineId) params.set('lineId', query.lineId);
    if (query.state) params.set('state', query.state);
    if (query.mine) params.set('mine', 'true');
    if (query.active) params.set('active', 'true');
    if (query.search) params.set('search', query.search);
    if (query.cursor) params.set('cursor', query.cursor);
    if (query.limit) params.set('limit', String(query.limit));
    const search = params.toString();
    return this.request('GET', `/sessions${search ? `?${search}` : ''}`);
  }

  // Sessions app (spec §4.7): `query` is the filter's query string (sessions-app-model.ts).

  browseSessions(query: string): Promise<SessionPage> {
    return this.request('GET', `/sessions?${query}`);
  }

  countSessions(query: string): Promise<SessionCountDto> {
    return this.request('GET', `/sessions/count?${query}`);
  }

  listSavedFilters(): Promise<SavedFilterDto[]> {
    return this.request('GET', '/saved-filters');
  }

  saveFilter(body: SavedFilterBody): Promise<SavedFilterDto> {
    return this.request('POST', '/saved-filters', body);
  }

  deleteSavedFilter(id: string): Promise<void> {
    return this.request('DELETE', `/saved-filters/${enc(id)}`);
  }

  /** The export's response, its body not yet read (streamed); rejects like any call when refused. */
  async exportSessions(query: string): Promise<Response> {
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.apiBase}/sessions/export?${query}`, { credentials: 'same-origin' });
    } catch (cause) {
      throw networkUnavailable(cause);
    }
    if (!response.ok) throw apiErrorFromBody(response.status, await response.json().catch(() => undefined));
    return response;
  }

  getSession(id: string): Promise<SessionDto> {
    return this.request('GET', `/sessions/${enc(id)}`);
  }

  takeSession(id: string): Promise<SessionDto> {
    return this.request('POST', `/sessions/${enc(id)}/take`);
  }

  /** The bottom-left counter: the longest-waiting session the caller may take, of one live chat or all theirs. */
  takeNextSession(lineId?: string): Promise<SessionDto> {
    return this.request('POST', '/sessions/take-next', lineId ? { lineId } : {});
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

  /** The session's messages containing `search` (case-insensitive), oldest first; `hasMore` when more match than `limit`. */
  searchMessages(id: string, search: string, limit = 50): Promise<MessagePage> {
    const params = new URLSearchParams({ search, limit: String(limit) });
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

  sendMessage(sessionId: string, text: string, clientMessageId: string, extra: MessageExtras = {}): Promise<SendMessageResult> {
    return this.request('POST', `/sessions/${enc(sessionId)}/messages`, { text, clientMessageId, ...extra });
  }

  /** The newest `limit` messages below `before` (the newest of all without it), ascending; `hasMore` when older ones precede them. */
  listMessagesBefore(id: string, before = Number.MAX_SAFE_INTEGER, limit?: number): Promise<MessagePage> {
    const params = new URLSearchParams({ before: String(before) });
    if (limit) params.set('limit', String(limit));
    return this.request('GET', `/sessions/${enc(id)}/messages?${params.toString()}`);
  }

  /** The author's new text of an operator message (spec §5.2). */
  editMessage(sessionId: string, messageId: string, text: string): Promise<MessageDto> {
    return this.request('PATCH', `/sessions/${enc(sessionId)}/messages/${enc(messageId)}`, { text });
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

  // Supervision (spec §3.5, §4.10, §5.3) ------------------------------------------------------

  /** Reassigns to an operator (409 `operator/at-capacity`, `operator/offline`), or puts into a group's queue. */
  assignSession(id: string, body: AssignSessionBody): Promise<SessionDto> {
    return this.request('POST', `/sessions/${enc(id)}/assign`, body);
  }

  returnToQueue(id: string): Promise<SessionDto> {
    return this.request('POST', `/sessions/${enc(id)}/return`);
  }

  markAsSpam(id: string): Promise<SessionDto> {
    return this.request('POST', `/sessions/${enc(id)}/spam`);
  }

  /** Restores the operator and the state the session had before it was marked as spam. */
  removeFromSpam(id: string): Promise<SessionDto> {
    return this.request('POST', `/sessions/${enc(id)}/unspam`);
  }

  setPriority(id: string, priority: LineSessionPriority | null): Promise<SessionDto> {
    return this.request('PUT', `/sessions/${enc(id)}/priority`, { priority });
  }

  // Routing (spec §2.3, §3.2) ---------------------------------------------------------------

  /** The custom rules of a live chat, top-down (administrators). The Default rule is implicit, last. */
  listRules(lineId: string): Promise<RoutingRule[]> {
    return this.request('GET', `/lines/${enc(lineId)}/rules`);
  }

  /** Adds a rule at the end; 400 `routing/invalid-rule` lists every problem. */
  createRule(lineId: string, draft: RoutingRuleDraft): Promise<RoutingRule> {
    return this.request('POST', `/lines/${enc(lineId)}/rules`, draft);
  }

  updateRule(lineId: string, ruleId: string, draft: RoutingRuleDraft): Promise<RoutingRule> {
    return this.request('PUT', `/lines/${enc(lineId)}/rules/${enc(ruleId)}`, draft);
  }

  deleteRule(lineId: string, ruleId: string): Promise<void> {
    return this.request('DELETE', `/lines/${enc(lineId)}/rules/${enc(ruleId)}`);
  }

  /** "… › Copy": a copy named "<name> (copy)" right below the original. */
  copyRule(lineId: string, ruleId: string): Promise<RoutingRule> {
    return this.request('POST', `/lines/${enc(lineId)}/rules/${enc(ruleId)}/copy`);
  }

  /** The new order: every rule id of the live chat exactly once; the rules in that order. */
  reorderRules(lineId: string, ruleIds: string[]): Promise<RoutingRule[]> {
    return this.request('PUT', `/lines/${enc(lineId)}/rules/order`, { ruleIds });
  }

  /** Operators of a live chat with their status, load and limit (reassignment picker, capacity editor). */
  listOperators(lineId: string): Promise<OperatorDto[]> {
    return this.request('GET', `/lines/${enc(lineId)}/operators`);
  }

  // Reports (spec §9) ----------------------------------------------------------------------

  /** `query` is the query string of the report (from, to, filters, breakdown). */
  operatorReport(query: string): Promise<OperatorEfficiencyReport> {
    return this.request('GET', `/reports/operators?${query}`);
  }

  lineReport(query: string): Promise<LineEfficiencyReport> {
    return this.request('GET', `/reports/lines?${query}`);
  }

  // Operator status and global settings (spec §3.4, §2.9) -----------------------------------

  myStatus(): Promise<MyStatusDto> {
    return this.request('GET', '/me/status');
  }

  setMyStatus(status: OperatorStatusType): Promise<MyStatusDto> {
    return this.request('PUT', '/me/status', { status });
  }

  /** "Still here": keeps an Online operator Online; answers the current status. */
  heartbeat(): Promise<MyStatusDto> {
    return this.request('POST', '/me/heartbeat');
  }

  getSettings(): Promise<LiveChatsSettings> {
    return this.request('GET', '/settings');
  }

  updateSettings(patch: Partial<LiveChatsSettings>): Promise<LiveChatsSettings> {
    return this.request('PATCH', '/settings', patch);
  }

  // Attachments (spec §5.2) ----------------------------------------------------------------

  /** Uploads a file for the caller's next message in the session, reporting progress. */
  uploadAttachment(sessionId: string, file: File, options?: UploadOptions): Promise<AttachmentDto> {
    const headers = { 'content-type': file.type || UNKNOWN_CONTENT_TYPE, 'x-file-name': encodeURIComponent(file.name) };
    return uploadWithProgress(`${this.apiBase}/sessions/${enc(sessionId)}/attachments`, file, headers, options);
  }

  /** Where the browser downloads (or, for raster images, shows) a file of the session. */
  attachmentUrl(sessionId: string, fileId: string): string {
    return `${this.apiBase}/sessions/${enc(sessionId)}/attachments/${enc(fileId)}`;
  }

  /** The Files fields of the items bound to the session, where "Save a copy" can put a file. */
  attachmentTargets(sessionId: string): Promise<AttachmentTargetDto[]> {
    return this.request('GET', `/sessions/${enc(sessionId)}/attachment-targets`);
  }

  copyAttachment(sessionId: string, fileId: string, body: CopyAttachmentBody): Promise<AttachmentCopyDto> {
    return this.request('POST', `/sessions/${enc(sessionId)}/attachments/${enc(fileId)}/copy`, body);
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

  // Groups of the Live Chats workspace (gear › Group settings, spec §2.10; administrators) ----

  listWorkspaceGroups(): Promise<GroupDto[]> {
    return this.request('GET', '/groups');
  }

  createGroup(body: CreateGroupBody): Promise<GroupDto> {
    return this.request('POST', '/groups', body);
  }

  updateGroup(id: string, body: UpdateGroupBody): Promise<GroupDto> {
    return this.request('PUT', `/groups/${enc(id)}`, body);
  }

  deleteGroup(id: string): Promise<void> {
    return this.request('DELETE', `/groups/${enc(id)}`);
  }

  // ---------------------------------------------------------------------------------------

  // Response templates ----------------------------------------------------------------------

  listArticleFolders(): Promise<ArticleFolderDto[]> {
    return this.request('GET', '/response-templates/article-folders');
  }

  createArticleFolder(body: FolderBody): Promise<ArticleFolderDto> {
    return this.request('POST', '/response-templates/article-folders', body);
  }

  renameArticleFolder(id: string, body: FolderBody): Promise<ArticleFolderDto> {
    return this.request('PUT', `/response-templates/article-folders/${enc(id)}`, body);
  }

  deleteArticleFolder(id: string): Promise<void> {
    return this.request('DELETE', `/response-templates/article-folders/${enc(id)}`);
  }

  listArticles(query: { search?: string; folderId?: string } = {}): Promise<ArticleDto[]> {
    return this.request('GET', `/response-templates/articles${queryString(query)}`);
  }

  createArticle(body: ArticleBody): Promise<ArticleDto> {
    return this.request('POST', '/response-templates/articles', body);
  }

  updateArticle(id: string, body: ArticleBody): Promise<ArticleDto> {
    return this.request('PUT', `/response-templates/articles/${enc(id)}`, body);
  }

  deleteArticle(id: string): Promise<void> {
    return this.request('DELETE', `/response-templates/articles/${enc(id)}`);
  }

  listResponseTemplates(query: { search?: string } = {}): Promise<ResponseTemplateDto[]> {
    return this.request('GET', `/response-templates/templates${queryString(query)}`);
  }

  createResponseTemplate(body: TemplateBody): Promise<ResponseTemplateDto> {
    return this.request('POST', '/response-templates/templates', body);
  }

  updateResponseTemplate(id: string, body: TemplateBody): Promise<ResponseTemplateDto> {
    return this.request('PUT', `/response-templates/templates/${enc(id)}`, body);
  }

  deleteResponseTemplate(id: string): Promise<void> {
    return this.request('DELETE', `/response-templates/templates/${enc(id)}`);
  }

  importResponseTemplates(body: ImportTemplatesBody): Promise<ImportResultDto> {
    return this.request('POST', '/response-templates/templates/import', body);
  }

  importArticles(body: ImportArticlesBody): Promise<ImportResultDto> {
    return this.request('POST', '/response-templates/articles/import', body);
  }

  renderResponseTemplate(id: string, sessionId: string): Promise<RenderedTemplateDto> {
    return this.request('GET', `/response-templates/templates/${enc(id)}/render?sessionId=${enc(sessionId)}`);
  }

  private request<T>(method: string, path: string, body?: unknown, base = this.apiBase): Promise<T> {
    return jsonRequest<T>(this.fetchImpl, method, `${base}${path}`, body);
  }
}

const enc = encodeURIComponent;

/** `?a=1&b=2` of the defined, non-empty values; '' when there are none. */
function queryString(query: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}
