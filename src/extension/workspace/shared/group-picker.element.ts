/**
 * A multi-select of user groups: chosen groups as removable chips and a combobox that filters the
 * remaining ones. Fires `lc-groups-change` when the user adds or removes a group.
 */
import type { HostGroup } from '@elma365/sdk-types';
import { html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { tokens, fields, badges } from './ui.styles';
import { groupPickerStyles } from './group-picker.styles';
import { groupOptions, moveActive, selectedGroups } from './group-picker-model';

export class GroupsChangeEvent extends Event {
  static readonly type = 'lc-groups-change';

  constructor(readonly value: string[]) {
    super(GroupsChangeEvent.type, { bubbles: true, composed: true });
  }
}

let nextId = 0;

export class GroupPickerElement extends LitElement {
  static override styles = [tokens, fields, badges, groupPickerStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  @property() label = '';
  @property() hint = '';
  @property() placeholder = 'Choose groups…';
  @property({ type: Boolean }) required = false;
  @property({ type: Boolean }) disabled = false;
  @property({ attribute: false }) groups: HostGroup[] = [];
  @property({ attribute: false }) value: string[] = [];

  @state() private open = false;
  @state() private text = '';
  @state() private active = -1;

  @query('input.query') private input!: HTMLInputElement;

  private readonly uid = `gp${++nextId}`;

  override render() {
    const chosen = selectedGroups(this.groups, this.value);
    const options = groupOptions(this.groups, this.value, this.text);
    const listId = `${this.uid}-list`;
    const activeId = this.open && this.active >= 0 && this.active < options.length ? `${this.uid}-o${this.active}` : undefined;
    return html`
      <div class="field" @focusout=${this.onFocusOut}>
        <label class="label" for="${this.uid}-input"
          >${this.label}${this.required ? html`<span class="error-text" aria-hidden="true"> *</span>` : nothing}</label
        >
        <div class="box ${this.disabled ? 'disabled' : ''}" @click=${this.focusInput}>
          ${chosen.map(
            (group) => html`<span class="chip" data-testid="group-chip"
              >${group.name}
              <button
                type="button"
                aria-label="Remove ${group.name}"
                ?disabled=${this.disabled}
                @click=${(event: Event) => this.removeGroup(group.id, event)}
              >
                ×
              </button></span
            >`,
          )}
          <input
            id="${this.uid}-input"
            class="query"
            type="text"
            role="combobox"
            autocomplete="off"
            aria-autocomplete="list"
            aria-expanded=${this.open ? 'true' : 'false'}
            aria-controls=${listId}
            aria-activedescendant=${activeId ?? nothing}
            aria-required=${this.required ? 'true' : 'false'}
            aria-describedby=${this.hint ? `${this.uid}-hint` : nothing}
            placeholder=${chosen.length === 0 ? this.placeholder : ''}
            ?disabled=${this.disabled}
            .value=${this.text}
            @input=${this.onInput}
            @keydown=${this.onKeyDown}
            @click=${() => (this.open = true)}
          />
        </div>
        ${this.hint ? html`<span class="hint" id="${this.uid}-hint">${this.hint}</span>` : nothing}
        <ul role="listbox" id=${listId} aria-label=${this.label} aria-multiselectable="true" ?hidden=${!this.open}>
          ${options.length === 0
            ? html`<li class="empty" role="presentation">
                ${this.groups.length > 0 && this.text === '' ? 'All groups are chosen' : 'No groups match'}
              </li>`
            : options.map(
                (group, index) => html`<li
                  id="${this.uid}-o${index}"
                  role="option"
                  aria-selected="false"
                  ?data-active=${index === this.active}
                  @mousedown=${(event: Event) => event.preventDefault()}
                  @click=${() => this.add(group.id)}
                >
                  ${group.name}
                </li>`,
              )}
        </ul>
      </div>
    `;
  }

  private focusInput(): void {
    if (!this.disabled) this.input?.focus();
  }

  private onInput(event: Event): void {
    this.text = (event.target as HTMLInputElement).value;
    this.open = true;
    this.active = 0;
  }

  private onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (next && this.shadowRoot?.contains(next)) return;
    this.open = false;
    this.active = -1;
  }

  private onKeyDown(event: KeyboardEvent): void {
    const options = groupOptions(this.groups, this.value, this.text);
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        this.open = true;
        this.active = moveActive(this.active, event.key === 'ArrowDown' ? 1 : -1, options.length);
        break;
      case 'Enter':
        if (this.open && this.active >= 0 && options[this.active]) {
          event.preventDefault();
          this.add(options[this.active].id);
        }
        break;
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          event.stopPropagation();
          this.open = false;
        }
        break;
      case 'Backspace':
        if (this.text === '' && this.value.length > 0) this.removeGroup(this.value[this.value.length - 1]);
        break;
    }
  }

  private add(id: string): void {
    if (this.value.includes(id)) return;
    this.change([...this.value, id]);
    this.text = '';
    // Closed after a pick, so the list does not cover the fields below; typing or ↓ opens it again.
    this.open = false;
    this.active = -1;
    this.input?.focus();
  }

  private removeGroup(id: string, event?: Event): void {
    event?.stopPropagation();
    this.change(this.value.filter((value) => value !== id));
  }

  private change(value: string[]): void {
    this.value = value;
    this.dispatchEvent(new GroupsChangeEvent(value));
  }
}
