/**
 * Response templates (spec §5.4): the folder tree of Articles, the Articles, and the Templates.
 * Search matches a lower-cased copy of name and description, so it is case-insensitive the same
 * way on SQLite and PostgreSQL.
 */
import { inject, injectable } from 'inversify';
import { sql } from 'kysely';
import type { ArticleDto, ArticleFolderDto, ResponseTemplateDto } from '../../common/response-templates-api';
import { LiveChatsDb } from '../kernel/host-services';
import type { ArticleFoldersTable, ArticlesTable, Db, ResponseTemplatesTable } from './schema';

export const searchText = (name: string, description: string): string => `${name}\n${description}`.toLowerCase();

/** A LIKE pattern that matches `search` anywhere, literally (`%`, `_` and `\` escaped). */
const containsPattern = (search: string): string => `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function toFolder(row: ArticleFoldersTable): ArticleFolderDto {
  return { id: row.id, name: row.name, ...(row.parent_id ? { parentId: row.parent_id } : {}), isDefault: row.parent_id === null };
}

function toArticle(row: ArticlesTable): ArticleDto {
  return { id: row.id, name: row.name, description: row.description, link: row.link, folderId: row.folder_id, updatedAt: row.updated_at };
}

function toTemplate(row: ResponseTemplatesTable): ResponseTemplateDto {
  return { id: row.id, name: row.name, description: row.description, template: row.template, updatedAt: row.updated_at };
}

@injectable()
export class ResponseTemplateRepository {
  constructor(@inject(LiveChatsDb) private readonly db: Db) {}

  // Folders ----------------------------------------------------------------------------------

  async folders(): Promise<ArticleFolderDto[]> {
    const rows = await this.db.selectFrom('lc_article_folders').selectAll().orderBy('name').orderBy('id').execute();
    return rows.map(toFolder);
  }

  async insertFolder(folder: { id: string; name: string; parentId: string }, at: string): Promise<void> {
    await this.db.insertInto('lc_article_folders').values({ id: folder.id, name: folder.name, parent_id: folder.parentId, created_at: at }).execute();
  }

  async renameFolder(id: string, name: string): Promise<boolean> {
    const result = await this.db.updateTable('lc_article_folders').set({ name }).where('id', '=', id).executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Deletes the folder only while it has no articles and no folders inside; false otherwise. */
  async deleteEmptyFolder(id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('lc_article_folders')
      .where('id', '=', id)
      .where((eb) => eb.not(eb.exists(eb.selectFrom('lc_articles').select('id').where('folder_id', '=', id))))
      .where((eb) => eb.not(eb.exists(eb.selectFrom('lc_article_folders as child').select('child.id').where('child.parent_id', '=', id))))
      .executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }

  // Articles ---------------------------------------------------------------------------------

  async articles(filter: { search?: string; folderIds?: readonly string[] }): Promise<ArticleDto[]> {
    let query = this.db.selectFrom('lc_articles').selectAll();
    if (filter.search) query = query.where(sql<boolean>`search_text like ${containsPattern(filter.search)} escape '\\'`);
    if (filter.folderIds) query = query.where('folder_id', 'in', filter.folderIds.length ? [...filter.folderIds] : ['']);
    const rows = await query.orderBy('name').orderBy('id').execute();
    return rows.map(toArticle);
  }

  async insertArticle(article: ArticleDto, at: string): Promise<void> {
    await this.db
      .insertInto('lc_articles')
      .values({ ...this.articleRow(article), id: article.id, created_at: at })
      .execute();
  }

  /** An import: the folders it needs (parents first) and every article, or nothing. */
  async insertArticles(folders: ReadonlyArray<{ id: string; name: string; parentId: string }>, articles: readonly ArticleDto[], at: string): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      for (const folder of folders) {
        await tx.insertInto('lc_article_folders').values({ id: folder.id, name: folder.name, parent_id: folder.parentId, created_at: at }).execute();
      }
      for (const article of articles) {
        await tx.insertInto('lc_articles').values({ ...this.articleRow(article), id: article.id, created_at: at }).execute();
      }
    });
  }

  async updateArticle(article: ArticleDto): Promise<boolean> {
    const result = await this.db.updateTable('lc_articles').set(this.articleRow(article)).where('id', '=', article.id).executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async deleteArticle(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('lc_articles').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }

  private articleRow(article: ArticleDto): Omit<ArticlesTable, 'id' | 'created_at'> {
    return {
      folder_id: article.folderId,
      name: article.name,
      description: article.description,
      link: article.link,
      search_text: searchText(article.name, article.description),
      updated_at: article.updatedAt,
    };
  }

  // Templates --------------------------------------------------------------------------------

  async templates(filter: { search?: string }): Promise<ResponseTemplateDto[]> {
    let query = this.db.selectFrom('lc_response_templates').selectAll();
    if (filter.search) query = query.where(sql<boolean>`search_text like ${containsPattern(filter.search)} escape '\\'`);
    const rows = await query.orderBy('name').orderBy('id').execute();
    return rows.map(toTemplate);
  }

  async template(id: string): Promise<ResponseTemplateDto | undefined> {
    const row = await this.db.selectFrom('lc_response_templates').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toTemplate(row) : undefined;
  }

  async insertTemplate(template: ResponseTemplateDto, at: string): Promise<void> {
    await this.db
      .insertInto('lc_response_templates')
      .values({ ...this.templateRow(template), id: template.id, created_at: at })
      .execute();
  }

  /** An import: every template, or none. */
  async insertTemplates(templates: readonly ResponseTemplateDto[], at: string): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      for (const template of templates) {
        await tx.insertInto('lc_response_templates').values({ ...this.templateRow(template), id: template.id, created_at: at }).execute();
      }
    });
  }

  async updateTemplate(template: ResponseTemplateDto): Promise<boolean> {
    const result = await this.db.updateTable('lc_response_templates').set(this.templateRow(template)).where('id', '=', template.id).executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async deleteTemplate(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('lc_response_templates').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }

  private templateRow(template: ResponseTemplateDto): Omit<ResponseTemplatesTable, 'id' | 'created_at'> {
    return {
      name: template.name,
      description: template.description,
      template: template.template,
      search_text: searchText(template.name, template.description),
      updated_at: template.updatedAt,
    };
  }
}
