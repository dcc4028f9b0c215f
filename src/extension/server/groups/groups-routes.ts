/** Web API: the groups of the Live Chats workspace (administrators). */
import { inject, injectable } from 'inversify';
import { createGroupBody, updateGroupBody } from '../../common/groups-api';
import { type ApiContribution, type ApiRoute, route } from '../http/api-contribution';
import { GroupsService } from './groups-service';

@injectable()
export class GroupsRoutes implements ApiContribution {
  constructor(@inject(GroupsService) private readonly groups: GroupsService) {}

  routes(): ApiRoute[] {
    return [
      route({ method: 'GET', path: '/groups', handle: async ({ actor }) => ({ body: await this.groups.list(actor) }) }),
      route({
        method: 'POST',
        path: '/groups',
        body: createGroupBody,
        handle: async ({ actor, body }) => ({ status: 201, body: await this.groups.create(actor, body) }),
      }),
      route({
        method: 'PUT',
        path: '/groups/:id',
        body: updateGroupBody,
        handle: async ({ actor, params, body }) => ({ body: await this.groups.update(actor, params.id, body) }),
      }),
      route({
        method: 'DELETE',
        path: '/groups/:id',
        handle: async ({ actor, params }) => {
          await this.groups.delete(actor, params.id);
          return { status: 204 };
        },
      }),
    ];
  }
}
