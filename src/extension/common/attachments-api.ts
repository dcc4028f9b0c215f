/**
 * File attachments of messages (spec §5.2): the Web API contract (DTOs, the copy body) and the
 * rules the composer checks before an upload and the server enforces on it — the size limit and
 * the type allow-list of the global settings, file names, which types are previewed inline.
 */
import { z } from 'zod';
import { bareType, formatFileSize } from './attachment-format';
import { ATTACHMENT_MAX_MB_LIMIT, mimeAllowed, type LiveChatsSettings } from './settings';

/** A file attached to a message (or uploaded for the next one), as every viewer sees it. */
export interface AttachmentDto {
  id: string;
  name: string;
  contentType: string;
  /** Size in bytes. */
  size: number;
}

export const ATTACHMENTS_PER_MESSAGE_MAX = 10;
export const ATTACHMENT_NAME_MAX = 255;
const MB = 1024 * 1024;
/** The largest upload the server reads at all, whatever the settings say (the settings' own maximum). */
export const ATTACHMENT_HARD_CAP_BYTES = ATTACHMENT_MAX_MB_LIMIT * MB;
/** Sent when the browser knows no type for a file. */
export const UNKNOWN_CONTENT_TYPE = 'application/octet-stream';

export { bareType, formatFileSize, INLINE_IMAGE_TYPES, isInlineImage } from './attachment-format';

/** What people call the usual types and families; any other type is named as it is. */
const TYPE_NAMES: Readonly<Record<string, string>> = {
  'image/*': 'images',
  'audio/*': 'audio',
  'video/*': 'videos',
  'text/*': 'text files',
  'application/pdf': 'PDF',
  'text/plain': 'TXT',
  'text/csv': 'CSV',
  'application/zip': 'ZIP',
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.ms-excel': 'Excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.ms-powerpoint': 'PowerPoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
};

/** "images, PDF, Word": the allowed types as a person reads them, each name once. */
export function describeTypes(types: readonly string[]): string {
  return [...new Set(types.map((type) => TYPE_NAMES[type] ?? type))].join(', ');
}

export type AttachmentProblemCode = 'attachment/invalid' | 'attachment/too-large' | 'attachment/type-not-allowed';

export interface AttachmentProblem {
  code: AttachmentProblemCode;
  message: string;
}

/**
 * Why a file may not be attached under the settings, or undefined when it may. The composer asks
 * before uploading; the server asks again, since the browser's word is not proof.
 */
export function attachmentProblem(
  file: { size: number; contentType: string },
  settings: Pick<LiveChatsSettings, 'attachmentMaxMb' | 'attachmentTypes'>,
): AttachmentProblem | undefined {
  if (file.size === 0) return { code: 'attachment/invalid', message: 'The file is empty.' };
  const limit = Math.min(settings.attachmentMaxMb * MB, ATTACHMENT_HARD_CAP_BYTES);
  if (file.size > limit) {
    return { code: 'attachment/too-large', message: `The file is ${formatFileSize(file.size)}; files may be at most ${formatFileSize(limit)}.` };
  }
  if (!mimeAllowed(file.contentType, settings.attachmentTypes)) {
    const allowed = settings.attachmentTypes.length ? `Allowed: ${describeTypes(settings.attachmentTypes)}.` : 'No file types are allowed in the Live Chats settings.';
    return { code: 'attachment/type-not-allowed', message: `Files of type ${bareType(file.contentType) || 'unknown'} cannot be attached. ${allowed}` };
  }
  return undefined;
}

/**
 * A file name as it is stored and offered for saving: the last part of a path, without control
 * characters, trimmed and at most ATTACHMENT_NAME_MAX characters (the extension kept); undefined
 * when nothing is left.
 */
export function cleanFileName(raw: string): string | undefined {
  const base = (raw.split(/[/\\]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (base === '' || base === '.' || base === '..') return undefined;
  if (base.length <= ATTACHMENT_NAME_MAX) return base;
  const dot = base.lastIndexOf('.');
  const extension = dot > 0 && base.length - dot <= 16 ? base.slice(dot) : '';
  return base.slice(0, ATTACHMENT_NAME_MAX - extension.length) + extension;
}

const code = z.string().min(1).max(100);

/** "Save a copy" of an attachment into a FILE field of an app item bound to the session. */
export const copyAttachmentBody = z.strictObject({ appCode: code, itemId: z.string().min(1).max(64), fieldCode: code });
export type CopyAttachmentBody = z.infer<typeof copyAttachmentBody>;

/** Where a copy may go: a FILE field of an item bound to the session. */
export interface AttachmentTargetDto {
  appCode: string;
  appName: string;
  itemId: string;
  itemName: string;
  fieldCode: string;
}

/** The copy saved into the item's field. */
export interface AttachmentCopyDto extends AttachmentTargetDto {
  file: AttachmentDto;
}
