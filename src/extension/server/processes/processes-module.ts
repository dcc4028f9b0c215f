/** Business processes: the templates to bind and the manual start from a session. */
import { ContainerModule } from 'inversify';
import { ApiContribution } from '../http/api-contribution';
import { ProcessRoutes } from './process-routes';

export const processesModule = new ContainerModule(({ bind }) => {
  bind(ProcessRoutes).toSelf().inSingletonScope();
  bind(ApiContribution).toService(ProcessRoutes);
});
