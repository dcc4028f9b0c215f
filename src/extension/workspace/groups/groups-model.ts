/**
 * Group settings of the Live Chats workspace (spec §2.10), DOM-free: the draft of a group, its
 * checks, what a save sends, and how members are listed and searched.
 */
import type { HostUser } from '@elma365/sdk-types';
import { GROUP_NAME_MAX, type CreateGroupBody, type GroupDto, type UpdateGroupBody } from '../../common/groups-api';

export interface GroupDraft {
  name: string;
  memberIds: string[];
}

export function groupDraft(group?: GroupDto): GroupDraft {
  return group ? { name: group.name, memberIds: [...group.memberIds] } : { name: '', memberIds: [] };
}

/** What is wrong with the name, or undefined; `others` are the groups it must not share a name with. */
export function nameProblem(name: string, others: readonly { name: string }[]): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return 'Name is required';
  if (trimmed.length > GROUP_NAME_MAX) return `Name must be at most ${GROUP_NAME_MAX} characters`;
  const lower = trimmed.toLocaleLowerCase();
  if (others.some((other) => other.name.trim().toLocaleLowerCase() === lower)) return `There already is a group named "${trimmed}"`;
  return undefined;
}

export function createGroupBody(draft: GroupDraft): CreateGroupBody {
  return { name: draft.name.trim(), memberIds: [...draft.memberIds] };
}

/** Only what changed; undefined when nothing did. */
export function updateGroupBody(group: GroupDto, draft: GroupDraft): UpdateGroupBody | undefined {
  const body: UpdateGroupBody = {};
  if (draft.name.trim() !== group.name) body.name = draft.name.trim();
  const same = draft.memberIds.length === group.memberIds.length && draft.memberIds.every((id) => group.memberIds.includes(id));
  if (!same) body.memberIds = [...draft.memberIds];
  return Object.keys(body).length > 0 ? body : undefined;
}

/** Users whose name, login or e-mail contains the query; the chosen ones first, then by name. */
export function memberOptions(users: readonly HostUser[], chosen: readonly string[], query: string): HostUser[] {
  const needle = query.trim().toLocaleLowerCase();
  return users
    .filter((user) => !user.locked || chosen.includes(user.id))
    .filter((user) => needle === '' || [user.name, user.login, user.email ?? ''].some((text) => text.toLocaleLowerCase().includes(needle)))
    .sort((a, b) => Number(chosen.includes(b.id)) - Number(chosen.includes(a.id)) || a.name.localeCompare(b.name));
}

export function toggleMember(chosen: readonly string[], id: string, on: boolean): string[] {
  const without = chosen.filter((known) => known !== id);
  return on ? [...without, id] : without;
}

/** "Olivia Bennett, Oscar Diaz and 3 more"; "No members". */
export function memberSummary(users: readonly HostUser[], ids: readonly string[], shown = 3): string {
  if (ids.length === 0) return 'No members';
  const names = ids.map((id) => users.find((user) => user.id === id)?.name ?? 'Unknown user').sort((a, b) => a.localeCompare(b));
  const head = names.slice(0, shown).join(', ');
  return names.length > shown ? `${head} and ${names.length - shown} more` : head;
}

/** "Used by Support, Sales"; undefined when no live chat uses the group. */
export function usageText(group: GroupDto): string | undefined {
  return group.usedBy.length ? `Used by ${group.usedBy.map((use) => use.lineName).join(', ')}` : undefined;
}
