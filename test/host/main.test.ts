/**
 * `npm start` as a user runs it: the built host in its own process, configured by environment
 * variables, keeping its data across restarts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiClient, newMessageId } from '../support/api';
import { describeWith } from '../support/requirements';
import { createPostgresDatabase, ROOT } from '../support/test-host';

const MAIN = join(ROOT, 'dist/host/main.js');

interface Started {
  child: ChildProcess;
  output: string;
  url: string;
}

let nextPort = 38000 + Math.floor(Math.random() * 2000);

/** Starts the host on a port of its own; a port another suite took meanwhile is skipped for the next. */
async function start(env: Record<string, string>): Promise<Started> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOn(String(nextPort++), env);
    } catch (error) {
      if (attempt === 5 || !String(error).includes('EADDRINUSE')) throw error;
    }
  }
}

async function startOn(port: string, env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, [MAIN], { env: { ...process.env, PORT: port, LIVECHATS_LOG: 'error', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 20_000;
  while (!output.includes('Live Chats is running')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the host did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
  return { child, output, url: `http://127.0.0.1:${port}` };
}

async function stop(started: Started): Promise<void> {
  const exited = new Promise((resolve) => started.child.once('exit', resolve));
  started.child.kill('SIGTERM');
  await exited;
}

describe('npm start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'livechats-main-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('seeds the demo company on SQLite under LIVECHATS_DATA_DIR, prints the logins, and keeps the data across a restart', async () => {
    const first = await start({ LIVECHATS_DATA_DIR: dataDir, LIVECHATS_DEMO_PASSWORD: 'secret-1' });
    expect(first.output).toContain('running on SQLite');
    expect(first.output).toContain(`${first.url}/`);
    expect(first.output).toMatch(/employee1\s+Emma Fischer/);
    expect(first.output).toContain('password "secret-1"');
    expect(existsSync(join(dataDir, 'live-chats.sqlite'))).toBe(true);
    const employee = await ApiClient.login(first.url, 'employee1', 'secret-1');
    const lineId = (await employee.get('/lines')).body[0].id;
    const sent = await employee.post(`/lines/${lineId}/messages`, { text: 'Are you there?', clientMessageId: newMessageId() });
    expect(sent.status).toBe(201);
    await stop(first);

    const second = await start({ LIVECHATS_DATA_DIR: dataDir });
    const again = await ApiClient.login(second.url, 'employee1', 'secret-1');
    const messages = await again.get(`/sessions/${sent.body.sessionId}/messages?since=0`);
    expect(messages.body.items.map((m: { body: string }) => m.body)).toEqual(['Are you there?']);
    await stop(second);
  });

  it('seeds nothing with LIVECHATS_SEED=none', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'livechats-empty-'));
    const started = await start({ LIVECHATS_DATA_DIR: empty, LIVECHATS_SEED: 'none' });
    expect(started.output).not.toContain('Demo logins');
    const response = await fetch(`${started.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'admin', password: 'demo' }) });
    expect(response.status).toBe(401);
    await stop(started);
    rmSync(empty, { recursive: true, force: true });
  });
});

describeWith('postgres', 'npm start with DATABASE_URL', () => {
  it('runs on PostgreSQL with no other change', async () => {
    const database = await createPostgresDatabase();
    const empty = mkdtempSync(join(tmpdir(), 'livechats-pg-'));
    try {
      const started = await start({ DATABASE_URL: database.url, LIVECHATS_DATA_DIR: empty });
      expect(started.output).toContain('running on PostgreSQL');
      const admin = await ApiClient.login(started.url, 'admin');
      expect((await admin.get('/lines')).body.map((l: { name: string }) => l.name)).toEqual(['Support']);
      expect(existsSync(join(empty, 'live-chats.sqlite'))).toBe(false);
      await stop(started);
    } finally {
      rmSync(empty, { recursive: true, force: true });
      await database.drop();
    }
  });
});
