/**
 * What a viewer sees of sessions and messages: names resolved, unread counts, and for a client
 * the operator's name only when the live chat shows it (spec §2.2).
 */
import { inject, injectable } from 'inversify';
import type { MessageDto, SessionDto, SessionItemDto } from '../../common/api';
import type { Line } from '../../common/line';
import type { Message, MessageQuote } from '../../common/message';
import type { Session } from '../../common/session';
import { HostApps, HostDirectory } from '../kernel/host-services';
import { ClientRepository } from '../storage/client-repository';
import { LineRepository } from '../storage/line-repository';
import { ParameterRepository } from '../storage/parameter-repository';
import { SessionItemRepository, type SessionItemLink } from '../storage/session-item-repository';
import { SessionRepository } from '../storage/session-repository';

export type Viewpoint = 'staff' | 'client';

const CLIENT_NAMES_KEPT = 10_000;

/** How staff see the author of a message the company sent without a person writing it. */
export const AUTOMATIC_AUTHOR = 'Automatic message';

@injectable()
export class SessionViews {
  constructor(
    @inject(LineRepository) private readonly lines: LineRepository,
    @inject(SessionRepository) private readonly sessions: SessionRepository,
    @inject(ClientRepository) private readonly clients: ClientRepository,
    @inject(HostDirectory) private readonly directory: HostDirectory,
    @inject(ParameterRepository) private readonly parameters: ParameterRepository,
    @inject(SessionItemRepository) private readonly itemLinks: SessionItemRepository,
    @inject(HostApps) private readonly apps: HostApps,
  ) {}

  private readonly clientNames = new Map<string, string>();

  /** DTOs in the given order; `viewerId` decides the unread counts (none without a viewer). */
  async sessionList(sessions: Session[], viewerId?: string, knownLines: Line[] = []): Promise<SessionDto[]> {
    if (sessions.length === 0) return [];
    const lineById = new Map(knownLines.map((line) => [line.id, line]));
    for (const lineId of new Set(sessions.map((s) => s.lineId))) {
      if (!lineById.has(lineId)) {
        const line = await this.lines.get(lineId);
        if (line) lineById.set(lineId, line);
      }
    }
    const operatorIds = [...new Set(sessions.flatMap((s) => (s.operatorId ? [s.operatorId] : [])))];
    const ids = sessions.map((s) => s.id);
    const [clients, operators, unread, params, items] = await Promise.all([
      this.clients.getMany(sessions.map((s) => s.clientId)),
      this.directory.getUsers(operatorIds),
      viewerId ? this.sessions.unreadCounts(viewerId, ids) : Promise.resolve(new Map<string, number>()),
      this.parameters.valuesOf(ids),
      this.boundItems(ids),
    ]);
    const operatorNames = new Map(operators.map((user) => [user.id, user.name]));
    return sessions.map((session) => ({
      ...session,
      lineName: lineById.get(session.lineId)?.name ?? '',
      clientName: clients.get(session.clientId)?.name ?? '',
      operatorName: session.operatorId ? operatorNames.get(session.operatorId) : undefined,
      unread: unread.get(session.id) ?? 0,
      params: params.get(session.id) ?? {},
      items: items.get(session.id) ?? [],
    }));
  }

  /** The bound items of the sessions with their app and item names from the host. */
  private async boundItems(sessionIds: string[]): Promise<Map<string, SessionItemDto[]>> {
    const links = await this.itemLinks.linksOf(sessionIds);
    const all: SessionItemLink[] = [...links.values()].flat();
    if (all.length === 0) return new Map();
    const appNames = new Map((await this.apps.listApps()).map((app) => [app.code, app.name]));
    const itemNames = new Map<string, string>();
    for (const appCode of new Set(all.map((link) => link.appCode))) {
      const found = await this.apps.getItems(appCode, all.filter((link) => link.appCode === appCode).map((link) => link.itemId));
      for (const item of found) itemNames.set(`${appCode}/${item.id}`, item.name);
    }
    const result = new Map<string, SessionItemDto[]>();
    for (const [sessionId, sessionLinks] of links) {
      result.set(
        sessionId,
        sessionLinks.map((link) => ({
          appCode: link.appCode,
          appName: appNames.get(link.appCode) ?? link.appCode,
          itemId: link.itemId,
          // An item deleted in its app keeps its link; its id stands in for the name.
          name: itemNames.get(`${link.appCode}/${link.itemId}`) ?? link.itemId,
          role: link.role,
        })),
      );
    }
    return result;
  }

  async session(session: Session, viewerId?: string, line?: Line): Promise<SessionDto> {
    const [dto] = await this.sessionList([session], viewerId, line ? [line] : []);
    return dto;
  }

  async messages(messages: Message[], session: Session, line: Line, viewpoint: Viewpoint): Promise<MessageDto[]> {
    // Client messages carry the client's name; only operators' names come from the directory.
    const operatorIds = [...new Set(messages.flatMap((m) => (m.authorKind === 'operator' && m.authorUserId ? [m.authorUserId] : [])))];
    const [users, clientName] = await Promise.all([operatorIds.length ? this.directory.getUsers(operatorIds) : [], this.clientName(session.clientId)]);
    const names = new Map(users.map((user) => [user.id, user.name]));
    return messages.map((plain) => {
      const message = plain.quote ? { ...plain, quote: this.quoteAsSeen(plain.quote, line, viewpoint) } : plain;
      switch (message.authorKind) {
        case 'client':
          return { ...message, authorName: clientName };
        case 'operator': {
          const hidden = viewpoint === 'client' && !line.showOperatorName;
          // A message no person wrote (a routing rule's reply, a process's response without an operator).
          if (!message.authorUserId) return { ...message, authorName: viewpoint === 'client' ? line.name : AUTOMATIC_AUTHOR };
          return hidden
            ? { ...message, authorUserId: undefined, authorName: line.name }
            : { ...message, authorName: names.get(message.authorUserId) };
        }
        case 'system':
          return message;
      }
    });
  }

  /** A quote's author the way the viewer sees message authors: a client sees operators per the live chat. */
  private quoteAsSeen(quote: MessageQuote, line: Line, viewpoint: Viewpoint): MessageQuote {
    if (quote.authorKind !== 'operator' || viewpoint === 'staff') return quote;
    return line.showOperatorName && quote.authorUserId ? quote : { ...quote, authorUserId: undefined, authorName: line.name };
  }

  /** A client's name never changes once the client exists: each is read once (the newest 10,000 kept). */
  private async clientName(clientId: string): Promise<string | undefined> {
    const known = this.clientNames.get(clientId);
    if (known !== undefined) return known;
    const name = (await this.clients.getMany([clientId])).get(clientId)?.name;
    if (name !== undefined) {
      this.clientNames.set(clientId, name);
      if (this.clientNames.size > CLIENT_NAMES_KEPT) this.clientNames.delete(this.clientNames.keys().next().value!);
    }
    return name;
  }

  async userName(userId: string): Promise<string | undefined> {
    return (await this.directory.getUser(userId))?.name;
  }
}
