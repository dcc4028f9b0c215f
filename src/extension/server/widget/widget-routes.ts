/** Web API of the Live Chat Messages widget: the sessions of the item a form shows. */
import { inject, injectable } from 'inversify';
import { widgetSessionsQuery } from '../../common/widget-api';
import { type ApiContribution, type ApiRoute, route } from '../http/api-contribution';
import { WidgetService } from './widget-service';

@injectable()
export class WidgetRoutes implements ApiContribution {
  constructor(@inject(WidgetService) private readonly widget: WidgetService) {}

  routes(): ApiRoute[] {
    return [
      route({
        method: 'GET',
        path: '/widget/sessions',
        query: widgetSessionsQuery,
        handle: async ({ actor, query }) => ({ body: await this.widget.sessions(actor, query) }),
      }),
    ];
  }
}
