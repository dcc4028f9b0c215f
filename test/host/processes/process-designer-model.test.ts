/** The process designer's DOM-free rules (host/shell/processes/process-designer-model.ts). */
import { FieldType, type ProcessInstanceInfo, type ProcessVariable } from '@elma365/sdk-types';
import {
  describeActivity,
  durationOf,
  inputHintOf,
  inputKindOf,
  latestByTemplate,
  readInputs,
  typeLabelOf,
} from '../../../host/shell/processes/process-designer-model';

const variable = (code: string, type: ProcessVariable['type'], extra: Partial<ProcessVariable> = {}): ProcessVariable => ({ code, name: code, type, input: true, ...extra });

describe('the Run form', () => {
  const variables = [
    variable('text', FieldType.STRING),
    variable('amount', FieldType.FLOAT),
    variable('count', FieldType.INTEGER),
    variable('urgent', FieldType.BOOLEAN),
    variable('due', FieldType.DATETIME),
    variable('owner', FieldType.SYS_USER),
    variable('session', 'LINE_SESSION'),
    variable('phone', FieldType.PHONE),
    variable('tags', FieldType.STRING, { array: true }),
  ];

  it('gives each variable a control by type', () => {
    expect(variables.map(inputKindOf)).toEqual(['text', 'number', 'number', 'checkbox', 'datetime', 'user', 'text', 'json', 'json']);
    expect(typeLabelOf(variables[6])).toBe('Live chat session');
    expect(typeLabelOf(variables[8])).toBe('String, list');
    expect(inputHintOf(variables[7])).toContain('"tel"');
    expect(inputHintOf(variables[0])).toBe('');
  });

  it('reads what was typed into inputs, leaving empty fields out', () => {
    const { inputs, problems } = readInputs(variables, {
      text: '  hello ',
      amount: '2.5',
      count: '',
      urgent: true,
      due: '2025-03-01T10:30',
      owner: 'user-1',
      session: 's-1',
      phone: '{"tel": "+1 555 0100"}',
      tags: '["a", "b"]',
    });
    expect(problems).toEqual({});
    expect(inputs).toEqual({
      text: 'hello',
      amount: 2.5,
      urgent: true,
      due: new Date('2025-03-01T10:30').toISOString(),
      owner: 'user-1',
      session: 's-1',
      phone: { tel: '+1 555 0100' },
      tags: ['a', 'b'],
    });
  });

  it('names the fields that do not read', () => {
    const { inputs, problems } = readInputs(variables, { amount: 'lots', count: '1.5', due: 'soon', phone: '{tel:', text: 'ok' });
    expect(problems).toEqual({ amount: 'Enter a number.', count: 'Enter a whole number.', due: 'Enter a date and time.', phone: 'Enter valid JSON.' });
    expect(inputs).toEqual({ text: 'ok' });
  });
});

describe('descriptions', () => {
  it('describes activities', () => {
    expect(describeActivity({ kind: 'script', id: 'a', name: 'A', function: 'qualify' })).toBe('qualify()');
    expect(describeActivity({ kind: 'system', id: 'b', name: 'B', activity: 'send-response', inputs: { session: 'session', text: '=Hello' } })).toBe(
      'send-response (session ← session, text = "Hello")',
    );
  });

  it('says how long an instance took', () => {
    expect(durationOf({ startedAt: '2025-01-01T00:00:00.000Z' })).toBe('');
    expect(durationOf({ startedAt: '2025-01-01T00:00:00.000Z', finishedAt: '2025-01-01T00:00:00.420Z' })).toBe('0.42 s');
    expect(durationOf({ startedAt: '2025-01-01T00:00:00.000Z', finishedAt: '2025-01-01T00:00:12.400Z' })).toBe('12 s');
    expect(durationOf({ startedAt: '2025-01-01T00:00:00.000Z', finishedAt: '2025-01-01T00:03:05.000Z' })).toBe('3 min 5 s');
  });

  it('finds the latest instance of each template', () => {
    const instance = (id: string, templateCode: string): ProcessInstanceInfo => ({ id, templateCode, status: 'done', context: {}, startedAt: '' });
    const latest = latestByTemplate([instance('3', 'a'), instance('2', 'b'), instance('1', 'a')]);
    expect([...latest].map(([code, found]) => [code, found.id])).toEqual([
      ['a', '3'],
      ['b', '2'],
    ]);
  });
});
