/** Live chats: configuration service and Web API. */
import { ContainerModule } from 'inversify';
import { ApiContribution } from '../http/api-contribution';
import { LineRoutes } from './line-routes';
import { LineService } from './line-service';

export const linesModule = new ContainerModule(({ bind }) => {
  bind(LineService).toSelf().inSingletonScope();
  bind(LineRoutes).toSelf().inSingletonScope();
  bind(ApiContribution).toService(LineRoutes);
});
