/** Response templates (spec §5.4): Articles with their folders, Templates, and their Web API. */
import { ContainerModule } from 'inversify';
import { ApiContribution } from '../http/api-contribution';
import { ResponseTemplateImport } from './response-template-import';
import { ResponseTemplateRoutes } from './response-template-routes';
import { ResponseTemplateService } from './response-template-service';

export const responseTemplatesModule = new ContainerModule(({ bind }) => {
  bind(ResponseTemplateService).toSelf().inSingletonScope();
  bind(ResponseTemplateImport).toSelf().inSingletonScope();
  bind(ResponseTemplateRoutes).toSelf().inSingletonScope();
  bind(ApiContribution).toService(ResponseTemplateRoutes);
});
