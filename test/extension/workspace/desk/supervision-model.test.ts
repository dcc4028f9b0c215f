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
      expect(supervisionControls(session, supervisorLine, supervisor)).toMatchObject({
        priority: true,
        operator: true,
        operatorGroup: true,
        markAsSpam: true,
        removeFromSpam: false,
      });
    }
  });

  it('returns to the queue only sessions someone (or the bot) has', () => {
    expect(supervisionControls(waiting, supervisorLine, supervisor).returnToQueue).toBe(false);
    expect(supervisionControls(others, supervisorLine, supervisor).returnToQueue).toBe(true);
    expect(supervisionControls(withBot, supervisorLine, supervisor).returnToQueue).toBe(true);
  });

  it('an operator manages the session assigned to them, and nothing else', () => {
    expect(supervisionControls(mine, operatorLine, operator)).toEqual({
      priority: true,
      operator: true,
      operatorGroup: true,
      returnToQueue: true,
      markAsSpam: true,
      removeFromSpam: false,
    });
    expect(supervisionControls(waiting, operatorLine, operator)).toEqual(NO_CONTROLS);
    expect(supervisionControls(others, operatorLine, operator)).toEqual(NO_CONTROLS);
  });

  it('closed sessions have no supervision controls', () => {
    expect(supervisionControls(closed, supervisorLine, supervisor)).toEqual(NO_CONTROLS);
    expect(supervisionControls(closed, operatorLine, operator)).toEqual(NO_CONTROLS);
  });

  it('a session in spam only offers "Remove from spam": to supervisors and the operator it was taken from', () => {
    const spam = aSession({
      state: LineSessionState.MarkedAsSpam,
      operatorId: ME,
      beforeSpam: { state: LineSessionState.AssignedToOperator, operatorId: ME },
    });
    expect(supervisionControls(spam, supervisorLine, supervisor)).toEqual({ ...NO_CONTROLS, removeFromSpam: true });
    expect(supervisionControls(spam, operatorLine, operator)).toEqual({ ...NO_CONTROLS, removeFromSpam: true });
    expect(supervisionControls(spam, operatorLine, aViewer([OPERATORS], 'user-operator2'))).toEqual(NO_CONTROLS);
    const spamFromQueue = aSession({ state: LineSessionState.MarkedAsSpam, beforeSpam: { state: LineSessionState.Waiting } });
    expect(supervisionControls(spamFromQueue, operatorLine, operator).removeFromSpam).toBe(false);
  });

  it("an employee's session (internal channel) cannot be marked as spam", () => {
    const employees = aSession({ state: LineSessionState.AssignedToOperator, operatorId: ME });
    expect(supervisionControls(employees, operatorLine, operator)).toMatchObject({ markAsSpam: false, returnToQueue: true, operator: true });
  });

  it('no group change in a live chat without operator groups, and nothing for another live chat', () => {
    expect(supervisionControls(others, aLine({ operatorGroupIds: [], roles: supervisorLine.roles }), supervisor).operatorGroup).toBe(false);
    expect(supervisionControls(aSession({ lineId: 'other' }), supervisorLine, supervisor)).toEqual(NO_CONTROLS);
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

  it('tells the caller\'s own Offline status from the target\'s', () => {
    expect(supervisionErrorText('spam', new ApiError('operator/offline', 'Forbidden', 403))).toBe(
      'The session was not marked as spam. You are Offline. Switch your status to Online to manage sessions.',
    );
    expect(supervisionErrorText('operator', new ApiError('operator/offline', 'The server answered with status 409.', 409), 'Oscar Diaz')).toBe(
      'The session was not reassigned. Oscar Diaz is Offline, and sessions can only be reassigned to Online operators.',
    );
  });

  it('words a bare refusal with a known code, and anything else as it came', () => {
    expect(supervisionErrorText('group', new ApiError('operator/at-capacity', 'The server answered with status 409.', 409))).toMatch(
      /^The session was not moved to the group\. The operator already has as many sessions/,
    );
    expect(supervisionErrorText('return', new Error('Cannot reach the server.'))).toBe('The session was not returned to the queue. Cannot reach the server.');
  });
});
