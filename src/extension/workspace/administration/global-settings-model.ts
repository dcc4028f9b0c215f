/**
 * Administration › Live Chats Settings (spec §2.9), DOM-free: the options that exist so far as
 * their inputs hold them, the range check the server makes, and the PATCH body of what changed.
 */
import { INACTIVITY_MINUTES_MAX, INACTIVITY_MINUTES_MIN, type LiveChatsSettings } from '../../common/settings';

export interface SettingsDraft {
  /** "Automatically set operator status to Offline after inactivity of (min)", as typed. */
  inactivityMinutes: string;
  reassignOnlyOnline: boolean;
}

export function settingsDraft(settings: LiveChatsSettings): SettingsDraft {
  return { inactivityMinutes: String(settings.inactivityMinutes), reassignOnlyOnline: settings.reassignOnlyOnline };
}

/** What is wrong with the minutes, or undefined. */
export function inactivityProblem(text: string): string | undefined {
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (!/^\d+$/.test(trimmed) || value < INACTIVITY_MINUTES_MIN || value > INACTIVITY_MINUTES_MAX) {
    return `Enter a whole number of minutes from ${INACTIVITY_MINUTES_MIN} to ${INACTIVITY_MINUTES_MAX}`;
  }
  return undefined;
}

/** Only what changed; undefined when nothing did or the draft is not valid. */
export function settingsPatch(saved: LiveChatsSettings, draft: SettingsDraft): Partial<LiveChatsSettings> | undefined {
  if (inactivityProblem(draft.inactivityMinutes)) return undefined;
  const patch: Partial<LiveChatsSettings> = {};
  const minutes = Number(draft.inactivityMinutes.trim());
  if (minutes !== saved.inactivityMinutes) patch.inactivityMinutes = minutes;
  if (draft.reassignOnlyOnline !== saved.reassignOnlyOnline) patch.reassignOnlyOnline = draft.reassignOnlyOnline;
  return Object.keys(patch).length > 0 ? patch : undefined;
}

/** Whether the inputs differ from what is saved, valid or not. */
export function settingsChanged(saved: LiveChatsSettings, draft: SettingsDraft): boolean {
  return draft.inactivityMinutes.trim() !== String(saved.inactivityMinutes) || draft.reassignOnlyOnline !== saved.reassignOnlyOnline;
}
