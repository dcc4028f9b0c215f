import { DEFAULT_SETTINGS } from '../../../../src/extension/common/settings';
import { inactivityProblem, settingsChanged, settingsDraft, settingsPatch } from '../../../../src/extension/workspace/administration/global-settings-model';

describe('Administration › Live Chats Settings', () => {
  it('takes whole minutes from 2 to 999', () => {
    expect(['2', '999', ' 15 '].map(inactivityProblem)).toEqual([undefined, undefined, undefined]);
    for (const text of ['1', '1000', '2.5', '', 'ten', '-3']) expect(inactivityProblem(text)).toBe('Enter a whole number of minutes from 2 to 999');
  });

  it('sends only what changed, and nothing while the minutes are out of range', () => {
    const draft = settingsDraft(DEFAULT_SETTINGS);
    expect(draft).toEqual({ inactivityMinutes: '2', reassignOnlyOnline: false });
    expect(settingsPatch(DEFAULT_SETTINGS, draft)).toBeUndefined();
    expect(settingsPatch(DEFAULT_SETTINGS, { ...draft, inactivityMinutes: '10' })).toEqual({ inactivityMinutes: 10 });
    expect(settingsPatch(DEFAULT_SETTINGS, { ...draft, reassignOnlyOnline: true })).toEqual({ reassignOnlyOnline: true });
    expect(settingsPatch(DEFAULT_SETTINGS, { inactivityMinutes: '1', reassignOnlyOnline: true })).toBeUndefined();
    expect(settingsChanged(DEFAULT_SETTINGS, { ...draft, inactivityMinutes: '1' })).toBe(true);
    expect(settingsChanged(DEFAULT_SETTINGS, { ...draft, inactivityMinutes: ' 2 ' })).toBe(false);
  });
});
