/** The operator status the workspace shows (src/extension/workspace/operator-status/operator-status-model.ts). */
import { OperatorStatusType } from '@elma365/sdk-types';
import {
  canWork,
  INITIAL_STATUS_STATE,
  isOnline,
  parseStatusHint,
  showsOfflineBanner,
  showsStatus,
  statusHint,
  statusLabel,
  toggled,
  withStatus,
} from '../../../../src/extension/workspace/operator-status/operator-status-model';

const online = { status: OperatorStatusType.Online, eligible: true, inactivityMinutes: 2 };
const offline = { status: OperatorStatusType.Offline, eligible: true, inactivityMinutes: 2 };

describe('the operator status model', () => {
  it('shows nothing before the first answer and to users without a status', () => {
    expect(showsStatus(INITIAL_STATUS_STATE)).toBe(false);
    expect(showsOfflineBanner(INITIAL_STATUS_STATE)).toBe(false);
    const employee = withStatus(INITIAL_STATUS_STATE, { ...offline, eligible: false });
    expect(employee.phase).toBe('ready');
    expect(showsStatus(employee)).toBe(false);
    expect(showsOfflineBanner(employee)).toBe(false);
    expect(showsStatus({ ...INITIAL_STATUS_STATE, phase: 'unavailable' })).toBe(false);
  });

  it('shows an operator Online or Offline, and the banner only when Offline', () => {
    const on = withStatus(INITIAL_STATUS_STATE, online);
    expect([showsStatus(on), isOnline(on), showsOfflineBanner(on)]).toEqual([true, true, false]);
    const off = withStatus(on, offline);
    expect([showsStatus(off), isOnline(off), showsOfflineBanner(off)]).toEqual([true, false, true]);
    expect(statusLabel(OperatorStatusType.Online)).toBe('Online');
    expect(statusLabel(OperatorStatusType.Offline)).toBe('Offline');
    expect(toggled(OperatorStatusType.Online)).toBe(OperatorStatusType.Offline);
    expect(toggled(OperatorStatusType.Offline)).toBe(OperatorStatusType.Online);
  });

  it('lets everyone work but an operator or supervisor known to be Offline', () => {
    expect(canWork(withStatus(INITIAL_STATUS_STATE, online))).toBe(true);
    expect(canWork(withStatus(INITIAL_STATUS_STATE, offline))).toBe(false);
    // Users without a status, and a status not known yet: the server decides.
    expect(canWork(withStatus(INITIAL_STATUS_STATE, { ...offline, eligible: false }))).toBe(true);
    expect(canWork(INITIAL_STATUS_STATE)).toBe(true);
    expect(canWork({ ...INITIAL_STATUS_STATE, phase: 'unavailable' })).toBe(true);
  });

  it('keeps a switch in progress and its error apart from the answers', () => {
    const switching = { ...withStatus(INITIAL_STATUS_STATE, offline), switching: true, error: 'No licence is free.' };
    expect(withStatus(switching, online)).toMatchObject({ status: OperatorStatusType.Online, switching: true, error: 'No licence is free.' });
  });

  it('says what each status means', () => {
    expect(statusHint(withStatus(INITIAL_STATUS_STATE, online))).toMatch(/Offline automatically after 2 min/);
    expect(statusHint(withStatus(INITIAL_STATUS_STATE, offline))).toBe('You can view sessions but cannot take, reply to or manage them.');
  });

  it('reads realtime status hints, and nothing else', () => {
    expect(parseStatusHint(online)).toEqual(online);
    expect(parseStatusHint({ ...online, extra: 1 })).toEqual(online);
    for (const bad of [undefined, null, 'online', { ...online, status: 'away' }, { ...online, eligible: 'yes' }, { status: 'online', eligible: true }, { ...online, inactivityMinutes: Number.NaN }]) {
      expect(parseStatusHint(bad)).toBeUndefined();
    }
  });
});
