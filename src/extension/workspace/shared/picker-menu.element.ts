/**
 * A button that opens a menu of choices: with `searchable`, a search box over a listbox (the
 * variable and process pickers); without, a plain menu (f(x), "…"). Arrow keys move, Enter
 * picks, Escape closes and gives the focus back to the button. Fires `lc-menu-pick`.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, queryAll, state } from 'lit/decorators.js';
import { moveActive } from './group-picker-model';
import { filterPickerItems, type PickerItem } from './picker-menu-model';
import { pickerMenuStyles } from './picker-menu.styles';
import { PopupController } from './popup-controller';
import { popupSearchBox } from './popup-search-box';
import { popupStyles } from './popup.styles';
import { buttons, fields, tokens } from './ui.styles';

export type { PickerItem };

export class MenuPickEvent extends Event {
  static readonly type = 'lc-menu-pick';

  constructor(readonly value: string) {
    super(MenuPickEvent.type, { bubbles: true, composed: true });
  }
}

let nextId = 0;

export class PickerMenuElement extends LitElement {
  static override styles = [tokens, buttons, fields, popupStyles, pickerMenuStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** The accessible name of the button and of the menu. */
  @property() label = '';
  /** What the button shows (or the \`button\` slot); the label when empty. */
  @property() buttonText = '';
  @property() buttonClass = 'btn';
  @property() heading = '';
  @property({ type: Boolean }) searchable = false;
  @property() searchPlaceholder = 'Search…';
  @property() emptyText = 'Nothing found';
  @property({ type: Boolean }) disabled = false;
  /** Why the button is off, as its tooltip; the label while it is on. */
  @property() reason = '';
  /** Which edge of the button the menu lines up with. */
  @property() align: 'start' | 'end' = 'start';
  /**
   * The menu is fixed to the window instead of the button's box, for buttons inside a scrolling
   * panel (About the session) that would cut the menu off.
   */
  @property({ type: Boolean }) floating = false;
  @property({ attribute: false }) items: PickerItem[] = [];

  @state() private open = false;
  @state() private text = '';
  @state() private active = -1;
  @state() private upwards = false;
  @state() private floatStyle = '';

  @query('.trigger') private trigger!: HTMLButtonElement;
  @query('input.search') private search?: HTMLInputElement;
  @queryAll('[role="menuitem"]') private menuItems!: NodeListOf<HTMLButtonElement>;

  private readonly uid = `pm${++nextId}`;
  private readonly popup = new PopupController(this, {
    close: (focusButton) => this.close(focusButton),
    place: () => this.float(),
    scroller: () => this.renderRoot.querySelector('.popup'),
  });

  /** Opens the menu (and moves the focus into it). */
  async show(): Promise<void> {
    if (this.disabled) return;
    this.open = true;
    this.text = '';
    this.active = this.items.length > 0 ? 0 : -1;
    this.upwards = false;
    await this.updateComplete;
    this.upwards = this.opensUpwards();
    if (this.floating) {
      this.float();
      this.popup.follow();
    }
    await this.updateComplete;
    if (this.searchable) this.search?.focus();
    else this.menuItems[0]?.focus();
  }

  /** Whether the menu fits below the button in the window; if not, and there is more room above, it opens upwards. */
  private opensUpwards(): boolean {
    const popup = this.renderRoot.querySelector<HTMLElement>('.popup');
    if (!popup || !this.trigger) return false;
    const button = this.trigger.getBoundingClientRect();
    const height = popup.getBoundingClientRect().height;
    const below = window.innerHeight - button.bottom;
    return below < height + 8 && button.top > below;
  }

  /** Where a floating menu goes: under (or over) the button, lined up with its edge, in window coordinates. */
  private float(): void {
    const button = this.trigger?.getBoundingClientRect();
    if (!button) return;
    const vertical = this.upwards ? `bottom:${window.innerHeight - button.top + 4}px` : `top:${button.bottom + 4}px`;
    const horizontal = this.align === 'end' ? `right:${window.innerWidth - button.right}px` : `left:${button.left}px`;
    this.floatStyle = `position:fixed;${vertical};${horizontal}`;
  }

  close(focusButton = true): void {
    if (!this.open) return;
    this.popup.unfollow();
    this.open = false;
    this.active = -1;
    if (focusButton) this.trigger?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('disabled') && this.disabled) this.open = false;
  }

  private get shown(): PickerItem[] {
    return this.searchable ? filterPickerItems(this.items, this.text) : this.items;
  }

  override render() {
    const listId = `${this.uid}-list`;
    return html`
      <div class="wrap" @focusout=${this.popup.onFocusOut} @keydown=${this.onKeyDown}>
        <button
          class="trigger ${this.buttonClass}"
          type="button"
          aria-label=${this.buttonText === this.label ? nothing : this.label}
          title=${this.disabled && this.reason ? this.reason : this.label}
          aria-haspopup=${this.searchable ? 'listbox' : 'menu'}
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls=${listId}
          ?disabled=${this.disabled}
          @click=${() => (this.open ? this.close() : void this.show())}
        >
          <slot name="button">${this.buttonText || this.label}</slot>
        </button>
        <div class="popup ${this.align} ${this.upwards ? 'up' : ''}" style=${this.floating && this.open ? this.floatStyle : ''} ?hidden=${!this.open}>
          ${this.heading ? html`<div class="popup-head">${this.heading}</div>` : nothing}
          ${this.searchable ? this.renderSearchable(listId) : this.renderMenu(listId)}
        </div>
      </div>
    `;
  }

  private renderSearchable(listId: string) {
    const shown = this.shown;
    const activeId = this.active >= 0 && this.active < shown.length ? `${this.uid}-o${this.active}` : undefined;
    return html`
      ${popupSearchBox({
        label: `Search: ${this.label}`,
        placeholder: this.searchPlaceholder,
        expanded: this.open,
        listId,
        activeId,
        value: this.text,
        onInput: (text) => {
          this.text = text;
          this.active = this.shown.length > 0 ? 0 : -1;
        },
      })}
      <ul role="listbox" id=${listId} aria-label=${this.label}>
        ${shown.length === 0
          ? html`<li class="empty" role="presentation">${this.emptyText}</li>`
          : shown.map(
              (item, index) => html`<li
                id="${this.uid}-o${index}"
                role="option"
                aria-selected=${index === this.active ? 'true' : 'false'}
                aria-disabled=${item.disabled ? 'true' : nothing}
                ?data-active=${index === this.active}
                data-value=${item.value}
                @mousedown=${(event: Event) => event.preventDefault()}
                @mousemove=${() => (this.active = index)}
                @click=${() => this.pick(item.value)}
              >
                <span class="item-label">${item.label}</span>
                ${item.detail ? html`<span class="item-detail">${item.detail}</span>` : nothing}
              </li>`,
            )}
      </ul>
    `;
  }

  private renderMenu(listId: string) {
    return html`<div role="menu" id=${listId} aria-label=${this.label}>
      ${this.items.length === 0
        ? html`<div class="empty" role="presentation">${this.emptyText}</div>`
        : this.items.map(
            (item, index) => html`<button
              type="button"
              role="menuitem"
              tabindex=${index === Math.max(0, this.active) ? '0' : '-1'}
              aria-disabled=${item.disabled ? 'true' : nothing}
              data-value=${item.value}
              @click=${() => this.pick(item.value)}
            >
              <span class="item-label">${item.label}</span>
              ${item.detail ? html`<span class="item-detail">${item.detail}</span>` : nothing}
            </button>`,
          )}
    </div>`;
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (!this.open) return;
    const count = this.shown.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        this.active = moveActive(this.active, event.key === 'ArrowDown' ? 1 : -1, count);
        if (!this.searchable) this.menuItems[this.active]?.focus();
        break;
      case 'Home':
      case 'End':
        if (this.searchable) break;
        event.preventDefault();
        this.active = event.key === 'Home' ? 0 : count - 1;
        this.menuItems[this.active]?.focus();
        break;
      case 'Enter':
        if (this.searchable && this.active >= 0 && this.shown[this.active]) {
          event.preventDefault();
          this.pick(this.shown[this.active].value);
        }
        break;
      default:
        this.popup.closingKey(event);
    }
  }

  private pick(value: string): void {
    if (this.items.find((item) => item.value === value)?.disabled) return;
    this.close();
    this.dispatchEvent(new MenuPickEvent(value));
  }
}
