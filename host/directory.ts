/** HostDirectory on the host's tables: users, groups and membership (System.users / System.userGroups). */
import type { HostDirectory, HostGroup, HostGroupDraft, HostUser } from '@elma365/sdk-types';
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { HostSchema } from './host-schema';

export const ADMINISTRATORS = 'administrators';

type UserRow = Selectable<HostSchema['host_users']>;

export class DirectoryImpl implements HostDirectory {
  readonly administratorsGroupCode = ADMINISTRATORS;

  constructor(private readonly db: Kysely<HostSchema>) {}

  private async toUsers(rows: UserRow[]): Promise<HostUser[]> {
    if (rows.length === 0) return [];
    const memberships = await this.db
      .selectFrom('host_group_members')
      .selectAll()
      .where('user_id', 'in', rows.map((row) => row.id))
      .execute();
    return rows.map((row) => ({
      id: row.id,
      login: row.login,
      fullname: { firstname: row.firstname, lastname: row.lastname },
      name: `${row.firstname} ${row.lastname}`.trim(),
      email: row.email ?? undefined,
      groupIds: memberships.filter((m) => m.user_id === row.id).map((m) => m.group_id),
      locked: row.locked === 1,
    }));
  }

  async getUser(id: string): Promise<HostUser | undefined> {
    const [user] = await this.getUsers([id]);
    return user;
  }

  async getUsers(ids: readonly string[]): Promise<HostUser[]> {
    if (ids.length === 0) return [];
    return this.toUsers(await this.db.selectFrom('host_users').selectAll().where('id', 'in', [...ids]).execute());
  }

  async findByLogin(login: string): Promise<(HostUser & { passwordHash: string }) | undefined> {
    const row = await this.db.selectFrom('host_users').selectAll().where('login', '=', login).executeTakeFirst();
    if (!row) return undefined;
    const [user] = await this.toUsers([row]);
    return { ...user, passwordHash: row.password_hash };
  }

  /** Locks (blocks) or unlocks a user; a lock signs them out everywhere. False when there is no such user. */
  async setLocked(userId: string, locked: boolean): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      const result = await tx.updateTable('host_users').set({ locked: locked ? 1 : 0 }).where('id', '=', userId).executeTakeFirst();
      if (locked) await tx.deleteFrom('host_tokens').where('user_id', '=', userId).execute();
      return Number(result.numUpdatedRows) > 0;
    });
  }

  async listUsers(): Promise<HostUser[]> {
    return this.toUsers(await this.db.selectFrom('host_users').selectAll().orderBy('lastname').orderBy('firstname').execute());
  }

  async listGroups(): Promise<HostGroup[]> {
    const rows = await this.db.selectFrom('host_groups').selectAll().orderBy('name').execute();
    return rows.map(toGroup);
  }

  async getGroups(ids: readonly string[]): Promise<HostGroup[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.selectFrom('host_groups').selectAll().where('id', 'in', [...ids]).execute();
    return rows.map(toGroup);
  }

  async membersOf(groupIds: readonly string[]): Promise<string[]> {
    if (groupIds.length === 0) return [];
    const rows = await this.db.selectFrom('host_group_members').select('user_id').distinct().where('group_id', 'in', [...groupIds]).execute();
    return rows.map((row) => row.user_id);
  }

  private administratorsId?: Promise<string | undefined>;

  async isAdministrator(user: HostUser): Promise<boolean> {
    // The system group is created with the company and never replaced: look its id up once.
    this.administratorsId ??= this.db
      .selectFrom('host_groups')
      .select('id')
      .where('code', '=', ADMINISTRATORS)
      .executeTakeFirst()
      .then((row) => row?.id);
    const id = await this.administratorsId;
    if (id === undefined) this.administratorsId = undefined; // not seeded yet: ask again next time
    return id !== undefined && user.groupIds.includes(id);
  }

  async createGroup(draft: HostGroupDraft, owner: string): Promise<HostGroup> {
    const id = randomUUID();
    const row = { id, code: `${owner}_${id.slice(0, 8)}`, name: draft.name, is_system: 0, owner };
    await this.db.transaction().execute(async (tx) => {
      await tx.insertInto('host_groups').values(row).execute();
      await setMembers(tx, id, draft.memberIds);
    });
    return toGroup(row);
  }

  async updateGroup(id: string, change: Partial<HostGroupDraft>): Promise<HostGroup | undefined> {
    return this.db.transaction().execute(async (tx) => {
      const row = await tx.selectFrom('host_groups').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) return undefined;
      if (row.is_system === 1) throw new Error(`The system group "${row.name}" cannot be changed.`);
      if (change.name !== undefined) await tx.updateTable('host_groups').set({ name: change.name }).where('id', '=', id).execute();
      if (change.memberIds) {
        await tx.deleteFrom('host_group_members').where('group_id', '=', id).execute();
        await setMembers(tx, id, change.memberIds);
      }
      return toGroup({ ...row, name: change.name ?? row.name });
    });
  }

  async deleteGroup(id: string): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      const row = await tx.selectFrom('host_groups').select(['is_system', 'name']).where('id', '=', id).executeTakeFirst();
      if (!row) return false;
      if (row.is_system === 1) throw new Error(`The system group "${row.name}" cannot be deleted.`);
      await tx.deleteFrom('host_group_members').where('group_id', '=', id).execute();
      await tx.deleteFrom('host_groups').where('id', '=', id).execute();
      return true;
    });
  }
}

/** Adds the users to the group; rejects ids of users that do not exist. */
async function setMembers(tx: Transaction<HostSchema>, groupId: string, userIds: readonly string[]): Promise<void> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return;
  const known = new Set((await tx.selectFrom('host_users').select('id').where('id', 'in', ids).execute()).map((row) => row.id));
  const unknown = ids.filter((userId) => !known.has(userId));
  if (unknown.length) throw new Error(`Unknown user: ${unknown.join(', ')}`);
  await tx.insertInto('host_group_members').values(ids.map((user_id) => ({ group_id: groupId, user_id }))).execute();
}

function toGroup(row: HostSchema['host_groups']): HostGroup {
  return { id: row.id, code: row.code, name: row.name, isSystem: row.is_system === 1, owner: row.owner ?? undefined };
}
