/**
 * File attachments (spec §5.2): uploads into a session by whoever may write in it, under the size
 * limit and type allow-list of the global settings; downloads and inline previews for whoever may
 * read it; "Save a copy" into a FILE field of an app item bound to the session (spec §4.5). The
 * bytes are in the host's file store; the extension keeps who uploaded what where.
 */
import { FieldType, type HostAppInfo, type HostFileRef, type HostHttpFile } from '@elma365/sdk-types';
import { inject, injectable } from 'inversify';
import { AccessPolicy, type Actor, forbidden } from '../../common/access-policy';
import {
  type AttachmentCopyDto,
  type AttachmentDto,
  attachmentProblem,
  type AttachmentTargetDto,
  bareType,
  cleanFileName,
  type CopyAttachmentBody,
  isInlineImage,
  UNKNOWN_CONTENT_TYPE,
} from '../../common/attachments-api';
import { LiveChatsError } from '../../common/errors';
import { HostApps, HostClock, HostFiles } from '../kernel/host-services';
import { OperatorStatusService } from '../operators/operator-status-service';
import { SettingsService } from '../operators/settings-service';
import { MessageSender } from '../sessions/message-sender';
import { SessionQueries, sessionNotFound, type Viewed } from '../sessions/session-queries';
import { SessionViews } from '../sessions/session-views';
import { AttachmentRepository, type StoredAttachment, toAttachmentDto } from '../storage/attachment-repository';
import { LineRepository } from '../storage/line-repository';
import { SessionRepository } from '../storage/session-repository';
import { looksLikeImage } from './image-signature';
import { UploadSweep } from './upload-sweep';

const attachmentNotFound = (): LiveChatsError => new LiveChatsError('attachment/not-found', 'There is no such file in this session.');

/** The FILE fields of an app, where copies of attachments can go. */
const fileFields = (app: HostAppInfo | undefined) => app?.fields.filter((field) => field.type === FieldType.FILE) ?? [];

@injectable()
export class AttachmentService {
  constructor(
    @inject(HostFiles) private readonly files: HostFiles,
    @inject(HostApps) private readonly apps: HostApps,
    @inject(HostClock) private readonly clock: HostClock,
    @inject(AttachmentRepository) private readonly attachments: AttachmentRepository,
    @inject(SessionRepository) private readonly sessions: SessionRepository,
    @inject(LineRepository) private readonly lines: LineRepository,
    @inject(SessionQueries) private readonly queries: SessionQueries,
    @inject(MessageSender) private readonly sender: MessageSender,
    @inject(SessionViews) private readonly views: SessionViews,
    @inject(SettingsService) private readonly settings: SettingsService,
    @inject(OperatorStatusService) private readonly status: OperatorStatusService,
    @inject(UploadSweep) private readonly sweep: UploadSweep,
  ) {}

  /** An upload for the caller's next message: the operator replying in the session, or its own client. */
  async upload(actor: Actor, sessionId: string, data: Uint8Array, headers: Record<string, string | undefined>): Promise<AttachmentDto> {
    const { session, line, viewpoint } = await this.queries.view(actor, sessionId);
    if (viewpoint === 'staff') await this.sender.requireReplier(actor, line, session);
    const name = fileNameOf(headers['x-file-name']);
    const contentType = bareType(headers['content-type'] ?? '') || UNKNOWN_CONTENT_TYPE;
    const problem = attachmentProblem({ size: data.byteLength, contentType }, await this.settings.get());
    if (problem) throw new LiveChatsError(problem.code, problem.message);
    const file = await this.files.save({ name, contentType, data });
    const stored = { id: file.id, name: file.name, contentType, size: file.size, sessionId: session.id, uploaderId: actor.userId, createdAt: this.clock.now().toISOString() };
    await this.attachments.insert(stored);
    this.sweep.pokeIfDue();
    return toAttachmentDto(stored);
  }

  /** The file for whoever may read the session: raster images inline (previews), everything else saved. */
  async download(actor: Actor, sessionId: string, fileId: string): Promise<HostHttpFile> {
    const attachment = await this.readable(actor, await this.reader(actor, sessionId), fileId);
    const data = await this.files.read(attachment.id);
    if (!data) throw attachmentNotFound();
    const inline = isInlineImage(attachment.contentType) && looksLikeImage(attachment.contentType, data);
    return { contentType: attachment.contentType, fileName: attachment.name, inline, data, size: data.byteLength };
  }

