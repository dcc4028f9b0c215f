/**
 * Starts the reference host in-process on a random port with a fresh database: an SQLite file
 * in a temporary folder, or a throwaway PostgreSQL database that is dropped on close. The
 * extension is loaded from its TypeScript source.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { startHost, type RunningHost } from '../../host/host';
import { PG_ADMIN_URL, type Engine } from './requirements';

export const ROOT = resolve(__dirname, '../..');
export const DEMO_PASSWORD = 'demo';

export interface TestHost extends RunningHost {
  dataDir: string;
  engine: Engine;
  databaseUrl?: string;
}

export interface TestHostOptions {
  engine?: Engine;
  /** Reuse a folder (SQLite) to restart a host on the same data. */
  dataDir?: string;
  /** Reuse a PostgreSQL database (another instance, or a restart). */
  databaseUrl?: string;
  seed?: 'demo' | 'none';
  /** Keep the data when closing (to restart on it). */
  keep?: boolean;
  /** The host's clock, e.g. a TestClock's `now`. */
  now?: () => Date;
  /** IANA time zone of the company. */
  timezone?: string;
}

/** A frozen clock for tests: time moves only when the test says so. */
export class TestClock {
  private current: number;

  constructor(start: string | Date = '2026-03-02T09:00:00.000Z') {
    this.current = new Date(start).getTime();
  }

  /** Pass this to the host (`createTestHost({ now: clock.now })`). */
  readonly now = (): Date => new Date(this.current);

  set(isoString: string): void {
    const time = Date.parse(isoString);
    if (Number.isNaN(time)) throw new Error(`TestClock.set: "${isoString}" is not a date`);
    this.current = time;
  }

  advance(ms: number): void {
    this.current += ms;
  }
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `lc_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

export async function createTestHost(options: TestHostOptions = {}): Promise<TestHost> {
  const engine = options.engine ?? 'sqlite';
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'livechats-test-'));
  let databaseUrl = options.databaseUrl;
  let drop: (() => Promise<void>) | undefined;
  if (engine === 'postgres' && !databaseUrl) {
    const created = await createPostgresDatabase();
    databaseUrl = created.url;
    drop = created.drop;
  }
  const host = await startHost({
    root: ROOT,
    port: 0,
    dataDir,
    databaseUrl,
    seed: options.seed ?? 'demo',
    demoPassword: DEMO_PASSWORD,
    entryForm: 'source',
    logLevel: 'error',
    now: options.now,
    timezone: options.timezone,
  });
  return {
    ...host,
    dataDir,
    engine,
    databaseUrl,
    close: async () => {
      await host.close();
      if (options.keep) return;
      if (drop) await drop();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
