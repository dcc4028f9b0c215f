/** File attachments of messages: the claims a send makes, the service and the Web API, deleting files no one needs. */
import { ContainerModule } from 'inversify';
import { ApiContribution } from '../http/api-contribution';
import { AttachmentClaims } from './attachment-claims';
import { AttachmentFiles } from './attachment-files';
import { AttachmentRoutes } from './attachment-routes';
import { AttachmentService } from './attachment-service';
import { UploadSweep } from './upload-sweep';

export const attachmentsModule = new ContainerModule(({ bind }) => {
  bind(AttachmentClaims).toSelf().inSingletonScope();
  bind(AttachmentFiles).toSelf().inSingletonScope();
  bind(UploadSweep).toSelf().inSingletonScope();
  bind(AttachmentService).toSelf().inSingletonScope();
  bind(AttachmentRoutes).toSelf().inSingletonScope();
  bind(ApiContribution).toService(AttachmentRoutes);
});
