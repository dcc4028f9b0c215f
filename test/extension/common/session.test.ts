import { LineSessionState } from '@elma365/sdk-types';
import { isLiveChatsError } from '../../../src/extension/common/errors';
import { applySessionEvent, type SessionEvent, type SessionStatus } from '../../../src/extension/common/session';

const waiting: SessionStatus = { state: LineSessionState.Waiting, operatorGroupId: 'g1' };
const assigned: SessionStatus = { state: LineSessionState.AssignedToOperator, operatorId: 'u1', operatorGroupId: 'g1' };
const closed: SessionStatus = { state: LineSessionState.Closed, operatorId: 'u1' };

const codeOf = (status: SessionStatus, event: SessionEvent): string | undefined => {
  try {
    applySessionEvent(status, event);
    return undefined;
  } catch (error) {
    return isLiveChatsError(error) ? error.code : 'not a LiveChatsError';
  }
};

describe('the session state machine (spec §4.2)', () => {
  it('assigns a waiting session to the operator who takes it, keeping its group', () => {
    expect(applySessionEvent(waiting, { type: 'take', operatorId: 'u2' })).toEqual({ state: 'assignedToOperator', operatorId: 'u2', operatorGroupId: 'g1' });
  });

  it('refuses to take a session that is not waiting, with session/not-waiting', () => {
    for (const status of [assigned, closed, { state: LineSessionState.MarkedAsSpam }, { state: LineSessionState.AssignedToBot }]) {
      expect(codeOf(status, { type: 'take', operatorId: 'u2' })).toBe('session/not-waiting');
    }
  });

  it('closes only assigned sessions and keeps who handled them', () => {
    expect(applySessionEvent(assigned, { type: 'close' })).toMatchObject({ state: 'closed', operatorId: 'u1' });
    expect(applySessionEvent({ state: LineSessionState.AssignedToBot }, { type: 'close' }).state).toBe('closed');
    expect(codeOf(waiting, { type: 'close' })).toBe('session/invalid-transition');
    expect(codeOf(closed, { type: 'close' })).toBe('session/invalid-transition');
  });

  it('resumes a closed session into the queue when the client writes, and leaves others alone', () => {
    expect(applySessionEvent(closed, { type: 'clientMessage' })).toEqual({ state: 'waiting', operatorGroupId: undefined });
    expect(applySessionEvent(assigned, { type: 'clientMessage' })).toBe(assigned);
    expect(applySessionEvent(waiting, { type: 'clientMessage' })).toBe(waiting);
  });

  it('restores operator and state when a session is removed from spam', () => {
    const spam = applySessionEvent(assigned, { type: 'markAsSpam' });
    expect(spam.state).toBe('markedAsSpam');
    expect(applySessionEvent(spam, { type: 'removeFromSpam' })).toEqual(assigned);
    expect(codeOf(closed, { type: 'markAsSpam' })).toBe('session/invalid-transition');
    expect(codeOf(assigned, { type: 'removeFromSpam' })).toBe('session/invalid-transition');
  });

  it('moves between operator, group queue and bot', () => {
    expect(applySessionEvent(assigned, { type: 'assignToOperator', operatorId: 'u3' })).toMatchObject({ state: 'assignedToOperator', operatorId: 'u3', operatorGroupId: 'g1' });
    expect(applySessionEvent(assigned, { type: 'assignToOperatorGroup', operatorGroupId: 'g2' })).toEqual({ state: 'waiting', operatorGroupId: 'g2' });
    const bot = applySessionEvent(assigned, { type: 'assignToBot' });
    expect(bot).toEqual({ state: 'assignedToBot', operatorGroupId: 'g1' });
    expect(applySessionEvent(bot, { type: 'returnToQueue' })).toEqual({ state: 'waiting', operatorGroupId: 'g1' });
    expect(codeOf(closed, { type: 'assignToOperator', operatorId: 'u3' })).toBe('session/invalid-transition');
    expect(codeOf(waiting, { type: 'returnToQueue' })).toBe('session/invalid-transition');
  });
});

describe('removing from spam into the queue, and the common queue', () => {
  it('puts a session removed from spam with toQueue into its group\'s queue, without its operator', () => {
    const spam = applySessionEvent(assigned, { type: 'markAsSpam' });
    expect(applySessionEvent(spam, { type: 'removeFromSpam', toQueue: true })).toStrictEqual({ state: 'waiting', operatorGroupId: 'g1' });
  });

  it('puts it into the common queue when it had no group before the spam mark', () => {
    const spam = applySessionEvent({ state: LineSessionState.AssignedToOperator, operatorId: 'u1' }, { type: 'markAsSpam' });
    expect(applySessionEvent(spam, { type: 'removeFromSpam', toQueue: true })).toStrictEqual({ state: 'waiting', operatorGroupId: undefined });
  });

  it('restores the operator when toQueue is false, as without it', () => {
    const spam = applySessionEvent(assigned, { type: 'markAsSpam' });
    expect(applySessionEvent(spam, { type: 'removeFromSpam', toQueue: false })).toEqual(assigned);
  });

  it('puts a spam session that does not know its earlier state into the common queue, either way', () => {
    const legacy: SessionStatus = { state: LineSessionState.MarkedAsSpam, operatorId: 'u1', operatorGroupId: 'g1' };
    expect(applySessionEvent(legacy, { type: 'removeFromSpam' })).toEqual({ state: 'waiting' });
    expect(applySessionEvent(legacy, { type: 'removeFromSpam', toQueue: true })).toEqual({ state: 'waiting' });
    expect(applySessionEvent(legacy, { type: 'removeFromSpam' }).operatorId).toBeUndefined();
  });

  it('refuses toQueue for a session that is not in spam', () => {
    expect(codeOf(waiting, { type: 'removeFromSpam', toQueue: true })).toBe('session/invalid-transition');
  });

  it('moves a session assigned to an operator or the bot into the common queue when no group is given', () => {
    expect(applySessionEvent(assigned, { type: 'assignToOperatorGroup' })).toStrictEqual({ state: 'waiting', operatorGroupId: undefined });
    expect(applySessionEvent({ state: LineSessionState.AssignedToBot, operatorGroupId: 'g1' }, { type: 'assignToOperatorGroup' })).toStrictEqual({
      state: 'waiting',
      operatorGroupId: undefined,
    });
    expect(applySessionEvent(waiting, { type: 'assignToOperatorGroup' })).toStrictEqual({ state: 'waiting', operatorGroupId: undefined });
    expect(codeOf(closed, { type: 'assignToOperatorGroup' })).toBe('session/invalid-transition');
    expect(codeOf({ state: LineSessionState.MarkedAsSpam }, { type: 'assignToOperatorGroup' })).toBe('session/invalid-transition');
  });
});
