/** File attachments of messages: the claims a send makes, the service and the Web API. */
import { ContainerModule } from 'inversify';
import { ApiContribution } from '../http/api-contribution';
import { AttachmentClaims } from './attachment-claims';
import { AttachmentRoutes } from './attachment-routes';
import { AttachmentService } from './attachment-service';

export const attachmentsModule = new ContainerModule(({ bind }) => {
  bind(AttachmentClaims).toSelf().inSingletonScope();
  bind(AttachmentService).toSelf().inSingletonScope();
  bind(AttachmentRoutes).toSelf().inSingletonScope();
  bind(ApiContribution).toService(AttachmentRoutes);
});
