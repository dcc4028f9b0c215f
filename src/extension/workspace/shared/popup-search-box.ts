/** The search box over a popup's listbox: a combobox that filters the list and points at its active option. */
import { html, nothing, type TemplateResult } from 'lit';

export interface PopupSearchBoxOptions {
  label: string;
  placeholder: string;
  expanded: boolean;
  listId: string;
  activeId?: string;
  value: string;
  onInput: (text: string) => void;
}

export function popupSearchBox(options: PopupSearchBoxOptions): TemplateResult {
  return html`<div class="search-box">
    <input
      class="search"
      type="search"
      role="combobox"
      autocomplete="off"
      aria-label=${options.label}
      aria-autocomplete="list"
      aria-expanded=${options.expanded ? 'true' : 'false'}
      aria-controls=${options.listId}
      aria-activedescendant=${options.activeId ?? nothing}
      placeholder=${options.placeholder}
      .value=${options.value}
      @input=${(event: Event) => options.onInput((event.target as HTMLInputElement).value)}
    />
  </div>`;
}
