/**
 * Import of Templates or Articles from a CSV file (spec §5.4), DOM-free: the columns each kind
 * expects, and the file's rows checked as the server will check them, so that problems show with
 * their row before anything is sent. Rows are numbered from 1 after the header line, as the
 * server numbers them.
 */
import type { z } from 'zod';
import { csvRecords, type CsvColumn } from '../../common/csv-reader';
import {
  importArticleItem,
  IMPORT_ROWS_MAX,
  templateBody,
  type ImportArticleItem,
  type TemplateBody,
} from '../../common/response-templates-api';

export type ImportKind = 'templates' | 'articles';

export interface ImportPlan<T> {
  items: T[];
  /** Problems of the file as a whole (no header, too many rows). */
  fileProblem?: string;
  rows: Array<{ row: number; problems: string[] }>;
}

const templateColumns: CsvColumn<'name' | 'description' | 'template'>[] = [
  { key: 'name', headers: ['Name'], required: true },
  { key: 'description', headers: ['Description'] },
  { key: 'template', headers: ['Template', 'Text'], required: true },
];

const articleColumns: CsvColumn<'name' | 'description' | 'link' | 'folder'>[] = [
  { key: 'name', headers: ['Name'], required: true },
  { key: 'description', headers: ['Description'] },
  { key: 'link', headers: ['Link', 'URL'] },
  { key: 'folder', headers: ['Folder'] },
];

/** The header line the user's file should start with. */
export const IMPORT_HEADERS: Record<ImportKind, string> = {
  templates: templateColumns.map((column) => column.headers[0]).join(','),
  articles: articleColumns.map((column) => column.headers[0]).join(','),
};

export function planTemplateImport(text: string): ImportPlan<TemplateBody> {
  return plan(text, templateColumns, templateBody);
}

export function planArticleImport(text: string): ImportPlan<ImportArticleItem> {
  return plan(text, articleColumns, importArticleItem);
}

function plan<K extends string, S extends z.ZodType>(text: string, columns: CsvColumn<K>[], schema: S): ImportPlan<z.infer<S>> {
  const read = csvRecords(text, columns);
  if (!read.ok) return { items: [], rows: [], fileProblem: read.problem };
  if (read.records.length === 0) return { items: [], rows: [], fileProblem: 'The file has a header line but no rows.' };
  if (read.records.length > IMPORT_ROWS_MAX) {
    return { items: [], rows: [], fileProblem: `The file has ${read.records.length} rows; import at most ${IMPORT_ROWS_MAX} at once.` };
  }
  const items: z.infer<S>[] = [];
  const rows: ImportPlan<z.infer<S>>['rows'] = [];
  read.records.forEach((record, i) => {
    const parsed = schema.safeParse(record);
    if (parsed.success) items.push(parsed.data);
    else rows.push({ row: i + 1, problems: parsed.error.issues.map((issue) => issue.message) });
  });
  return { items, rows };
}
