/**
 * The Web API contract of response templates (spec §5.4): Articles in a folder tree, Templates
 * with `{$…}` variables and f(x) functions, and the bodies that create and change them. Shapes
 * are checked here; a template's text is compiled by the service, which names every problem.
 */
import { z } from 'zod';
import { MAX_TEMPLATE_LENGTH, type TemplateProblem } from './templates/template';

/** The folder that always exists: the root of the tree, where every article lands by default. */
export const DEFAULT_FOLDER_ID = 'all-records';
export const DEFAULT_FOLDER_NAME = 'All records';

export const RESPONSE_NAME_MAX = 200;
export const RESPONSE_DESCRIPTION_MAX = 2000;
export const ARTICLE_LINK_MAX = 2000;
export const FOLDER_NAME_MAX = 100;

const id = z.string().min(1).max(64);
const name = (what: string, max: number) => z.string().trim().min(1, `${what} is required`).max(max);
const description = z.string().trim().max(RESPONSE_DESCRIPTION_MAX).optional();

/** Only web links: an operator pastes it into a conversation, so a `javascript:` link never gets there. */
const link = z
  .string()
  .trim()
  .max(ARTICLE_LINK_MAX)
  .refine((value) => value === '' || /^https?:\/\/[^\s]+$/i.test(value), 'Link must be an http:// or https:// address')
  .optional();

export const articleBody = z.strictObject({
  name: name('Name', RESPONSE_NAME_MAX),
  description,
  link,
  /** The folder; the default folder "All records" when left out. */
  folderId: id.optional(),
});
export type ArticleBody = z.infer<typeof articleBody>;

export const folderBody = z.strictObject({
  name: name('Folder name', FOLDER_NAME_MAX),
  /** The parent folder; the default folder when left out. Ignored on rename. */
  parentId: id.optional(),
});
export type FolderBody = z.infer<typeof folderBody>;

export const templateBody = z.strictObject({
  name: name('Name', RESPONSE_NAME_MAX),
  description,
  template: z.string().max(MAX_TEMPLATE_LENGTH).refine((value) => value.trim().length > 0, 'Template is required'),
});
export type TemplateBody = z.infer<typeof templateBody>;

/** Import from a file (spec §5.4): at most this many rows at once, all created or none. */
export const IMPORT_ROWS_MAX = 1000;
/** A folder path of an imported article, e.g. `Billing / Refunds`; missing folders are created. */
export const FOLDER_PATH_SEPARATOR = '/';

export const importTemplatesBody = z.strictObject({ items: z.array(templateBody).min(1, 'The file has no rows').max(IMPORT_ROWS_MAX) });
export type ImportTemplatesBody = z.infer<typeof importTemplatesBody>;

export const importArticleItem = articleBody.omit({ folderId: true }).extend({
  /** The folder path below "All records"; empty: "All records". */
  folder: z.string().trim().max(FOLDER_NAME_MAX * 5).optional(),
});
export type ImportArticleItem = z.infer<typeof importArticleItem>;
export const importArticlesBody = z.strictObject({ items: z.array(importArticleItem).min(1, 'The file has no rows').max(IMPORT_ROWS_MAX) });
export type ImportArticlesBody = z.infer<typeof importArticlesBody>;

const search = z.string().trim().max(200).optional();
export const articleQuery = z.strictObject({ search, folderId: id.optional() });
export type ArticleQuery = z.infer<typeof articleQuery>;
export const templateQuery = z.strictObject({ search });
export type TemplateQuery = z.infer<typeof templateQuery>;
export const renderQuery = z.strictObject({ sessionId: id });
export type RenderQuery = z.infer<typeof renderQuery>;

// ---------------------------------------------------------------------------------------------
// Responses

export interface ArticleFolderDto {
  id: string;
  name: string;
  /** Undefined only for the default folder, the root. */
  parentId?: string;
  /** The default folder cannot be renamed or deleted. */
  isDefault: boolean;
}

export interface ArticleDto {
  id: string;
  name: string;
  description: string;
  link: string;
  folderId: string;
  updatedAt: string;
}

export interface ResponseTemplateDto {
  id: string;
  name: string;
  description: string;
  template: string;
  updatedAt: string;
}

export interface RenderedTemplateDto {
  templateId: string;
  sessionId: string;
  text: string;
}

/** The body of `response-templates/invalid-template`: every problem with its 0-based position. */
export interface TemplateProblemsDetails {
  problems: TemplateProblem[];
}

export interface ImportResultDto {
  created: number;
}

/** The body of `response-templates/invalid-import`: the problems of each refused row (1-based, as items). */
export interface ImportProblemsDetails {
  rows: Array<{ row: number; problems: string[] }>;
}
