/**
 * The files being attached to the next message, DOM-free: each is checked against the settings
 * before it is sent (too large, a type not allowed, one too many), uploaded with its progress,
 * cancelled or removed by the user, and handed to the message once uploaded. A file the server
 * refuses keeps the server's reason.
 */
import { BehaviorSubject, type Observable } from 'rxjs';
import { type AttachmentDto, attachmentProblem, ATTACHMENTS_PER_MESSAGE_MAX, UNKNOWN_CONTENT_TYPE } from '../../common/attachments-api';
import type { LiveChatsSettings } from '../../common/settings';
import { errorMessage } from '../services/api-error';

/** What the model needs of a browser File. */
export interface FileLike {
  name: string;
  size: number;
  type: string;
}

export interface UploadItem {
  key: string;
  name: string;
  size: number;
  status: 'uploading' | 'done' | 'failed';
  /** 0…1 while uploading. */
  progress: number;
  error?: string;
  /** Set once the server stored the file. */
  attachment?: AttachmentDto;
}

export type UploadFunction<F extends FileLike> = (file: F, onProgress: (fraction: number) => void, signal: AbortSignal) => Promise<AttachmentDto>;

export class AttachmentUploads<F extends FileLike = FileLike> {
  private readonly itemsSubject = new BehaviorSubject<UploadItem[]>([]);
  private readonly aborts = new Map<string, AbortController>();
  private counter = 0;

  readonly items$: Observable<UploadItem[]> = this.itemsSubject.asObservable();

  constructor(
    private readonly upload: UploadFunction<F>,
    /** The limits to check before uploading; undefined until known (the server still checks). */
    private readonly settings: () => Pick<LiveChatsSettings, 'attachmentMaxMb' | 'attachmentTypes'> | undefined,
  ) {}

  get items(): UploadItem[] {
    return this.itemsSubject.value;
  }

  /** Files still on their way: the message waits for them. */
  get busy(): boolean {
    return this.items.some((item) => item.status === 'uploading');
  }

  /** The uploaded files, in the order they were added. */
  get ready(): AttachmentDto[] {
    return this.items.flatMap((item) => (item.attachment ? [item.attachment] : []));
  }

  /** Starts uploading the files that pass the checks; the others show why they cannot go. */
  add(files: readonly F[]): void {
    const added: UploadItem[] = [];
    const starts: [UploadItem, F][] = [];
    let taken = this.items.filter((item) => item.status !== 'failed').length;
    const settings = this.settings();
    for (const file of files) {
      const item: UploadItem = { key: `upload-${++this.counter}`, name: file.name || 'file', size: file.size, status: 'uploading', progress: 0 };
      const problem =
        taken >= ATTACHMENTS_PER_MESSAGE_MAX
          ? `At most ${ATTACHMENTS_PER_MESSAGE_MAX} files go with one message.`
          : settings && attachmentProblem({ size: file.size, contentType: file.type || UNKNOWN_CONTENT_TYPE }, settings)?.message;
      if (problem) {
        added.push({ ...item, status: 'failed', error: problem });
        continue;
      }
      taken++;
      added.push(item);
      starts.push([item, file]);
    }
    this.set([...this.items, ...added]);
    for (const [item, file] of starts) void this.start(item.key, file);
  }

  /** Stops an upload, or drops a file from the message. */
  remove(key: string): void {
    this.aborts.get(key)?.abort();
    this.aborts.delete(key);
    this.set(this.items.filter((item) => item.key !== key));
  }

  /** The uploaded files for the message being sent; the list is empty afterwards. */
  take(): AttachmentDto[] {
    const ready = this.ready;
    this.clear();
    return ready;
  }

  clear(): void {
    for (const abort of this.aborts.values()) abort.abort();
    this.aborts.clear();
    this.set([]);
  }

  private async start(key: string, file: F): Promise<void> {
    const abort = new AbortController();
    this.aborts.set(key, abort);
    try {
      const attachment = await this.upload(file, (fraction) => this.patch(key, { progress: Math.max(0, Math.min(1, fraction)) }), abort.signal);
      if (!abort.signal.aborted) this.patch(key, { status: 'done', progress: 1, attachment });
    } catch (error) {
      if (!abort.signal.aborted) this.patch(key, { status: 'failed', error: errorMessage(error) });
    } finally {
      if (this.aborts.get(key) === abort) this.aborts.delete(key);
    }
  }

  private patch(key: string, change: Partial<UploadItem>): void {
    if (this.items.some((item) => item.key === key)) this.set(this.items.map((item) => (item.key === key ? { ...item, ...change } : item)));
  }

  private set(items: UploadItem[]): void {
    this.itemsSubject.next(items);
  }
}
