import { searchTerm, snippetOf } from '../../../../src/extension/workspace/desk/desk-search-model';

describe('the desk search', () => {
  it('searches what was typed, trimmed, and nothing for blanks', () => {
    expect(searchTerm('  order 44 ')).toBe('order 44');
    expect(searchTerm('   ')).toBeUndefined();
    expect(searchTerm('x'.repeat(300))).toHaveLength(200);
  });

  it('shows the first match ignoring case, with the words around it', () => {
    expect(snippetOf('My ORDER 4411 is late', 'order')).toEqual({ before: 'My ', match: 'ORDER', after: ' 4411 is late' });
    expect(snippetOf('Заказ не пришёл', 'заказ')).toEqual({ before: '', match: 'Заказ', after: ' не пришёл' });
    expect(snippetOf('Nothing here', 'order')).toBeUndefined();
  });

  it('takes the term literally and reads line breaks as spaces', () => {
    expect(snippetOf('Discount of 50% (please)', '50% (p')).toMatchObject({ match: '50% (p' });
    expect(snippetOf('first line\n\nsecond   line', 'line second')).toMatchObject({ before: 'first ', match: 'line second', after: ' line' });
  });

  it('cuts a long text at spaces around the match, marking the cuts', () => {
    const words = Array.from({ length: 60 }, (_, index) => `word${index}`);
    const snippet = snippetOf(words.join(' '), 'word30', 20)!;
    expect(snippet.match).toBe('word30');
    expect(snippet.before).toMatch(/^…word\d+ /);
    expect(snippet.after).toMatch(/ word\d+…$/);
    expect(snippet.before.length + snippet.after.length).toBeLessThan(50);
  });
});
