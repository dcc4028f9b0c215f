/**
 * The conditions of the rule dialog as a tree of rows and groups (spec §3.2), DOM-free: its shape
 * (every input of a row as typed) and its edits: "+Add condition", joins, "Group" of selected
 * neighbours, "Ungroup", removing. What the rows mean is condition-editor-model.ts.
 */
import { CONDITION_DEPTH_MAX, type ConditionAttribute, type ConditionJoin } from '../../common/routing/routing-condition';

export type BuiltInAttribute = Exclude<ConditionAttribute, 'param'>;
/** A built-in attribute, or `param:<code>` for a custom session parameter. */
export type AttributeKey = BuiltInAttribute | `param:${string}`;

/** A row as edited: every input's text, whichever the attribute uses. */
export interface RowDraft {
  kind: 'row';
  key: string;
  /** Empty until an attribute is selected. */
  attribute: AttributeKey | '';
  operator: string;
  /** Text, a time (the start of a range), `yes`/`no`, or a parameter's input. */
  text: string;
  /** The end of a time range. */
  to: string;
  /** Days, channels, channel types or live chats. */
  list: string[];
}

export interface GroupDraft {
  kind: 'group';
  key: string;
  joins: ConditionJoin[];
  items: ItemDraft[];
}

export type ItemDraft = RowDraft | GroupDraft;
/** Indexes from the top-level group down to an item. */
export type ItemPath = readonly number[];

let lastKey = 0;
const newKey = (): string => `c${++lastKey}`;

export function emptyRow(): RowDraft {
  return { kind: 'row', key: newKey(), attribute: '', operator: '', text: '', to: '', list: [] };
}

export function emptyGroup(): GroupDraft {
  return { kind: 'group', key: newKey(), joins: [], items: [] };
}

/** `2.1`: the second item's first item, as the problems name them. */
export const pathLabel = (path: ItemPath): string => path.map((index) => index + 1).join('.');

export function walk(group: GroupDraft, path: ItemPath, visit: (item: ItemDraft, path: ItemPath) => void): void {
  group.items.forEach((item, index) => {
    const itemPath = [...path, index];
    visit(item, itemPath);
    if (item.kind === 'group') walk(item, itemPath, visit);
  });
}

export function itemAt(group: GroupDraft, path: ItemPath): ItemDraft | undefined {
  let item: ItemDraft = group;
  for (const index of path) {
    if (item.kind !== 'group') return undefined;
    const next: ItemDraft | undefined = item.items[index];
    if (!next) return undefined;
    item = next;
  }
  return item;
}

export function pathOf(group: GroupDraft, key: string): ItemPath | undefined {
  let found: ItemPath | undefined;
  walk(group, [], (item, path) => {
    if (item.key === key) found = path;
  });
  return found;
}

/** The tree with the group at `path` replaced by `change(group)`. */
function updateGroup(tree: GroupDraft, path: ItemPath, change: (group: GroupDraft) => GroupDraft): GroupDraft {
  if (path.length === 0) return change(tree);
  const [index, ...rest] = path;
  const child = tree.items[index];
  if (child?.kind !== 'group') return tree;
  const items = [...tree.items];
  items[index] = updateGroup(child, rest, change);
  return { ...tree, items };
}

/** "+Add condition": a new row at the end of the group at `groupPath`, joined with `join`. */
export function addRow(tree: GroupDraft, groupPath: ItemPath = [], join: ConditionJoin = 'and'): { tree: GroupDraft; row: RowDraft } {
  const row = emptyRow();
  const next = updateGroup(tree, groupPath, (group) => ({
    ...group,
    joins: group.items.length === 0 ? group.joins : [...group.joins, join],
    items: [...group.items, row],
  }));
  return { tree: next, row };
}

export function updateRow(tree: GroupDraft, path: ItemPath, change: (row: RowDraft) => RowDraft): GroupDraft {
  const index = path[path.length - 1];
  return updateGroup(tree, path.slice(0, -1), (group) => {
    const row = group.items[index];
    if (row?.kind !== 'row') return group;
    const items = [...group.items];
    items[index] = change(row);
    return { ...group, items };
  });
}

