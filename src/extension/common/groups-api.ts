/**
 * The Web API contract of the groups made in the Live Chats workspace (gear › Group settings,
 * spec §2.10): host directory groups marked as the extension's, a name and any users.
 */
import { z } from 'zod';

export const GROUP_NAME_MAX = 200;
export const GROUP_MEMBERS_MAX = 5000;

const memberIds = z
  .array(z.string().min(1).max(64))
  .max(GROUP_MEMBERS_MAX, `A group has at most ${GROUP_MEMBERS_MAX} members`)
  .refine((ids) => new Set(ids).size === ids.length, 'A user is listed twice');

export const createGroupBody = z.strictObject({
  name: z.string().trim().min(1, 'The name is required').max(GROUP_NAME_MAX),
  memberIds,
});
export type CreateGroupBody = z.infer<typeof createGroupBody>;

export const updateGroupBody = createGroupBody.partial().refine((body) => Object.keys(body).length > 0, 'Nothing to change');
export type UpdateGroupBody = z.infer<typeof updateGroupBody>;

/** A live chat that names the group among its operators, supervisors, internal clients or readers. */
export interface GroupUseDto {
  lineId: string;
  lineName: string;
}

export interface GroupDto {
  id: string;
  name: string;
  memberIds: string[];
  /** The live chats that use the group: while there are any, it cannot be deleted. */
  usedBy: GroupUseDto[];
}
