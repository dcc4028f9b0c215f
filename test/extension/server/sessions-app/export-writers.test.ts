/**
 * The writers of Export data (spec §4.7): the streaming ZIP (data descriptors, CRC-32, deflate
 * or stored) read back by an independent reader and by `unzip -t`, the XLSX parts and cells, and
 * the CSV encoding (BOM, RFC 4180 quoting, formula injection defused).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvField, csvRecord, csvStream, defuseFormula } from '../../../../src/extension/server/sessions-app/csv-encoder';
import type { ExportCell } from '../../../../src/extension/server/sessions-app/export-cells';
import { columnName, xlsxStream, xmlText } from '../../../../src/extension/server/sessions-app/xlsx-writer';
import { dosDateTime, zipStream } from '../../../../src/extension/server/sessions-app/zip-writer';
import { collect, unzip } from '../../../support/unzip';

async function* pagesOf(rows: ExportCell[][], size = 2): AsyncGenerator<ExportCell[][]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

describe('zip writer', () => {
  it('writes entries that read back byte for byte, deflated or stored, with UTF-8 names', async () => {
    const big = 'row,'.repeat(200_000);
    async function* parts() {
      for (let i = 0; i < 10; i++) yield big.slice(i * 80_000, (i + 1) * 80_000);
    }
    const archive = await collect(
      zipStream(
        [
          { name: 'a.txt', data: ['hello ', new TextEncoder().encode('world')] },
          { name: 'dir/big.csv', data: parts() },
          { name: 'stored/Zoë.bin', data: [new Uint8Array([0, 1, 2, 255])], store: true },
          { name: 'empty', data: [] },
        ],
        new Date('2026-03-02T10:20:30Z'),
      ),
    );
    const files = unzip(archive);
    expect([...files.keys()]).toEqual(['a.txt', 'dir/big.csv', 'stored/Zoë.bin', 'empty']);
    expect(files.get('a.txt')!.toString()).toBe('hello world');
    expect(files.get('dir/big.csv')!.toString()).toBe(big);
    expect([...files.get('stored/Zoë.bin')!]).toEqual([0, 1, 2, 255]);
    expect(files.get('empty')!.length).toBe(0);
    // Deflate did its job: 800 KB of repetition is a few KB.
    expect(archive.length).toBeLessThan(20_000);
    const dir = mkdtempSync(join(tmpdir(), 'lc-zip-'));
    writeFileSync(join(dir, 't.zip'), archive);
    expect(execFileSync('unzip', ['-t', join(dir, 't.zip')]).toString()).toContain('No errors detected');
  });

  it('stamps entries with the MS-DOS date and time', () => {
    expect(dosDateTime(new Date('2026-03-02T10:20:30Z'))).toEqual({ date: (46 << 9) | (3 << 5) | 2, time: (10 << 11) | (20 << 5) | 15 });
  });
});

describe('xlsx writer', () => {
  it('makes a workbook of one sheet: a bold frozen header, text, numbers and date-time cells', async () => {
    const rows: ExportCell[][] = [
      ['Anna & <Bob>', 42, new Date('2026-03-02T12:00:00Z')],
      ['=HYPERLINK("x")', -1.5, undefined],
      ['bell\u0007gone', undefined, 'line\nbreak'],
    ];
    const archive = await collect(xlsxStream({ columns: ['Name', 'Count', 'Created'], pages: pagesOf(rows) }, { sheetName: 'Sessions', modified: new Date() }));
    const files = unzip(archive);
    expect([...files.keys()]).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/worksheets/sheet1.xml']);
    const sheet = files.get('xl/worksheets/sheet1.xml')!.toString();
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toContain('<row><c t="inlineStr" s="2"><is><t xml:space="preserve">Name</t></is></c>');
    expect(sheet).toContain('<t xml:space="preserve">Anna &amp; &lt;Bob&gt;</t>');
    expect(sheet).toContain('<c><v>42</v></c>');
    // 2026-03-02 12:00 UTC is day 46083.5 of the 1900 date system.
    expect(sheet).toContain('<c s="1"><v>46083.5</v></c>');
    // Text never becomes a formula: it is an inline string, with no <f>.
    expect(sheet).toContain('<t xml:space="preserve">=HYPERLINK(&quot;x&quot;)</t>');
    expect(sheet).not.toContain('<f>');
    expect(sheet).toContain('bellgone');
    expect(sheet.match(/<row>/g)).toHaveLength(4);
    expect(files.get('xl/workbook.xml')!.toString()).toContain('<sheet name="Sessions" sheetId="1" r:id="rId1"/>');
  });

  it('names columns like a spreadsheet and keeps what a cell may hold', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
    expect(xmlText('x'.repeat(40_000))).toHaveLength(32_767);
    expect(xmlText('a"b')).toBe('a&quot;b');
  });
});

describe('csv encoder', () => {
  it('quotes what RFC 4180 says and nothing else', () => {
    expect(csvRecord(['plain', 'with, comma', 'say "hi"', 'two\r\nlines', 12.5, undefined])).toBe('plain,"with, comma","say ""hi""","two\r\nlines",12.5,\r\n');
    expect(csvField(new Date('2026-03-02T12:00:00Z'))).toBe('2026-03-02T12:00:00.000Z');
  });

  it('defuses text a spreadsheet would run as a formula, but not numbers', () => {
    for (const text of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(defuseFormula(text)).toBe(`'${text}`);
    expect(csvField('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvField(-3)).toBe('-3');
    expect(defuseFormula('a=b')).toBe('a=b');
  });

  it('starts with a byte order mark and writes a chunk per page', async () => {
    const chunks: string[] = [];
    for await (const chunk of csvStream({ columns: ['A', 'B'], pages: pagesOf([['1', 2], ['3', 4], ['5', 6]]) })) chunks.push(chunk);
    expect(chunks).toEqual(['\uFEFFA,B\r\n', '1,2\r\n3,4\r\n', '5,6\r\n']);
  });
});
