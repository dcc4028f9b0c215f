/** Web API of attachments: upload into a session, download or preview, targets and "Save a copy" into a bound item. */
import { inject, injectable } from 'inversify';
import { z } from 'zod';
import { ATTACHMENT_HARD_CAP_BYTES, copyAttachmentBody } from '../../common/attachments-api';
import { type ApiContribution, type ApiRoute, route } from '../http/api-contribution';
import { AttachmentService } from './attachment-service';

@injectable()
export class AttachmentRoutes implements ApiContribution {
  constructor(@inject(AttachmentService) private readonly attachments: AttachmentService) {}

  routes(): ApiRoute[] {
    return [
      route({
        method: 'POST',
        path: '/sessions/:id/attachments',
        // The settings' own limit is checked by the service, with a message that names it.
        binary: { maxBytes: ATTACHMENT_HARD_CAP_BYTES },
        body: z.instanceof(Uint8Array),
        handle: async ({ actor, params, body, headers }) => ({
          status: 201,
          body: await this.attachments.upload(actor, params.id, body, headers),
        }),
      }),
      route({
        method: 'GET',
        path: '/sessions/:id/attachments/:fileId',
        handle: async ({ actor, params }) => ({ file: await this.attachments.download(actor, params.id, params.fileId) }),
      }),
      route({
        method: 'POST',
        path: '/sessions/:id/attachments/:fileId/copy',
        body: copyAttachmentBody,
        handle: async ({ actor, params, body }) => ({ status: 201, body: await this.attachments.copy(actor, params.id, params.fileId, body) }),
      }),
      route({ method: 'GET', path: '/sessions/:id/attachment-targets', handle: async ({ actor, params }) => ({ body: await this.attachments.targets(actor, params.id) }) }),
    ];
  }
}
