/** Web API: apps with an Account field, item search, binding items to sessions, the read-only transcript. */
import { inject, injectable } from 'inversify';
import { bindItemBody, listMessagesQuery, searchItemsQuery } from '../../common/api';
import { type ApiContribution, type ApiRoute, route } from '../http/api-contribution';
import { BindingService } from './binding-service';

@injectable()
export class BindingRoutes implements ApiContribution {
  constructor(@inject(BindingService) private readonly bindings: BindingService) {}

  routes(): ApiRoute[] {
    return [
      route({ method: 'GET', path: '/apps', handle: async ({ actor }) => ({ body: await this.bindings.listApps(actor) }) }),
      route({
        method: 'GET',
        path: '/apps/:code/items',
        query: searchItemsQuery,
        handle: async ({ actor, params, query }) => ({ body: await this.bindings.searchItems(actor, params.code, query.search, query.limit) }),
      }),
      route({
        method: 'POST',
        path: '/sessions/:id/items',
        body: bindItemBody,
        handle: async ({ actor, params, body }) => ({ body: await this.bindings.bind(actor, params.id, body) }),
      }),
      route({
        method: 'DELETE',
        path: '/sessions/:id/items/:appCode/:itemId',
        handle: async ({ actor, params }) => ({ body: await this.bindings.unbind(actor, params.id, params.appCode, params.itemId) }),
      }),
      route({
        method: 'GET',
        path: '/sessions/:id/transcript',
        query: listMessagesQuery,
        handle: async ({ actor, params, query }) => ({ body: await this.bindings.transcript(actor, params.id, query) }),
      }),
    ];
  }
}
