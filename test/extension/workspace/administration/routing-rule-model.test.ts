import { FieldType, LineSessionPriority } from '@elma365/sdk-types';
import type { ProcessTemplateDto } from '../../../../src/extension/common/api';
import type { ParameterDefinition } from '../../../../src/extension/common/parameters/parameter-types';
import type { RoutingRuleDraft } from '../../../../src/extension/common/routing/routing-rule';
import { withAttribute } from '../../../../src/extension/workspace/administration/condition-editor-model';
import { addRow, updateRow } from '../../../../src/extension/workspace/administration/condition-tree-model';
import {
  actionOf,
  actionSummary,
  conditionSummary,
  draftFromEditor,
  editorFromRule,
  extrasSummary,
  newParamValue,
  newRuleEditor,
  ruleProblems,
  settableParameters,
  type RuleChecks,
  type RuleEditor,
  type RuleNames,
} from '../../../../src/extension/workspace/administration/routing-rule-model';

const tier: ParameterDefinition = { code: 'tier', name: 'Tier', type: FieldType.ENUM, required: false, array: false, data: { enumItems: [{ code: 'gold', name: 'Gold' }] } };
const budget: ParameterDefinition = { code: 'budget', name: 'Budget', type: FieldType.MONEY, required: false, array: false, data: { currency: 'EUR' } };
const owner: ParameterDefinition = { code: 'owner', name: 'Owner', type: FieldType.SYS_USER, required: false, array: false };
const defs = [tier, budget, owner];

const qualify: ProcessTemplateDto = {
  code: 'qualify_request',
  name: 'Qualify request',
  variables: [
    { code: 'session', name: 'Session', type: 'LINE_SESSION', input: true },
    { code: 'owner', name: 'Owner', type: FieldType.SYS_USER, input: true },
  ],
};

const names: RuleNames = {
  parameters: defs,
  channels: [{ id: 'ch-1', name: 'Internal channel Support' }, { id: 'ch-2', name: 'Website' }],
  lines: [{ id: 'line-2', name: 'Sales' }],
  groups: [{ id: 'g-ops', name: 'Operators' }],
  users: [{ id: 'u-1', name: 'Olivia Bennett' }],
  templates: [qualify],
};

const checks: RuleChecks = {
  parameters: defs,
  operatorGroupIds: ['g-ops'],
  isOperator: (userId) => userId === 'u-1',
  templates: [qualify],
};

const rule: RoutingRuleDraft = {
  name: 'Returning gold clients',
  condition: {
    joins: ['and', 'or'],
    items: [
      { attribute: 'firstSession', operator: 'is', value: false },
      { joins: ['andNot'], items: [{ attribute: 'time', operator: 'between', value: { from: '09:00', to: '13:00' } }, { attribute: 'dayOfWeek', operator: 'in', value: [6, 7] }] },
      { attribute: 'param', code: 'tier', operator: 'eq', value: 'gold' },
    ],
  },
  action: { type: 'leastOccupied', groupId: 'g-ops' },
  reply: 'Hello, {$client.name}!',
  setValues: { priority: LineSessionPriority.High, params: { budget: { cents: 1050, currency: 'EUR' }, owner: 'u-1' } },
  process: { templateCode: 'qualify_request', inputs: { session: 'session.id' }, alsoLineProcess: true },
};

describe('the summaries of the rules list', () => {
  it('reads the conditions in one line, joins in capitals and groups in brackets', () => {
    expect(conditionSummary(rule.condition, names)).toBe(
      'First session with client is No AND (Time between 09:00 and 13:00 AND NOT Day of week is Sat, Sun) OR Tier equals Gold',
    );
  });

  it('names channels, live chats, channel types and texts', () => {
    expect(
      conditionSummary(
        {
          joins: ['and', 'and', 'or'],
          items: [
            { attribute: 'channel', operator: 'isNot', value: ['ch-2', 'ch-9'] },
            { attribute: 'line', operator: 'is', value: ['line-2'] },
            { attribute: 'channelType', operator: 'in', value: ['telegramBot' as never, 'inbox' as never] },
            { attribute: 'messageText', operator: 'matchesWords', value: 'refund order' },
          ],
        },
        names,
      ),
    ).toBe('Channel is not Website, a removed channel AND Live chat is Sales AND Channel type is Telegram bot, E-mail OR Message text matches words "refund order"');
  });

  it('says a rule without conditions takes every new session', () => {
    expect(conditionSummary({ joins: [], items: [] }, names)).toBe('Every new session');
  });

  it('reads a parameter operand as the parameter shows its values', () => {
    expect(conditionSummary({ joins: [], items: [{ attribute: 'param', code: 'budget', operator: 'gte', value: { amount: 10.5 } }] }, names)).toMatch(
      /^Budget greater than or equal to .*10\.50/,
    );
    expect(conditionSummary({ joins: [], items: [{ attribute: 'param', code: 'owner', operator: 'eq', value: 'u-1' }] }, names)).toBe('Owner equals Olivia Bennett');
    expect(conditionSummary({ joins: [], items: [{ attribute: 'param', code: 'tier', operator: 'notEmpty' }] }, names)).toBe('Tier is not empty');
  });

  it('names the action\'s group or operator', () => {
    expect(actionSummary(rule.action, names)).toBe('Assign to least occupied operator in a group: Operators');
    expect(actionSummary({ type: 'assignOperator', userId: 'u-1' }, names)).toBe('Assign an operator: Olivia Bennett');
    expect(actionSummary({ type: 'inviteGroup', groupId: 'gone' }, names)).toBe('Invite all operators of a group: a removed group');
    expect(actionSummary({ type: 'assignLast' }, names)).toBe('Assign to the "last" operator');
  });

  it('lists the additional actions in a few words', () => {
    expect(extrasSummary(rule, names)).toEqual([
      'Sends a reply',
      expect.stringMatching(/^Sets Priority = High, Budget = .*10\.50.*, Owner = Olivia Bennett$/),
      'Starts "Qualify request" and the live chat\'s own process',
    ]);
    expect(extrasSummary({}, names)).toEqual([]);
  });
});

