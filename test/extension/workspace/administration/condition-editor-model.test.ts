import { FieldType } from '@elma365/sdk-types';
import type { ParameterDefinition } from '../../../../src/extension/common/parameters/parameter-types';
import type { ConditionGroup } from '../../../../src/extension/common/routing/routing-condition';
import {
  attributeOptions,
  conditionProblems,
  fromCondition,
  operatorLabel,
  operatorsFor,
  paramKey,
  toCondition,
  valueKind,
  withAttribute,
  withOperator,
} from '../../../../src/extension/workspace/administration/condition-editor-model';
import {
  addRow,
  rowCount,
  updateRow,
  type RowDraft,
} from '../../../../src/extension/workspace/administration/condition-tree-model';

const tier: ParameterDefinition = { code: 'tier', name: 'Tier', type: FieldType.ENUM, required: false, array: false, data: { enumItems: [{ code: 'gold', name: 'Gold' }, { code: 'silver', name: 'Silver' }] } };
const amount: ParameterDefinition = { code: 'amount', name: 'Amount', type: FieldType.FLOAT, required: false, array: false, data: { additionalType: 'integer' } };
const due: ParameterDefinition = { code: 'due', name: 'Due', type: FieldType.DATETIME, required: false, array: false, data: { additionalType: 'date' } };
const payload: ParameterDefinition = { code: 'payload', name: 'Payload', type: FieldType.JSON, required: false, array: false };
const tags: ParameterDefinition = { code: 'tags', name: 'Tags', type: FieldType.STRING, required: false, array: true };
const defs = [tier, amount, due, payload, tags];

