/**
 * HostFiles on the host's `host_files` table: every file is one row with its bytes (a BLOB on
 * SQLite, a bytea on PostgreSQL). Files never change; a copy is a new row. Deleting removes rows.
 */
import type { HostFile, HostFileDraft, HostFiles } from '@elma365/sdk-types';
import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { HostSchema } from '../host-schema';

type FileRow = HostSchema['host_files'];

export class HostFileError extends Error {
  override readonly name = 'HostFileError';
}

const NAME_MAX = 300;
const TYPE_MAX = 255;
/** Ids per DELETE: well under the bound-parameter limits of both engines. */
const DELETE_BATCH = 500;

const toFile = (row: Omit<FileRow, 'data'>): HostFile => ({
  id: row.id,
  name: row.name,
  contentType: row.content_type,
  size: Number(row.size),
  createdAt: row.created_at,
});

export class HostFilesImpl implements HostFiles {
  constructor(
    private readonly db: Kysely<HostSchema>,
    private readonly now: () => Date,
  ) {}

  async save(draft: HostFileDraft): Promise<HostFile> {
    const name = draft.name.trim();
    if (name.length === 0 || name.length > NAME_MAX) throw new HostFileError(`a file name must have 1–${NAME_MAX} characters`);
    if (draft.contentType.length === 0 || draft.contentType.length > TYPE_MAX) throw new HostFileError('a file needs a content type');
    if (!(draft.data instanceof Uint8Array)) throw new HostFileError('a file\'s data must be bytes (a Uint8Array)');
    const row: FileRow = {
      id: randomUUID(),
      name,
      content_type: draft.contentType,
      size: draft.data.byteLength,
      // Both drivers bind a Buffer as a BLOB / bytea; a view over the same memory, not a copy.
      data: Buffer.from(draft.data.buffer, draft.data.byteOffset, draft.data.byteLength),
      created_at: this.now().toISOString(),
    };
    await this.db.insertInto('host_files').values(row).execute();
    return toFile(row);
  }

  async get(id: string): Promise<HostFile | undefined> {
    const row = await this.db.selectFrom('host_files').select(['id', 'name', 'content_type', 'size', 'created_at']).where('id', '=', id).executeTakeFirst();
    return row ? toFile(row) : undefined;
  }

  async read(id: string): Promise<Uint8Array | undefined> {
    const row = await this.db.selectFrom('host_files').select('data').where('id', '=', id).executeTakeFirst();
    return row ? new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength) : undefined;
  }

  async delete(ids: readonly string[]): Promise<number> {
    let deleted = 0;
    for (let i = 0; i < ids.length; i += DELETE_BATCH) {
      const result = await this.db.deleteFrom('host_files').where('id', 'in', ids.slice(i, i + DELETE_BATCH)).executeTakeFirst();
      deleted += Number(result.numDeletedRows);
    }
    return deleted;
  }
}
