/**
 * The change button of the Operator row in About the session, and the list it opens: the live
 * chat's operators with a status dot, Online/Offline and their load, fetched fresh on every
 * opening (statuses and loads move). Arrow keys move, Enter chooses, Escape closes and gives the
 * focus back to the button. Fires `lc-operator-pick`.
 */
import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { DEFAULT_SETTINGS } from '../../common/settings';
import type { OperatorDto } from '../../common/routing-api';
import type { ApiClient } from '../services/api-client';
import { errorMessage } from '../services/api-error';
import { apiClientContext } from '../services/contexts';
import { pencilIcon } from '../shared/icons';
import { PopupController } from '../shared/popup-controller';
import { popupSearchBox } from '../shared/popup-search-box';
import { popupStyles } from '../shared/popup.styles';
import { buttons, fields, tokens } from '../shared/ui.styles';
import { OperatorPickEvent } from './desk-events';
import { emptyText, nextChoosable, operatorChoices, pickerNote, type OperatorChoice } from './operator-picker-model';
import { operatorPickerStyles } from './operator-picker.styles';

/** With more operators than this, the list gets a search box. */
const SEARCH_FROM = 7;

let nextId = 0;

export class OperatorPickerElement extends LitElement {
  static override styles = [tokens, buttons, fields, popupStyles, operatorPickerStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  @consume({ context: apiClientContext }) private api!: ApiClient;

  @property() lineId = '';
  /** The session's operator now: listed, but not offered. */
  @property() currentOperatorId = '';
  @property() label = 'Change operator';
  @property({ type: Boolean }) disabled = false;
  /** Why the button is off, as its tooltip; the label while it is on. */
  @property() reason = '';

  @state() private open = false;
  @state() private operators?: OperatorDto[];
  @state() private onlyOnline = false;
  @state() private error = '';
  @state() private text = '';
  @state() private active = -1;
  @state() private position = { top: 0, right: 0, up: false };

  @query('.trigger') private trigger!: HTMLButtonElement;
  @query('.search') private search?: HTMLInputElement;
  @query('[role="listbox"]') private listbox?: HTMLElement;

  private readonly uid = `op${++nextId}`;
  private ticket = 0;
  private readonly popup = new PopupController(this, {
    close: (focusButton) => this.close(focusButton),
    place: () => this.place(),
    scroller: () => this.listbox,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('disabled') && this.disabled) this.close(false);
  }

  /** Opens the list and loads the operators with the reassignment setting. */
  async show(): Promise<void> {
    if (this.disabled) return;
    this.open = true;
    this.text = '';
    this.error = '';
    this.operators = undefined;
    this.active = -1;
    this.place();
    this.popup.follow();
    await this.updateComplete;
    this.listbox?.focus();
    await this.load();
  }

  close(focusButton = true): void {
    if (!this.open) return;
    this.open = false;
    this.ticket++;
    this.popup.unfollow();
    if (focusButton) this.trigger?.focus();
  }

  private async load(): Promise<void> {
    const ticket = ++this.ticket;
    try {
      const [operators, settings] = await Promise.all([
        this.api.listOperators(this.lineId),
        // Without the setting the server still refuses an Offline target; the list just shows everyone.
        this.api.getSettings().catch(() => DEFAULT_SETTINGS),
      ]);
      if (ticket !== this.ticket) return;
      this.operators = operators;
      this.onlyOnline = settings.reassignOnlyOnline;
      this.active = nextChoosable(this.choices, -1, 1);
      await this.updateComplete;
      if (this.operators.length > SEARCH_FROM) this.search?.focus();
      else this.listbox?.focus();
    } catch (error) {
      if (ticket !== this.ticket) return;
      this.operators = [];
      this.error = errorMessage(error);
    }
  }

  private get choices(): OperatorChoice[] {
    return operatorChoices(this.operators ?? [], { onlyOnline: this.onlyOnline, currentOperatorId: this.currentOperatorId, query: this.text });
  }

  /** The list is fixed to the window, so the scrolling panel around the button does not cut it off. */
  private place(): void {
    const button = this.trigger?.getBoundingClientRect();
    if (!button) return;
    const below = window.innerHeight - button.bottom;
    const up = below < 320 && button.top > below;
    this.position = { top: up ? button.top - 4 : button.bottom + 4, right: Math.max(8, window.innerWidth - button.right), up };
  }

  override render() {
    const listId = `${this.uid}-list`;
    const { top, right, up } = this.position;
    const style = up ? `bottom:${window.innerHeight - top}px;right:${right}px` : `top:${top}px;right:${right}px`;
    return html`<div class="wrap" @focusout=${this.popup.onFocusOut} @keydown=${this.onKeyDown}>
      <button
        class="trigger btn subtle icon"
        type="button"
        aria-label=${this.label}
        title=${this.disabled && this.reason ? this.reason : this.label}
        aria-haspopup="listbox"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls=${listId}
        ?disabled=${this.disabled}
        @click=${() => (this.open ? this.close() : void this.show())}
      >
        ${pencilIcon}
      </button>
      <div class="popup" style=${style} ?hidden=${!this.open} data-testid="operator-picker">
        <div class="popup-head">Assign to an operator</div>
        ${this.renderBody(listId)}
      </div>
    </div>`;
  }

  private renderBody(listId: string) {
    if (!this.open) return nothing;
    const operators = this.operators;
    const note = operators ? pickerNote(operators, this.onlyOnline) : undefined;
    const choices = this.choices;
    const activeId = this.active >= 0 && this.active < choices.length ? `${this.uid}-o${this.active}` : undefined;
    return html`
      ${note ? html`<p class="note" data-testid="operator-picker-note">${note}</p>` : nothing}
      ${operators && operators.length > SEARCH_FROM
        ? popupSearchBox({
            label: 'Find an operator',
            placeholder: 'Find an operator',
            expanded: true,
            listId,
            activeId,
            value: this.text,
            onInput: (text) => {
              this.text = text;
              this.active = nextChoosable(this.choices, -1, 1);
            },
          })
        : nothing}
      <ul role="listbox" id=${listId} tabindex="-1" aria-label="Operators" aria-activedescendant=${activeId ?? nothing} aria-busy=${operators ? 'false' : 'true'}>
        ${operators === undefined
          ? html`<li class="empty" role="presentation">Loading operators…</li>`
          : choices.length === 0
            ? html`<li class="empty" role="presentation">${this.error || emptyText(operators, this.onlyOnline, this.text)}</li>`
            : choices.map((choice, index) => this.renderChoice(choice, index))}
      </ul>
    `;
  }

  private renderChoice(choice: OperatorChoice, index: number) {
    return html`<li
      id="${this.uid}-o${index}"
      role="option"
      aria-selected=${index === this.active ? 'true' : 'false'}
      aria-disabled=${choice.unavailable ? 'true' : 'false'}
      ?data-active=${index === this.active}
      data-testid="operator-choice"
      data-user-id=${choice.userId}
      @mousedown=${(event: Event) => event.preventDefault()}
      @mousemove=${() => !choice.unavailable && (this.active = index)}
      @click=${() => this.pick(choice)}
    >
      <span class="dot ${choice.online ? 'online' : 'offline'}" aria-hidden="true"></span>
      <span class="who">
        <span class="name">${choice.name}</span>
        <span class="meta"
          ><span class="status ${choice.online ? 'online' : 'offline'}">${choice.statusText}</span> ·
          <span aria-label=${choice.loadLabel}>${choice.loadText}</span></span
        >
      </span>
      ${choice.unavailable ? html`<span class="tag">${choice.unavailable}</span>` : nothing}
    </li>`;
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (!this.open) return;
    const choices = this.choices;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        this.active = nextChoosable(choices, this.active, event.key === 'ArrowDown' ? 1 : -1);
        void this.updateComplete.then(() => this.renderRoot.querySelector('[data-active]')?.scrollIntoView({ block: 'nearest' }));
        break;
      case 'Enter':
        if (this.active >= 0 && choices[this.active]) {
          event.preventDefault();
          this.pick(choices[this.active]);
        }
        break;
      default:
        this.popup.closingKey(event);
    }
  }

  private pick(choice: OperatorChoice): void {
    if (choice.unavailable) return;
    this.close();
    this.dispatchEvent(new OperatorPickEvent(choice.userId, choice.name));
  }
}
