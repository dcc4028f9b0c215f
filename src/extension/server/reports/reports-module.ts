/** Reports: operator and live chat efficiency, aggregated by the database. */
import { ContainerModule } from 'inversify';
import { ApiContribution } from '../http/api-contribution';
import { ReportRepository } from './report-repository';
import { ReportRoutes } from './report-routes';
import { ReportService } from './report-service';

export const reportsModule = new ContainerModule(({ bind }) => {
  bind(ReportRepository).toSelf().inSingletonScope();
  bind(ReportService).toSelf().inSingletonScope();
  bind(ReportRoutes).toSelf().inSingletonScope();
  bind(ApiContribution).toService(ReportRoutes);
});
