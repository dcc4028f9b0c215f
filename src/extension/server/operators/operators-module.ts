/** Operators: working status, capacity, global settings. */
import { ContainerModule } from 'inversify';
import { ApiContribution } from '../http/api-contribution';
import { CapacityGuard } from './capacity-guard';
import { OperatorRoutes } from './operator-routes';
import { OperatorStatusService } from './operator-status-service';
import { SettingsService } from './settings-service';

export const operatorsModule = new ContainerModule(({ bind }) => {
  bind(SettingsService).toSelf().inSingletonScope();
  bind(OperatorStatusService).toSelf().inSingletonScope();
  bind(CapacityGuard).toSelf().inSingletonScope();
  bind(OperatorRoutes).toSelf().inSingletonScope();
  bind(ApiContribution).toService(OperatorRoutes);
});
