/**
 * Reading sessions as the caller may see them: one session, lists with their filters and
 * cursors, messages, and the counters of the workspace.
 */
import { inject, injectable } from 'inversify';
import { AccessPolicy, type Actor, forbidden, rolesOn } from '../../common/access-policy';
import { type Counters, type ListSessionsQuery, type MessagePage, SESSION_SORT_COLUMNS, type SessionDto, type SessionPage, type SessionSortColumn } from '../../common/api';
import { LiveChatsError } from '../../common/errors';
import type { Line } from '../../common/line';
import { INDEX_COLUMN, parseParameterFilter } from '../../common/parameters/parameter-index';
import type { Session } from '../../common/session';
import { SettingsService } from '../operators/settings-service';
import { ClientRepository } from '../storage/client-repository';
import { LineRepository } from '../storage/line-repository';
import { MessageRepository } from '../storage/message-repository';
import { ParameterRepository } from '../storage/parameter-repository';
import type { SessionConditions, SessionSort } from '../storage/session-list-query';
import { SessionRepository } from '../storage/session-repository';
import { decodeCursor, encodeCursor } from './session-cursor';
import { SessionViews, type Viewpoint } from './session-views';

const SESSION_PAGE_DEFAULT = 50;
const MESSAGE_PAGE_DEFAULT = 100;

export const sessionNotFound = (): LiveChatsError => new LiveChatsError('session/not-found', 'There is no such session.');

/** The filters of a list query without its page (saved filters, the export). */
export type SessionFilterQuery = Omit<ListSessionsQuery, 'cursor' | 'limit'>;

export interface Selection {
  conditions: SessionConditions;
  sort: SessionSort;
  /** `<sort>:<order>`, what the cursors of the list carry. */
  order: string;
  lines: Line[];
}

export interface TranscriptQuery {
  since?: number;
  before?: number;
  limit?: number;
  search?: string;
}

export interface Viewed {
  session: Session;
  line: Line;
  viewpoint: Viewpoint;
}

@injectable()
export class SessionQueries {
  constructor(
    @inject(LineRepository) private readonly lines: LineRepository,
    @inject(SessionRepository) private readonly sessions: SessionRepository,
    @inject(MessageRepository) private readonly messages: MessageRepository,
    @inject(ClientRepository) private readonly clients: ClientRepository,
    @inject(ParameterRepository) private readonly parameters: ParameterRepository,
    @inject(SessionViews) private readonly views: SessionViews,
    @inject(SettingsService) private readonly settings: SettingsService,
  ) {}

  /** The session as the actor may see it: 404 when it does not exist, 403 when it is not theirs. */
  async view(actor: Actor, sessionId: string): Promise<Viewed> {
    const session = await this.sessions.get(sessionId);
    if (!session) throw sessionNotFound();
    const line = await this.lines.get(session.lineId);
    if (!line) throw sessionNotFound();
    const client = (await this.clients.getMany([session.clientId])).get(session.clientId);
    const viewpoint = AccessPolicy.sessionView(actor, line, session, { clientUserId: client?.userId });
    if (!viewpoint) throw forbidden('You have no access to this session.');
    return { session, line, viewpoint };
  }

  async get(actor: Actor, sessionId: string): Promise<SessionDto> {
    const { session, line } = await this.view(actor, sessionId);
    return this.views.session(session, actor.userId, line);
  }

  async list(actor: Actor, query: ListSessionsQuery): Promise<SessionPage> {
    const { conditions, sort, order, lines } = await this.selection(actor, query);
    const limit = query.limit ?? SESSION_PAGE_DEFAULT;
    const rows = await this.sessions.list({ ...conditions, sort, after: query.cursor ? decodeCursor(query.cursor, order) : undefined, limit: limit + 1 });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const more = rows.length > limit && last !== undefined;
    return {
      items: await this.views.sessionList(page.map((row) => row.session), actor.userId, lines),
      nextCursor: more ? encodeCursor({ order, key: last.key, id: last.session.id }) : undefined,
    };
  }

