/** Events the conversation elements send up to the screen that owns the outbox. */
export class MessageSubmitEvent extends Event {
  static readonly type = 'lc-message-submit';

  constructor(readonly text: string) {
    super(MessageSubmitEvent.type, { bubbles: true, composed: true });
  }
}

export class MessageRetryEvent extends Event {
  static readonly type = 'lc-message-retry';

  constructor(readonly clientMessageId: string) {
    super(MessageRetryEvent.type, { bubbles: true, composed: true });
  }
}

export class MessageDiscardEvent extends Event {
  static readonly type = 'lc-message-discard';

  constructor(readonly clientMessageId: string) {
    super(MessageDiscardEvent.type, { bubbles: true, composed: true });
  }
}
