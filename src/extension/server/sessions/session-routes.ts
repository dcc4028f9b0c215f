/** Web API: writing to a live chat, sessions, their messages, read markers and counters. */
import { inject, injectable } from 'inversify';
import { editMessageBody, listMessagesQuery, listSessionsQuery, markReadBody, renameSessionBody, sendMessageBody, takeNextBody } from '../../common/api';
import { type ApiContribution, type ApiRoute, route } from '../http/api-contribution';
import { MessageEdits } from './message-edits';
import { MessageSender } from './message-sender';
import { QueueTaker } from './queue-taker';
import { SessionQueries } from './session-queries';
import { SessionService } from './session-service';

@injectable()
export class SessionRoutes implements ApiContribution {
  constructor(
    @inject(SessionService) private readonly sessions: SessionService,
    @inject(SessionQueries) private readonly queries: SessionQueries,
    @inject(QueueTaker) private readonly queue: QueueTaker,
    @inject(MessageEdits) private readonly edits: MessageEdits,
    @inject(MessageSender) private readonly sender: MessageSender,
  ) {}

  routes(): ApiRoute[] {
    return [
      route({
        method: 'POST',
        path: '/lines/:id/messages',
        body: sendMessageBody,
        handle: async ({ actor, user, params, body }) => {
          const { replay, ...result } = await this.sender.writeToLine(actor, user, params.id, body);
          return { status: replay ? 200 : 201, body: result };
        },
      }),
      route({
        method: 'GET',
        path: '/sessions',
        query: listSessionsQuery,
        handle: async ({ actor, query }) => ({ body: await this.queries.list(actor, query) }),
      }),
      route({ method: 'GET', path: '/sessions/:id', handle: async ({ actor, params }) => ({ body: await this.queries.get(actor, params.id) }) }),
      route({
        method: 'POST',
        path: '/sessions/take-next',
        body: takeNextBody,
        handle: async ({ actor, user, body }) => ({ body: await this.queue.takeNext(actor, user.name, body?.lineId ?? undefined) }),
      }),
      route({ method: 'POST', path: '/sessions/:id/take', handle: async ({ actor, user, params }) => ({ body: await this.sessions.take(actor, params.id, user.name) }) }),
      route({ method: 'POST', path: '/sessions/:id/close', handle: async ({ actor, params }) => ({ body: await this.sessions.close(actor, params.id) }) }),
      route({
        method: 'POST',
        path: '/sessions/:id/read',
        body: markReadBody,
        handle: async ({ actor, params, body }) => {
          await this.sessions.markRead(actor, params.id, body.seq);
          return { status: 204 };
        },
      }),
      route({
        method: 'GET',
        path: '/sessions/:id/messages',
        query: listMessagesQuery,
        // The query schema refuses `before` with `since` or `search`.
        handle: async ({ actor, params, query }) => ({
          body:
            query.before === undefined
              ? await this.queries.listMessages(actor, params.id, query.since, query.limit, query.search)
              : await this.queries.listMessagesBefore(actor, params.id, query.before, query.limit),
        }),
      }),
      route({
        method: 'PATCH',
        path: '/sessions/:id/messages/:messageId',
        body: editMessageBody,
        handle: async ({ actor, params, body }) => ({ body: await this.edits.edit(actor, params.id, params.messageId, body.text) }),
      }),
      route({
        method: 'POST',
        path: '/sessions/:id/messages',
        body: sendMessageBody,
        handle: async ({ actor, user, params, body }) => {
          const { replay, ...result } = await this.sender.writeToSession(actor, user, params.id, body);
          return { status: replay ? 200 : 201, body: result };
        },
      }),
      route({
        method: 'POST',
        path: '/sessions/:id/rename',
        body: renameSessionBody,
        handle: async ({ actor, params, body }) => ({ body: await this.sessions.rename(actor, params.id, body.name) }),
      }),
      route({ method: 'GET', path: '/me/counters', handle: async ({ actor }) => ({ body: await this.queries.counters(actor) }) }),
    ];
  }
}
