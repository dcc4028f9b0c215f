/**
 * CSV as spreadsheets read it (RFC 4180): UTF-8 with a byte order mark, CRLF between records,
 * a field quoted when it holds a comma, a quote or a line break. Text that a spreadsheet would
 * take for a formula (= + - @, a tab or CR first) gets a leading apostrophe: an exported value
 * never runs as a formula in the hands of whoever opens the file (CWE-1236).
 */
import type { ExportCell, ExportTable } from './export-cells';

export const CSV_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Text that cannot start a formula. */
export function defuseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvField(cell: ExportCell): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = cell instanceof Date ? cell.toISOString() : defuseFormula(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRecord(cells: readonly ExportCell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

/** The file, one chunk per page of rows. */
export async function* csvStream(table: ExportTable): AsyncGenerator<string> {
  yield CSV_BOM + csvRecord(table.columns);
  for await (const rows of table.pages) yield rows.map(csvRecord).join('');
}
