import { LineSessionState } from '@elma365/sdk-types';
import { clientLines, conversationStatus, currentSession } from '../../../../src/extension/workspace/messages/messages-model';
import { aLine, aSession } from '../builders';

describe('Messages', () => {
  it('lists the live chats the user may write to', () => {
    const lines = [
      aLine({ id: 'b', name: 'Support', roles: { operator: false, supervisor: false, client: true } }),
      aLine({ id: 'c', name: 'Internal IT', roles: { operator: true, supervisor: false, client: false } }),
      aLine({ id: 'a', name: 'HR', roles: { operator: false, supervisor: false, client: true } }),
    ];
    expect(clientLines(lines).map((line) => line.name)).toEqual(['HR', 'Support']);
  });

  it('continues the conversation with the latest activity', () => {
    const older = aSession({ id: 'old', lastActivityAt: '2026-11-01T10:00:00Z' });
    const newer = aSession({ id: 'new', lastActivityAt: '2026-11-20T10:00:00Z' });
    expect(currentSession([older, newer])?.id).toBe('new');
    expect(currentSession([])).toBeUndefined();
  });

  it('tells the client where the conversation stands', () => {
    expect(conversationStatus(undefined)).toMatch(/operator will answer/);
    expect(conversationStatus(aSession())).toBe('Waiting for an operator…');
    expect(conversationStatus(aSession({ state: LineSessionState.AssignedToOperator, operatorName: 'Olivia Bennett' }))).toBe('Olivia Bennett is answering');
    expect(conversationStatus(aSession({ state: LineSessionState.AssignedToOperator }))).toBe('An operator is answering');
    expect(conversationStatus(aSession({ state: LineSessionState.Closed }))).toMatch(/closed/);
  });
});
