/** Custom session parameters: their definitions, in order, and the values of sessions. */
import { inject, injectable } from 'inversify';
import type { ParameterDefinition } from '../../common/parameters/parameter-definition';
import { LiveChatsDb } from '../kernel/host-services';
import type { Db, Tx } from './schema';

export interface StoredValue {
  code: string;
  value: unknown;
  sortText?: string;
  sortNumber?: number;
}

@injectable()
export class ParameterRepository {
  constructor(@inject(LiveChatsDb) private readonly db: Db) {}

  async definitions(tx: Tx = this.db): Promise<ParameterDefinition[]> {
    const rows = await tx.selectFrom('lc_parameter_definitions').selectAll().orderBy('position').execute();
    return rows.map((row) => JSON.parse(row.definition) as ParameterDefinition);
  }

  /** Replaces every definition; values of parameters that are gone are deleted with them. */
  async replaceDefinitions(definitions: ParameterDefinition[]): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      const codes = definitions.map((d) => d.code);
      let gone = tx.deleteFrom('lc_session_params');
      if (codes.length) gone = gone.where('code', 'not in', codes);
      await gone.execute();
      await tx.deleteFrom('lc_parameter_definitions').execute();
      for (const [position, definition] of definitions.entries()) {
        await tx.insertInto('lc_parameter_definitions').values({ code: definition.code, definition: JSON.stringify(definition), position }).execute();
      }
    });
  }

  /** Codes that have at least one stored value. */
  async codesInUse(): Promise<Set<string>> {
    const rows = await this.db.selectFrom('lc_session_params').select('code').distinct().execute();
    return new Set(rows.map((row) => row.code));
  }

  async write(sessionId: string, values: StoredValue[], cleared: string[], tx: Tx): Promise<void> {
    if (cleared.length) await tx.deleteFrom('lc_session_params').where('session_id', '=', sessionId).where('code', 'in', cleared).execute();
    for (const value of values) {
      const row = { value: JSON.stringify(value.value), sort_text: value.sortText ?? null, sort_number: value.sortNumber ?? null };
      await tx
        .insertInto('lc_session_params')
        .values({ session_id: sessionId, code: value.code, ...row })
        .onConflict((oc) => oc.columns(['session_id', 'code']).doUpdateSet(row))
        .execute();
    }
  }

  /** Values per session, by code. */
  async valuesOf(sessionIds: readonly string[], tx: Tx = this.db): Promise<Map<string, Record<string, unknown>>> {
    const result = new Map<string, Record<string, unknown>>();
    if (sessionIds.length === 0) return result;
    const rows = await tx.selectFrom('lc_session_params').select(['session_id', 'code', 'value']).where('session_id', 'in', [...sessionIds]).execute();
    for (const row of rows) {
      const values = result.get(row.session_id) ?? {};
      values[row.code] = JSON.parse(row.value) as unknown;
      result.set(row.session_id, values);
    }
    return result;
  }
}
