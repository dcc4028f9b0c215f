/** Web API: session parameter definitions, and parameter values of a session (administrators). */
import { inject, injectable } from 'inversify';
import { z } from 'zod';
import { AccessPolicy, forbidden } from '../../common/access-policy';
import { type ApiContribution, type ApiRoute, route } from '../http/api-contribution';
import { SessionService } from '../sessions/session-service';
import { ParameterService } from './parameter-service';

const replaceBody = z.strictObject({ definitions: z.array(z.unknown()).max(500) });
const valuesBody = z.strictObject({ values: z.record(z.string().min(1).max(64), z.unknown()) });

@injectable()
export class ParameterRoutes implements ApiContribution {
  constructor(
    @inject(ParameterService) private readonly parameters: ParameterService,
    @inject(SessionService) private readonly sessions: SessionService,
  ) {}

  routes(): ApiRoute[] {
    return [
      route({ method: 'GET', path: '/parameters', handle: async () => ({ body: await this.parameters.definitions() }) }),
      route({
        method: 'PUT',
        path: '/parameters',
        body: replaceBody,
        handle: async ({ actor, body }) => ({ body: await this.parameters.replaceDefinitions(actor, body.definitions) }),
      }),
      route({
        method: 'PATCH',
        path: '/sessions/:id/parameters',
        body: valuesBody,
        handle: async ({ actor, params, body }) => {
          // Operators never edit parameters by hand (spec §4.6); the Web API is for administrators.
          if (!AccessPolicy.canConfigureLines(actor)) throw forbidden('Only administrators and processes set session parameters.');
          await this.sessions.requireExisting(params.id);
          await this.parameters.setValues(params.id, body.values);
          return { body: await this.sessions.parametersChanged(actor.userId, params.id) };
        },
      }),
    ];
  }
}
