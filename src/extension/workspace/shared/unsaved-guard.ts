/**
 * Unsaved edits that something taking the user elsewhere must ask about (spec §3.6: clicking a
 * new-session pop-up "asks to save unsaved edits and aborts if declined"). Editors register while
 * they hold a change that is not saved yet; whoever navigates away asks `confirmLeave`. DOM-free:
 * the question is asked through the function the caller passes.
 */
import type { Disposable } from '../../common/disposable';

export interface UnsavedEdit {
  /** What is being edited, for the question: "the session name". */
  readonly what: string;
  /** Whether the editor holds a change it has not saved. */
  hasUnsavedChanges(): boolean;
  /** Drops the change (the user chose to discard it). */
  discard(): void;
}

export const DISCARD_QUESTION = 'Discard your unsaved changes?';

export class UnsavedGuard {
  private readonly edits = new Set<UnsavedEdit>();

  /** An editor registers for as long as it is shown; the returned Disposable unregisters it. */
  register(edit: UnsavedEdit): Disposable {
    this.edits.add(edit);
    return { dispose: () => void this.edits.delete(edit) };
  }

  /** The registered edits that hold a change right now. */
  pending(): UnsavedEdit[] {
    return [...this.edits].filter((edit) => edit.hasUnsavedChanges());
  }

  /** The explanation under the question: what would be lost. */
  describe(pending: readonly UnsavedEdit[] = this.pending()): string {
    const whats = [...new Set(pending.map((edit) => edit.what))];
    if (whats.length === 0) return '';
    const list = whats.length === 1 ? whats[0] : `${whats.slice(0, -1).join(', ')} and ${whats[whats.length - 1]}`;
    return `You have changed ${list} without saving. Leaving now loses the change.`;
  }

  /**
   * True when the user may go on: nothing is unsaved, or `ask` got a yes (the changes are then
   * discarded). False when the user declined: the caller stays where it is.
   */
  async confirmLeave(ask: (question: string, details: string) => Promise<boolean>): Promise<boolean> {
    const pending = this.pending();
    if (pending.length === 0) return true;
    if (!(await ask(DISCARD_QUESTION, this.describe(pending)))) return false;
    for (const edit of pending) edit.discard();
    return true;
  }
}

/** The one guard of the workspace bundle: every screen and the pop-ups share it. */
export const unsavedGuard = new UnsavedGuard();
