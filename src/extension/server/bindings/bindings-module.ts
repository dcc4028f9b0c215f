/** Binding app items to sessions and read access to sessions: service and Web API. */
import { ContainerModule } from 'inversify';
import { ApiContribution } from '../http/api-contribution';
import { BindingRoutes } from './binding-routes';
import { BindingService } from './binding-service';

export const bindingsModule = new ContainerModule(({ bind }) => {
  bind(BindingService).toSelf().inSingletonScope();
  bind(BindingRoutes).toSelf().inSingletonScope();
  bind(ApiContribution).toService(BindingRoutes);
});
