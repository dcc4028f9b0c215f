/**
 * `npm start`: the reference host on the embedded SQLite database (or PostgreSQL with
 * DATABASE_URL), seeded with the demo company on an empty database.
 */
import { join, resolve } from 'node:path';
import { DEMO_USERS } from './seed';
import { startHost } from './host';
import type { LogLevel } from './logger';

async function main(): Promise<void> {
  const root = resolve(__dirname, '../..');
  const password = process.env.LIVECHATS_DEMO_PASSWORD || 'demo';
  const seed = process.env.LIVECHATS_SEED === 'none' ? 'none' : 'demo';
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${process.env.PORT}"`);
  const host = await startHost({
    root,
    port,
    hostname: process.env.HOST ?? '127.0.0.1',
    dataDir: resolve(process.env.LIVECHATS_DATA_DIR ?? join(root, '.data')),
    databaseUrl: process.env.DATABASE_URL || undefined,
    seed,
    demoPassword: password,
    entryForm: 'output',
    logLevel: (process.env.LIVECHATS_LOG as LogLevel | undefined) ?? 'info',
    timezone: process.env.LIVECHATS_TIMEZONE || undefined,
  });
  const lines = [
    '',
    `Live Chats is running on ${host.database.engine === 'sqlite' ? 'SQLite' : 'PostgreSQL'}.`,
    '',
    `  Open            ${host.url}/`,
    `  Web API         ${host.url}${host.manifest.contributes.api?.basePath ?? ''}`,
    '',
  ];
  if (seed === 'demo') {
    lines.push(`  Demo logins (password "${password}"):`);
    for (const user of DEMO_USERS) lines.push(`    ${user.login.padEnd(12)} ${user.firstname} ${user.lastname} (${user.groups.join(', ')})`);
    lines.push('');
  }
  process.stdout.write(lines.join('\n') + '\n');
  const stop = () => void host.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Live Chats failed to start: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
