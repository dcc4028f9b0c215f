/**
 * Events between the parts of the Sessions app. A session it opens leaves as the desk's
 * SessionFoundEvent (`lc-session-found`), like one found by search.
 */
import type { SessionsFilter } from './sessions-app-model';

/** The user applied (or cleared) the filter panel's filter. */
export class SessionsFilterApplyEvent extends Event {
  static readonly type = 'lc-sessions-filter-apply';

  constructor(readonly filter: SessionsFilter) {
    super(SessionsFilterApplyEvent.type, { bubbles: true, composed: true });
  }
}

/** The user saved the current filter under a name. */
export class SessionsFilterSaveEvent extends Event {
  static readonly type = 'lc-sessions-filter-save';

  constructor(
    readonly name: string,
    readonly filter: SessionsFilter,
  ) {
    super(SessionsFilterSaveEvent.type, { bubbles: true, composed: true });
  }
}

/** The user clicked a sortable column header. */
export class SessionsSortEvent extends Event {
  static readonly type = 'lc-sessions-sort';

  constructor(readonly sortKey: string) {
    super(SessionsSortEvent.type, { bubbles: true, composed: true });
  }
}

/** The user applied or deleted one of their saved filters. */
export class SavedFilterActionEvent extends Event {
  static readonly type = 'lc-saved-filter-action';

  constructor(
    readonly action: 'apply' | 'delete',
    readonly id: string,
  ) {
    super(SavedFilterActionEvent.type, { bubbles: true, composed: true });
  }
}
