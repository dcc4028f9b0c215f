/**
 * Global Live Chats settings (Administration › Live Chats Settings, spec §2.9): every option, its
 * default, and the PATCH body the server checks. What each option does is implemented where it
 * acts (the composer, the counters, the status sweep, the operator picker, attachments).
 */
import { z } from 'zod';
import { bareType } from './attachment-format';

/** How the composer sends: "Ctrl/Cmd+Enter or icon" (default), "Enter or icon", "Icon only". */
export const SEND_METHODS = ['ctrlEnter', 'enter', 'icon'] as const;
export type SendMethod = (typeof SEND_METHODS)[number];

/** Notification sounds the workspace can play (synthesized in the browser; `none` is silence). */
export const NOTIFICATION_SOUNDS = ['none', 'chime', 'bell', 'pop', 'ding'] as const;
export type NotificationSound = (typeof NOTIFICATION_SOUNDS)[number];

export interface LiveChatsSettings {
  /** "Show operators the number of sessions in the queue" (the bottom-left counter). */
  showQueueCountToOperators: boolean;
  /** "Show supervisors the number of unassigned sessions". */
  showUnassignedCountToSupervisors: boolean;
  /** "Show send-confirmation dialog for selected channels": ids of channels of any live chat. */
  sendConfirmationChannelIds: string[];
  /** "Message sending method". */
  sendMethod: SendMethod;
  /** "Enable message editing": operators may edit their own messages (default No). */
  messageEditing: boolean;
  /** "Show system messages in session chat by default"; each viewer can toggle it per page. */
  showSystemMessages: boolean;
  /** Minutes without a heartbeat from any of the user's pages after which an operator is Offline. */
  inactivityMinutes: number;
  /** "Allow manual reassignment only to Online operators". */
  reassignOnlyOnline: boolean;
  /** "New session notification sound", for the operators of the live chat. */
  newSessionSound: NotificationSound;
  /** "New message notification sound", in sessions assigned to the operator. */
  newMessageSound: NotificationSound;
  /** The largest file an operator or a client may attach, in megabytes. */
  attachmentMaxMb: number;
  /**
   * MIME types files may have: exact (`application/pdf`) or a family (`image/*`). A file whose
   * type is not listed is refused by the server.
   */
  attachmentTypes: string[];
}

export const INACTIVITY_MINUTES_MIN = 2;
export const INACTIVITY_MINUTES_MAX = 999;
export const ATTACHMENT_MAX_MB_LIMIT = 100;

export const DEFAULT_SETTINGS: LiveChatsSettings = {
  showQueueCountToOperators: true,
  showUnassignedCountToSupervisors: true,
  sendConfirmationChannelIds: [],
  sendMethod: 'ctrlEnter',
  messageEditing: false,
  showSystemMessages: true,
  inactivityMinutes: 2,
  reassignOnlyOnline: false,
  newSessionSound: 'chime',
  newMessageSound: 'pop',
  attachmentMaxMb: 10,
  attachmentTypes: [
    'image/*',
    'application/pdf',
    'text/plain',
    'text/csv',
    'application/zip',
    'application/msword',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.ms-excel',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ],
};

const MIME_PATTERN = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/(\*|[a-z0-9][a-z0-9!#$&^_.+-]{0,126})$/;

/** Whether the text is a MIME type (`application/pdf`) or a family (`image/*`), in lower case. */
export function isMimeType(text: string): boolean {
  return MIME_PATTERN.test(text);
}

/** Whether `contentType` (its parameters ignored) is allowed by the list of types and families. */
export function mimeAllowed(contentType: string, allowed: readonly string[]): boolean {
  const type = bareType(contentType);
  if (!MIME_PATTERN.test(type) || type.endsWith('/*')) return false;
  const family = `${type.split('/')[0]}/*`;
  return allowed.some((entry) => entry === type || entry === family);
}

export const updateSettingsBody = z
  .strictObject({
    showQueueCountToOperators: z.boolean().optional(),
    showUnassignedCountToSupervisors: z.boolean().optional(),
    sendConfirmationChannelIds: z.array(z.string().min(1).max(64)).max(1000).optional(),
    sendMethod: z.enum(SEND_METHODS).optional(),
    messageEditing: z.boolean().optional(),
    showSystemMessages: z.boolean().optional(),
    inactivityMinutes: z.number().int().min(INACTIVITY_MINUTES_MIN).max(INACTIVITY_MINUTES_MAX).optional(),
    reassignOnlyOnline: z.boolean().optional(),
    newSessionSound: z.enum(NOTIFICATION_SOUNDS).optional(),
    newMessageSound: z.enum(NOTIFICATION_SOUNDS).optional(),
    attachmentMaxMb: z.number().int().min(1).max(ATTACHMENT_MAX_MB_LIMIT).optional(),
    attachmentTypes: z
      .array(z.string().trim().toLowerCase().regex(MIME_PATTERN, 'Enter a MIME type such as application/pdf or image/*'))
      .max(200)
      .optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'Nothing to change');
export type UpdateSettingsBody = z.infer<typeof updateSettingsBody>;
