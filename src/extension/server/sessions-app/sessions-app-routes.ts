/** Web API of the Sessions app (spec §4.7): the count of a filter, saved filters, and the export. */
import { inject, injectable } from 'inversify';
import { z } from 'zod';
import { sessionFilterFields } from '../../common/api';
import { exportSessionsQuery, savedFilterBody } from '../../common/sessions-app-api';
import { type ApiContribution, type ApiRoute, route } from '../http/api-contribution';
import { SessionQueries } from '../sessions/session-queries';
import { SavedFilterService } from './saved-filter-service';
import { SessionExportService } from './session-export-service';

const countQuery = z.strictObject(sessionFilterFields);

@injectable()
export class SessionsAppRoutes implements ApiContribution {
  constructor(
    @inject(SessionQueries) private readonly queries: SessionQueries,
    @inject(SavedFilterService) private readonly savedFilters: SavedFilterService,
    @inject(SessionExportService) private readonly exports: SessionExportService,
  ) {}

  routes(): ApiRoute[] {
    return [
      route({
        method: 'GET',
        path: '/sessions/count',
        query: countQuery,
        handle: async ({ actor, query }) => ({ body: { total: await this.queries.count(actor, query) } }),
      }),
      route({
        method: 'GET',
        path: '/sessions/export',
        query: exportSessionsQuery,
        handle: async ({ actor, query }) => ({ file: await this.exports.export(actor, query) }),
      }),
      route({ method: 'GET', path: '/saved-filters', handle: async ({ actor }) => ({ body: await this.savedFilters.list(actor) }) }),
      route({
        method: 'POST',
        path: '/saved-filters',
        body: savedFilterBody,
        handle: async ({ actor, body }) => {
          const { filter, created } = await this.savedFilters.save(actor, body);
          return { status: created ? 201 : 200, body: filter };
        },
      }),
      route({
        method: 'DELETE',
        path: '/saved-filters/:id',
        handle: async ({ actor, params }) => {
          await this.savedFilters.delete(actor, params.id);
          return { status: 204 };
        },
      }),
    ];
  }
}
