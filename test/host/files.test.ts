/**
 * HostFiles, the host's file store, on each storage engine: bytes come back exactly as saved
 * (every byte value, large files), files are found by id without their bytes, and a file without
 * a name or bytes is refused.
 */
import type { Kysely } from 'kysely';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type OpenDatabase } from '../../host/database';
import { HostFilesImpl } from '../../host/files/host-files';
import { migrateHost, type HostSchema } from '../../host/host-schema';
import { describeEachEngine } from '../support/requirements';
import { createPostgresDatabase } from '../support/test-host';

describeEachEngine('host files', (engine) => {
  let database: OpenDatabase;
  let drop: (() => Promise<void>) | undefined;
  let files: HostFilesImpl;
  const at = new Date('2026-03-02T09:00:00.000Z');

  beforeAll(async () => {
    const pg = engine === 'postgres' ? await createPostgresDatabase() : undefined;
    drop = pg?.drop;
    database = openDatabase({ dataDir: mkdtempSync(join(tmpdir(), 'livechats-files-')), databaseUrl: pg?.url, onError: () => undefined });
    await migrateHost(database.kysely, database.engine);
    files = new HostFilesImpl(database.kysely as Kysely<HostSchema>, () => at);
  });
  afterAll(async () => {
    await database?.close();
    await drop?.();
  });

  it('gives back every byte value as it was saved, and the file without its bytes', async () => {
    const data = Uint8Array.from({ length: 512 }, (_, i) => i % 256);
    const saved = await files.save({ name: ' report.bin ', contentType: 'application/octet-stream', data });
    expect(saved).toEqual({ id: expect.any(String), name: 'report.bin', contentType: 'application/octet-stream', size: 512, createdAt: at.toISOString() });
    expect(await files.get(saved.id)).toEqual(saved);
    const read = await files.read(saved.id);
    expect(read).toBeInstanceOf(Uint8Array);
    expect([...read!]).toEqual([...data]);
  });

  it('keeps a large file whole, and each save is a new file', async () => {
    const data = new Uint8Array(3 * 1024 * 1024).map((_, i) => (i * 31) % 251);
    const first = await files.save({ name: 'big.dat', contentType: 'application/zip', data });
    const second = await files.save({ name: 'big.dat', contentType: 'application/zip', data });
    expect(second.id).not.toBe(first.id);
    const read = await files.read(second.id);
    expect(read!.byteLength).toBe(data.byteLength);
    expect(Buffer.compare(Buffer.from(read!), Buffer.from(data))).toBe(0);
  });

  it('answers undefined for a file that does not exist', async () => {
    expect(await files.get('no-such-file')).toBeUndefined();
    expect(await files.read('no-such-file')).toBeUndefined();
  });

  it('refuses a file without a name, a content type or bytes', async () => {
    await expect(files.save({ name: '  ', contentType: 'text/plain', data: new Uint8Array(1) })).rejects.toThrow(/name/);
    await expect(files.save({ name: 'a.txt', contentType: '', data: new Uint8Array(1) })).rejects.toThrow(/content type/);
    await expect(files.save({ name: 'a.txt', contentType: 'text/plain', data: 'text' as unknown as Uint8Array })).rejects.toThrow(/bytes/);
  });
});