  /** The FILE fields of the items bound to the session: where "Save a copy" can put a file. */
  async targets(actor: Actor, sessionId: string): Promise<AttachmentTargetDto[]> {
    const { session, line, viewpoint } = await this.queries.view(actor, sessionId);
    if (viewpoint !== 'staff') throw forbidden('Only the staff of the live chat save files into app items.');
    const [dto, apps] = await Promise.all([this.views.session(session, undefined, line), this.apps.listApps()]);
    const appByCode = new Map(apps.map((app) => [app.code, app]));
    return dto.items.flatMap((item) =>
      fileFields(appByCode.get(item.appCode)).map((field) => ({ appCode: item.appCode, appName: item.appName, itemId: item.itemId, itemName: item.name, fieldCode: field.code })),
    );
  }

  /** "Save a copy": a new file in the host's store, appended to the FILE field of a bound item. */
  async copy(actor: Actor, sessionId: string, fileId: string, body: CopyAttachmentBody): Promise<AttachmentCopyDto> {
    const viewed = await this.queries.view(actor, sessionId);
    if (!AccessPolicy.canBindItems(actor, viewed.line, viewed.session)) {
      throw forbidden('Only the operator working on the session or a supervisor saves its files into app items.');
    }
    await this.status.requireOnline(actor);
    const attachment = await this.readable(actor, viewed, fileId);
    const { items } = await this.views.session(viewed.session, undefined, viewed.line);
    if (!items.some((item) => item.appCode === body.appCode && item.itemId === body.itemId)) {
      throw new LiveChatsError('apps/item-not-found', 'This item is not bound to the session: bind it in "About the session" first.');
    }
    const app = await this.apps.getApp(body.appCode);
    const field = fileFields(app).find((f) => f.code === body.fieldCode);
    if (!app || !field) throw new LiveChatsError('attachment/not-a-file-field', `"${body.fieldCode}" is not a Files field of ${app?.name ?? body.appCode}.`);
    const item = await this.apps.getItem(app.code, body.itemId);
    const data = await this.files.read(attachment.id);
    if (!item) throw new LiveChatsError('apps/item-not-found', `The item no longer exists in "${app.name}".`);
    if (!data) throw attachmentNotFound();
    const copy = await this.files.save({ name: attachment.name, contentType: attachment.contentType, data });
    const ref: HostFileRef = { id: copy.id, namespace: 'system', code: 'files', name: copy.name, size: copy.size };
    const current = item.data[field.code];
    await this.apps.updateItem(app.code, item.id, { [field.code]: field.array ? [...(Array.isArray(current) ? current : []), ref] : ref });
    return {
      appCode: app.code,
      appName: app.name,
      itemId: item.id,
      itemName: item.name,
      fieldCode: field.code,
      file: { id: copy.id, name: copy.name, contentType: copy.contentType, size: copy.size },
    };
  }

  /** The session for a reader: as in the workspace, or by read access to the live chat's sessions (the widget). */
  private async reader(actor: Actor, sessionId: string): Promise<Viewed> {
    const session = await this.sessions.get(sessionId);
    const line = session && (await this.lines.get(session.lineId));
    if (!session || !line) throw sessionNotFound();
    if (AccessPolicy.canReadTranscript(actor, line)) return { session, line, viewpoint: 'staff' };
    return this.queries.view(actor, sessionId);
  }

  /** A sent file of the session, or the caller's own upload that is still to be sent. */
  private async readable(actor: Actor, viewed: Viewed, fileId: string): Promise<StoredAttachment> {
    const attachment = await this.attachments.get(viewed.session.id, fileId);
    if (!attachment || (!attachment.messageId && attachment.uploaderId !== actor.userId)) throw attachmentNotFound();
    return attachment;
  }
}

/** The `X-File-Name` header: the file's name, URI-encoded (headers carry ASCII only). */
function fileNameOf(header: string | undefined): string {
  let decoded: string | undefined;
  try {
    decoded = header === undefined ? undefined : decodeURIComponent(header);
  } catch {
    decoded = undefined;
  }
  const name = decoded === undefined ? undefined : cleanFileName(decoded);
  if (!name) throw new LiveChatsError('request/invalid', 'Send the file\'s name in the X-File-Name header, URI-encoded.');
  return name;
}
