/**
 * A process engine on a fresh host database (SQLite in a temporary folder, or a throwaway
 * PostgreSQL database), with two users and a logger that keeps what it is told.
 */
import type { HostLogger } from '@elma365/sdk-types';
import type { Kysely } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../../host/database';
import { DirectoryImpl } from '../../../host/directory';
import { migrateHost, type HostSchema } from '../../../host/host-schema';
import { ProcessEngine, type ProcessEngineOptions } from '../../../host/processes/process-engine';
import type { Engine } from '../../support/requirements';
import { createPostgresDatabase } from '../../support/test-host';

export interface EngineFixture {
  engine: ProcessEngine;
  db: Kysely<HostSchema>;
  logs: { level: string; message: string; fields?: Record<string, unknown> }[];
  /** Another engine on the same database (a second host instance), with other limits if need be. */
  secondEngine(limits?: Partial<ProcessEngineOptions>): ProcessEngine;
  close(): Promise<void>;
}

export const ALICE = 'user-alice';
export const BOB = 'user-bob';

export async function createEngineFixture(storage: Engine, options: Partial<ProcessEngineOptions> = {}): Promise<EngineFixture> {
  const dataDir = mkdtempSync(join(tmpdir(), 'livechats-processes-'));
  const pg = storage === 'postgres' ? await createPostgresDatabase() : undefined;
  const database = openDatabase({ dataDir, databaseUrl: pg?.url, onError: () => undefined });
  await migrateHost(database.kysely, database.engine);
  const db = database.kysely as Kysely<HostSchema>;
  for (const [id, login, firstname] of [[ALICE, 'alice', 'Alice'], [BOB, 'bob', 'Bob']]) {
    await db
      .insertInto('host_users')
      .values({ id, login, firstname, lastname: 'Tester', email: null, password_hash: 'x', created_at: new Date().toISOString() })
      .execute();
  }
  const logs: EngineFixture['logs'] = [];
  const logger: HostLogger = {
    debug: (message, fields) => logs.push({ level: 'debug', message, fields }),
    info: (message, fields) => logs.push({ level: 'info', message, fields }),
    warn: (message, fields) => logs.push({ level: 'warn', message, fields }),
    error: (message, fields) => logs.push({ level: 'error', message, fields }),
  };
  const make = (limits: Partial<ProcessEngineOptions> = {}) =>
    new ProcessEngine({ db, directory: new DirectoryImpl(db), logger, syncTimeoutMs: 250, activityTimeoutMs: 1500, ...options, ...limits });
  const engines = [make()];
  return {
    engine: engines[0],
    db,
    logs,
    secondEngine: (limits) => {
      const engine = make(limits);
      engines.push(engine);
      return engine;
    },
    close: async () => {
      for (const engine of engines) engine.dispose();
      await database.close();
      if (pg) await pg.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
