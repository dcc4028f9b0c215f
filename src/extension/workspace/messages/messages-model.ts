/** The rules of the Messages screen, DOM-free: which live chats a user may write to, which session is theirs, what to tell them. */
import { LineSessionState } from '@elma365/sdk-types';
import type { LineDto, SessionDto } from '../../common/api';

export function clientLines(lines: readonly LineDto[]): LineDto[] {
  return lines.filter((line) => line.roles.client).sort((a, b) => a.name.localeCompare(b.name));
}

/** The user's session in a live chat: the one with the latest activity (earlier ones are history). */
export function currentSession(sessions: readonly SessionDto[]): SessionDto | undefined {
  return [...sessions].sort((a, b) => Date.parse(b.lastActivityAt) - Date.parse(a.lastActivityAt))[0];
}

/** One line under the live chat's name that says where the conversation stands. */
export function conversationStatus(session: SessionDto | undefined): string {
  if (!session) return 'Write your question and an operator will answer here.';
  switch (session.state) {
    case LineSessionState.Waiting:
      return 'Waiting for an operator…';
    case LineSessionState.AssignedToOperator:
      return session.operatorName ? `${session.operatorName} is answering` : 'An operator is answering';
    case LineSessionState.AssignedToBot:
      return 'The assistant is answering';
    case LineSessionState.Closed:
      return 'The conversation is closed. Write again to continue it.';
    default:
      return '';
  }
}
