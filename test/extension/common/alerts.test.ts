/** The start of a message in a new-session pop-up (common/alerts.ts). */
import { SNIPPET_MAX, snippetOf } from '../../../src/extension/common/alerts';

describe('snippetOf', () => {
  it('keeps a short message, with its whitespace collapsed', () => {
    expect(snippetOf('  Hello,\n\n  I need   help ')).toBe('Hello, I need help');
  });

  it('cuts a long one at a word, with an ellipsis', () => {
    const text = `${'word '.repeat(60)}end`;
    const snippet = snippetOf(text);
    expect(snippet.length).toBeLessThanOrEqual(SNIPPET_MAX);
    expect(snippet).toMatch(/word…$/);
    expect(snippetOf('x'.repeat(300))).toBe(`${'x'.repeat(SNIPPET_MAX - 1)}…`);
  });
});