describe('the rule dialog', () => {
  it('edits a saved rule and gives it back unchanged', () => {
    const editor = editorFromRule(rule, defs);
    expect(editor.setValues?.params.map((entry) => [entry.code, entry.text])).toEqual([
      ['budget', '10.50'],
      ['owner', 'u-1'],
    ]);
    expect(draftFromEditor(editor, defs)).toEqual(rule);
    expect(ruleProblems(editor, checks).all).toEqual([]);
  });

  it('starts empty: a name and an action are needed, no condition is', () => {
    const problems = ruleProblems(newRuleEditor(), checks);
    expect(problems.all).toEqual(['Rule name is required.', 'Action: select what the rule does.']);
  });

  it('asks for the group or operator of the action, and checks them against the live chat', () => {
    const editor: RuleEditor = { ...newRuleEditor(), name: 'x', actionType: 'inviteGroup' };
    expect(actionOf(editor)).toBeUndefined();
    expect(ruleProblems(editor, checks).action).toEqual(['Action: choose the group.']);
    expect(ruleProblems({ ...editor, groupId: 'g-other' }, checks).action).toEqual(["Action: choose one of the live chat's operator groups."]);
    expect(ruleProblems({ ...editor, actionType: 'assignOperator' }, checks).action).toEqual(['Action: choose the operator.']);
    expect(ruleProblems({ ...editor, actionType: 'assignOperator', userId: 'u-2' }, checks).action).toEqual([
      "Action: the operator must be a member of one of the live chat's operator groups.",
    ]);
    expect(ruleProblems({ ...editor, actionType: 'assignBot' }, checks).action).toEqual(['Action: no chat-bot is attached to this live chat.']);
  });

  it('allows the "last" operator only with the condition "First session with client = No"', () => {
    const editor: RuleEditor = { ...newRuleEditor(), name: 'x', actionType: 'assignLast' };
    expect(ruleProblems(editor, checks).action).toHaveLength(1);
    let condition = addRow(editor.condition).tree;
    condition = updateRow(condition, [0], (row) => ({ ...withAttribute(row, 'firstSession', defs), text: 'no' }));
    expect(ruleProblems({ ...editor, condition }, checks).action).toEqual([]);
  });

  it('checks the reply as a template over the session variables', () => {
    const editor: RuleEditor = { ...newRuleEditor(), name: 'x', actionType: 'inviteAll', reply: '' };
    expect(ruleProblems(editor, checks).reply).toEqual(['Reply message: write the text, or remove the action.']);
    expect(ruleProblems({ ...editor, reply: 'Hi {$client.name}, about {$tier}' }, checks).reply).toEqual([]);
    expect(ruleProblems({ ...editor, reply: 'Hi {$nobody}' }, checks).reply[0]).toMatch(/^Reply message: /);
  });

  it('checks the values to set against their parameters', () => {
    const budgetEntry = { ...newParamValue('budget'), text: '12,5' };
    const blank = newParamValue();
    const editor: RuleEditor = { ...newRuleEditor(), name: 'x', actionType: 'inviteAll', setValues: { priority: '', params: [budgetEntry, blank] } };
    const problems = ruleProblems(editor, checks);
    expect([...problems.setValues.values()]).toEqual(['choose a parameter']);
    expect(draftFromEditor({ ...editor, setValues: { priority: '', params: [budgetEntry] } }, defs).setValues).toEqual({ params: { budget: { cents: 1250, currency: 'EUR' } } });
    const wrongCurrency = { ...budgetEntry, text: '10 USD' };
    expect(ruleProblems({ ...editor, setValues: { priority: '', params: [wrongCurrency] } }, checks).all).toEqual([expect.stringMatching(/^Set Budget: .*EUR/)]);
    expect(ruleProblems({ ...editor, setValues: { priority: '', params: [] } }, checks).all).toEqual([
      'Set session attribute value: choose a priority or add an attribute, or remove the action.',
    ]);
    expect(settableParameters(defs, [budgetEntry]).map((def) => def.code)).toEqual(['tier', 'owner']);
    expect(settableParameters(defs, [budgetEntry], 'budget').map((def) => def.code)).toEqual(['tier', 'budget', 'owner']);
  });

  it('checks the process and its inputs like a binding of "On new session creation"', () => {
    const editor: RuleEditor = { ...newRuleEditor(), name: 'x', actionType: 'inviteAll', process: { templateCode: '', inputs: {}, alsoLineProcess: false } };
    expect(ruleProblems(editor, checks).process).toEqual(['Start business process: select a process, or remove the action.']);
    const owner = { ...editor, process: { templateCode: 'qualify_request', inputs: { owner: 'operator.id' as const }, alsoLineProcess: false } };
    expect(ruleProblems(owner, checks).process).toEqual(['Start business process: "Session › Operator" is not known when the event happens.']);
    const gone = { ...editor, process: { templateCode: 'gone', inputs: {}, alsoLineProcess: false } };
    expect(ruleProblems(gone, checks).process).toEqual(['Start business process: the process "gone" no longer exists.']);
    expect(ruleProblems(gone, { ...checks, templates: undefined }).process).toEqual([]);
  });
});
