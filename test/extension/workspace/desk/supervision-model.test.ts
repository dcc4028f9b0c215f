import { LineChannelState, LineChannelType, LineSessionPriority, LineSessionState } from '@elma365/sdk-types';
import { ApiError } from '../../../../src/extension/workspace/services/api-error';
import {
  NO_CONTROLS,
  priorityChoices,
  priorityFromChoice,
  priorityLabel,
  supervisionControls,
  supervisionErrorText,
} from '../../../../src/extension/workspace/desk/supervision-model';
import { aLine, aSession, aViewer, OPERATORS, SUPERVISORS } from '../builders';

const ME = 'user-operator1';
const operator = aViewer([OPERATORS], ME);
const supervisor = aViewer([SUPERVISORS], 'user-supervisor');
const telegram = { id: 'line-1-telegram', lineId: 'line-1', type: LineChannelType.TelegramBot, name: 'Support bot', state: LineChannelState.Active };
const operatorLine = aLine({ channels: [...aLine().channels, telegram] });
const supervisorLine = aLine({ channels: operatorLine.channels, roles: { operator: false, supervisor: true, client: false } });

// Sessions of a messenger: the internal channel's sessions (employees) are never spam.
const fromTelegram = { channelId: telegram.id };
const waiting = aSession(fromTelegram);
const mine = aSession({ ...fromTelegram, state: LineSessionState.AssignedToOperator, operatorId: ME });
const others = aSession({ ...fromTelegram, state: LineSessionState.AssignedToOperator, operatorId: 'user-operator2' });
const withBot = aSession({ ...fromTelegram, state: LineSessionState.AssignedToBot });
const closed = aSession({ ...fromTelegram, state: LineSessionState.Closed, operatorId: ME });

describe('who sees which supervision control', () => {
  it('a supervisor manages every active session of the live chat', () => {
    for (const session of [waiting, others, withBot]) {
      expect(supervisionControls(session, supervisorLine, supervisor, true)).toMatchObject({
        priority: true,
        operator: true,
        operatorGroup: true,
        markAsSpam: true,
        removeFromSpam: false,
      });
    }
  });

  it('returns to the queue only sessions someone (or the bot) has', () => {
    expect(supervisionControls(waiting, supervisorLine, supervisor, true).returnToQueue).toBe(false);
    expect(supervisionControls(others, supervisorLine, supervisor, true).returnToQueue).toBe(true);
    expect(supervisionControls(withBot, supervisorLine, supervisor, true).returnToQueue).toBe(true);
  });

  it('an operator manages the session assigned to them, and nothing else', () => {
    expect(supervisionControls(mine, operatorLine, operator, true)).toEqual({
      priority: true,
      operator: true,
      operatorGroup: true,
      returnToQueue: true,
      markAsSpam: true,
      removeFromSpam: false,
      disabledBecause: {},
    });
    expect(supervisionControls(waiting, operatorLine, operator, true)).toEqual(NO_CONTROLS);
    expect(supervisionControls(others, operatorLine, operator, true)).toEqual(NO_CONTROLS);
  });

  it('closed sessions have no supervision controls', () => {
    expect(supervisionControls(closed, supervisorLine, supervisor, true)).toEqual(NO_CONTROLS);
    expect(supervisionControls(closed, operatorLine, operator, true)).toEqual(NO_CONTROLS);
  });

  it('a session in spam only offers "Remove from spam": to supervisors and the operator it was taken from', () => {
    const spam = aSession({
      state: LineSessionState.MarkedAsSpam,
      operatorId: ME,
      beforeSpam: { state: LineSessionState.AssignedToOperator, operatorId: ME },
    });
    expect(supervisionControls(spam, supervisorLine, supervisor, true)).toEqual({ ...NO_CONTROLS, removeFromSpam: true });
    expect(supervisionControls(spam, operatorLine, operator, true)).toEqual({ ...NO_CONTROLS, removeFromSpam: true });
    expect(supervisionControls(spam, operatorLine, aViewer([OPERATORS], 'user-operator2'), true)).toEqual(NO_CONTROLS);
    const spamFromQueue = aSession({ state: LineSessionState.MarkedAsSpam, beforeSpam: { state: LineSessionState.Waiting } });
    expect(supervisionControls(spamFromQueue, operatorLine, operator, true).removeFromSpam).toBe(false);
  });

  it("an employee's session (internal channel) cannot be marked as spam", () => {
    const employees = aSession({ state: LineSessionState.AssignedToOperator, operatorId: ME });
    expect(supervisionControls(employees, operatorLine, operator, true)).toMatchObject({ markAsSpam: false, returnToQueue: true, operator: true });
  });

  it('an Offline operator or supervisor sees the same controls, switched off with "Go Online to …"', () => {
    const offline = supervisionControls(others, supervisorLine, supervisor, false);
    expect(offline).toMatchObject({ priority: true, operator: true, operatorGroup: true, returnToQueue: true, markAsSpam: true, removeFromSpam: false });
    expect(offline.disabledBecause).toEqual({
      priority: 'Go Online to change the priority',
      operator: 'Go Online to reassign the session',
      operatorGroup: 'Go Online to move the session to a group',
      returnToQueue: 'Go Online to return the session to the queue',
      markAsSpam: 'Go Online to mark the session as spam',
    });
    // Only what is shown is switched off.
    const waitingOffline = supervisionControls(waiting, supervisorLine, supervisor, false).disabledBecause;
    expect(Object.keys(waitingOffline)).not.toContain('returnToQueue');
    const spam = aSession({ state: LineSessionState.MarkedAsSpam, operatorId: ME, beforeSpam: { state: LineSessionState.AssignedToOperator, operatorId: ME } });
    expect(supervisionControls(spam, operatorLine, operator, false)).toEqual({
      ...NO_CONTROLS,
      removeFromSpam: true,
      disabledBecause: { removeFromSpam: 'Go Online to remove the session from spam' },
    });
    // Nothing to switch off for who has no controls.
    expect(supervisionControls(others, operatorLine, operator, false)).toEqual(NO_CONTROLS);
    expect(supervisionControls(mine, operatorLine, operator, true).disabledBecause).toEqual({});
  });

  it('no group change in a live chat without operator groups, and nothing for another live chat', () => {
    expect(supervisionControls(others, aLine({ operatorGroupIds: [], roles: supervisorLine.roles }), supervisor, true).operatorGroup).toBe(false);
    expect(supervisionControls(aSession({ lineId: 'other' }), supervisorLine, supervisor, true)).toEqual(NO_CONTROLS);
  });
});

