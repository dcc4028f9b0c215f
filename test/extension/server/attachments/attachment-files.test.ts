import 'reflect-metadata';
import type { HostFiles, HostLogger } from '@elma365/sdk-types';
import { AttachmentFiles } from '../../../../src/extension/server/attachments/attachment-files';

describe('deleting the files of attachments that are gone', () => {
  const logged: { message: string; fields?: Record<string, unknown> }[] = [];
  const logger = { error: (message: string, fields?: Record<string, unknown>) => logged.push({ message, fields }) } as unknown as HostLogger;
  beforeEach(() => logged.splice(0));

  it('deletes them from the host\'s store, and asks nothing for no files', async () => {
    const deleted: string[][] = [];
    const files = { delete: async (ids: readonly string[]) => (deleted.push([...ids]), ids.length) } as unknown as HostFiles;
    await new AttachmentFiles(files, logger).discard(['f1', 'f2'], 'a deleted live chat');
    await new AttachmentFiles(files, logger).discard([], 'uploads never sent');
    expect(deleted).toEqual([['f1', 'f2']]);
    expect(logged).toEqual([]);
  });

  it('logs a failure instead of throwing: the change that dropped the records stands', async () => {
    const files = { delete: () => Promise.reject(new Error('disk on fire')) } as unknown as HostFiles;
    await expect(new AttachmentFiles(files, logger).discard(['f1'], 'a deleted live chat')).resolves.toBeUndefined();
    expect(logged).toEqual([{ message: 'deleting the files of a deleted live chat failed', fields: { files: 1, error: 'Error: disk on fire' } }]);
  });
});
