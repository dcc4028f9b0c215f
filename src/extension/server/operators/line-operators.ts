/**
 * Who may be given a live chat's sessions: the active (not locked) members of its operator groups,
 * in the order ties are broken (by name). Routing, the dispatcher, reassignment and the operator
 * lists all ask here.
 */
import type { HostDirectory, HostUser } from '@elma365/sdk-types';
import type { Line } from '../../common/line';

export function isOperatorOf(line: Line, user: { groupIds: readonly string[] }): boolean {
  return user.groupIds.some((id) => line.operatorGroupIds.includes(id));
}

export function isActiveOperatorOf(line: Line, user: HostUser | undefined): user is HostUser {
  return user !== undefined && !user.locked && isOperatorOf(line, user);
}

const byName = (a: HostUser, b: HostUser): number => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

/** The live chat's active operators, of `groupIds` (by default all its operator groups), by name. */
export async function activeOperators(directory: HostDirectory, line: Line, groupIds: readonly string[] = line.operatorGroupIds): Promise<HostUser[]> {
  const users = await directory.getUsers(await directory.membersOf(groupIds));
  return users.filter((user) => isActiveOperatorOf(line, user)).sort(byName);
}
