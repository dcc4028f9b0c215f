/**
 * HostFiles, the host's file store, on each storage engine: bytes come back exactly as saved
 * (every byte value, large files), files are found by id without their bytes, a file without
 * a name or bytes is refused, and deleted files are gone while the others stay.
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

  it('deletes the files named, passing over ids of no file, and keeps the others', async () => {
    const saved = await Promise.all(['a.txt', 'b.txt', 'c.txt'].map((name) => files.save({ name, contentType: 'text/plain', data: new TextEncoder().encode(name) })));
    expect(await files.delete([saved[0].id, 'no-such-file', saved[2].id])).toBe(2);
    expect(await files.get(saved[0].id)).toBeUndefined();
    expect(await files.read(saved[2].id)).toBeUndefined();
    expect(new TextDecoder().decode(await files.read(saved[1].id))).toBe('b.txt');
    expect(await files.delete([])).toBe(0);
    expect(await files.delete([saved[0].id])).toBe(0);
  });

  it('deletes more files than one statement takes', async () => {
    const saved = await Promise.all(Array.from({ length: 1_200 }, (_, i) => files.save({ name: `f${i}`, contentType: 'text/plain', data: new Uint8Array([i % 256]) })));
    expect(await files.delete(saved.map((file) => file.id))).toBe(1_200);
    expect(await files.get(saved[1_199].id)).toBeUndefined();
  });

  it('refuses a file without a name, a content type or bytes', async () => {
    await expect(files.save({ name: '  ', contentType: 'text/plain', data: new Uint8Array(1) })).rejects.toThrow(/name/);
    await expect(files.save({ name: 'a.txt', contentType: '', data: new Uint8Array(1) })).rejects.toThrow(/content type/);
    await expect(files.save({ name: 'a.txt', contentType: 'text/plain', data: 'text' as unknown as Uint8Array })).rejects.toThrow(/bytes/);
  });
});
