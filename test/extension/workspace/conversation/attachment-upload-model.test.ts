/**
 * The files attached to the next message: checked against the settings before uploading, with
 * progress while they upload, cancelled or removed, refused in the server's words, and handed to
 * the message once uploaded.
 */
import type { AttachmentDto } from '../../../../src/extension/common/attachments-api';
import { AttachmentUploads, type FileLike } from '../../../../src/extension/workspace/conversation/attachment-upload-model';
import { ApiError } from '../../../../src/extension/workspace/services/api-error';

interface Call {
  file: FileLike;
  progress: (fraction: number) => void;
  signal: AbortSignal;
  resolve: (dto: AttachmentDto) => void;
  reject: (error: unknown) => void;
}

const settings = { attachmentMaxMb: 1, attachmentTypes: ['image/*', 'application/pdf'] };
const file = (name: string, size = 100, type = 'application/pdf'): FileLike => ({ name, size, type });
const dto = (id: string, name: string): AttachmentDto => ({ id, name, contentType: 'application/pdf', size: 100 });

function setup(known: typeof settings | 'unknown' = settings) {
  const calls: Call[] = [];
  const uploads = new AttachmentUploads((f, progress, signal) => new Promise<AttachmentDto>((resolve, reject) => calls.push({ file: f, progress, signal, resolve, reject })), () => (known === 'unknown' ? undefined : known));
  return { uploads, calls };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('AttachmentUploads', () => {
  it('uploads with progress and hands the uploaded files to the message in order', async () => {
    const { uploads, calls } = setup();
    uploads.add([file('a.pdf'), file('b.pdf')]);
    expect(uploads.items.map((i) => [i.name, i.status])).toEqual([['a.pdf', 'uploading'], ['b.pdf', 'uploading']]);
    expect(uploads.busy).toBe(true);
    calls[0].progress(0.4);
    expect(uploads.items[0].progress).toBe(0.4);
    calls[1].resolve(dto('2', 'b.pdf'));
    calls[0].resolve(dto('1', 'a.pdf'));
    await flush();
    expect(uploads.busy).toBe(false);
    expect(uploads.take().map((a) => a.id)).toEqual(['1', '2']);
    expect(uploads.items).toEqual([]);
  });

  it('refuses at once what the settings forbid, without uploading it', () => {
    const { uploads, calls } = setup();
    uploads.add([file('big.pdf', 2 * 1024 * 1024), file('run.exe', 10, 'application/x-msdownload'), file('ok.png', 10, 'image/png')]);
    expect(calls.map((c) => c.file.name)).toEqual(['ok.png']);
    expect(uploads.items.map((i) => [i.status, i.error])).toEqual([
      ['failed', 'The file is 2 MB; files may be at most 1 MB.'],
      ['failed', expect.stringMatching(/application\/x-msdownload cannot be attached/)],
      ['uploading', undefined],
    ]);
  });

  it('allows ten files per message', () => {
    const { uploads, calls } = setup();
    uploads.add(Array.from({ length: 11 }, (_, i) => file(`${i}.pdf`)));
    expect(calls).toHaveLength(10);
    expect(uploads.items[10]).toMatchObject({ status: 'failed', error: 'At most 10 files go with one message.' });
  });

  it('leaves the checks to the server when the settings are not known, and shows its answer', async () => {
    const { uploads, calls } = setup('unknown');
    uploads.add([file('big.pdf', 50 * 1024 * 1024)]);
    calls[0].reject(new ApiError('attachment/too-large', 'The file is 50 MB; files may be at most 10 MB.', 413));
    await flush();
    expect(uploads.items[0]).toMatchObject({ status: 'failed', error: 'The file is 50 MB; files may be at most 10 MB.' });
    expect(uploads.ready).toEqual([]);
  });

  it('cancels an upload and forgets it, whatever the server answers later', async () => {
    const { uploads, calls } = setup();
    uploads.add([file('a.pdf')]);
    uploads.remove(uploads.items[0].key);
    expect(calls[0].signal.aborted).toBe(true);
    calls[0].resolve(dto('1', 'a.pdf'));
    await flush();
    expect(uploads.items).toEqual([]);
    expect(uploads.ready).toEqual([]);
  });
});
