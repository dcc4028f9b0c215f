/**
 * The bytes of attachments whose records are gone (a deleted live chat, uploads never sent):
 * deleted from the host's file store after the change that dropped them has committed. Best
 * effort: a failure is logged and leaves only unreferenced bytes behind.
 */
import { inject, injectable } from 'inversify';
import { HostFiles, HostLogger } from '../kernel/host-services';

@injectable()
export class AttachmentFiles {
  constructor(
    @inject(HostFiles) private readonly files: HostFiles,
    @inject(HostLogger) private readonly logger: HostLogger,
  ) {}

  /** Deletes the files; `of` says whose they were, for the log. Never throws. */
  async discard(fileIds: readonly string[], of: string): Promise<void> {
    if (fileIds.length === 0) return;
    try {
      await this.files.delete(fileIds);
    } catch (error) {
      this.logger.error(`deleting the files of ${of} failed`, { files: fileIds.length, error: String(error) });
    }
  }
}
