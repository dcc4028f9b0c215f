/** Events the conversation elements send up to the screen that owns the outbox. */
import type { MessageDto } from '../../common/api';
import type { AttachmentDto } from '../../common/attachments-api';
import type { MessageQuote } from '../../common/message';
import type { OutgoingMessage } from './outbox-model';

export class MessageSubmitEvent extends Event {
  static readonly type = 'lc-message-submit';

  constructor(
    readonly text: string,
    /** The message this one replies to. */
    readonly quote?: MessageQuote,
    /** The files uploaded to go with it. */
    readonly attachments: AttachmentDto[] = [],
  ) {
    super(MessageSubmitEvent.type, { bubbles: true, composed: true });
  }

  /** The message for the outbox. */
  get outgoing(): OutgoingMessage {
    return { text: this.text, quote: this.quote, attachments: this.attachments };
  }
}

/** The composer saves the new text of a message being edited. */
export class MessageEditEvent extends Event {
  static readonly type = 'lc-message-edit';

  constructor(
    readonly messageId: string,
    readonly text: string,
  ) {
    super(MessageEditEvent.type, { bubbles: true, composed: true });
  }
}

/** A message's menu asks the composer to quote it, or to edit it. */
export class MessageActionEvent extends Event {
  static readonly type = 'lc-message-action';

  constructor(
    readonly action: 'quote' | 'edit',
    readonly message: MessageDto,
  ) {
    super(MessageActionEvent.type, { bubbles: true, composed: true });
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

/** About the session › … › System messages: show or hide them on this page (spec §5.3). */
export class SystemMessagesToggleEvent extends Event {
  static readonly type = 'lc-system-messages-toggle';

  constructor(readonly show: boolean) {
    super(SystemMessagesToggleEvent.type, { bubbles: true, composed: true });
  }
}
