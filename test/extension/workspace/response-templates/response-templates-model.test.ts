import type { ArticleFolderDto } from '../../../../src/extension/common/response-templates-api';
import {
  articleText,
  folderName,
  folderRows,
  insertAtCaret,
  isResponseTemplatesPage,
} from '../../../../src/extension/workspace/response-templates/response-templates-model';

const root: ArticleFolderDto = { id: 'all-records', name: 'All records', isDefault: true };
const folder = (id: string, name: string, parentId = 'all-records'): ArticleFolderDto => ({ id, name, parentId, isDefault: false });

describe('folderRows', () => {
  it('lists the tree depth-first from "All records", each level by name', () => {
    const rows = folderRows([folder('r', 'Refunds', 'b'), folder('s', 'Shipping'), root, folder('b', 'Billing'), folder('a', 'Archive', 'b')]);
    expect(rows.map((row) => [row.folder.name, row.depth])).toEqual([
      ['All records', 0],
      ['Billing', 1],
      ['Archive', 2],
      ['Refunds', 2],
      ['Shipping', 1],
    ]);
  });

  it('hangs a folder whose parent is gone under "All records" and survives a cycle', () => {
    const rows = folderRows([root, folder('x', 'Orphan', 'gone'), folder('c1', 'One', 'c2'), folder('c2', 'Two', 'c1')]);
    expect(rows.map((row) => row.folder.name)).toEqual(['All records', 'Orphan']);
  });

  it('is empty before the folders are loaded', () => {
    expect(folderRows([])).toEqual([]);
  });
});

describe('articleText', () => {
  it('is the description then the link, each when present', () => {
    expect(articleText({ description: ' Ships in 2 days. ', link: 'https://help.example.com/d' })).toBe('Ships in 2 days.\nhttps://help.example.com/d');
    expect(articleText({ description: '', link: 'https://help.example.com/d' })).toBe('https://help.example.com/d');
    expect(articleText({ description: 'Only words', link: '' })).toBe('Only words');
  });
});

describe('insertAtCaret', () => {
  it('inserts at the caret and puts the caret after the text', () => {
    expect(insertAtCaret({ value: '', selectionStart: 0, selectionEnd: 0 }, 'Hello')).toEqual({ value: 'Hello', selectionStart: 5, selectionEnd: 5 });
    expect(insertAtCaret({ value: 'Hi  bye', selectionStart: 3, selectionEnd: 3 }, 'there')).toEqual({ value: 'Hi there bye', selectionStart: 8, selectionEnd: 8 });
  });

  it('keeps a space from the word before and replaces a selection', () => {
    expect(insertAtCaret({ value: 'Dear', selectionStart: 4, selectionEnd: 4 }, 'Emma')).toEqual({ value: 'Dear Emma', selectionStart: 9, selectionEnd: 9 });
    expect(insertAtCaret({ value: 'Hello XXX!', selectionStart: 9, selectionEnd: 6 }, 'Emma')).toEqual({ value: 'Hello Emma!', selectionStart: 10, selectionEnd: 10 });
  });
});

describe('pages', () => {
  it('knows the Articles and Templates pages and folder names', () => {
    expect(isResponseTemplatesPage('articles')).toBe(true);
    expect(isResponseTemplatesPage('templates')).toBe(true);
    expect(isResponseTemplatesPage('reports')).toBe(false);
    expect(isResponseTemplatesPage(undefined)).toBe(false);
    expect(folderName([root], 'all-records')).toBe('All records');
    expect(folderName([root], 'nope')).toBe('');
  });
});
