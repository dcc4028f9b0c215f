/**
 * What the Live Chat Messages widget asks for and says, from its context (DOM-free): the query of
 * the item's sessions by the placement's settings, the keyboard moves of the session list, whether
 * +New Session is offered, why the viewer cannot reply in a session, and which realtime hints
 * reload the list (at most once per burst).
 */
import { LineSessionState, type WidgetContext } from '@elma365/sdk-types';
import type { SessionDto } from '../../extension/common/api';
import type { WidgetFollowDto, WidgetSessionDto } from '../../extension/common/widget-api';

export type ShowHistory = 'account' | 'item';

/** The placement's settings, with the manifest's defaults. */
export function widgetSettings(settings: Readonly<Record<string, string>>): { showHistory: ShowHistory; accountField: string; itemField: string } {
  return {
    showHistory: settings.showHistory === 'item' ? 'item' : 'account',
    accountField: settings.accountField ?? '',
    itemField: settings.itemField ?? '',
  };
}

/** The query string of GET /widget/sessions for the item the form shows. */
export function sessionsQuery(context: Pick<WidgetContext, 'app' | 'item' | 'settings'>, archive: boolean): string {
  const { showHistory, accountField, itemField } = widgetSettings(context.settings);
  const params = new URLSearchParams({ appCode: context.app.code, itemId: context.item.id, showHistory });
  if (showHistory === 'account' && accountField) params.set('accountField', accountField);
  if (showHistory === 'item' && itemField) params.set('itemField', itemField);
  if (archive) params.set('archive', 'true');
  return params.toString();
}

/** The session a key moves the list's selection to (arrows, Home, End); undefined for other keys. */
export function moveSelection(ids: readonly string[], current: string | undefined, key: string): string | undefined {
  if (ids.length === 0) return undefined;
  const at = current === undefined ? -1 : ids.indexOf(current);
  switch (key) {
    case 'ArrowDown': return ids[Math.min(ids.length - 1, at + 1)];
    case 'ArrowUp': return ids[Math.max(0, at - 1)];
    case 'Home': return ids[0];
    case 'End': return ids[ids.length - 1];
    default: return undefined;
  }
}

/**
 * Whether a `session` hint on a followed live chat's topic may change the list: a listed session
 * changed (state, operator, name, spam, unbound), or a session of the item's clients or bound to
 * its items appeared, resumed or got bound (see WidgetFollowDto).
 */
export function changesList(follow: WidgetFollowDto, listed: readonly Pick<WidgetSessionDto, 'id'>[], session: Pick<SessionDto, 'id' | 'clientId'> & Partial<Pick<SessionDto, 'items'>>): boolean {
  if (listed.some((s) => s.id === session.id)) return true;
  if (follow.anyClient || follow.clientIds.includes(session.clientId)) return true;
  return (session.items ?? []).some((bound) => follow.items.some((item) => item.appCode === bound.appCode && item.itemId === bound.itemId));
}

/** How long the list waits after a hint, folding the burst that follows into one reload. */
export const LIST_RELOAD_DELAY_MS = 500;

/**
 * One call of `run` per burst: the first `schedule()` starts the wait, the ones during it join
 * it, so a busy live chat costs at most one reload per wait and never postpones it for ever.
 */
export class BurstTimer {
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly run: () => void, private readonly waitMs = LIST_RELOAD_DELAY_MS) {}

  schedule(): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.run();
    }, this.waitMs);
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/** The selection after the list reloads: the same session while it is listed, else the first. */
export function keptSelection(sessions: readonly Pick<WidgetSessionDto, 'id'>[], current: string | undefined): string | undefined {
  return sessions.some((s) => s.id === current) ? current : sessions[0]?.id;
}

/** Why the composer is not there; undefined when the viewer replies. */
export function replyBlockedReason(session: Pick<WidgetSessionDto, 'canReply' | 'access' | 'state'>): string | undefined {
  if (session.canReply) return undefined;
  if (session.access === 'reader') return 'Read-only: you have read access to this live chat\'s sessions.';
  if (session.state === LineSessionState.Closed) return 'The session is closed.';
  return 'Only the operator of this session replies.';
}

/** The list's secondary line: live chat, and who works on it. */
export function sessionSubtitle(session: Pick<WidgetSessionDto, 'lineName' | 'operatorName' | 'state'>): string {
  if (session.state === LineSessionState.Waiting) return `${session.lineName} · in the queue`;
  if (session.state === LineSessionState.AssignedToBot) return `${session.lineName} · with the bot`;
  return session.operatorName ? `${session.lineName} · ${session.operatorName}` : session.lineName;
}
