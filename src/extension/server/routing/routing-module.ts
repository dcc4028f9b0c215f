/** Routing: rules, the router that applies them, the dispatcher that assigns, and auto-replies. */
import { ContainerModule } from 'inversify';
import { ApiContribution } from '../http/api-contribution';
import { OutboxHandler } from '../outbox/outbox-handler';
import { AutoReplyHandler } from './auto-reply-handler';
import { Dispatcher } from './dispatcher';
import { Router } from './router';
import { RoutingRoutes } from './routing-routes';
import { RuleService } from './rule-service';

export const routingModule = new ContainerModule(({ bind }) => {
  bind(RuleService).toSelf().inSingletonScope();
  bind(Router).toSelf().inSingletonScope();
  bind(Dispatcher).toSelf().inSingletonScope();
  bind(AutoReplyHandler).toSelf().inSingletonScope();
  bind(OutboxHandler).toService(AutoReplyHandler);
  bind(RoutingRoutes).toSelf().inSingletonScope();
  bind(ApiContribution).toService(RoutingRoutes);
});
