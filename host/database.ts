/**
 * The host's database: an SQLite file (embedded, the default) or PostgreSQL when a
 * `postgres://` URL is given. Hosts and extensions share it; each owns its own tables.
 */
import type { DatabaseEngine, HostDatabase } from '@elma365/sdk-types';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDialectConfig } from 'kysely';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

export interface OpenDatabase extends HostDatabase {
  close(): Promise<void>;
}

export function openDatabase(options: { dataDir: string; databaseUrl?: string; onError: (error: Error) => void }): OpenDatabase {
  if (options.databaseUrl) {
    if (!/^postgres(ql)?:\/\//.test(options.databaseUrl)) throw new Error('DATABASE_URL must be a postgres:// URL');
    // Integers stay numbers (COUNT returns bigint as a string otherwise).
    pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 20 });
    // An idle connection that the server ends (restart, failover) must not bring the host down.
    pool.on('error', options.onError);
    return wrap('postgres', new Kysely({ dialect: new PostgresDialect({ pool }) }));
  }
  mkdirSync(options.dataDir, { recursive: true });
  const file = join(options.dataDir, 'live-chats.sqlite');
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return wrap('sqlite', new Kysely({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) }));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function wrap(engine: DatabaseEngine, kysely: Kysely<any>): OpenDatabase {
  return { engine, kysely, close: () => kysely.destroy() };
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query anew; preparing costs about as much as running a small query on
 * SQLite, so statements are kept by their SQL text (the most recently used 500). A statement that
 * is still being iterated is busy and cannot be shared: such a query gets a fresh one. Several host
 * processes may share the file: transactions begin immediate and wait for each other (busy_timeout).
 */
function withStatementCache(database: SqliteDatabase.Database): SqliteDialectConfig['database'] & object {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => database.close(),
    prepare(text: string) {
      // A transaction takes the write lock when it begins: one that read first and wrote later
      // would fail at once (SQLITE_BUSY) if another connection to the file had written between.
      const sql = text === 'begin' ? 'begin immediate' : text;
      const cached = cache.get(sql);
      if (cached && !cached.busy) {
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      cache.set(sql, statement);
      if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      return statement;
    },
  };
}
