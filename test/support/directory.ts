/**
 * Shaping the demo company for a test: groups and users written straight into the host's
 * directory tables (the host has no directory editing yet), each user signed in.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { hashPassword } from '../../host/auth';
import type { HostSchema } from '../../host/host-schema';
import { ApiClient } from './api';
import { DEMO_PASSWORD, type TestHost } from './test-host';

const directoryOf = (host: TestHost): Kysely<HostSchema> => host.database.kysely as Kysely<HostSchema>;

/** A new group with the given existing users (by id); its id. */
export async function addGroup(host: TestHost, name: string, userIds: readonly string[] = []): Promise<string> {
  const db = directoryOf(host);
  const id = randomUUID();
  await db.insertInto('host_groups').values({ id, code: `test_${id.slice(0, 8)}`, name, is_system: 0 }).execute();
  for (const userId of userIds) await db.insertInto('host_group_members').values({ group_id: id, user_id: userId }).execute();
  return id;
}

/** `count` new users in the group, signed in (password "demo"), logins `<prefix>-<n>`. */
export async function addUsers(host: TestHost, prefix: string, count: number, groupId: string): Promise<ApiClient[]> {
  const db = directoryOf(host);
  const hash = await hashPassword(DEMO_PASSWORD);
  for (let i = 0; i < count; i++) {
    const id = randomUUID();
    const login = `${prefix}-${i}`;
    await db.insertInto('host_users').values({ id, login, firstname: prefix, lastname: String(i).padStart(3, '0'), email: null, password_hash: hash, created_at: new Date().toISOString() }).execute();
    await db.insertInto('host_group_members').values({ group_id: groupId, user_id: id }).execute();
  }
  const clients: ApiClient[] = [];
  for (let i = 0; i < count; i += 8) {
    const batch = Array.from({ length: Math.min(8, count - i) }, (_, j) => ApiClient.login(host.url, `${prefix}-${i + j}`));
    clients.push(...(await Promise.all(batch)));
  }
  return clients;
}
