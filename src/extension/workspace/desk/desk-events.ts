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

/** The user picked a message among the search results: the conversation shows it. */
export class MessageRevealEvent extends Event {
  static readonly type = 'lc-message-reveal';

  constructor(readonly seq: number) {
    super(MessageRevealEvent.type, { bubbles: true, composed: true });
  }
}

/** The user picked a session among the search results: the desk opens it in its live chat. */
export class SessionFoundEvent extends Event {
  static readonly type = 'lc-session-found';

  constructor(readonly session: SessionDto) {
    super(SessionFoundEvent.type, { bubbles: true, composed: true });
  }
}

/** The user chose a place in the workspace's menu: the desk's URL parameters to go to. */
export class DeskNavigateEvent extends Event {
  static readonly type = 'lc-desk-navigate';

  constructor(readonly params: Record<string, string>) {
    super(DeskNavigateEvent.type, { bubbles: true, composed: true });
  }
}

/** The user closed About the session where it is a drawer (narrow windows). */
export class AboutCloseEvent extends Event {
  static readonly type = 'lc-about-close';

  constructor() {
    super(AboutCloseEvent.type, { bubbles: true, composed: true });
  }
}
