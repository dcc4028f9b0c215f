import { FieldType } from '@elma365/sdk-types';
import type { ParameterDefinition } from '../../../../src/extension/common/parameters/parameter-definition';
import {
  hasChanges,
  insertDefinition,
  isSavedCode,
  moveDefinition,
  removedDefinitions,
  removeDefinition,
  replaceDefinition,
  SYSTEM_PARAMETERS,
} from '../../../../src/extension/workspace/parameters/form-settings-model';

const phone: ParameterDefinition = { code: 'contact_phone', name: 'Contact phone', type: FieldType.PHONE, required: false, array: false };
const topic: ParameterDefinition = { code: 'topic', name: 'Topic', type: FieldType.STRING, required: true, array: false };
const score: ParameterDefinition = { code: 'score', name: 'Score', type: FieldType.FLOAT, required: false, array: false, data: { additionalType: 'float' } };

describe('the system properties', () => {
  it('come first, read-only, in the order of the spec', () => {
    expect(SYSTEM_PARAMETERS.map((prop) => prop.name)).toEqual(['Live Chat', 'Operator', 'Operator group', 'Priority', 'State', 'Date created', 'External chat name']);
  });
});

describe('the list of custom parameters', () => {
  const list = [phone, topic];

  it('inserts where a type was dropped, at the end by default', () => {
    expect(insertDefinition(list, score).map((def) => def.code)).toEqual(['contact_phone', 'topic', 'score']);
    expect(insertDefinition(list, score, 0).map((def) => def.code)).toEqual(['score', 'contact_phone', 'topic']);
    expect(insertDefinition(list, score, 99).map((def) => def.code)).toEqual(['contact_phone', 'topic', 'score']);
  });

  it('replaces, removes and moves without touching the original', () => {
    const renamed = { ...phone, name: 'Phone' };
    expect(replaceDefinition(list, 'contact_phone', renamed)).toEqual([renamed, topic]);
    expect(removeDefinition(list, 'topic')).toEqual([phone]);
    expect(moveDefinition([phone, topic, score], 0, 2).map((def) => def.code)).toEqual(['topic', 'score', 'contact_phone']);
    expect(moveDefinition([phone, topic, score], 2, 0).map((def) => def.code)).toEqual(['score', 'contact_phone', 'topic']);
    expect(moveDefinition(list, 5, 0)).toEqual(list);
    expect(list).toEqual([phone, topic]);
  });

  it('knows what changed since the last save', () => {
    expect(hasChanges(list, [...list])).toBe(false);
    expect(hasChanges(list, [{ ...phone }, { ...topic }])).toBe(false);
    expect(hasChanges(list, [topic, phone])).toBe(true);
    expect(hasChanges(list, [phone, { ...topic, required: false }])).toBe(true);
    expect(removedDefinitions(list, [topic, score])).toEqual([phone]);
    expect(isSavedCode(list, 'topic')).toBe(true);
    expect(isSavedCode(list, 'score')).toBe(false);
  });
});
