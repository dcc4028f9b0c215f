/**
 * Saving one tab of a live chat's settings (Settings, Routing), each with its own Save: whether a
 * save is on its way, what went wrong, whether the tab's edits are saved; and the save itself,
 * whose answer becomes the tab's live chat before the page hears of it (LineSaveEvent). It needs
 * none of the element's lifecycle, only to have it render again when its state moves.
 */
import type { ReactiveControllerHost } from 'lit';
import type { LineDto, UpdateLineBody } from '../../common/api';
import type { ApiClient } from '../services/api-client';
import { errorMessage } from '../services/api-error';
import { LineSaveEvent } from './line-events';

export class LineSaveController {
  saving = false;
  /** Why the last save was refused; the tab may clear it. */
  error = '';
  /** The last save went through and nothing was edited since. */
  saved = false;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly api: () => ApiClient,
  ) {}

  /** An edit, or another live chat: what the last save said no longer applies. */
  clear(): void {
    this.error = '';
    this.saved = false;
    this.host.requestUpdate();
  }

  /**
   * Sends `body` for `line` unless a save is on its way; `apply` takes the saved live chat into the
   * tab. A refusal shows as `error`, unless `placeRefusal` shows it somewhere of its own (true).
   * Resolves with whether the live chat was saved.
   */
  async save(line: LineDto, body: UpdateLineBody, apply: (updated: LineDto) => void, placeRefusal?: (error: unknown) => boolean): Promise<boolean> {
    if (this.saving) return false;
    this.saving = true;
    this.error = '';
    this.host.requestUpdate();
    try {
      const updated = await this.api().updateLine(line.id, body);
      apply(updated);
      this.saved = true;
      this.host.dispatchEvent(new LineSaveEvent(updated, false));
      return true;
    } catch (error) {
      if (!placeRefusal?.(error)) this.error = errorMessage(error);
      return false;
    } finally {
      this.saving = false;
      this.host.requestUpdate();
    }
  }
}
