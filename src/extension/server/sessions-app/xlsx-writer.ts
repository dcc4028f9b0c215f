/**
 * A minimal streaming XLSX (SpreadsheetML, ECMA-376) writer: one worksheet with a bold, frozen
 * header row; text as inline strings (never formulas), numbers as numbers, instants as date-time
 * cells. The sheet is deflated into the ZIP as its rows arrive, so memory stays flat.
 */
import type { ExportCell, ExportTable } from './export-cells';
import { zipStream, type ZipEntry } from './zip-writer';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Excel keeps at most this many characters in a cell. */
export const CELL_TEXT_MAX = 32_767;
const STYLE_DATE = 1;
const STYLE_HEADER = 2;
/** Days from 1899-12-30 (Excel's day 0 in the 1900 system) to 1970-01-01. */
const EPOCH_DAYS = 25_569;

const PARTS = {
  contentTypes: `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  rels: `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  workbookRels: `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  styles: `${XML}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm:ss"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
};

/** XML text: markup escaped, characters XML 1.0 forbids dropped, cut to what a cell keeps. */
export function xmlText(text: string): string {
  return text
    .slice(0, CELL_TEXT_MAX)
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** The column letters of a 0-based index: A … Z, AA … */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function cellXml(cell: ExportCell, style?: number): string {
  if (cell === undefined || (typeof cell === 'number' && !Number.isFinite(cell))) return '<c/>';
  if (typeof cell === 'number') return `<c><v>${cell}</v></c>`;
  if (cell instanceof Date) return `<c s="${STYLE_DATE}"><v>${cell.getTime() / 86_400_000 + EPOCH_DAYS}</v></c>`;
  return `<c t="inlineStr"${style ? ` s="${style}"` : ''}><is><t xml:space="preserve">${xmlText(cell)}</t></is></c>`;
}

export function rowXml(cells: readonly ExportCell[], style?: number): string {
  return `<row>${cells.map((cell) => cellXml(cell, style)).join('')}</row>`;
}

async function* sheet(table: ExportTable): AsyncGenerator<string> {
  yield `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    `<sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="${Math.max(1, table.columns.length)}" width="22" customWidth="1"/></cols><sheetData>` +
    rowXml(table.columns, STYLE_HEADER);
  for await (const rows of table.pages) yield rows.map((row) => rowXml(row)).join('');
  yield '</sheetData></worksheet>';
}

/** The .xlsx file's bytes as they are produced. */
export function xlsxStream(table: ExportTable, options: { sheetName: string; modified: Date }): AsyncGenerator<Uint8Array> {
  const workbook = `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${xmlText(options.sheetName.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31))}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  const entries: ZipEntry[] = [
    { name: '[Content_Types].xml', data: [PARTS.contentTypes] },
    { name: '_rels/.rels', data: [PARTS.rels] },
    { name: 'xl/workbook.xml', data: [workbook] },
    { name: 'xl/_rels/workbook.xml.rels', data: [PARTS.workbookRels] },
    { name: 'xl/styles.xml', data: [PARTS.styles] },
    { name: 'xl/worksheets/sheet1.xml', data: sheet(table) },
  ];
  return zipStream(entries, options.modified);
}
