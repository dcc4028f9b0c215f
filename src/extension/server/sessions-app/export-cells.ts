/** What an export writes: a header of columns and rows of cells, in pages as they are read. */

/** Text, a number, an instant (a date-time cell), or empty. */
export type ExportCell = string | number | Date | undefined;

export interface ExportTable {
  columns: readonly string[];
  /** Pages of rows, each row one cell per column. */
  pages: AsyncIterable<ExportCell[][]>;
}
