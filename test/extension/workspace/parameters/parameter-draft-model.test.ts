import { FieldType } from '@elma365/sdk-types';
import { checkDefinitions, type ParameterDefinition } from '../../../../src/extension/common/parameters/parameter-definition';
import {
  addEnumItem,
  definitionFromDraft,
  describeDefinition,
  draftFromDefinition,
  isParameterDraftValid,
  newParameterDraft,
  recodeDraft,
  recodeEnumItem,
  removeEnumItem,
  renameDraft,
  renameEnumItem,
  suggestCode,
  validateParameterDraft,
} from '../../../../src/extension/workspace/parameters/parameter-draft-model';

const topic: ParameterDefinition = { code: 'topic', name: 'Topic', type: FieldType.STRING, required: true, array: false };
const score: ParameterDefinition = { code: 'score', name: 'Score', type: FieldType.FLOAT, required: false, array: false, data: { additionalType: 'float' } };

describe('the parameter dialog', () => {
  it('makes the code from the name until the user types one', () => {
    let draft = renameDraft(newParameterDraft(FieldType.PHONE), 'Contact phone', []);
    expect(draft.code).toBe('contact_phone');
    draft = renameDraft(draft, 'Contact phone (mobile)', []);
    expect(draft.code).toBe('contact_phone_mobile');
    draft = recodeDraft(draft, 'mobile');
    draft = renameDraft(draft, 'Mobile phone', []);
    expect(draft.code).toBe('mobile');
    expect(draft.codeFollowsName).toBe(false);
  });

  it('suggests codes that are valid, free and not reserved', () => {
    expect(suggestCode('Contact phone', ['contact_phone'])).toBe('contact_phone_2');
    expect(suggestCode('Café №5')).toBe('cafe_no5');
    expect(suggestCode('Телефон')).toBe('parameter');
    expect(suggestCode('2nd line')).toBe('p_2nd_line');
    expect(suggestCode('UTM source')).toBe('utm_source_2');
    expect(suggestCode('x'.repeat(100))).toHaveLength(63);
  });

  it('checks the draft as the server does, field by field', () => {
    const draft = newParameterDraft(FieldType.STRING);
    expect(validateParameterDraft(draft, [])).toEqual({ name: 'Name is required', code: 'Code is required' });
    expect(validateParameterDraft({ ...draft, name: 'Topic', code: 'Topic' }, []).code).toMatch(/lower-case letter/);
    expect(validateParameterDraft({ ...draft, name: 'Topic', code: 'topic' }, [topic]).code).toBe('Another parameter already has the code "topic"');
    expect(validateParameterDraft({ ...draft, name: 'Source', code: 'utm_source' }, []).code).toMatch(/reserved/);
    expect(validateParameterDraft({ ...draft, name: 'x'.repeat(201), code: 'x' }, []).name).toMatch(/at most 200/);
  });

  it('asks for the options of each type', () => {
    const named = { name: 'X', code: 'x' };
    const category = { ...newParameterDraft(FieldType.ENUM), ...named };
    expect(validateParameterDraft(category, []).enumItems).toBe('Add at least one item');
    expect(validateParameterDraft({ ...category, enumItems: [{ code: 'a', name: '' }] }, []).enumItems).toBe('Item 1 needs a name');
    expect(validateParameterDraft({ ...category, enumItems: [{ code: 'a', name: 'A' }, { code: 'a', name: 'B' }] }, []).enumItems).toMatch(/used twice/);
    const money = { ...newParameterDraft(FieldType.MONEY), ...named };
    expect(isParameterDraftValid(money, [])).toBe(true);
    expect(validateParameterDraft({ ...money, currency: 'usd' }, []).currency).toMatch(/ISO 4217/);
    const app = { ...newParameterDraft(FieldType.SYS_COLLECTION), ...named };
    expect(validateParameterDraft(app, []).app).toMatch(/namespace and the code/);
    expect(validateParameterDraft({ ...app, appNamespace: 'crm', appCode: '1deals' }, []).app).toMatch(/must not start with a digit/);
    expect(isParameterDraftValid({ ...app, appNamespace: 'crm', appCode: 'deals' }, [])).toBe(true);
  });

  it('edits category items, their codes following their names', () => {
    let items = addEnumItem([]);
    items = renameEnumItem(items, 0, 'High priority');
    expect(items).toEqual([{ name: 'High priority', code: 'high_priority' }]);
    items = recodeEnumItem(items, 0, 'high');
    items = renameEnumItem(items, 0, 'High');
    expect(items).toEqual([{ name: 'High', code: 'high' }]);
    items = renameEnumItem(addEnumItem(items), 1, 'Low');
    expect(items.map((item) => item.code)).toEqual(['high', 'low']);
    expect(removeEnumItem(items, 0)).toEqual([{ name: 'Low', code: 'low' }]);
  });

  it('turns every type of draft into a declaration the server accepts, and back', () => {
    const drafts = [
      { ...newParameterDraft(FieldType.PHONE), name: 'Contact phone', code: 'contact_phone' },
      { ...newParameterDraft(FieldType.FLOAT), name: 'Orders', code: 'orders', numberKind: 'integer' as const, required: true },
      { ...newParameterDraft(FieldType.DATETIME), name: 'Callback', code: 'callback', datetimeKind: 'date' as const },
      { ...newParameterDraft(FieldType.ENUM), name: 'Priority', code: 'priority', enumItems: [{ code: 'high', name: ' High ' }], array: true },
      { ...newParameterDraft(FieldType.MONEY), name: 'Budget', code: 'budget' },
      { ...newParameterDraft(FieldType.MONEY), name: 'Budget USD', code: 'budget_usd', currency: 'USD' },
      { ...newParameterDraft(FieldType.SYS_COLLECTION), name: 'Deal', code: 'deal', appNamespace: 'crm', appCode: 'deals' },
    ];
    const definitions = drafts.map(definitionFromDraft);
    expect(checkDefinitions(definitions)).toEqual(definitions);
    expect(definitions[3]).toEqual({ code: 'priority', name: 'Priority', type: FieldType.ENUM, required: false, array: true, data: { enumItems: [{ code: 'high', name: 'High' }] } });
    expect(definitions[4]).toEqual({ code: 'budget', name: 'Budget', type: FieldType.MONEY, required: false, array: false });
    for (const definition of definitions) expect(definitionFromDraft(draftFromDefinition(definition))).toEqual(definition);
  });

  it('describes a declaration in a few words', () => {
    expect(describeDefinition(score)).toBe('Fractional');
    expect(describeDefinition({ ...topic, array: true })).toBe('required · multiple');
    expect(describeDefinition({ code: 'b', name: 'B', type: FieldType.MONEY, required: false, array: false })).toBe('any currency');
  });
});
