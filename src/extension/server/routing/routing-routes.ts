/** Web API of routing: the rules of a live chat. */
import { inject, injectable } from 'inversify';
import { reorderRulesBody, routingRuleBody } from '../../common/routing-api';
import { type ApiContribution, type ApiRoute, route } from '../http/api-contribution';
import { RuleService } from './rule-service';

@injectable()
export class RoutingRoutes implements ApiContribution {
  constructor(@inject(RuleService) private readonly rules: RuleService) {}

  routes(): ApiRoute[] {
    return [
      route({ method: 'GET', path: '/lines/:id/rules', handle: async ({ actor, params }) => ({ body: await this.rules.list(actor, params.id) }) }),
      route({
        method: 'POST',
        path: '/lines/:id/rules',
        body: routingRuleBody,
        handle: async ({ actor, params, body }) => ({ status: 201, body: await this.rules.create(actor, params.id, body) }),
      }),
      // Before PUT …/rules/:ruleId, which would take "order" for a rule id.
      route({
        method: 'PUT',
        path: '/lines/:id/rules/order',
        body: reorderRulesBody,
        handle: async ({ actor, params, body }) => ({ body: await this.rules.reorder(actor, params.id, body.ruleIds) }),
      }),
      route({
        method: 'PUT',
        path: '/lines/:id/rules/:ruleId',
        body: routingRuleBody,
        handle: async ({ actor, params, body }) => ({ body: await this.rules.update(actor, params.id, params.ruleId, body) }),
      }),
      route({
        method: 'DELETE',
        path: '/lines/:id/rules/:ruleId',
        handle: async ({ actor, params }) => {
          await this.rules.delete(actor, params.id, params.ruleId);
          return { status: 204 };
        },
      }),
      route({
        method: 'POST',
        path: '/lines/:id/rules/:ruleId/copy',
        handle: async ({ actor, params }) => ({ status: 201, body: await this.rules.copy(actor, params.id, params.ruleId) }),
      }),
    ];
  }
}
