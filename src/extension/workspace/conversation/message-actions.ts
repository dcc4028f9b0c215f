/**
 * What a person does with one message of the list (spec §5.2): the menu (Copy text, Quote,
 * Edit) by right-click, by the message's "…" button, or by the context-menu key / Shift+F10
 * on a focused message; arrow keys move between messages (one tab stop for the whole log).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MessageDto } from '../../common/api';
import { MessageActionEvent } from './conversation-events';
import { isSystemMessage } from './conversation-model';
import type { MessageMenuElement, MessageMenuItem } from './message-menu';

export interface MessageActionsHost extends ReactiveControllerHost, HTMLElement {
  readonly canQuote: boolean;
  readonly canEdit?: (message: MessageDto) => boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The menu's choices for a message: copying always; quoting and editing where allowed. */
export function menuItems(message: MessageDto, canQuote: boolean, canEdit: boolean): MessageMenuItem[] {
  const items: MessageMenuItem[] = [{ value: 'copy', label: 'Copy text' }];
  if (canQuote && !isSystemMessage(message)) items.push({ value: 'quote', label: 'Quote' });
  if (canEdit) items.push({ value: 'edit', label: 'Edit' });
  return items;
}

export class MessageActions implements ReactiveController {
  /** The message that holds the log's tab stop. */
  focusedSeq?: number;
  /** Says "Copied" for a moment. */
  status = '';
  private statusTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: MessageActionsHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.statusTimer);
  }

  private get menu(): MessageMenuElement | null {
    return this.host.renderRoot.querySelector('lc-message-menu');
  }

  private row(seq: number): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(`[data-testid="message"][data-seq="${seq}"]`);
  }

  open(message: MessageDto, x: number, y: number, returnFocus?: HTMLElement): void {
    const items = menuItems(message, this.host.canQuote, this.host.canEdit?.(message) ?? false);
    void this.menu?.show({ items, x, y, returnFocus: returnFocus ?? this.row(message.seq) ?? undefined, pick: (value) => this.pick(value, message) });
  }

  /** Right-click: the menu where the pointer is (text selection keeps the browser's own menu). */
  onContextMenu(event: MouseEvent, message: MessageDto): void {
    if (String(getSelection()?.toString() ?? '').length > 0) return;
    event.preventDefault();
    this.focusedSeq = message.seq;
    this.open(message, event.clientX, event.clientY);
  }

  onMoreClick(event: MouseEvent, message: MessageDto): void {
    const button = event.currentTarget as HTMLElement;
    const box = button.getBoundingClientRect();
    this.focusedSeq = message.seq;
    this.open(message, box.left, box.bottom + 4, button);
  }

  /** Keys on a message: the menu keys open its menu; arrows, Home and End move between messages. */
  onKeyDown(event: KeyboardEvent, message: MessageDto, messages: readonly MessageDto[]): void {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
      event.preventDefault();
      const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
      this.open(message, box.left + 16, box.top + Math.min(box.height, 40));
      return;
    }
    const index = messages.indexOf(message);
    const target = { ArrowUp: index - 1, ArrowDown: index + 1, Home: 0, End: messages.length - 1 }[event.key];
    if (target === undefined || target < 0 || target >= messages.length) return;
    event.preventDefault();
    this.focusedSeq = messages[target].seq;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.row(messages[target].seq)?.focus());
  }

  private pick(value: string, message: MessageDto): void {
    if (value === 'copy') void this.copy(message.body);
    else if (value === 'quote' || value === 'edit') this.host.dispatchEvent(new MessageActionEvent(value, message));
  }

  private async copy(text: string): Promise<void> {
    let copied = false;
    try {
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch {
      // No clipboard permission (an insecure page, an old browser): the selection way.
      const area = document.createElement('textarea');
      area.value = text;
      area.style.cssText = 'position:fixed;opacity:0';
      document.body.append(area);
      area.select();
      copied = document.execCommand('copy');
      area.remove();
    }
    this.say(copied ? 'Copied to the clipboard.' : 'The text could not be copied.');
    this.row(this.focusedSeq ?? -1)?.focus();
  }

  private say(text: string): void {
    clearTimeout(this.statusTimer);
    this.status = text;
    this.host.requestUpdate();
    this.statusTimer = setTimeout(() => {
      this.status = '';
      this.host.requestUpdate();
    }, 2500);
  }
}
