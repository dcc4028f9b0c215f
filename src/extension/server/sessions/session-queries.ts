/**
 * Reading sessions as the caller may see them: one session, lists with their filters and
 * cursors, messages, and the counters of the workspace.
 */
import { inject, injectable } from 'inversify';
import { AccessPolicy, type Actor, forbidden, rolesOn } from '../../common/access-policy';
import type { Counters, ListSessionsQuery, MessagePage, SessionDto, SessionPage } from '../../common/api';
import { LiveChatsError } from '../../common/errors';
import type { Line } from '../../common/line';
import { INDEX_COLUMN, parseParameterFilter } from '../../common/parameters/parameter-index';
import type { Session } from '../../common/session';
import { ClientRepository } from '../storage/client-repository';
import { LineRepository } from '../storage/line-repository';
import { MessageRepository } from '../storage/message-repository';
import { ParameterRepository } from '../storage/parameter-repository';
import { SessionRepository, type SessionListFilter } from '../storage/session-repository';
import { decodeCursor, decodeOffsetCursor, encodeCursor, encodeOffsetCursor } from './session-cursor';
import { SessionViews, type Viewpoint } from './session-views';

const SESSION_PAGE_DEFAULT = 50;
const MESSAGE_PAGE_DEFAULT = 100;

export const sessionNotFound = (): LiveChatsError => new LiveChatsError('session/not-found', 'There is no such session.');

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
    const limit = query.limit ?? SESSION_PAGE_DEFAULT;
    const { param, sortBy } = await this.parameterQuery(query);
    const offset = sortBy && query.cursor ? decodeOffsetCursor(query.cursor) : 0;
    const rows = await this.sessions.list({
      scope: { allOf, queueAndOwnOf, groupIds: actor.groupIds, clientIds: await this.clients.idsOfUser(actor.userId) },
      userId: actor.userId,
      lineId: query.lineId,
      state: query.state,
      mine: query.mine === 'true',
      active: query.active === 'true',
      after: query.cursor && !sortBy ? decodeCursor(query.cursor) : undefined,
      param,
      sortBy,
      offset,
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const more = rows.length > limit && last !== undefined;
    return {
      items: await this.views.sessionList(page, actor.userId, lines),
      nextCursor: more ? (sortBy ? encodeOffsetCursor(offset + limit) : encodeCursor(last)) : undefined,
    };
  }

  /** The parameter filter and order of a list query, checked against the definitions. */
  private async parameterQuery(query: ListSessionsQuery): Promise<Pick<SessionListFilter, 'param' | 'sortBy'>> {
    if (!query.param && !query.sort) return {};
    const definitions = await this.parameters.definitions();
    const definition = (code: string) => {
      const found = definitions.find((d) => d.code === code);
      if (!found) throw new LiveChatsError('params/invalid-value', `There is no session parameter "${code}".`);
      return found;
    };
    let param: SessionListFilter['param'];
    if (query.param) {
      const [code, operator, ...rest] = query.param.split(':');
      param = { code, filter: parseParameterFilter(definition(code), operator, rest.join(':')) };
    }
    let sortBy: SessionListFilter['sortBy'];
    if (query.sort) {
      const found = definition(query.sort);
      const column = INDEX_COLUMN[found.type];
      if (!column || found.array) throw new LiveChatsError('params/invalid-value', `Sessions cannot be ordered by "${found.name}" (${found.code}).`);
      sortBy = { code: found.code, column, order: query.order ?? 'asc' };
    }
    return { param, sortBy };
  }

  async listMessages(actor: Actor, sessionId: string, since = 0, limit = MESSAGE_PAGE_DEFAULT): Promise<MessagePage> {
    const { session, line, viewpoint } = await this.view(actor, sessionId);
    const rows = await this.messages.listSince(session.id, since, limit + 1, viewpoint === 'staff');
    return { items: await this.views.messages(rows.slice(0, limit), session, line, viewpoint), hasMore: rows.length > limit };
  }

  async counters(actor: Actor): Promise<Counters> {
    const lines = (await this.lines.list()).filter((line) => AccessPolicy.canWorkOnLine(actor, line));
    // Supervisors count every queued session; operators only those of the queues they see.
    const supervised = lines.filter((line) => rolesOn(actor, line).supervisor).map((line) => line.id);
    const operated = lines.filter((line) => !supervised.includes(line.id)).map((line) => line.id);
    const [all, own, unread] = await Promise.all([
      this.sessions.queueCounts(supervised),
      this.sessions.queueCounts(operated, actor.groupIds),
      this.sessions.unreadSessionCounts(actor.userId),
    ]);
    const queue = new Map([...all, ...own]);
    const perLine = lines.map((line) => ({ lineId: line.id, queue: queue.get(line.id) ?? 0, unread: unread.get(line.id) ?? 0 }));
    return {
      queue: perLine.reduce((sum, line) => sum + line.queue, 0),
      unread: perLine.reduce((sum, line) => sum + line.unread, 0),
      lines: perLine,
    };
  }
}
