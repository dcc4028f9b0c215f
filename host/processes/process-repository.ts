/**
 * Storage of process templates and instances in the host's tables (SQLite or PostgreSQL through
 * Kysely). JSON columns are text on both engines; the unique idempotency key is what lets exactly
 * one of several concurrent runs with the same key start an instance.
 */
import type { ProcessActivity, ProcessInstanceInfo, ProcessInstanceStatus, ProcessTemplateInfo, ProcessVariable } from '@elma365/sdk-types';
import type { Kysely } from 'kysely';
import type { HostSchema } from '../host-schema';
import type { ProcessErrorInfo } from './process-errors';

export interface StoredTemplate extends ProcessTemplateInfo {
  updatedAt: string;
}

type TemplateRow = HostSchema['host_process_templates'];
type InstanceRow = HostSchema['host_process_instances'];

const toTemplate = (row: TemplateRow): StoredTemplate => ({
  code: row.code,
  name: row.name,
  variables: JSON.parse(row.variables) as ProcessVariable[],
  activities: JSON.parse(row.activities) as ProcessActivity[],
  script: row.script,
  updatedAt: row.updated_at,
});

const toInstance = (row: InstanceRow): ProcessInstanceInfo => ({
  id: row.id,
  templateCode: row.template_code,
  status: row.status as ProcessInstanceStatus,
  ...(row.error ? { error: JSON.parse(row.error) as ProcessErrorInfo } : {}),
  context: JSON.parse(row.context) as Record<string, unknown>,
  ...(row.initiator_id ? { initiatorId: row.initiator_id } : {}),
  startedAt: row.started_at,
  ...(row.finished_at ? { finishedAt: row.finished_at } : {}),
});

export class ProcessRepository {
  constructor(private readonly db: Kysely<HostSchema>) {}

  async listTemplates(): Promise<StoredTemplate[]> {
    const rows = await this.db.selectFrom('host_process_templates').selectAll().orderBy('name').orderBy('code').execute();
    return rows.map(toTemplate);
  }

  async getTemplate(code: string): Promise<StoredTemplate | undefined> {
    const row = await this.db.selectFrom('host_process_templates').selectAll().where('code', '=', code).executeTakeFirst();
    return row ? toTemplate(row) : undefined;
  }

  /** Creates or replaces a template. */
  async saveTemplate(template: ProcessTemplateInfo, updatedAt: string): Promise<void> {
    const values = {
      name: template.name,
      variables: JSON.stringify(template.variables),
      activities: JSON.stringify(template.activities),
      script: template.script,
      updated_at: updatedAt,
    };
    await this.db
      .insertInto('host_process_templates')
      .values({ code: template.code, ...values })
      .onConflict((conflict) => conflict.column('code').doUpdateSet(values))
      .execute();
  }

  /** False when there is no such template. */
  async updateScript(code: string, script: string, updatedAt: string): Promise<boolean> {
    const result = await this.db.updateTable('host_process_templates').set({ script, updated_at: updatedAt }).where('code', '=', code).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Writes a new running instance; false when its idempotency key is taken (nothing written). */
  async insertInstance(instance: ProcessInstanceInfo, idempotencyKey: string | undefined): Promise<boolean> {
    const result = await this.db
      .insertInto('host_process_instances')
      .values({
        id: instance.id,
        template_code: instance.templateCode,
        status: instance.status,
        error: null,
        context: JSON.stringify(instance.context),
        initiator_id: instance.initiatorId ?? null,
        idempotency_key: idempotencyKey ?? null,
        started_at: instance.startedAt,
        finished_at: null,
      })
      .onConflict((conflict) => conflict.column('idempotency_key').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async getInstance(id: string): Promise<ProcessInstanceInfo | undefined> {
    const row = await this.db.selectFrom('host_process_instances').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toInstance(row) : undefined;
  }

  async findByIdempotencyKey(key: string): Promise<ProcessInstanceInfo | undefined> {
    const row = await this.db.selectFrom('host_process_instances').selectAll().where('idempotency_key', '=', key).executeTakeFirst();
    return row ? toInstance(row) : undefined;
  }

  async saveContext(id: string, context: Record<string, unknown>): Promise<void> {
    await this.db.updateTable('host_process_instances').set({ context: JSON.stringify(context) }).where('id', '=', id).execute();
  }

  async finish(instance: ProcessInstanceInfo): Promise<void> {
    await this.db
      .updateTable('host_process_instances')
      .set({
        status: instance.status,
        error: instance.error ? JSON.stringify(instance.error) : null,
        context: JSON.stringify(instance.context),
        finished_at: instance.finishedAt ?? null,
      })
      .where('id', '=', instance.id)
      .execute();
  }

  /** Newest first. */
  async listInstances(filter: { templateCode?: string; limit: number }): Promise<ProcessInstanceInfo[]> {
    let query = this.db.selectFrom('host_process_instances').selectAll();
    if (filter.templateCode !== undefined) query = query.where('template_code', '=', filter.templateCode);
    const rows = await query.orderBy('started_at', 'desc').orderBy('id', 'desc').limit(filter.limit).execute();
    return rows.map(toInstance);
  }
}
