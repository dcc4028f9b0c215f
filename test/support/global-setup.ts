/**
 * Finds out once, before the suites run, which external dependencies this machine has, and
 * leaves the answer in the environment for `describeWith` (workers inherit it).
 */
import { existsSync } from 'node:fs';
import pg from 'pg';
import { CHROMIUM_PATH, PG_ADMIN_URL } from './requirements';

export default async function globalSetup(): Promise<void> {
  process.env.LIVECHATS_MISSING_CHROMIUM = existsSync(CHROMIUM_PATH) ? '' : `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)`;
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    process.env.LIVECHATS_MISSING_POSTGRES = '';
  } catch (error) {
    process.env.LIVECHATS_MISSING_POSTGRES = `PostgreSQL at ${PG_ADMIN_URL} is not reachable: ${(error as Error).message}`;
  } finally {
    await client.end().catch(() => undefined);
  }
}
