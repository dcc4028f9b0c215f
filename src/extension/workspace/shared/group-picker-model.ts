/** What the group picker offers: the groups not yet chosen that match what the user typed. */
import type { HostGroup } from '@elma365/sdk-types';

export function groupOptions(groups: readonly HostGroup[], selected: readonly string[], query: string): HostGroup[] {
  const needle = query.trim().toLocaleLowerCase();
  return groups
    .filter((group) => !selected.includes(group.id))
    .filter((group) => needle === '' || group.name.toLocaleLowerCase().includes(needle))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The chosen groups in the order they were chosen; ids the directory no longer knows are kept with their id. */
export function selectedGroups(groups: readonly HostGroup[], selected: readonly string[]): HostGroup[] {
  return selected.map(
    (id) => groups.find((group) => group.id === id) ?? { id, code: id, name: 'Unknown group', isSystem: false },
  );
}

/** Moves the highlighted option with the arrow keys, wrapping around. */
export function moveActive(active: number, delta: number, count: number): number {
  if (count === 0) return -1;
  if (active < 0) return delta > 0 ? 0 : count - 1;
  return (active + delta + count) % count;
}

/** Group names for tables: "Operators, Sales team". */
export function groupNames(groups: readonly HostGroup[], ids: readonly string[]): string {
  return selectedGroups(groups, ids)
    .map((group) => group.name)
    .join(', ');
}
