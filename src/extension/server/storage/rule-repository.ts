/** Routing rules of live chats, top-down by position. */
import { inject, injectable } from 'inversify';
import type { RoutingRule, RoutingRuleDraft } from '../../common/routing/routing-rule';
import { LiveChatsDb } from '../kernel/host-services';
import type { Db, RoutingRulesTable, Tx } from './schema';

function toRule(row: RoutingRulesTable): RoutingRule {
  return { ...(JSON.parse(row.rule) as RoutingRuleDraft), id: row.id, lineId: row.line_id };
}

function draftOf(rule: RoutingRule): string {
  const { id: _id, lineId: _lineId, ...draft } = rule;
  return JSON.stringify(draft);
}

@injectable()
export class RuleRepository {
  constructor(@inject(LiveChatsDb) private readonly db: Db) {}

  async list(lineId: string, tx: Tx = this.db): Promise<RoutingRule[]> {
    const rows = await tx.selectFrom('lc_routing_rules').selectAll().where('line_id', '=', lineId).orderBy('position').orderBy('id').execute();
    return rows.map(toRule);
  }

  /** Inserts the rule at `index` of the live chat's list (the end when undefined), moving the rest down. */
  async insert(rule: RoutingRule, at: string, index?: number): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      const ids = (await this.list(rule.lineId, tx)).map((r) => r.id);
      ids.splice(index ?? ids.length, 0, rule.id);
      await tx.insertInto('lc_routing_rules').values({ id: rule.id, line_id: rule.lineId, position: ids.length, rule: draftOf(rule), updated_at: at }).execute();
      await this.renumber(tx, rule.lineId, ids);
    });
  }

  async update(rule: RoutingRule, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('lc_routing_rules')
      .set({ rule: draftOf(rule), updated_at: at })
      .where('id', '=', rule.id)
      .where('line_id', '=', rule.lineId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async delete(lineId: string, id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('lc_routing_rules').where('id', '=', id).where('line_id', '=', lineId).executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }

  /** Puts the rules in the given order if `ids` is exactly the live chat's rules; false otherwise. */
  async reorder(lineId: string, ids: readonly string[]): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      const current = (await this.list(lineId, tx)).map((rule) => rule.id);
      if (current.length !== ids.length || new Set(ids).size !== ids.length || ids.some((id) => !current.includes(id))) return false;
      await this.renumber(tx, lineId, ids);
      return true;
    });
  }

  private async renumber(tx: Tx, lineId: string, ids: readonly string[]): Promise<void> {
    for (const [position, id] of ids.entries()) {
      await tx.updateTable('lc_routing_rules').set({ position }).where('id', '=', id).where('line_id', '=', lineId).execute();
    }
  }
}
