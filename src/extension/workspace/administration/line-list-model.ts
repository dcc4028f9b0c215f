/**
 * Administration › Live Chats list (spec §2.1), DOM-free: search by name and by the names of
 * the live chats' groups, the header checkbox of a multi-select over the visible rows, and the
 * question asked before live chats are deleted.
 */
import type { HostGroup } from '@elma365/sdk-types';
import type { LineDto } from '../../common/api';

/** The live chats whose name, or the name of one of whose operator, supervisor or client groups, contains the query. */
export function filterLines(lines: readonly LineDto[], groups: readonly HostGroup[], query: string): LineDto[] {
  const needle = query.trim().toLocaleLowerCase();
  if (needle === '') return [...lines];
  const names = new Map(groups.map((group) => [group.id, group.name.toLocaleLowerCase()]));
  return lines.filter(
    (line) =>
      line.name.toLocaleLowerCase().includes(needle) ||
      [...line.operatorGroupIds, ...line.supervisorGroupIds, ...line.internalClientGroupIds].some((id) => names.get(id)?.includes(needle)),
  );
}

export type SelectionState = 'none' | 'some' | 'all';

/** What the header checkbox shows for the visible rows: unchecked, indeterminate or checked. */
export function selectionState(visible: readonly LineDto[], selected: ReadonlySet<string>): SelectionState {
  const count = visible.filter((line) => selected.has(line.id)).length;
  return count === 0 ? 'none' : count === visible.length ? 'all' : 'some';
}

/** The header checkbox: selects every visible row, or clears them when all are selected. */
export function toggleAll(visible: readonly LineDto[], selected: ReadonlySet<string>): Set<string> {
  const next = new Set(selected);
  const clear = selectionState(visible, selected) === 'all';
  for (const line of visible) {
    if (clear) next.delete(line.id);
    else next.add(line.id);
  }
  return next;
}

export function toggleOne(selected: ReadonlySet<string>, id: string, on: boolean): Set<string> {
  const next = new Set(selected);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

/** Only the ids of live chats that still exist. */
export function keepExisting(selected: ReadonlySet<string>, lines: readonly LineDto[]): Set<string> {
  return new Set(lines.filter((line) => selected.has(line.id)).map((line) => line.id));
}

/** The confirmation before deleting: names the live chats and what happens to their sessions. */
export function deleteQuestion(lines: readonly Pick<LineDto, 'name'>[]): { heading: string; message: string; confirmLabel: string } {
  const quoted = lines.map((line) => `"${line.name}"`);
  const names = quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
  const many = lines.length > 1;
  return {
    heading: many ? `Delete ${lines.length} live chats?` : `Delete the live chat ${names}?`,
    message: many
      ? `${names} will be deleted. Their sessions are closed and deleted; this cannot be undone.`
      : `${names} will be deleted. Its sessions are closed and deleted; this cannot be undone.`,
    confirmLabel: many ? `Delete ${lines.length} live chats` : 'Delete',
  };
}