  /** How many sessions a list query selects (the Sessions app's total, the export's progress). */
  async count(actor: Actor, query: SessionFilterQuery): Promise<number> {
    return this.sessions.count((await this.selection(actor, query)).conditions);
  }

  /**
   * What a list query selects as the actor may see it, and its order: supervisors every session
   * of their live chats, operators their queues and own sessions, clients their own; with `all`,
   * administrators every session of the company (the Sessions app).
   */
  async selection(actor: Actor, query: SessionFilterQuery): Promise<Selection> {
    const lines = await this.lines.list();
    if (query.lineId && !lines.some((line) => line.id === query.lineId && AccessPolicy.canSeeLine(actor, line))) {
      throw new LiveChatsError('line/not-found', 'There is no such live chat.');
    }
    const allOf: string[] = [];
    const queueAndOwnOf: string[] = [];
    for (const line of lines) {
      const roles = rolesOn(actor, line);
      if (roles.supervisor) allOf.push(line.id);
      else if (roles.operator) queueAndOwnOf.push(line.id);
    }
    const company = query.all === 'true' && AccessPolicy.seesAllSessions(actor);
    const { params, sort } = await this.parameterQuery(query);
    const conditions: SessionConditions = {
      scope: { company, allOf, queueAndOwnOf, groupIds: actor.groupIds, clientIds: company ? [] : await this.clients.idsOfUser(actor.userId) },
      userId: actor.userId,
      lineId: query.lineId,
      state: query.state,
      mine: query.mine === 'true',
      active: query.active === 'true',
      operatorId: query.operatorId,
      priority: query.priority,
      createdFrom: query.createdFrom,
      createdTo: query.createdTo,
      search: query.search || undefined,
      params,
    };
    return { conditions, sort, order: `${sort.kind === 'param' ? sort.code : sort.column}:${sort.order}`, lines };
  }

  /** The parameter filters and the order of a list query, checked against the definitions. */
  private async parameterQuery(query: SessionFilterQuery): Promise<{ params: SessionConditions['params']; sort: SessionSort }> {
    const order = query.order ?? (query.sort ? 'asc' : 'desc');
    const conditions = [...(query.param ? [query.param] : []), ...(query.params ?? [])];
    const column = (SESSION_SORT_COLUMNS as readonly string[]).includes(query.sort ?? '_lastActivityAt') ? (query.sort ?? '_lastActivityAt') as SessionSortColumn : undefined;
    if (conditions.length === 0 && column) return { params: [], sort: { kind: 'column', column, order } };
    if (query.sort?.startsWith('_') && !column) {
      throw new LiveChatsError('request/invalid', `Sessions cannot be ordered by "${query.sort}"; use ${SESSION_SORT_COLUMNS.join(', ')} or a parameter code.`);
    }
    const definitions = await this.parameters.definitions();
    const definition = (code: string) => {
      const found = definitions.find((d) => d.code === code);
      if (!found) throw new LiveChatsError('params/invalid-value', `There is no session parameter "${code}".`);
      return found;
    };
    const params = conditions.map((condition) => {
      const [code, operator, ...rest] = condition.split(':');
      return { code, filter: parseParameterFilter(definition(code), operator, rest.join(':')) };
    });
    if (column) return { params, sort: { kind: 'column', column, order } };
    const found = definition(query.sort!);
    const indexColumn = INDEX_COLUMN[found.type];
    if (!indexColumn || found.array) throw new LiveChatsError('params/invalid-value', `Sessions cannot be ordered by "${found.name}" (${found.code}).`);
    return { params, sort: { kind: 'param', code: found.code, column: indexColumn, order } };
  }

  async listMessages(actor: Actor, sessionId: string, since = 0, limit = MESSAGE_PAGE_DEFAULT, search?: string): Promise<MessagePage> {
    const { session, line, viewpoint } = await this.view(actor, sessionId);
    const rows = await this.messages.listSince(session.id, since, limit + 1, viewpoint === 'staff', search);
    return { items: await this.views.messages(rows.slice(0, limit), session, line, viewpoint), hasMore: rows.length > limit };
  }

