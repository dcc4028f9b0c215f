/**
 * HostApps on the host's `host_apps` / `host_app_items` tables: the company's apps with their
 * field schemas, and their items as JSON. Item data is one JSON text column on both engines.
 */
import type { HostAppField, HostAppInfo, HostAppItem, HostAppItemDraft, HostApps } from '@elma365/sdk-types';
import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { HostSchema } from '../host-schema';

type AppRow = HostSchema['host_apps'];
type ItemRow = HostSchema['host_app_items'];

const SEARCH_LIMIT_DEFAULT = 20;
const SEARCH_LIMIT_MAX = 100;

const toApp = (row: AppRow): HostAppInfo => ({
  namespace: row.namespace,
  code: row.code,
  name: row.name,
  fields: (JSON.parse(row.fields) as HostAppField[]).map((field) => ({
    code: field.code,
    type: field.type,
    array: Boolean(field.array),
    ...(field.name ? { name: field.name } : {}),
    ...(field.data?.code ? { data: { namespace: field.data.namespace, code: field.data.code } } : {}),
  })),
});

const toItem = (row: ItemRow): HostAppItem => ({
  id: row.id,
  appCode: row.app_code,
  name: row.name,
  data: JSON.parse(row.data) as Record<string, unknown>,
  createdAt: row.created_at,
});

export class HostAppsImpl implements HostApps {
  constructor(
    private readonly db: Kysely<HostSchema>,
    private readonly now: () => Date,
  ) {}

  async listApps(): Promise<HostAppInfo[]> {
    const rows = await this.db.selectFrom('host_apps').selectAll().orderBy('name').orderBy('code').execute();
    return rows.map(toApp);
  }

  async getApp(code: string): Promise<HostAppInfo | undefined> {
    const row = await this.db.selectFrom('host_apps').selectAll().where('code', '=', code).executeTakeFirst();
    return row ? toApp(row) : undefined;
  }

  async getItem(appCode: string, id: string): Promise<HostAppItem | undefined> {
    const row = await this.db.selectFrom('host_app_items').selectAll().where('app_code', '=', appCode).where('id', '=', id).executeTakeFirst();
    return row ? toItem(row) : undefined;
  }

  async getItems(appCode: string, ids: readonly string[]): Promise<HostAppItem[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.selectFrom('host_app_items').selectAll().where('app_code', '=', appCode).where('id', 'in', [...new Set(ids)]).execute();
    return rows.map(toItem);
  }

  async searchItems(appCode: string, text?: string, limit = SEARCH_LIMIT_DEFAULT): Promise<HostAppItem[]> {
    const rows = await this.db
      .selectFrom('host_app_items')
      .selectAll()
      .where('app_code', '=', appCode)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
    // Filtered here rather than with LIKE: the same case-insensitive rule on both engines, no escaping.
    const needle = (text ?? '').trim().toLocaleLowerCase();
    const max = Math.max(1, Math.min(limit, SEARCH_LIMIT_MAX));
    return rows
      .filter((row) => needle === '' || row.name.toLocaleLowerCase().includes(needle))
      .slice(0, max)
      .map(toItem);
  }

  async createItem(appCode: string, draft: HostAppItemDraft): Promise<HostAppItem> {
    if (!(await this.getApp(appCode))) throw new Error(`there is no app "${appCode}"`);
    const row: ItemRow = {
      id: randomUUID(),
      app_code: appCode,
      name: draft.name,
      data: JSON.stringify(draft.data ?? {}),
      created_at: this.now().toISOString(),
    };
    await this.db.insertInto('host_app_items').values(row).execute();
    return toItem(row);
  }

  async updateItem(appCode: string, id: string, data: Record<string, unknown>): Promise<HostAppItem | undefined> {
    return this.db.transaction().execute(async (tx) => {
      const row = await tx.selectFrom('host_app_items').selectAll().where('app_code', '=', appCode).where('id', '=', id).executeTakeFirst();
      if (!row) return undefined;
      const merged = { ...(JSON.parse(row.data) as Record<string, unknown>), ...data };
      await tx.updateTable('host_app_items').set({ data: JSON.stringify(merged) }).where('id', '=', id).execute();
      return toItem({ ...row, data: JSON.stringify(merged) });
    });
  }
}
