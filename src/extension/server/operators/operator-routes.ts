/** Web API of operators: the caller's working status and heartbeat, a live chat's operators, the global settings. */
import { OperatorStatusType } from '@elma365/sdk-types';
import { inject, injectable } from 'inversify';
import { AccessPolicy, forbidden } from '../../common/access-policy';
import { LiveChatsError } from '../../common/errors';
import { capacityOf } from '../../common/operators';
import { setStatusBody, type OperatorDto } from '../../common/routing-api';
import { updateSettingsBody } from '../../common/settings';
import { type ApiContribution, type ApiRoute, route } from '../http/api-contribution';
import { HostDirectory } from '../kernel/host-services';
import { LineRepository } from '../storage/line-repository';
import { OperatorRepository } from '../storage/operator-repository';
import { activeOperators } from './line-operators';
import { OperatorStatusService } from './operator-status-service';
import { SettingsService } from './settings-service';

@injectable()
export class OperatorRoutes implements ApiContribution {
  constructor(
    @inject(OperatorStatusService) private readonly status: OperatorStatusService,
    @inject(SettingsService) private readonly settings: SettingsService,
    @inject(LineRepository) private readonly lines: LineRepository,
    @inject(OperatorRepository) private readonly operators: OperatorRepository,
    @inject(HostDirectory) private readonly directory: HostDirectory,
  ) {}

  routes(): ApiRoute[] {
    return [
      route({ method: 'GET', path: '/me/status', handle: async ({ actor }) => ({ body: await this.status.myStatus(actor) }) }),
      route({ method: 'PUT', path: '/me/status', body: setStatusBody, handle: async ({ actor, body }) => ({ body: await this.status.setStatus(actor, body.status) }) }),
      route({ method: 'POST', path: '/me/heartbeat', handle: async ({ actor }) => ({ body: await this.status.heartbeat(actor) }) }),
      route({ method: 'GET', path: '/settings', handle: async () => ({ body: await this.settings.get() }) }),
      route({ method: 'PATCH', path: '/settings', body: updateSettingsBody, handle: async ({ actor, body }) => ({ body: await this.settings.update(actor, body) }) }),
      route({
        method: 'GET',
        path: '/lines/:id/operators',
        handle: async ({ actor, params }) => {
          const line = await this.lines.get(params.id);
          if (!line || !AccessPolicy.canSeeLine(actor, line)) throw new LiveChatsError('line/not-found', 'There is no such live chat.');
          if (!actor.isAdmin && !AccessPolicy.canWorkOnLine(actor, line)) throw forbidden('Only the staff of the live chat see its operators.');
          const users = await activeOperators(this.directory, line);
          const ids = users.map((user) => user.id);
          const [online, active] = await Promise.all([this.status.onlineAmong(ids), this.operators.activeCounts(line.id, ids)]);
          const body: OperatorDto[] = users.map((user) => ({
            userId: user.id,
            name: user.name,
            status: online.has(user.id) ? OperatorStatusType.Online : OperatorStatusType.Offline,
            active: active.get(user.id) ?? 0,
            capacity: capacityOf(line, user.id),
            groupIds: user.groupIds.filter((id) => line.operatorGroupIds.includes(id)),
          }));
          return { body };
        },
      }),
    ];
  }
}
