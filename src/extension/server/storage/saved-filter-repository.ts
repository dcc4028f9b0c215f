/** Saved filters of the Sessions app (spec §4.7): each user's own, newest name order. */
import { inject, injectable } from 'inversify';
import type { SavedFilterDto, SavedFilterQuery } from '../../common/sessions-app-api';
import { LiveChatsDb } from '../kernel/host-services';
import type { Db, SavedFiltersTable } from './schema';

function toSavedFilter(row: SavedFiltersTable): SavedFilterDto {
  return { id: row.id, name: row.name, query: JSON.parse(row.query) as SavedFilterQuery, createdAt: row.created_at };
}

@injectable()
export class SavedFilterRepository {
  constructor(@inject(LiveChatsDb) private readonly db: Db) {}

  async listOf(userId: string): Promise<SavedFilterDto[]> {
    const rows = await this.db.selectFrom('lc_saved_filters').selectAll().where('user_id', '=', userId).orderBy('name').orderBy('id').execute();
    return rows.map(toSavedFilter);
  }

  async countOf(userId: string): Promise<number> {
    const row = await this.db
      .selectFrom('lc_saved_filters')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('user_id', '=', userId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** The user's filter of that name, if any: saving under a taken name replaces it. */
  async findByName(userId: string, name: string): Promise<SavedFilterDto | undefined> {
    const row = await this.db.selectFrom('lc_saved_filters').selectAll().where('user_id', '=', userId).where('name', '=', name).executeTakeFirst();
    return row ? toSavedFilter(row) : undefined;
  }

  async insert(userId: string, filter: SavedFilterDto): Promise<void> {
    await this.db
      .insertInto('lc_saved_filters')
      .values({ id: filter.id, user_id: userId, name: filter.name, query: JSON.stringify(filter.query), created_at: filter.createdAt })
      .execute();
  }

  async replaceQuery(userId: string, id: string, query: SavedFilterQuery): Promise<void> {
    await this.db.updateTable('lc_saved_filters').set({ query: JSON.stringify(query) }).where('id', '=', id).where('user_id', '=', userId).execute();
  }

  /** Deletes the user's filter; false when the user has no filter with that id. */
  async delete(userId: string, id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('lc_saved_filters').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }
}
