/** Events between the parts of the Live Chats workspace. */
import type { SessionDto } from '../../common/api';

/** The user picked a session in a list. */
export class SessionOpenEvent extends Event {
  static readonly type = 'lc-session-open';

  constructor(readonly sessionId: string) {
    super(SessionOpenEvent.type, { bubbles: true, composed: true });
  }
}

/** The user changed a session (took it, closed it, renamed it, ran a process on it). */
export class SessionChangeEvent extends Event {
  static readonly type = 'lc-session-change';

  constructor(
    readonly session: SessionDto,
    readonly action: 'take' | 'close' | 'rename' | 'process' | 'items',
  ) {
    super(SessionChangeEvent.type, { bubbles: true, composed: true });
  }
}
