/**
 * Administration › Live Chats Settings (spec §2.9), DOM-free: every option as its input holds it,
 * the checks the server makes (per field), the channels the send-confirmation list offers, the
 * tag list of attachment types, and the PATCH body of what changed.
 */
import type { Line } from '../../common/line';
import {
  ATTACHMENT_MAX_MB_LIMIT,
  INACTIVITY_MINUTES_MAX,
  INACTIVITY_MINUTES_MIN,
  isMimeType,
  type LiveChatsSettings,
  type NotificationSound,
  type SendMethod,
} from '../../common/settings';

/** The settings as the inputs hold them: numbers as typed. */
export interface SettingsDraft extends Omit<LiveChatsSettings, 'inactivityMinutes' | 'attachmentMaxMb'> {
  inactivityMinutes: string;
  attachmentMaxMb: string;
}

export type SettingsField = keyof SettingsDraft;

export const SEND_METHOD_LABELS: Record<SendMethod, string> = {
  ctrlEnter: 'Ctrl/Cmd+Enter or the send icon',
  enter: 'Enter or the send icon',
  icon: 'The send icon only',
};

export function settingsDraft(settings: LiveChatsSettings): SettingsDraft {
  return {
    ...settings,
    sendConfirmationChannelIds: [...settings.sendConfirmationChannelIds],
    attachmentTypes: [...settings.attachmentTypes],
    inactivityMinutes: String(settings.inactivityMinutes),
    attachmentMaxMb: String(settings.attachmentMaxMb),
  };
}

function wholeNumber(text: string, min: number, max: number): number | undefined {
  const trimmed = text.trim();
  const value = Number(trimmed);
  return /^\d+$/.test(trimmed) && value >= min && value <= max ? value : undefined;
}

/** What is wrong with the minutes, or undefined. */
export function inactivityProblem(text: string): string | undefined {
  return wholeNumber(text, INACTIVITY_MINUTES_MIN, INACTIVITY_MINUTES_MAX) === undefined
    ? `Enter a whole number of minutes from ${INACTIVITY_MINUTES_MIN} to ${INACTIVITY_MINUTES_MAX}`
    : undefined;
}

/** What is wrong with the largest attachment size, or undefined. */
export function attachmentSizeProblem(text: string): string | undefined {
  return wholeNumber(text, 1, ATTACHMENT_MAX_MB_LIMIT) === undefined ? `Enter a whole number of megabytes from 1 to ${ATTACHMENT_MAX_MB_LIMIT}` : undefined;
}

/** The problem of every field that has one. */
export function settingsProblems(draft: SettingsDraft): Partial<Record<SettingsField, string>> {
  const problems: Partial<Record<SettingsField, string>> = {};
  const inactivity = inactivityProblem(draft.inactivityMinutes);
  if (inactivity) problems.inactivityMinutes = inactivity;
  const size = attachmentSizeProblem(draft.attachmentMaxMb);
  if (size) problems.attachmentMaxMb = size;
  const badType = draft.attachmentTypes.find((type) => !isMimeType(type));
  if (badType) problems.attachmentTypes = `"${badType}" is not a MIME type such as application/pdf or image/*`;
  return problems;
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((value) => b.includes(value));

/** The options whose inputs differ from what is saved, as the server takes them (numbers parsed). */
function differences(saved: LiveChatsSettings, draft: SettingsDraft): Partial<LiveChatsSettings> {
  const changes: Partial<LiveChatsSettings> = {};
  const flags = ['showQueueCountToOperators', 'showUnassignedCountToSupervisors', 'messageEditing', 'showSystemMessages', 'reassignOnlyOnline'] as const;
  for (const key of flags) if (draft[key] !== saved[key]) changes[key] = draft[key];
  if (draft.sendMethod !== saved.sendMethod) changes.sendMethod = draft.sendMethod;
  if (draft.newSessionSound !== saved.newSessionSound) changes.newSessionSound = draft.newSessionSound;
  if (draft.newMessageSound !== saved.newMessageSound) changes.newMessageSound = draft.newMessageSound;
  if (!sameSet(draft.sendConfirmationChannelIds, saved.sendConfirmationChannelIds)) changes.sendConfirmationChannelIds = [...draft.sendConfirmationChannelIds];
  if (!sameSet(draft.attachmentTypes, saved.attachmentTypes)) changes.attachmentTypes = [...draft.attachmentTypes];
  if (draft.inactivityMinutes.trim() !== String(saved.inactivityMinutes)) changes.inactivityMinutes = Number(draft.inactivityMinutes.trim());
  if (draft.attachmentMaxMb.trim() !== String(saved.attachmentMaxMb)) changes.attachmentMaxMb = Number(draft.attachmentMaxMb.trim());
  return changes;
}

/** Only what changed; undefined when nothing did or a field has a problem. */
export function settingsPatch(saved: LiveChatsSettings, draft: SettingsDraft): Partial<LiveChatsSettings> | undefined {
  if (Object.keys(settingsProblems(draft)).length > 0) return undefined;
  const patch = differences(saved, draft);
  return Object.keys(patch).length > 0 ? patch : undefined;
}

/** Whether the inputs differ from what is saved, valid or not. */
export function settingsChanged(saved: LiveChatsSettings, draft: SettingsDraft): boolean {
  return Object.keys(differences(saved, draft)).length > 0;
}

export interface ChannelOption {
  id: string;
  /** "<channel name> — <live chat>". */
  label: string;
}

/** Every channel of every live chat, by live chat name, each live chat's internal channel first. */
export function channelOptions(lines: readonly Pick<Line, 'name' | 'channels'>[]): ChannelOption[] {
  return [...lines]
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((line) =>
      [...line.channels]
        .sort((a, b) => Number(b.type === 'internal') - Number(a.type === 'internal') || a.name.localeCompare(b.name))
        .map((channel) => ({ id: channel.id, label: `${channel.name} — ${line.name}` })),
    );
}

/**
 * Adds what the user typed to the attachment types: one or more types separated by commas or
 * spaces, lower-cased, without repeats. Refuses the whole input when any part is not a type.
 */
export function addAttachmentTypes(types: readonly string[], text: string): { types: string[]; problem?: string } {
  const parts = text
    .split(/[\s,;]+/)
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);
  if (parts.length === 0) return { types: [...types], problem: 'Type a MIME type such as application/pdf or image/*' };
  const bad = parts.find((part) => !isMimeType(part));
  if (bad) return { types: [...types], problem: `"${bad}" is not a MIME type such as application/pdf or image/*` };
  return { types: [...new Set([...types, ...parts])] };
}

/** Sounds in the order the drop-downs list them. */
export function soundChoices(all: readonly NotificationSound[]): NotificationSound[] {
  return [...all.filter((sound) => sound !== 'none'), 'none'];
}
