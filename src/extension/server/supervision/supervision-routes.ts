/** Web API of supervision: reassign, return to the queue, spam and back, priority. */
import { inject, injectable } from 'inversify';
import { assignSessionBody, setPriorityBody } from '../../common/routing-api';
import { type ApiContribution, type ApiRoute, route } from '../http/api-contribution';
import { SupervisionService } from './supervision-service';

@injectable()
export class SupervisionRoutes implements ApiContribution {
  constructor(@inject(SupervisionService) private readonly supervision: SupervisionService) {}

  routes(): ApiRoute[] {
    return [
      route({
        method: 'POST',
        path: '/sessions/:id/assign',
        body: assignSessionBody,
        handle: async ({ actor, params, body }) => ({ body: await this.supervision.assign(actor, params.id, body) }),
      }),
      route({ method: 'POST', path: '/sessions/:id/return', handle: async ({ actor, params }) => ({ body: await this.supervision.returnToQueue(actor, params.id) }) }),
      route({ method: 'POST', path: '/sessions/:id/spam', handle: async ({ actor, params }) => ({ body: await this.supervision.markAsSpam(actor, params.id) }) }),
      route({ method: 'POST', path: '/sessions/:id/unspam', handle: async ({ actor, params }) => ({ body: await this.supervision.removeFromSpam(actor, params.id) }) }),
      route({
        method: 'PUT',
        path: '/sessions/:id/priority',
        body: setPriorityBody,
        handle: async ({ actor, params, body }) => ({ body: await this.supervision.setPriority(actor, params.id, body.priority) }),
      }),
    ];
  }
}
