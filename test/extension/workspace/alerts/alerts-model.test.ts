/** The workspace's notifications, DOM-free (workspace/alerts/alerts-model.ts): pop-ups, sounds, the badge. */
import { LineSessionState } from '@elma365/sdk-types';
import type { NewMessageAlert, NewSessionAlert } from '../../../../src/extension/common/alerts';
import {
  addToast,
  newMessageSound,
  newSessionSound,
  removeToast,
  toastHeading,
  toastLabel,
  toastPlace,
  TOASTS_MAX,
  workspaceBadge,
} from '../../../../src/extension/workspace/alerts/alerts-model';

const anAlert = (change: Partial<NewSessionAlert> = {}): NewSessionAlert => ({
  sessionId: 'session-1',
  state: LineSessionState.Waiting,
  lineId: 'line-1',
  lineName: 'Support',
  sessionName: 'Printer on fire',
  clientName: 'Emma Fischer',
  snippet: 'My printer is on fire',
  seq: 1,
  online: true,
  resumed: false,
  at: '2026-03-02T09:00:00.000Z',
  ...change,
});

const settings = { newSessionSound: 'chime', newMessageSound: 'pop' } as const;

describe('new-session pop-ups', () => {
  it('keep the newest few, one per session', () => {
    let toasts = addToast([], { id: 1, alert: anAlert() });
    toasts = addToast(toasts, { id: 2, alert: anAlert({ sessionId: 'session-2' }) });
    toasts = addToast(toasts, { id: 3, alert: anAlert({ snippet: 'again' }) });
    expect(toasts.map((toast) => toast.id)).toEqual([2, 3]);
    for (let id = 4; id < 10; id++) toasts = addToast(toasts, { id, alert: anAlert({ sessionId: `session-${id}` }) });
    expect(toasts).toHaveLength(TOASTS_MAX);
    expect(toasts.map((toast) => toast.id)).toEqual([7, 8, 9]);
    expect(removeToast(toasts, 8).map((toast) => toast.id)).toEqual([7, 9]);
  });

  it('say what arrived, from whom, where, and how it starts', () => {
    expect(toastHeading(anAlert())).toBe('New session');
    expect(toastHeading(anAlert({ resumed: true }))).toBe('A session is back in the queue');
    expect(toastHeading(anAlert({ state: LineSessionState.AssignedToOperator }))).toBe('New session assigned to you');
    expect(toastLabel(anAlert())).toBe('New session "Printer on fire" from Emma Fischer in Support: My printer is on fire. Open the session.');
    expect(toastLabel(anAlert({ sessionName: 'Emma Fischer', snippet: '' }))).toBe('New session "Emma Fischer" in Support. Open the session.');
  });

  it('lead to the queue, or to My sessions for a session routing gave the user', () => {
    expect(toastPlace(anAlert())).toEqual({ line: 'line-1', view: 'queue', session: 'session-1' });
    expect(toastPlace(anAlert({ state: LineSessionState.AssignedToOperator }))).toEqual({ line: 'line-1', view: 'mine', session: 'session-1' });
  });
});

describe('sounds', () => {
  it('of a new session play for Online operators only, as the settings say', () => {
    expect(newSessionSound(anAlert(), settings)).toBe('chime');
    expect(newSessionSound(anAlert({ online: false }), settings)).toBe('none');
    expect(newSessionSound(anAlert(), { newSessionSound: 'none' })).toBe('none');
  });

  it('of a client message stay quiet for the session on screen and for the message its pop-up sounded for', () => {
    const alert: NewMessageAlert = { sessionId: 'session-1', lineId: 'line-1', sessionName: 'Printer on fire', seq: 4 };
    expect(newMessageSound(alert, { pageVisible: true }, settings)).toBe('pop');
    expect(newMessageSound(alert, { openSessionId: 'session-1', pageVisible: true }, settings)).toBe('none');
    // In a background tab the user does not see it arrive, even with the session open.
    expect(newMessageSound(alert, { openSessionId: 'session-1', pageVisible: false }, settings)).toBe('pop');
    expect(newMessageSound(alert, { openSessionId: 'session-2', pageVisible: true }, settings)).toBe('pop');
    expect(newMessageSound(alert, { pageVisible: true, arrivedSeq: 4 }, settings)).toBe('none');
    expect(newMessageSound(alert, { pageVisible: true, arrivedSeq: 1 }, settings)).toBe('pop');
    expect(newMessageSound(alert, { pageVisible: true }, { newMessageSound: 'none' })).toBe('none');
  });
});

it('puts the count of my sessions with unread messages on the workspace entry', () => {
  expect(workspaceBadge(undefined)).toBe(0);
  expect(workspaceBadge({ queue: 5, unread: 2, lines: [] })).toBe(2);
});