describe('the attributes and operators of a condition row', () => {
  it('offers the built-in attributes, then the parameters that can be compared', () => {
    const labels = attributeOptions(defs).map((option) => option.label);
    expect(labels.slice(0, 9)).toEqual([
      'Time',
      'Day of week',
      'First session with client',
      'Channel',
      'Channel type',
      'Live chat',
      'Client account',
      'Message text',
      'E-mail subject',
    ]);
    expect(labels.slice(9)).toEqual(['Tier', 'Amount', 'Due', 'Tags']);
  });

  it('offers the operators of the attribute or of the parameter type, with human labels', () => {
    expect(operatorsFor('time', defs)).toEqual(['between', 'before', 'after']);
    expect(operatorsFor(paramKey('amount'), defs)).toEqual(['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'empty', 'notEmpty']);
    expect(operatorsFor(paramKey('tags'), defs)).toEqual(['empty', 'notEmpty']);
    expect(operatorsFor(paramKey('gone'), defs)).toEqual([]);
    expect(operatorLabel('lt', amount)).toBe('less than');
    expect(operatorLabel('lt', due)).toBe('before');
    expect(operatorLabel('matchesWords')).toBe('matches words');
    expect(operatorLabel('isNot')).toBe('is not');
  });

  it('asks for the value the way the attribute and operator need', () => {
    expect(valueKind({ attribute: 'time', operator: 'between' }, defs)).toBe('timeRange');
    expect(valueKind({ attribute: 'time', operator: 'after' }, defs)).toBe('time');
    expect(valueKind({ attribute: 'channel', operator: 'isNot' }, defs)).toBe('channels');
    expect(valueKind({ attribute: paramKey('tier'), operator: 'eq' }, defs)).toBe('param-enum');
    expect(valueKind({ attribute: paramKey('tier'), operator: 'empty' }, defs)).toBe('none');
    expect(valueKind({ attribute: paramKey('due'), operator: 'gt' }, defs)).toBe('param-date');
    expect(valueKind({ attribute: '', operator: '' }, defs)).toBe('none');
  });

  it('starts a new attribute with its first operator and empty inputs, Yes for a yes/no question', () => {
    const row: RowDraft = { kind: 'row', key: 'r', attribute: 'messageText', operator: 'contains', text: 'refund', to: '', list: [] };
    expect(withAttribute(row, 'firstSession', defs)).toMatchObject({ attribute: 'firstSession', operator: 'is', text: 'yes', list: [] });
    expect(withAttribute(row, 'dayOfWeek', defs)).toMatchObject({ operator: 'in', text: '' });
  });

  it('keeps the inputs when another operator asks the same way', () => {
    const row: RowDraft = { kind: 'row', key: 'r', attribute: 'messageText', operator: 'contains', text: 'refund', to: '', list: [] };
    expect(withOperator(row, 'startsWith', defs).text).toBe('refund');
    const time: RowDraft = { kind: 'row', key: 't', attribute: 'time', operator: 'between', text: '09:00', to: '13:00', list: [] };
    expect(withOperator(time, 'before', defs)).toMatchObject({ text: '09:00', to: '' });
    const enumRow: RowDraft = { kind: 'row', key: 'e', attribute: paramKey('tier'), operator: 'eq', text: 'gold', to: '', list: [] };
    expect(withOperator(enumRow, 'neq', defs).text).toBe('gold');
    expect(withOperator(enumRow, 'empty', defs).text).toBe('');
  });
});

describe('the stored tree', () => {
  const stored: ConditionGroup = {
    joins: ['and', 'orNot'],
    items: [
      { attribute: 'time', operator: 'between', value: { from: '09:00', to: '13:00' } },
      { joins: ['or'], items: [{ attribute: 'firstSession', operator: 'is', value: false }, { attribute: 'dayOfWeek', operator: 'in', value: [1, 5] }] },
      { attribute: 'param', code: 'tier', operator: 'eq', value: 'gold' },
    ],
  };

  it('survives editing unchanged', () => {
    const draft = fromCondition(stored, defs);
    expect(toCondition(draft, defs)).toEqual(stored);
    expect(rowCount(draft)).toBe(4);
  });

  it('reads typed parameter operands into the stored shapes', () => {
    let tree = addRow({ kind: 'group', key: 'root', joins: [], items: [] }).tree;
    tree = updateRow(tree, [0], (row) => ({ ...withAttribute(row, paramKey('amount'), defs), operator: 'gt', text: ' 42 ' }));
    expect(toCondition(tree, defs).items[0]).toEqual({ attribute: 'param', code: 'amount', operator: 'gt', value: 42 });
    tree = updateRow(tree, [0], (row) => ({ ...row, operator: 'empty', text: '' }));
    expect(toCondition(tree, defs).items[0]).toEqual({ attribute: 'param', code: 'amount', operator: 'empty' });
  });
});

describe('the problems of the conditions', () => {
  it('has none for no conditions: the rule then applies to every session', () => {
    expect(conditionProblems({ kind: 'group', key: 'root', joins: [], items: [] }, defs).all).toEqual([]);
  });

  it('names plainly what the inputs lack, by row', () => {
    let tree = addRow({ kind: 'group', key: 'root', joins: [], items: [] }).tree;
    tree = addRow(tree).tree;
    tree = addRow(tree).tree;
    tree = updateRow(tree, [1], (row) => withAttribute(row, 'channel', defs));
    tree = updateRow(tree, [2], (row) => ({ ...withAttribute(row, paramKey('amount'), defs), text: 'many' }));
    const problems = conditionProblems(tree, defs);
    expect(problems.all).toEqual([
      'Condition 1: select an attribute',
      'Condition 2: choose at least one channel',
      'Condition 3: enter a number, like 42',
    ]);
    expect(problems.byPath.get('2')).toBe('choose at least one channel');
  });

  it('passes on what the shared check finds once the inputs are filled', () => {
    let tree = addRow({ kind: 'group', key: 'root', joins: [], items: [] }).tree;
    tree = updateRow(tree, [0], (row) => ({ ...withAttribute(row, 'time', defs), text: '09:00', to: '09:00' }));
    tree = addRow(tree).tree;
    tree = updateRow(tree, [1], (row) => ({ ...withAttribute(row, 'messageText', defs), operator: 'matchesWords', text: '!!' }));
    expect(conditionProblems(tree, defs).all).toEqual([
      'Condition 1: time "between" needs different start and end',
      'Condition 2: matches words expects at least one word',
    ]);
  });

  it('names a parameter that no longer exists', () => {
    const tree = fromCondition({ joins: [], items: [{ attribute: 'param', code: 'gone', operator: 'eq', value: 'x' }] }, defs);
    expect(conditionProblems(tree, defs).all).toEqual(['Condition 1: the session parameter "gone" no longer exists']);
  });
});
