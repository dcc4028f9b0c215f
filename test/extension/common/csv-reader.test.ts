/** Reading CSV files exported from spreadsheets. */
import { csvRecords, readCsv } from '../../../src/extension/common/csv-reader';

describe('readCsv', () => {
  it('reads quoted fields with doubled quotes, delimiters and line breaks inside', () => {
    expect(readCsv('a,b,c\n"x, y","say ""hi""","two\nlines"\n')).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\nlines'],
    ]);
  });

  it('takes CRLF, a byte order mark, blank lines and a last line without a break', () => {
    expect(readCsv('\ufeffName;Text\r\n\r\nA;1\r\nB;2')).toEqual([
      ['Name', 'Text'],
      ['A', '1'],
      ['B', '2'],
    ]);
  });

  it('keeps empty fields', () => {
    expect(readCsv('a,,c\n,,\n')).toEqual([
      ['a', '', 'c'],
      ['', '', ''],
    ]);
  });
});

describe('csvRecords', () => {
  const columns = [
    { key: 'name', headers: ['Name'], required: true },
    { key: 'text', headers: ['Template', 'Text'], required: true },
    { key: 'note', headers: ['Description'] },
  ] as const;

  it('maps columns by their header in any order and case, and leaves absent optional ones empty', () => {
    expect(csvRecords(' text ,NAME\nHello,Greeting\n', columns)).toEqual({ ok: true, records: [{ name: 'Greeting', text: 'Hello', note: '' }] });
  });

  it('names the missing required columns', () => {
    expect(csvRecords('Name,Other\nA,B\n', columns)).toEqual({
      ok: false,
      problem: 'The first line must name the columns; missing: Template. Expected: Name, Template, Description.',
    });
    expect(csvRecords('', columns)).toEqual({ ok: false, problem: 'The file is empty.' });
  });
});
