/** Events between the parts of the Live Chats workspace. */
import type { SessionDto } from '../../common/api';

/** The user picked a session in a list. */
export class SessionOpenEvent extends Event {
  static readonly type = 'lc-session-open';

  constructor(readonly sessionId: string) {
    super(SessionOpenEvent.type, { bubbles: true, composed: true });
  }
}

export type SessionChangeAction =
  | 'take'
  | 'close'
  | 'rename'
  | 'process'
  | 'items'
  /** Supervision from About the session (spec §5.3): the server answered with the changed session. */
  | 'priority'
  | 'assign'
  | 'return'
  | 'spam'
  | 'unspam';

/** The user changed a session (took it, closed it, renamed it, ran a process on it, supervised it). */
export class SessionChangeEvent extends Event {
  static readonly type = 'lc-session-change';

  constructor(
    readonly session: SessionDto,
    readonly action: SessionChangeAction,
  ) {
    super(SessionChangeEvent.type, { bubbles: true, composed: true });
  }
}

/** The user chose an operator in the operator picker. */
export class OperatorPickEvent extends Event {
  static readonly type = 'lc-operator-pick';

  constructor(
    readonly operatorId: string,
    readonly operatorName: string,
  ) {
    super(OperatorPickEvent.type, { bubbles: true, composed: true });
  }
}
