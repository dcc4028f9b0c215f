/**
 * Reads CSV files people export from spreadsheets (RFC 4180): quoted fields with doubled quotes
 * and line breaks, CRLF or LF, a UTF-8 byte order mark, and a comma or semicolon delimiter (what
 * the header line uses; spreadsheets in many locales write semicolons).
 */

/** The rows of the text; blank lines are left out. */
export function readCsv(text: string): string[][] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = detectDelimiter(source);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endRow = () => {
    row.push(field);
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
    field = '';
  };
  while (i < source.length) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
      i++;
      continue;
    }
    if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) {
      row.push(field);
      field = '';
    } else if (char === '\r' && source[i + 1] === '\n') {
      endRow();
      i++;
    } else if (char === '\n' || char === '\r') endRow();
    else field += char;
    i++;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

function detectDelimiter(text: string): ',' | ';' {
  const header = text.slice(0, text.search(/\r|\n|$/));
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

export interface CsvColumn<K extends string> {
  key: K;
  /** The header, and other names accepted for it (matched without case and surrounding spaces). */
  headers: readonly string[];
  required?: boolean;
}

export type CsvRecords<K extends string> =
  | { ok: true; records: Array<Record<K, string>> }
  | { ok: false; problem: string };

/** The data rows as records by column, from a header line that names the columns. */
export function csvRecords<K extends string>(text: string, columns: readonly CsvColumn<K>[]): CsvRecords<K> {
  const [header, ...rows] = readCsv(text);
  if (!header) return { ok: false, problem: 'The file is empty.' };
  const names = header.map((name) => name.trim().toLowerCase());
  const positions = columns.map((column) => names.findIndex((name) => column.headers.some((h) => h.toLowerCase() === name)));
  const missing = columns.filter((column, i) => column.required && positions[i] < 0).map((column) => column.headers[0]);
  if (missing.length > 0) {
    return { ok: false, problem: `The first line must name the columns; missing: ${missing.join(', ')}. Expected: ${columns.map((c) => c.headers[0]).join(', ')}.` };
  }
  const records = rows.map((row) => Object.fromEntries(columns.map((column, i) => [column.key, positions[i] < 0 ? '' : (row[positions[i]] ?? '')])) as Record<K, string>);
  return { ok: true, records };
}
