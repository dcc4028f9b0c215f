/**
 * LIKE patterns from what a user typed: `%`, `_` and `\` match literally. Use them with
 * `escape '\'`; the same on SQLite and PostgreSQL.
 */
import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';

/** A LIKE pattern that matches `search` anywhere, literally. */
export function containsPattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * `column` contains `search`, ignoring case. lower() folds every letter on PostgreSQL but only
 * ASCII on SQLite, so the text is also matched as typed, in lower and upper case and capitalised:
 * on SQLite a non-ASCII word is found in the cases people write it in.
 */
export function containsIgnoringCase(column: Expression<string>, search: string): RawBuilder<SqlBool> {
  const lower = search.toLowerCase();
  const variants = [...new Set([search, lower, search.toUpperCase(), lower.charAt(0).toUpperCase() + lower.slice(1)])];
  const asWritten = variants.map((variant) => sql`${column} like ${containsPattern(variant)} escape '\\'`);
  return sql<SqlBool>`(lower(${column}) like ${containsPattern(lower)} escape '\\' or ${sql.join(asWritten, sql` or `)})`;
}
