/** Web API of the Reports page: Operator efficiency and Live chat efficiency. */
import { inject, injectable } from 'inversify';
import { reportQuery } from '../../common/reports-api';
import { type ApiContribution, type ApiRoute, route } from '../http/api-contribution';
import { ReportService } from './report-service';

@injectable()
export class ReportRoutes implements ApiContribution {
  constructor(@inject(ReportService) private readonly reports: ReportService) {}

  routes(): ApiRoute[] {
    return [
      route({ method: 'GET', path: '/reports/operators', query: reportQuery, handle: async ({ actor, query }) => ({ body: await this.reports.operatorEfficiency(actor, query) }) }),
      route({ method: 'GET', path: '/reports/lines', query: reportQuery, handle: async ({ actor, query }) => ({ body: await this.reports.lineEfficiency(actor, query) }) }),
    ];
  }
}
