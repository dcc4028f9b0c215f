/** Events of the Administration screen's parts. */
import type { LineDto } from '../../common/api';

/** A live chat was created or its settings were saved. */
export class LineSaveEvent extends Event {
  static readonly type = 'lc-line-save';

  constructor(
    readonly line: LineDto,
    readonly created: boolean,
  ) {
    super(LineSaveEvent.type, { bubbles: true, composed: true });
  }
}

/** The user asked to delete a live chat (the screen confirms and deletes). */
export class LineDeleteEvent extends Event {
  static readonly type = 'lc-line-delete';

  constructor(readonly line: LineDto) {
    super(LineDeleteEvent.type, { bubbles: true, composed: true });
  }
}

/** The user wants to leave the settings of a live chat for the list. */
export class LineCloseEvent extends Event {
  static readonly type = 'lc-line-close';

  constructor() {
    super(LineCloseEvent.type, { bubbles: true, composed: true });
  }
}

export type LineTab = 'settings' | 'routing' | 'processes';

/** In the product's order (spec §2.1); the tabs not built yet (Messengers, Bot, Inbox, LiveChat) are left out. */
export const LINE_TABS: ReadonlyArray<{ id: LineTab; label: string }> = [
  { id: 'settings', label: 'Settings' },
  { id: 'routing', label: 'Routing' },
  { id: 'processes', label: 'Business Processes' },
];

export function isLineTab(value: unknown): value is LineTab {
  return LINE_TABS.some((tab) => tab.id === value);
}

/** The user chose a tab of a live chat's settings (the screen keeps it in the URL). */
export class LineTabEvent extends Event {
  static readonly type = 'lc-line-tab';

  constructor(readonly tab: LineTab) {
    super(LineTabEvent.type, { bubbles: true, composed: true });
  }
}
