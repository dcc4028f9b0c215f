/** Operator working status (spec §3.4) and capacity on a live chat. */
import { OperatorStatusType } from '@elma365/sdk-types';
import { capacityOf, effectiveStatus, hasCapacityLimits, type OperatorPresence } from '../../../src/extension/common/operators';
import { DEFAULT_SETTINGS, type LiveChatsSettings } from '../../../src/extension/common/settings';

const NOW = new Date('2026-11-20T12:00:00.000Z');
const seenAgo = (ms: number, status = OperatorStatusType.Online): OperatorPresence => ({ status, lastSeenAt: new Date(NOW.getTime() - ms).toISOString() });
const MINUTE = 60_000;

describe('effectiveStatus', () => {
  it('is Offline for a user without presence', () => {
    expect(effectiveStatus(undefined, NOW, DEFAULT_SETTINGS)).toBe(OperatorStatusType.Offline);
  });

  it('is Offline for a user switched Offline, however recently seen', () => {
    expect(effectiveStatus(seenAgo(0, OperatorStatusType.Offline), NOW, DEFAULT_SETTINGS)).toBe(OperatorStatusType.Offline);
  });

  it('is Online while switched Online and seen within the threshold (2 minutes by default)', () => {
    expect(DEFAULT_SETTINGS.inactivityMinutes).toBe(2);
    expect(effectiveStatus(seenAgo(0), NOW, DEFAULT_SETTINGS)).toBe(OperatorStatusType.Online);
    expect(effectiveStatus(seenAgo(MINUTE + 59_999), NOW, DEFAULT_SETTINGS)).toBe(OperatorStatusType.Online);
  });

  it('is still Online exactly at the threshold, and Offline a millisecond later', () => {
    expect(effectiveStatus(seenAgo(2 * MINUTE), NOW, DEFAULT_SETTINGS)).toBe(OperatorStatusType.Online);
    expect(effectiveStatus(seenAgo(2 * MINUTE + 1), NOW, DEFAULT_SETTINGS)).toBe(OperatorStatusType.Offline);
    expect(effectiveStatus(seenAgo(60 * MINUTE), NOW, DEFAULT_SETTINGS)).toBe(OperatorStatusType.Offline);
  });

  it('follows the inactivity threshold of the settings', () => {
    const patient: LiveChatsSettings = { ...DEFAULT_SETTINGS, inactivityMinutes: 10 };
    expect(effectiveStatus(seenAgo(5 * MINUTE), NOW, DEFAULT_SETTINGS)).toBe(OperatorStatusType.Offline);
    expect(effectiveStatus(seenAgo(5 * MINUTE), NOW, patient)).toBe(OperatorStatusType.Online);
    expect(effectiveStatus(seenAgo(10 * MINUTE), NOW, patient)).toBe(OperatorStatusType.Online);
    expect(effectiveStatus(seenAgo(10 * MINUTE + 1), NOW, patient)).toBe(OperatorStatusType.Offline);
  });

  it('is Offline when the last heartbeat cannot be read', () => {
    expect(effectiveStatus({ status: OperatorStatusType.Online, lastSeenAt: 'yesterday' }, NOW, DEFAULT_SETTINGS)).toBe(OperatorStatusType.Offline);
  });
});

describe('capacityOf', () => {
  const line = { maxSessionsPerOperator: 5, operatorCapacity: [{ userId: 'ann', max: 2 }, { userId: 'bob', max: 0 }] };

  it('takes the operator\'s own limit over the live chat\'s', () => {
    expect(capacityOf(line, 'ann')).toBe(2);
    expect(capacityOf(line, 'bob')).toBe(0);
  });

  it('takes the live chat\'s limit for other operators', () => {
    expect(capacityOf(line, 'cid')).toBe(5);
  });

  it('has no limit when neither is set', () => {
    expect(capacityOf({ operatorCapacity: [] }, 'ann')).toBeUndefined();
    expect(capacityOf({ operatorCapacity: [{ userId: 'ann', max: 3 }] }, 'bob')).toBeUndefined();
    expect(capacityOf({ operatorCapacity: [{ userId: 'ann', max: 3 }] }, 'ann')).toBe(3);
  });
});

describe('hasCapacityLimits', () => {
  it('is true with a live chat limit or any operator limit, false with neither', () => {
    expect(hasCapacityLimits({ maxSessionsPerOperator: 4, operatorCapacity: [] })).toBe(true);
    expect(hasCapacityLimits({ operatorCapacity: [{ userId: 'ann', max: 1 }] })).toBe(true);
    expect(hasCapacityLimits({ maxSessionsPerOperator: 0, operatorCapacity: [] })).toBe(true);
    expect(hasCapacityLimits({ operatorCapacity: [] })).toBe(false);
  });
});
