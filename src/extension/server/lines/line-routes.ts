/** Web API: live chats. */
import { inject, injectable } from 'inversify';
import { createLineBody, updateLineBody } from '../../common/api';
import { type ApiContribution, type ApiRoute, route } from '../http/api-contribution';
import { LineService } from './line-service';

@injectable()
export class LineRoutes implements ApiContribution {
  constructor(@inject(LineService) private readonly lines: LineService) {}

  routes(): ApiRoute[] {
    return [
      route({ method: 'GET', path: '/lines', handle: async ({ actor }) => ({ body: await this.lines.list(actor) }) }),
      route({
        method: 'POST',
        path: '/lines',
        body: createLineBody,
        handle: async ({ actor, body }) => ({ status: 201, body: await this.lines.create(actor, body) }),
      }),
      route({ method: 'GET', path: '/lines/:id', handle: async ({ actor, params }) => ({ body: await this.lines.get(actor, params.id) }) }),
      route({
        method: 'PATCH',
        path: '/lines/:id',
        body: updateLineBody,
        handle: async ({ actor, params, body }) => ({ body: await this.lines.update(actor, params.id, body) }),
      }),
      route({
        method: 'DELETE',
        path: '/lines/:id',
        handle: async ({ actor, params }) => {
          await this.lines.delete(actor, params.id);
          return { status: 204 };
        },
      }),
    ];
  }
}
