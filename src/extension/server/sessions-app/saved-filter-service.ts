/**
 * Saved filters of the Sessions app (spec §4.7): a user names the current filter to apply it
 * later. Each user sees and deletes only their own; another user's id is answered as not found.
 * A filter is checked like the list query it becomes, so a saved filter always applies.
 */
import { randomUUID } from 'node:crypto';
import { inject, injectable } from 'inversify';
import { z } from 'zod';
import type { Actor } from '../../common/access-policy';
import { sessionFilterFields } from '../../common/api';
import { LiveChatsError } from '../../common/errors';
import { SAVED_FILTER_FIELDS, SAVED_FILTERS_MAX, type SavedFilterBody, type SavedFilterDto, type SavedFilterQuery } from '../../common/sessions-app-api';
import { HostClock } from '../kernel/host-services';
import { SavedFilterRepository } from '../storage/saved-filter-repository';

const filterShape = z.strictObject(Object.fromEntries(SAVED_FILTER_FIELDS.map((field) => [field, sessionFilterFields[field]])));

@injectable()
export class SavedFilterService {
  constructor(
    @inject(SavedFilterRepository) private readonly filters: SavedFilterRepository,
    @inject(HostClock) private readonly clock: HostClock,
  ) {}

  list(actor: Actor): Promise<SavedFilterDto[]> {
    return this.filters.listOf(actor.userId);
  }

  /** Saves the filter under its name; a filter of the same name is replaced (201 new, 200 replaced). */
  async save(actor: Actor, body: SavedFilterBody): Promise<{ filter: SavedFilterDto; created: boolean }> {
    const checked = filterShape.safeParse(body.query);
    if (!checked.success) {
      const problems = checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
      throw new LiveChatsError('request/invalid', `Invalid body: query.${problems}`);
    }
    const query = Object.fromEntries(Object.entries(body.query).filter(([, value]) => value !== undefined && value !== '')) as SavedFilterQuery;
    const existing = await this.filters.findByName(actor.userId, body.name);
    if (existing) {
      await this.filters.replaceQuery(actor.userId, existing.id, query);
      return { filter: { ...existing, query }, created: false };
    }
    if ((await this.filters.countOf(actor.userId)) >= SAVED_FILTERS_MAX) {
      throw new LiveChatsError('saved-filter/limit', `You have ${SAVED_FILTERS_MAX} saved filters: delete one you no longer use first.`);
    }
    const filter: SavedFilterDto = { id: randomUUID(), name: body.name, query, createdAt: this.clock.now().toISOString() };
    await this.filters.insert(actor.userId, filter);
    return { filter, created: true };
  }

  async delete(actor: Actor, id: string): Promise<void> {
    if (!(await this.filters.delete(actor.userId, id))) throw new LiveChatsError('saved-filter/not-found', 'There is no such saved filter.');
  }
}
