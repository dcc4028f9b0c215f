/**
 * The composer's rules, DOM-free: what a key press does under the global "Message sending method"
 * (spec §2.9), the hint that says so, and the drafts kept per user and conversation so that
 * unsent text and a pending quote survive navigation and reloads (spec §5.2), and when an edit of a
 * sent message is unsaved.
 */
import type { MessageQuote } from '../../common/message';
import type { SendMethod } from '../../common/settings';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /** An IME is composing: Enter confirms the composition, it sends nothing. */
  isComposing: boolean;
}

/** `send`: the key sends; `none`: the textarea does what it always does (a new line for Enter). */
export function keyAction(method: SendMethod, press: KeyPress): 'send' | 'none' {
  if (press.key !== 'Enter' || press.isComposing || press.altKey) return 'none';
  const modified = press.ctrlKey || press.metaKey;
  switch (method) {
    case 'ctrlEnter':
      return modified ? 'send' : 'none';
    case 'enter':
      return modified || press.shiftKey ? 'none' : 'send';
    case 'icon':
      return 'none';
  }
}

/** The composer's hint under the text. */
export function sendHint(method: SendMethod, mac: boolean): string {
  switch (method) {
    case 'ctrlEnter':
      return `${mac ? '⌘' : 'Ctrl'}+Enter to send, Enter for a new line`;
    case 'enter':
      return 'Enter to send, Shift+Enter for a new line';
    case 'icon':
      return 'Press Send to send; Enter starts a new line';
  }
}

export interface Draft {
  text: string;
  quote?: MessageQuote;
}

/** The part of `Storage` drafts need (localStorage in the browser, a Map in tests). */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX = 'lc-draft:';

/** Unsent text per user and conversation; an empty draft is no draft. Storage failures (private mode, quota) lose only the draft. */
export class DraftStore {
  constructor(private readonly storage: DraftStorage | undefined) {}

  static key(userId: string, conversation: string): string {
    return `${PREFIX}${userId}:${conversation}`;
  }

  load(key: string): Draft {
    try {
      const raw = key ? this.storage?.getItem(key) : null;
      if (!raw) return { text: '' };
      const parsed = JSON.parse(raw) as Partial<Draft>;
      return { text: typeof parsed.text === 'string' ? parsed.text : '', ...(parsed.quote ? { quote: parsed.quote } : {}) };
    } catch {
      return { text: '' };
    }
  }

  save(key: string, draft: Draft): void {
    if (!key) return;
    try {
      if (draft.text.length === 0 && !draft.quote) this.storage?.removeItem(key);
      else this.storage?.setItem(key, JSON.stringify(draft));
    } catch {
      // The draft stays on screen; only its copy for later is lost.
    }
  }

  clear(key: string): void {
    this.save(key, { text: '' });
  }
}

/** Whether an edit of a sent message holds text that differs from the message (an unsaved edit). */
export function editChanged(editing: { readonly body: string } | undefined, text: string): boolean {
  return editing !== undefined && text.trim() !== editing.body;
}

/** The first characters of a quoted text, on one line. */
export function quoteExcerpt(body: string, max = 140): string {
  const line = body.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
