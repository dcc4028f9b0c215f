/** The Live Chat Messages widget's server side (spec §6): its session list and storage queries. */
import { ContainerModule } from 'inversify';
import { ApiContribution } from '../http/api-contribution';
import { WidgetSessionRepository } from '../storage/widget-session-repository';
import { WidgetRoutes } from './widget-routes';
import { WidgetService } from './widget-service';

export const widgetModule = new ContainerModule(({ bind }) => {
  bind(WidgetSessionRepository).toSelf().inSingletonScope();
  bind(WidgetService).toSelf().inSingletonScope();
  bind(WidgetRoutes).toSelf().inSingletonScope();
  bind(ApiContribution).toService(WidgetRoutes);
});
