/**
 * The session the workspace shows right now, for what happens outside the screen (the sound of a
 * client's message is not played for the session the user is reading). DOM-free, one per page.
 */
import type { Disposable } from '../../common/disposable';

export class OpenSession {
  private shown?: { id: string };

  /** The session is on screen until the returned Disposable is disposed (or another is shown). */
  show(id: string): Disposable {
    const entry = { id };
    this.shown = entry;
    return { dispose: () => void (this.shown === entry && (this.shown = undefined)) };
  }

  get id(): string | undefined {
    return this.shown?.id;
  }
}

export const openSession = new OpenSession();
