/**
 * Reordering a list by drag and drop or by keys (routing rules, custom parameters): the list with
 * one item moved, where a dragged row would land, and the place of the dragged row as it travels
 * in the DataTransfer. What is dragged, under which media type, is each list's own business.
 */

/** Moves the item at `from` so that it ends up at `to` (kept within the list); a `from` outside the list moves nothing. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(to, next.length)), 0, item);
  return next;
}

/**
 * The position in a list of `count` rows under the pointer: before a row (an element with
 * `data-index` that `isRow` accepts) when over its upper half, after it otherwise; `count` when
 * not over a row.
 */
export function rowDropIndex(event: DragEvent, count: number, isRow: (element: HTMLElement) => boolean = () => true): number {
  const row = event.composedPath().find((node): node is HTMLElement => node instanceof HTMLElement && node.dataset.index !== undefined && isRow(node));
  if (!row) return count;
  const index = Number(row.dataset.index);
  const box = row.getBoundingClientRect();
  return event.clientY < box.top + box.height / 2 ? index : index + 1;
}

/** The place of the dragged row under `mime`, or undefined when what was dropped carries none. */
export function droppedIndex(data: DataTransfer | null | undefined, mime: string): number | undefined {
  const raw = data?.getData(mime) ?? '';
  const from = Number(raw);
  return raw !== '' && Number.isInteger(from) && from >= 0 ? from : undefined;
}
