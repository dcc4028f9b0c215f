/**
 * The rules of the Response templates pages and of the composer's picker, DOM-free: the folder
 * tree in display order, what an Article inserts into a message, the picker's tabs and how the
 * composer's text changes when something is inserted at the caret.
 */
import {
  DEFAULT_FOLDER_ID,
  type ArticleDto,
  type ArticleFolderDto,
} from '../../common/response-templates-api';
import { insertText, type TextEdit } from '../administration/template-editor-model';

export type ResponseTemplatesPage = 'articles' | 'templates';

/** The pages of the Response templates section of the left menu (spec §5.1). */
export const RESPONSE_TEMPLATE_PAGES: ReadonlyArray<{ id: ResponseTemplatesPage; label: string }> = [
  { id: 'articles', label: 'Articles' },
  { id: 'templates', label: 'Templates' },
];

export function isResponseTemplatesPage(value: string | undefined): value is ResponseTemplatesPage {
  return RESPONSE_TEMPLATE_PAGES.some((page) => page.id === value);
}

export interface FolderRow {
  folder: ArticleFolderDto;
  depth: number;
}

/**
 * The tree depth-first from the default folder, each level by name; a folder whose parent is
 * missing hangs under the default folder, so no folder is ever out of reach.
 */
export function folderRows(folders: readonly ArticleFolderDto[]): FolderRow[] {
  const ids = new Set(folders.map((folder) => folder.id));
  const parentOf = (folder: ArticleFolderDto): string | undefined =>
    folder.isDefault ? undefined : folder.parentId && ids.has(folder.parentId) ? folder.parentId : DEFAULT_FOLDER_ID;
  const byName = (a: ArticleFolderDto, b: ArticleFolderDto): number => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
  const rows: FolderRow[] = [];
  const seen = new Set<string>();
  const visit = (folder: ArticleFolderDto, depth: number): void => {
    if (seen.has(folder.id)) return;
    seen.add(folder.id);
    rows.push({ folder, depth });
    folders
      .filter((child) => parentOf(child) === folder.id)
      .sort(byName)
      .forEach((child) => visit(child, depth + 1));
  };
  const root = folders.find((folder) => folder.isDefault);
  if (root) visit(root, 0);
  return rows;
}

/** An Article goes into a message as its description and its link (spec §5.4), each when present. */
export function articleText(article: Pick<ArticleDto, 'description' | 'link'>): string {
  return [article.description.trim(), article.link.trim()].filter(Boolean).join('\n');
}

/**
 * Inserts `text` at the caret of the composer (replacing a selection), after a space when the
 * caret follows a word, so a template never runs into the operator's words.
 */
export function insertAtCaret(edit: TextEdit, text: string): TextEdit {
  const start = Math.min(edit.selectionStart, edit.selectionEnd);
  const before = edit.value.slice(0, Math.max(0, start));
  const separator = before.length > 0 && !/\s$/.test(before) ? ' ' : '';
  return insertText(edit, separator + text);
}

/** The folder name shown for an article in the table ("All records" for the default folder). */
export function folderName(folders: readonly ArticleFolderDto[], id: string): string {
  return folders.find((folder) => folder.id === id)?.name ?? '';
}
