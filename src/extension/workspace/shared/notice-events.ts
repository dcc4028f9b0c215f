/** Asks the screen to show a notice (a banner that stays until dismissed or replaced). */
export type NoticeKind = 'error' | 'info';

export class NoticeShowEvent extends Event {
  static readonly type = 'lc-notice-show';

  constructor(
    readonly kind: NoticeKind,
    readonly text: string,
  ) {
    super(NoticeShowEvent.type, { bubbles: true, composed: true });
  }
}
