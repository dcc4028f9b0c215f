import { DEFAULT_SETTINGS, type LiveChatsSettings } from '../../../../src/extension/common/settings';
import {
  addAttachmentTypes,
  attachmentSizeProblem,
  channelOptions,
  inactivityProblem,
  settingsChanged,
  settingsDraft,
  settingsPatch,
  settingsProblems,
  soundChoices,
  type SettingsDraft,
} from '../../../../src/extension/workspace/administration/global-settings-model';

const draft = (change: Partial<SettingsDraft> = {}): SettingsDraft => ({ ...settingsDraft(DEFAULT_SETTINGS), ...change });

describe('Administration › Live Chats Settings', () => {
  it('holds every option, numbers as typed', () => {
    const held = settingsDraft(DEFAULT_SETTINGS);
    expect(Object.keys(held).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    expect(held).toMatchObject({ inactivityMinutes: '2', attachmentMaxMb: '10', reassignOnlyOnline: false, sendMethod: 'ctrlEnter' });
    held.attachmentTypes.push('video/*');
    expect(DEFAULT_SETTINGS.attachmentTypes).not.toContain('video/*');
  });

  it('takes whole minutes from 2 to 999 and whole megabytes from 1 to 100', () => {
    expect(['2', '999', ' 15 '].map(inactivityProblem)).toEqual([undefined, undefined, undefined]);
    for (const text of ['1', '1000', '2.5', '', 'ten', '-3']) expect(inactivityProblem(text)).toBe('Enter a whole number of minutes from 2 to 999');
    expect(['1', '100'].map(attachmentSizeProblem)).toEqual([undefined, undefined]);
    for (const text of ['0', '101', '1.5', '']) expect(attachmentSizeProblem(text)).toBe('Enter a whole number of megabytes from 1 to 100');
  });

  it('sends only what changed, for every option', () => {
    expect(settingsPatch(DEFAULT_SETTINGS, draft())).toBeUndefined();
    const changes: Array<[Partial<SettingsDraft>, Partial<LiveChatsSettings>]> = [
      [{ showQueueCountToOperators: false }, { showQueueCountToOperators: false }],
      [{ showUnassignedCountToSupervisors: false }, { showUnassignedCountToSupervisors: false }],
      [{ sendConfirmationChannelIds: ['c1', 'c2'] }, { sendConfirmationChannelIds: ['c1', 'c2'] }],
      [{ sendMethod: 'icon' }, { sendMethod: 'icon' }],
      [{ messageEditing: true }, { messageEditing: true }],
      [{ showSystemMessages: false }, { showSystemMessages: false }],
      [{ inactivityMinutes: ' 10 ' }, { inactivityMinutes: 10 }],
      [{ reassignOnlyOnline: true }, { reassignOnlyOnline: true }],
      [{ newSessionSound: 'bell' }, { newSessionSound: 'bell' }],
      [{ newMessageSound: 'none' }, { newMessageSound: 'none' }],
      [{ attachmentMaxMb: '25' }, { attachmentMaxMb: 25 }],
      [{ attachmentTypes: ['image/*'] }, { attachmentTypes: ['image/*'] }],
    ];
    for (const [change, patch] of changes) {
      expect(settingsPatch(DEFAULT_SETTINGS, draft(change))).toEqual(patch);
      expect(settingsChanged(DEFAULT_SETTINGS, draft(change))).toBe(true);
    }
    expect(Object.keys(Object.assign({}, ...changes.map(([, patch]) => patch))).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it('treats lists as sets and typed numbers by value', () => {
    const saved = { ...DEFAULT_SETTINGS, sendConfirmationChannelIds: ['a', 'b'] };
    expect(settingsChanged(saved, { ...settingsDraft(saved), sendConfirmationChannelIds: ['b', 'a'] })).toBe(false);
    expect(settingsChanged(DEFAULT_SETTINGS, draft({ attachmentTypes: [...DEFAULT_SETTINGS.attachmentTypes].reverse() }))).toBe(false);
    expect(settingsChanged(DEFAULT_SETTINGS, draft({ inactivityMinutes: ' 2 ' }))).toBe(false);
  });

  it('names the problem of each field and sends nothing while there is one', () => {
    const bad = draft({ inactivityMinutes: '1', attachmentMaxMb: '0', attachmentTypes: ['pdf'], messageEditing: true });
    expect(settingsProblems(bad)).toEqual({
      inactivityMinutes: 'Enter a whole number of minutes from 2 to 999',
      attachmentMaxMb: 'Enter a whole number of megabytes from 1 to 100',
      attachmentTypes: '"pdf" is not a MIME type such as application/pdf or image/*',
    });
    expect(settingsPatch(DEFAULT_SETTINGS, bad)).toBeUndefined();
    expect(settingsChanged(DEFAULT_SETTINGS, bad)).toBe(true);
    expect(settingsProblems(draft())).toEqual({});
  });

  it('adds typed attachment types as tags, lower-cased, without repeats, refusing what is not a type', () => {
    expect(addAttachmentTypes(['image/*'], ' Video/*, application/PDF  image/* ')).toEqual({ types: ['image/*', 'video/*', 'application/pdf'] });
    expect(addAttachmentTypes(['image/*'], 'video/* pdf')).toEqual({ types: ['image/*'], problem: '"pdf" is not a MIME type such as application/pdf or image/*' });
    expect(addAttachmentTypes([], '  ').problem).toBe('Type a MIME type such as application/pdf or image/*');
  });

  it('offers every channel of every live chat as "<channel> — <live chat>", internal channel first', () => {
    const options = channelOptions([
      {
        name: 'Support',
        channels: [
          { id: 'tg', lineId: 's', type: 'telegramBot', name: 'Bot', state: 'active' },
          { id: 'in-s', lineId: 's', type: 'internal', name: 'Internal channel Support', state: 'active' },
        ],
      },
      { name: 'Billing', channels: [{ id: 'in-b', lineId: 'b', type: 'internal', name: 'Internal channel Billing', state: 'active' }] },
    ] as never);
    expect(options).toEqual([
      { id: 'in-b', label: 'Internal channel Billing — Billing' },
      { id: 'in-s', label: 'Internal channel Support — Support' },
      { id: 'tg', label: 'Bot — Support' },
    ]);
  });

  it('lists "No sound" last', () => {
    expect(soundChoices(['none', 'chime', 'pop'])).toEqual(['chime', 'pop', 'none']);
  });
});
