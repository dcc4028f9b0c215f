/**
 * The menu of one message (Copy text, Quote, Edit), opened by a right-click where the pointer
 * is, or by the message's "…" button, the context-menu key or Shift+F10 under the message. One
 * menu serves the whole list. Arrow keys move, Enter picks, Escape, Tab or a click elsewhere
 * closes it and gives the focus back to where it was.
 */
import { html, LitElement, nothing } from 'lit';
import { queryAll, state } from 'lit/decorators.js';
import { moveActive } from '../shared/group-picker-model';
import { pickerMenuStyles } from '../shared/picker-menu.styles';
import { popupStyles } from '../shared/popup.styles';
import { tokens } from '../shared/ui.styles';
import { messageMenuStyles } from './message-menu.styles';

export interface MessageMenuItem {
  value: string;
  label: string;
}

export interface MessageMenuRequest {
  items: MessageMenuItem[];
  /** Window coordinates of the menu's top-left corner (it is moved to stay inside the window). */
  x: number;
  y: number;
  /** Gets the focus back when the menu closes without a pick. */
  returnFocus?: HTMLElement;
  pick: (value: string) => void;
}

export class MessageMenuElement extends LitElement {
  static override styles = [tokens, popupStyles, pickerMenuStyles, messageMenuStyles];

  @state() private request?: MessageMenuRequest;
  @state() private place = { x: 0, y: 0 };
  @state() private active = 0;

  @queryAll('[role="menuitem"]') private menuItems!: NodeListOf<HTMLButtonElement>;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('pointerdown', this.onOutside, true);
    window.addEventListener('resize', this.onDismiss);
  }

  override disconnectedCallback(): void {
    document.removeEventListener('pointerdown', this.onOutside, true);
    window.removeEventListener('resize', this.onDismiss);
    super.disconnectedCallback();
  }

  get isOpen(): boolean {
    return this.request !== undefined;
  }

  async show(request: MessageMenuRequest): Promise<void> {
    this.request = request;
    this.active = 0;
    this.place = { x: request.x, y: request.y };
    await this.updateComplete;
    const box = this.renderRoot.querySelector('.popup')?.getBoundingClientRect();
    if (box) {
      this.place = {
        x: Math.max(4, Math.min(request.x, window.innerWidth - box.width - 4)),
        y: request.y + box.height > window.innerHeight - 4 ? Math.max(4, request.y - box.height) : request.y,
      };
    }
    await this.updateComplete;
    this.menuItems[0]?.focus();
  }

  close(focusBack = true): void {
    const request = this.request;
    if (!request) return;
    this.request = undefined;
    if (focusBack) request.returnFocus?.focus();
  }

  private readonly onOutside = (event: Event): void => {
    if (this.request && !event.composedPath().includes(this)) this.close(false);
  };

  private readonly onDismiss = (): void => this.close(false);

  override render() {
    const request = this.request;
    if (!request) return nothing;
    return html`<div
      class="popup"
      role="menu"
      aria-label="Message actions"
      data-testid="message-menu"
      style="left:${this.place.x}px;top:${this.place.y}px"
      @keydown=${this.onKeyDown}
      @focusout=${(event: FocusEvent) => {
        if (!this.renderRoot.contains(event.relatedTarget as Node | null)) this.close(false);
      }}
    >
      ${request.items.map(
        (item, index) => html`<button
          type="button"
          role="menuitem"
          tabindex=${index === this.active ? '0' : '-1'}
          data-value=${item.value}
          @click=${() => this.pick(item.value)}
        >
          <span class="item-label">${item.label}</span>
        </button>`,
      )}
    </div>`;
  }

  private pick(value: string): void {
    const request = this.request;
    this.close(false);
    request?.pick(value);
  }

  private onKeyDown(event: KeyboardEvent): void {
    const count = this.request?.items.length ?? 0;
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };
    if (event.key in moves) this.active = moveActive(this.active, moves[event.key], count);
    else if (event.key === 'Home') this.active = 0;
    else if (event.key === 'End') this.active = count - 1;
    else if (event.key === 'Escape') return (event.preventDefault(), event.stopPropagation(), this.close());
    else if (event.key === 'Tab') return this.close();
    else return;
    event.preventDefault();
    this.menuItems[this.active]?.focus();
  }
}
