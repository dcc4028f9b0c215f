/** Groups made in the Live Chats workspace (spec §2.10): service and Web API. */
import { ContainerModule } from 'inversify';
import { ApiContribution } from '../http/api-contribution';
import { GroupsRoutes } from './groups-routes';
import { GroupsService } from './groups-service';

export const groupsModule = new ContainerModule(({ bind }) => {
  bind(GroupsService).toSelf().inSingletonScope();
  bind(GroupsRoutes).toSelf().inSingletonScope();
  bind(ApiContribution).toService(GroupsRoutes);
});
