/** Custom session parameters: service and Web API. */
import { ContainerModule } from 'inversify';
import { ApiContribution } from '../http/api-contribution';
import { ParameterRoutes } from './parameter-routes';
import { ParameterService } from './parameter-service';

export const parametersModule = new ContainerModule(({ bind }) => {
  bind(ParameterService).toSelf().inSingletonScope();
  bind(ParameterRoutes).toSelf().inSingletonScope();
  bind(ApiContribution).toService(ParameterRoutes);
});