  /** The newest messages below `before`, in sequence order; `hasMore` says older ones precede them. */
  async listMessagesBefore(actor: Actor, sessionId: string, before: number, limit = MESSAGE_PAGE_DEFAULT): Promise<MessagePage> {
    const { session, line, viewpoint } = await this.view(actor, sessionId);
    return this.pageBefore(session, line, viewpoint, before, limit);
  }

  /**
   * A session read outside the workspace (the Live Chat Messages widget, spec §6): by the
   * supervisors, operators and readers of its live chat; 404 when it does not exist, 403 for others.
   */
  async readable(actor: Actor, sessionId: string): Promise<{ session: Session; line: Line }> {
    const session = await this.sessions.get(sessionId);
    const line = session && (await this.lines.get(session.lineId));
    if (!session || !line) throw sessionNotFound();
    if (!AccessPolicy.canReadTranscript(actor, line)) throw forbidden('You have no read access to the sessions of this live chat.');
    return { session, line };
  }

  /** The messages of a readable session as staff see them: after `since`, or the newest below `before`. */
  async transcript(actor: Actor, sessionId: string, query: TranscriptQuery = {}): Promise<MessagePage> {
    const { session, line } = await this.readable(actor, sessionId);
    const limit = query.limit ?? MESSAGE_PAGE_DEFAULT;
    if (query.before !== undefined) return this.pageBefore(session, line, 'staff', query.before, limit);
    const rows = await this.messages.listSince(session.id, query.since ?? 0, limit + 1, true, query.search);
    return { items: await this.views.messages(rows.slice(0, limit), session, line, 'staff'), hasMore: rows.length > limit };
  }

  private async pageBefore(session: Session, line: Line, viewpoint: Viewpoint, before: number, limit: number): Promise<MessagePage> {
    const rows = await this.messages.listBefore(session.id, before, limit + 1, viewpoint === 'staff');
    return { items: await this.views.messages(rows.slice(rows.length > limit ? 1 : 0), session, line, viewpoint), hasMore: rows.length > limit };
  }

  async counters(actor: Actor): Promise<Counters> {
    const lines = (await this.lines.list()).filter((line) => AccessPolicy.canWorkOnLine(actor, line));
    // Supervisors count every queued session; operators only those of the queues they see.
    const supervised = lines.filter((line) => rolesOn(actor, line).supervisor).map((line) => line.id);
    // The operators' counter covers the queues they may take from, on every live chat they operate.
    const operatorLines = lines.filter((line) => rolesOn(actor, line).operator).map((line) => line.id);
    const [all, takeable, unread, settings] = await Promise.all([
      this.sessions.queueCounts(supervised),
      this.sessions.queueCounts(operatorLines, actor.groupIds),
      this.sessions.unreadSessionCounts(actor.userId),
      this.settings.get(),
    ]);
    // A live chat not supervised is operated (every listed one is worked on): its queue is what the caller may take.
    const queueOf = (lineId: string): number => (supervised.includes(lineId) ? all : takeable).get(lineId) ?? 0;
    const perLine = lines.map((line) => ({ lineId: line.id, queue: queueOf(line.id), unread: unread.get(line.id) ?? 0 }));
    const sum = (counts: ReadonlyMap<string, number>): number => [...counts.values()].reduce((total, n) => total + n, 0);
    return {
      queue: perLine.reduce((total, line) => total + line.queue, 0),
      unread: perLine.reduce((total, line) => total + line.unread, 0),
      lines: perLine,
      // Hidden by the global settings (spec §2.9) means not sent at all.
      operatorQueue: operatorLines.length > 0 && settings.showQueueCountToOperators ? sum(takeable) : undefined,
      supervisorUnassigned: supervised.length > 0 && settings.showUnassignedCountToSupervisors ? sum(all) : undefined,
    };
  }
}
