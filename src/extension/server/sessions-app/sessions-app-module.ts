/** The Sessions app (spec §4.7): saved filters, the count of a filter and the export of sessions. */
import { ContainerModule } from 'inversify';
import { ApiContribution } from '../http/api-contribution';
import { SavedFilterRepository } from '../storage/saved-filter-repository';
import { SavedFilterService } from './saved-filter-service';
import { SessionExportService } from './session-export-service';
import { SessionsAppRoutes } from './sessions-app-routes';

export const sessionsAppModule = new ContainerModule(({ bind }) => {
  bind(SavedFilterRepository).toSelf().inSingletonScope();
  bind(SavedFilterService).toSelf().inSingletonScope();
  bind(SessionExportService).toSelf().inSingletonScope();
  bind(SessionsAppRoutes).toSelf().inSingletonScope();
  bind(ApiContribution).toService(SessionsAppRoutes);
});
