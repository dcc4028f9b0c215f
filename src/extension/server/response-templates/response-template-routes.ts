/** Web API of response templates: article folders, articles, templates and a template rendered for a session. */
import { inject, injectable } from 'inversify';
import {
  articleBody,
  articleQuery,
  folderBody,
  importArticlesBody,
  importTemplatesBody,
  renderQuery,
  templateBody,
  templateQuery,
} from '../../common/response-templates-api';
import { type ApiContribution, type ApiRoute, route } from '../http/api-contribution';
import { ResponseTemplateImport } from './response-template-import';
import { ResponseTemplateService } from './response-template-service';

const BASE = '/response-templates';

@injectable()
export class ResponseTemplateRoutes implements ApiContribution {
  constructor(
    @inject(ResponseTemplateService) private readonly service: ResponseTemplateService,
    @inject(ResponseTemplateImport) private readonly importer: ResponseTemplateImport,
  ) {}

  routes(): ApiRoute[] {
    return [
      route({ method: 'GET', path: `${BASE}/article-folders`, handle: async ({ actor }) => ({ body: await this.service.listFolders(actor) }) }),
      route({
        method: 'POST',
        path: `${BASE}/article-folders`,
        body: folderBody,
        handle: async ({ actor, body }) => ({ status: 201, body: await this.service.createFolder(actor, body) }),
      }),
      route({
        method: 'PUT',
        path: `${BASE}/article-folders/:id`,
        body: folderBody,
        handle: async ({ actor, params, body }) => ({ body: await this.service.renameFolder(actor, params.id, body) }),
      }),
      route({
        method: 'DELETE',
        path: `${BASE}/article-folders/:id`,
        handle: async ({ actor, params }) => {
          await this.service.deleteFolder(actor, params.id);
          return { status: 204 };
        },
      }),
      route({
        method: 'GET',
        path: `${BASE}/articles`,
        query: articleQuery,
        handle: async ({ actor, query }) => ({ body: await this.service.listArticles(actor, query) }),
      }),
      route({
        method: 'POST',
        path: `${BASE}/articles`,
        body: articleBody,
        handle: async ({ actor, body }) => ({ status: 201, body: await this.service.createArticle(actor, body) }),
      }),
      route({
        method: 'PUT',
        path: `${BASE}/articles/:id`,
        body: articleBody,
        handle: async ({ actor, params, body }) => ({ body: await this.service.updateArticle(actor, params.id, body) }),
      }),
      route({
        method: 'DELETE',
        path: `${BASE}/articles/:id`,
        handle: async ({ actor, params }) => {
          await this.service.deleteArticle(actor, params.id);
          return { status: 204 };
        },
      }),
      route({
        method: 'GET',
        path: `${BASE}/templates`,
        query: templateQuery,
        handle: async ({ actor, query }) => ({ body: await this.service.listTemplates(actor, query) }),
      }),
      route({
        method: 'POST',
        path: `${BASE}/templates`,
        body: templateBody,
        handle: async ({ actor, body }) => ({ status: 201, body: await this.service.createTemplate(actor, body) }),
      }),
      route({
        method: 'PUT',
        path: `${BASE}/templates/:id`,
        body: templateBody,
        handle: async ({ actor, params, body }) => ({ body: await this.service.updateTemplate(actor, params.id, body) }),
      }),
      route({
        method: 'DELETE',
        path: `${BASE}/templates/:id`,
        handle: async ({ actor, params }) => {
          await this.service.deleteTemplate(actor, params.id);
          return { status: 204 };
        },
      }),
      route({
        method: 'POST',
        path: `${BASE}/templates/import`,
        body: importTemplatesBody,
        handle: async ({ actor, body }) => ({ status: 201, body: await this.importer.importTemplates(actor, body) }),
      }),
      route({
        method: 'POST',
        path: `${BASE}/articles/import`,
        body: importArticlesBody,
        handle: async ({ actor, body }) => ({ status: 201, body: await this.importer.importArticles(actor, body) }),
      }),
      route({
        method: 'GET',
        path: `${BASE}/templates/:id/render`,
        query: renderQuery,
        handle: async ({ actor, params, query }) => ({ body: await this.service.render(actor, params.id, query.sessionId) }),
      }),
    ];
  }
}
