import type { ParameterDefinition } from '../../../../src/extension/common/parameters/parameter-types';
import { conditionProblems, toCondition, withAttribute } from '../../../../src/extension/workspace/administration/condition-editor-model';
import {
  addRow,
  groupItems,
  itemAt,
  removeAt,
  setJoin,
  ungroupAt,
  updateRow,
  type GroupDraft,
} from '../../../../src/extension/workspace/administration/condition-tree-model';

const defs: ParameterDefinition[] = [];

/** A tree of `count` rows at the top level, each a time row, joined with AND. */
function rows(count: number): GroupDraft {
  let tree: GroupDraft = { kind: 'group', key: 'root', joins: [], items: [] };
  for (let index = 0; index < count; index += 1) {
    const added = addRow(tree);
    tree = updateRow(added.tree, [index], (row) => ({ ...withAttribute(row, 'time', defs), operator: 'after', text: `0${index}:00` }));
  }
  return tree;
}

const keyAt = (tree: GroupDraft, ...path: number[]): string => itemAt(tree, path)!.key;

describe('editing the tree', () => {
  it('"+Add condition" joins the new row with the join chosen, the first row with none', () => {
    let tree: GroupDraft = { kind: 'group', key: 'root', joins: [], items: [] };
    tree = addRow(tree, [], 'or').tree;
    expect(tree.joins).toEqual([]);
    tree = addRow(tree, [], 'orNot').tree;
    expect(tree.joins).toEqual(['orNot']);
    tree = setJoin(tree, [1], 'andNot');
    expect(tree.joins).toEqual(['andNot']);
    expect(setJoin(tree, [0], 'or')).toBe(tree);
  });

  it('removing a row removes its join; the next row takes the first place', () => {
    let tree = setJoin(setJoin(rows(3), [1], 'or'), [2], 'andNot');
    expect(removeAt(tree, [1]).joins).toEqual(['andNot']);
    tree = removeAt(tree, [0]);
    expect(tree.joins).toEqual(['andNot']);
    expect(toCondition(tree, []).items).toEqual([
      { attribute: 'time', operator: 'after', value: '01:00' },
      { attribute: 'time', operator: 'after', value: '02:00' },
    ]);
  });

  it('"Group" wraps neighbours in one group that takes the first one\'s join', () => {
    let tree = rows(4);
    tree = setJoin(setJoin(setJoin(tree, [1], 'or'), [2], 'andNot'), [3], 'orNot');
    const result = groupItems(tree, new Set([keyAt(tree, 1), keyAt(tree, 2)]));
    if (!result.ok) throw new Error(result.error);
    const stored = toCondition(result.tree, []);
    expect(stored.joins).toEqual(['or', 'orNot']);
    expect(stored.items[1]).toEqual({
      joins: ['andNot'],
      items: [
        { attribute: 'time', operator: 'after', value: '01:00' },
        { attribute: 'time', operator: 'after', value: '02:00' },
      ],
    });
  });

  it('"Group" refuses rows that are not neighbours, in different groups, alone or the whole group', () => {
    const tree = rows(4);
    expect(groupItems(tree, new Set([keyAt(tree, 0)]))).toMatchObject({ ok: false, error: expect.stringMatching(/two or more/) });
    expect(groupItems(tree, new Set([keyAt(tree, 0), keyAt(tree, 2)]))).toMatchObject({ ok: false, error: expect.stringMatching(/next to each other/) });
    const all = new Set([0, 1, 2, 3].map((index) => keyAt(tree, index)));
    expect(groupItems(tree, all)).toMatchObject({ ok: false, error: expect.stringMatching(/all the conditions/) });
    const grouped = groupItems(tree, new Set([keyAt(tree, 0), keyAt(tree, 1)]));
    if (!grouped.ok) throw new Error(grouped.error);
    expect(groupItems(grouped.tree, new Set([keyAt(grouped.tree, 0, 1), keyAt(grouped.tree, 1)]))).toMatchObject({ ok: false, error: expect.stringMatching(/same group/) });
  });

  it('"Group" stops at the deepest nesting the check allows', () => {
    let tree = rows(2);
    let depth = 1;
    for (;;) {
      const inner = [...Array(depth - 1).keys()].map(() => 0);
      const group = itemAt(tree, inner) as GroupDraft;
      // Keep one row beside the group so there is always something to wrap with.
      const withRow = addRow(tree, inner).tree;
      const result = groupItems(withRow, new Set([group.items[0].key, (itemAt(withRow, inner) as GroupDraft).items[1].key]));
      if (!result.ok) {
        expect(result.error).toMatch(/at most 7 levels/);
        break;
      }
      tree = result.tree;
      depth += 1;
    }
    expect(depth).toBe(8);
    expect(conditionProblems(tree, []).all.filter((problem) => /nested/.test(problem))).toEqual([]);
  });

  it('"Ungroup" puts the rows back with the group\'s join before the first', () => {
    let tree = setJoin(setJoin(rows(3), [1], 'or'), [2], 'andNot');
    const result = groupItems(tree, new Set([keyAt(tree, 1), keyAt(tree, 2)]));
    if (!result.ok) throw new Error(result.error);
    tree = ungroupAt(result.tree, [1]);
    expect(tree.joins).toEqual(['or', 'andNot']);
    expect(tree.items).toHaveLength(3);
  });

  it('removing the last row of a group removes the group', () => {
    const tree = rows(3);
    const result = groupItems(tree, new Set([keyAt(tree, 1), keyAt(tree, 2)]));
    if (!result.ok) throw new Error(result.error);
    const once = removeAt(result.tree, [1, 0]);
    expect((itemAt(once, [1]) as GroupDraft).items).toHaveLength(1);
    const twice = removeAt(once, [1, 0]);
    expect(twice.items).toHaveLength(1);
    expect(twice.joins).toEqual([]);
  });
});