describe('priorities', () => {
  it('read High / Medium / Low, or "Priority not set"', () => {
    expect(priorityLabel(LineSessionPriority.High)).toBe('High');
    expect(priorityLabel(undefined)).toBe('Priority not set');
  });

  it('offers every priority and "not set", marking the current one', () => {
    expect(priorityChoices(LineSessionPriority.Medium)).toEqual([
      { value: 'high', label: 'High', detail: undefined },
      { value: 'medium', label: 'Medium', detail: 'Current' },
      { value: 'low', label: 'Low', detail: undefined },
      { value: 'none', label: 'Priority not set', detail: undefined },
    ]);
    expect(priorityChoices(undefined)[3].detail).toBe('Current');
  });

  it('turns a choice back into a priority, "not set" into null', () => {
    expect(priorityFromChoice('low')).toBe(LineSessionPriority.Low);
    expect(priorityFromChoice('none')).toBeNull();
  });
});

describe('refusals in the panel', () => {
  it('says what did not happen and keeps the server\'s reason', () => {
    const error = new ApiError('operator/at-capacity', 'Oscar Diaz already has 3 active sessions (the limit is 3).', 409);
    expect(supervisionErrorText('operator', error, 'Oscar Diaz')).toBe(
      'The session was not reassigned. Oscar Diaz already has 3 active sessions (the limit is 3).',
    );
  });

  it('keeps the server\'s words for operator/offline, which it sends with 409 about the caller or the target', () => {
    const caller = new ApiError('operator/offline', 'You are Offline: switch your status to Online to work on sessions.', 409);
    expect(supervisionErrorText('spam', caller)).toBe(
      'The session was not marked as spam. You are Offline: switch your status to Online to work on sessions.',
    );
    const target = new ApiError('operator/offline', 'Oscar Diaz is Offline, and sessions may be reassigned only to Online operators.', 409);
    expect(supervisionErrorText('operator', target, 'Oscar Diaz')).toBe(
      'The session was not reassigned. Oscar Diaz is Offline, and sessions may be reassigned only to Online operators.',
    );
  });

  it('words a bare operator/offline by the code, whatever the status: the target only on a reassignment to someone', () => {
    for (const status of [409, 403]) {
      const bare = new ApiError('operator/offline', `The server answered with status ${status}.`, status);
      expect(supervisionErrorText('operator', bare, 'Oscar Diaz')).toBe(
        'The session was not reassigned. Oscar Diaz is Offline, and sessions can only be reassigned to Online operators.',
      );
      expect(supervisionErrorText('spam', bare)).toBe('The session was not marked as spam. You are Offline. Switch your status to Online to manage sessions.');
      expect(supervisionErrorText('group', bare, 'Billing')).toBe(
        'The session was not moved to the group. You are Offline. Switch your status to Online to manage sessions.',
      );
      expect(supervisionErrorText('priority', bare)).toMatch(/^The priority was not changed\. You are Offline\./);
    }
  });

  it('words a bare refusal with a known code, and anything else as it came', () => {
    expect(supervisionErrorText('group', new ApiError('operator/at-capacity', 'The server answered with status 409.', 409))).toMatch(
      /^The session was not moved to the group\. The operator already has as many sessions/,
    );
    expect(supervisionErrorText('return', new Error('Cannot reach the server.'))).toBe('The session was not returned to the queue. Cannot reach the server.');
  });
});