/** The join of the item at `path` with everything before it (not the first item's: it has none). */
export function setJoin(tree: GroupDraft, path: ItemPath, join: ConditionJoin): GroupDraft {
  const index = path[path.length - 1];
  if (index === undefined || index < 1) return tree;
  return updateGroup(tree, path.slice(0, -1), (group) => {
    const joins = [...group.joins];
    joins[index - 1] = join;
    return { ...group, joins };
  });
}

/**
 * Removes the item at `path`. The next item takes the removed one's place in the joins (the first
 * item has none); a group left empty goes too.
 */
export function removeAt(tree: GroupDraft, path: ItemPath): GroupDraft {
  if (path.length === 0) return tree;
  const index = path[path.length - 1];
  const parentPath = path.slice(0, -1);
  const next = updateGroup(tree, parentPath, (group) => {
    const items = group.items.filter((_, at) => at !== index);
    const joins = [...group.joins];
    joins.splice(index === 0 ? 0 : index - 1, 1);
    return { ...group, items, joins };
  });
  const parent = itemAt(next, parentPath);
  return parentPath.length > 0 && parent?.kind === 'group' && parent.items.length === 0 ? removeAt(next, parentPath) : next;
}

export type GroupResult = { ok: true; tree: GroupDraft } | { ok: false; error: string };

/**
 * "Group": wraps the selected items, which must be two or more neighbours in one group, into a
 * new group standing where they stood, with the first one's join.
 */
export function groupItems(tree: GroupDraft, keys: ReadonlySet<string>): GroupResult {
  const paths = [...keys].map((key) => pathOf(tree, key)).filter((path): path is ItemPath => path !== undefined);
  if (paths.length < 2) return { ok: false, error: 'Select two or more conditions next to each other to group them.' };
  const parentPath = paths[0].slice(0, -1);
  const sameParent = paths.every((path) => path.length === parentPath.length + 1 && path.slice(0, -1).every((index, at) => index === parentPath[at]));
  if (!sameParent) return { ok: false, error: 'The selected conditions must be in the same group.' };
  const indexes = paths.map((path) => path[path.length - 1]).sort((a, b) => a - b);
  const first = indexes[0];
  const last = indexes[indexes.length - 1];
  if (last - first + 1 !== indexes.length) return { ok: false, error: 'The selected conditions must be next to each other.' };
  const parent = itemAt(tree, parentPath) as GroupDraft;
  if (indexes.length === parent.items.length) return { ok: false, error: 'These are all the conditions of their group already.' };
  // The new group sits one level below its parent, and pushes the groups it wraps one level down.
  const deepest = Math.max(...indexes.map((index) => nesting(parent.items[index])));
  if (parentPath.length + 2 + deepest > CONDITION_DEPTH_MAX) return { ok: false, error: `Groups may be nested at most ${CONDITION_DEPTH_MAX - 1} levels deep.` };
  const next = updateGroup(tree, parentPath, (group) => {
    const wrapped: GroupDraft = { kind: 'group', key: newKey(), joins: group.joins.slice(first, last), items: group.items.slice(first, last + 1) };
    return {
      ...group,
      items: [...group.items.slice(0, first), wrapped, ...group.items.slice(last + 1)],
      joins: [...group.joins.slice(0, first), ...group.joins.slice(last)],
    };
  });
  return { ok: true, tree: next };
}

/** "Ungroup": the group's items take its place; the first of them takes the group's join. */
export function ungroupAt(tree: GroupDraft, path: ItemPath): GroupDraft {
  const group = itemAt(tree, path);
  if (path.length === 0 || group?.kind !== 'group') return tree;
  const index = path[path.length - 1];
  return updateGroup(tree, path.slice(0, -1), (parent) => {
    // The join that led into the group now leads into its first item; the one after it follows its last.
    return {
      ...parent,
      items: [...parent.items.slice(0, index), ...group.items, ...parent.items.slice(index + 1)],
      joins: [...parent.joins.slice(0, index), ...group.joins, ...parent.joins.slice(index)],
    };
  });
}

/** How many levels of groups an item holds: none for a row. */
function nesting(item: ItemDraft): number {
  return item.kind === 'row' ? 0 : 1 + Math.max(0, ...item.items.map(nesting));
}

/** How many rows the tree has (groups not counted). */
export function rowCount(group: GroupDraft): number {
  let rows = 0;
  walk(group, [], (item) => {
    if (item.kind === 'row') rows += 1;
  });
  return rows;
}

