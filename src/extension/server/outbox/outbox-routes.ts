/** Web API: the outbox for administrators, dead letters included (what failed, and why). */
import { inject, injectable } from 'inversify';
import { z } from 'zod';
import { AccessPolicy, forbidden } from '../../common/access-policy';
import { type ApiContribution, type ApiRoute, route } from '../http/api-contribution';
import { OutboxRepository } from './outbox-repository';

const outboxQuery = z.strictObject({ status: z.enum(['pending', 'delivering', 'done', 'dead']).optional() });

@injectable()
export class OutboxRoutes implements ApiContribution {
  constructor(@inject(OutboxRepository) private readonly outbox: OutboxRepository) {}

  routes(): ApiRoute[] {
    return [
      route({
        method: 'GET',
        path: '/outbox',
        query: outboxQuery,
        handle: async ({ actor, query }) => {
          if (!AccessPolicy.canConfigureLines(actor)) throw forbidden('Only administrators see the outbox.');
          return { body: await this.outbox.list(query.status) };
        },
      }),
    ];
  }
}
