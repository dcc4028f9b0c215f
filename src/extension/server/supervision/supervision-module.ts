/** Supervision: reassignment, queue, spam and priority of sessions. */
import { ContainerModule } from 'inversify';
import { ApiContribution } from '../http/api-contribution';
import { SupervisionRoutes } from './supervision-routes';
import { SupervisionService } from './supervision-service';

export const supervisionModule = new ContainerModule(({ bind }) => {
  bind(SupervisionService).toSelf().inSingletonScope();
  bind(SupervisionRoutes).toSelf().inSingletonScope();
  bind(ApiContribution).toService(SupervisionRoutes);
});
