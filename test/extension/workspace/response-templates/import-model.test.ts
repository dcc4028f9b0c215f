/** Planning an import of Templates or Articles from a CSV file: what is sent, and what is refused by row. */
import { IMPORT_ROWS_MAX } from '../../../../src/extension/common/response-templates-api';
import { IMPORT_HEADERS, planArticleImport, planTemplateImport } from '../../../../src/extension/workspace/response-templates/import-model';

describe('import plans', () => {
  it('turns the rows of a templates file into template bodies', () => {
    expect(planTemplateImport('Name,Description,Template\nGreeting,,Hello {$client.name}\n')).toEqual({
      items: [{ name: 'Greeting', description: '', template: 'Hello {$client.name}' }],
      rows: [],
    });
  });

  it('names each row a form would refuse, numbered from the first row after the header', () => {
    const plan = planTemplateImport('Name,Template\nFine,Text\n,Text\nNo text,  \n');
    expect(plan.items).toHaveLength(1);
    expect(plan.rows).toEqual([
      { row: 2, problems: ['Name is required'] },
      { row: 3, problems: ['Template is required'] },
    ]);
  });

  it('keeps folder paths and refuses links that are not web addresses', () => {
    const plan = planArticleImport('Name,Link,Folder\nDocs,https://example.com,Help / FAQ\nEvil,javascript:alert(1),\n');
    expect(plan.items).toEqual([{ name: 'Docs', description: '', link: 'https://example.com', folder: 'Help / FAQ' }]);
    expect(plan.rows).toEqual([{ row: 2, problems: ['Link must be an http:// or https:// address'] }]);
  });

  it('refuses a file without the columns, without rows, or with too many rows', () => {
    expect(planArticleImport('Title\nx\n').fileProblem).toMatch(/missing: Name/);
    expect(planTemplateImport(`${IMPORT_HEADERS.templates}\n`).fileProblem).toBe('The file has a header line but no rows.');
    const many = `${IMPORT_HEADERS.templates}\n${'A,,B\n'.repeat(IMPORT_ROWS_MAX + 1)}`;
    expect(planTemplateImport(many).fileProblem).toBe(`The file has ${IMPORT_ROWS_MAX + 1} rows; import at most ${IMPORT_ROWS_MAX} at once.`);
  });
});
