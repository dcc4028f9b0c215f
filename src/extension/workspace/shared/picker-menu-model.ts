/** What a picker menu shows: its items filtered by what the user typed. */

export interface PickerItem {
  value: string;
  label: string;
  /** A second, quieter line: a code, a type, an explanation. */
  detail?: string;
  /** Shown but not chosen (its detail says why). */
  disabled?: boolean;
}

/** Items whose label, detail or value contains the query (any case), in their order. */
export function filterPickerItems(items: readonly PickerItem[], query: string): PickerItem[] {
  const needle = query.trim().toLocaleLowerCase();
  if (needle === '') return [...items];
  return items.filter((item) => [item.label, item.detail ?? '', item.value].some((text) => text.toLocaleLowerCase().includes(needle)));
}
