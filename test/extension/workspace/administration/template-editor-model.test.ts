import { FieldType } from '@elma365/sdk-types';
import type { ParameterDefinition } from '../../../../src/extension/common/parameters/parameter-definition';
import { sampleSessionNameValues, sessionNameVariables } from '../../../../src/extension/common/session-name';
import {
  checkTemplate,
  filterVariables,
  functionSkeleton,
  insertText,
  TEMPLATE_FUNCTIONS,
  variableToken,
} from '../../../../src/extension/workspace/administration/template-editor-model';

const phone: ParameterDefinition = { code: 'contact_phone', name: 'Contact phone', type: FieldType.PHONE, required: false, array: false };
const variables = sessionNameVariables([phone]);
const sample = sampleSessionNameValues([phone], new Date('2026-11-21T08:05:00Z'), 'Support');

describe('inserting at the caret', () => {
  it('inserts at the caret and puts the caret after the insertion', () => {
    expect(insertText({ value: 'Hi  there', selectionStart: 3, selectionEnd: 3 }, '{$client.name}')).toEqual({
      value: 'Hi {$client.name} there',
      selectionStart: 17,
      selectionEnd: 17,
    });
  });

  it('replaces a selection, whichever way it was made', () => {
    expect(insertText({ value: 'Hello NAME!', selectionStart: 6, selectionEnd: 10 }, '{$client.name}').value).toBe('Hello {$client.name}!');
    expect(insertText({ value: 'Hello NAME!', selectionStart: 10, selectionEnd: 6 }, 'X').value).toBe('Hello X!');
  });

  it('appends when the caret is unknown or past the end', () => {
    expect(insertText({ value: 'ab', selectionStart: Number.NaN, selectionEnd: Number.NaN }, 'c').value).toBe('abc');
    expect(insertText({ value: 'ab', selectionStart: 10, selectionEnd: 12 }, 'c')).toEqual({ value: 'abc', selectionStart: 3, selectionEnd: 3 });
    expect(insertText({ value: '', selectionStart: 0, selectionEnd: 0 }, variableToken('__createdAt')).value).toBe('{$__createdAt}');
  });
});

describe('the {+} picker', () => {
  it('offers the system variables and the custom parameters, found by name or code', () => {
    expect(variables.map((variable) => variable.code)).toEqual(['client.name', '__createdAt', 'line.name', 'channel.name', 'subject', 'contact_phone']);
    expect(filterVariables(variables, 'phone').map((variable) => variable.code)).toEqual(['contact_phone']);
    expect(filterVariables(variables, 'CLIENT').map((variable) => variable.code)).toEqual(['client.name']);
    expect(filterVariables(variables, '  ')).toHaveLength(variables.length);
  });
});

describe('the f(x) picker', () => {
  it('offers the functions of session names and if/else/end', () => {
    expect(TEMPLATE_FUNCTIONS.map((fn) => fn.id)).toEqual(['DateTime', 'UpperCase', 'LowerCase', 'Capitalize', 'Substr', 'if']);
  });

  it('inserts skeletons that compile as they are', () => {
    expect(functionSkeleton('DateTime', variables)).toBe('{DateTime("DD.MM.YYYY", {$__createdAt}, "en_US")}');
    expect(functionSkeleton('UpperCase', variables)).toBe('{UpperCase({$client.name})}');
    expect(functionSkeleton('Substr', variables)).toBe('{Substr({$client.name}, 0, 10)}');
    expect(functionSkeleton('if', variables)).toBe('{if {$subject}}{$subject}{else}{$client.name}{end}');
    for (const fn of TEMPLATE_FUNCTIONS) {
      expect(checkTemplate(functionSkeleton(fn.id, variables), variables, sample, 'UTC').problems).toEqual([]);
    }
  });

  it('uses the variables on offer when the usual ones are not', () => {
    const only = [{ code: 'when', name: 'When', type: 'datetime' as const }, { code: 'who', name: 'Who', type: 'string' as const }];
    expect(functionSkeleton('DateTime', only)).toBe('{DateTime("DD.MM.YYYY", {$when}, "en_US")}');
    expect(functionSkeleton('Capitalize', only)).toBe('{Capitalize({$who})}');
  });
});

describe('the live check and preview', () => {
  it('renders the template with the sample values', () => {
    const check = checkTemplate('{$client.name} — {DateTime("DD.MM.YYYY", {$__createdAt}, "en_US")}', variables, sample, 'UTC');
    expect(check).toEqual({ problems: [], preview: 'Emma Fischer — 21.11.2026' });
  });

  it('points at the problems with their positions', () => {
    const check = checkTemplate('Hi {$client.nmae}', variables, sample, 'UTC');
    expect(check.preview).toBeUndefined();
    expect(check.problems).toEqual([{ position: expect.any(Number), message: expect.stringMatching(/^Unknown variable "client.nmae" at \d+ \(did you mean "client.name"\?\)$/) }]);
    expect(check.problems[0].position).toBeGreaterThanOrEqual(3);
  });

  it('takes an empty template as "named after the client"', () => {
    expect(checkTemplate('   ', variables, sample, 'UTC')).toEqual({ problems: [] });
  });
});
