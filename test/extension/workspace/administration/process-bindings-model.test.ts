import { FieldType, type ProcessVariable } from '@elma365/sdk-types';
import type { ProcessTemplateDto } from '../../../../src/extension/common/api';
import { eventFields } from '../../../../src/extension/common/process-bindings';
import {
  bindingsProblems,
  bindingSummary,
  clearTemplate,
  compatibleFields,
  inputVariables,
  mapVariable,
  sameBindings,
  selectTemplate,
  setBinding,
  variableTypeLabel,
} from '../../../../src/extension/workspace/administration/process-bindings-model';

const session: ProcessVariable = { code: 'session', name: 'Session', type: 'LINE_SESSION', input: true };
const text: ProcessVariable = { code: 'text', name: 'Request text', type: FieldType.STRING, input: true };
const owner: ProcessVariable = { code: 'owner', name: 'Owner', type: FieldType.SYS_USER };
const tags: ProcessVariable = { code: 'tags', name: 'Tags', type: FieldType.STRING, array: true };
const amount: ProcessVariable = { code: 'amount', name: 'Amount', type: FieldType.MONEY };

const qualify: ProcessTemplateDto = { code: 'qualify_request', name: 'Qualify request', variables: [session, text, owner, tags, amount] };
const notify: ProcessTemplateDto = { code: 'notify_on_close', name: 'Notify on close', variables: [session] };

describe('the Input parameters dialog', () => {
  it('offers a variable only the event fields of its own type', () => {
    expect(compatibleFields(session, 'sessionCreated')).toEqual(['session.id']);
    expect(compatibleFields(owner, 'sessionCreated')).toEqual([]);
    expect(compatibleFields(owner, 'sessionClosed')).toEqual(['operator.id']);
    expect(compatibleFields(text, 'sessionCreated')).toEqual(['line.id', 'line.name', 'session.name', 'client.name', 'message.text']);
    expect(compatibleFields(amount, 'sessionCreated')).toEqual([]);
    expect(compatibleFields(tags, 'clientMessage')).toEqual([]);
  });

  it('does not offer the message on session close', () => {
    expect(eventFields('sessionClosed')).not.toContain('message.text');
    expect(eventFields('clientMessage')).toContain('message.text');
    expect(compatibleFields(text, 'sessionClosed')).not.toContain('message.text');
  });

  it('fills, changes and clears a variable', () => {
    let binding = { templateCode: 'qualify_request', inputs: {} };
    const filled = mapVariable(binding, session, 'session.id', 'sessionCreated');
    expect(filled).toEqual({ ok: true, binding: { templateCode: 'qualify_request', inputs: { session: 'session.id' } } });
    if (!filled.ok) return;
    binding = filled.binding;
    const cleared = mapVariable(binding, session, undefined, 'sessionCreated');
    expect(cleared).toEqual({ ok: true, binding: { templateCode: 'qualify_request', inputs: {} } });
  });

  it('refuses a field of another type, a list variable and a field the event lacks', () => {
    const binding = { templateCode: 'qualify_request', inputs: {} };
    expect(mapVariable(binding, session, 'client.name', 'sessionCreated')).toEqual({
      ok: false,
      error: '"Session" cannot be filled this way: "Client › Name" is String and "Session" is Session.',
    });
    expect(mapVariable(binding, tags, 'client.name', 'sessionCreated')).toMatchObject({ ok: false, error: expect.stringMatching(/List of String/) });
    expect(mapVariable(binding, text, 'message.text', 'sessionClosed')).toMatchObject({ ok: false, error: expect.stringMatching(/the event has no "Message › Text"/) });
    expect(binding.inputs).toEqual({});
  });

  it('names the types the way the product does', () => {
    expect(variableTypeLabel(session)).toBe('Session');
    expect(variableTypeLabel(tags)).toBe('List of String');
    expect(variableTypeLabel(owner)).toBe('Users');
  });
});

describe('the variables to fill', () => {
  it('are the inputs of the process, or all of its variables when it marks none', () => {
    expect(inputVariables(qualify).map((variable) => variable.code)).toEqual(['session', 'text']);
    expect(inputVariables({ variables: [owner, amount] }).map((variable) => variable.code)).toEqual(['owner', 'amount']);
  });
});

describe('the events of the Business Processes tab', () => {
  it('selects a process, forgets the mapping of another one, and clears', () => {
    let bindings = selectTemplate({}, 'sessionCreated', 'qualify_request');
    expect(bindings).toEqual({ sessionCreated: { templateCode: 'qualify_request', inputs: {} } });
    bindings = setBinding(bindings, 'sessionCreated', { templateCode: 'qualify_request', inputs: { session: 'session.id' } });
    expect(selectTemplate(bindings, 'sessionCreated', 'qualify_request')).toBe(bindings);
    expect(selectTemplate(bindings, 'sessionCreated', 'notify_on_close').sessionCreated).toEqual({ templateCode: 'notify_on_close', inputs: {} });
    expect(clearTemplate(bindings, 'sessionCreated')).toEqual({});
    expect(bindings.sessionCreated).toBeDefined();
  });

  it('sums up each binding and its problems', () => {
    const binding = { templateCode: 'qualify_request', inputs: { session: 'session.id' as const } };
    expect(bindingSummary('sessionCreated', binding, [qualify, notify])).toEqual({ templateName: 'Qualify request', inputs: '1 of 2 variables filled', problems: [] });
    expect(bindingSummary('sessionCreated', { templateCode: 'gone', inputs: {} }, [qualify]).problems[0]).toMatch(/no longer exists/);
    const wrong = { templateCode: 'qualify_request', inputs: { session: 'client.name' as const } };
    expect(bindingSummary('sessionCreated', wrong, [qualify]).problems).toHaveLength(1);
    expect(bindingsProblems({ sessionCreated: binding, sessionClosed: wrong }, [qualify])).toHaveLength(1);
  });

  it('compares bindings by content', () => {
    const a = { sessionCreated: { templateCode: 'q', inputs: { a: 'line.id' as const, b: 'line.name' as const } } };
    const b = { sessionCreated: { templateCode: 'q', inputs: { b: 'line.name' as const, a: 'line.id' as const } } };
    expect(sameBindings(a, b)).toBe(true);
    expect(sameBindings(a, {})).toBe(false);
    expect(sameBindings({}, { sessionClosed: undefined })).toBe(true);
  });
});
