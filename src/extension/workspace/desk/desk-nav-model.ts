/**
 * Where the desk is, DOM-free (spec §5.1): the page of the menu or the live chat's list the URL
 * names (My Desk › Sessions, the first item, when it names nothing), who may open which page, and
 * the list a session found by search opens in.
 */
import type { LineDto, SessionDto } from '../../common/api';
import { belongsToView, deskViews, type DeskView } from './desk-model';

/**
 * The page open instead of a live chat's list: `params.page`, or My Desk › Sessions (the first
 * item of the menu) when the URL names no place at all (spec §5.1).
 */
export function deskPage(params: Readonly<Record<string, string | undefined>>): string | undefined {
  if (params.page) return params.page;
  return params.line || params.view || params.session ? undefined : 'sessions';
}

/** What the desk shows: one of its pages, or a live chat's list (with maybe a session). */
export type DeskContent = 'sessions' | 'articles' | 'templates' | 'reports' | 'form-settings' | 'groups' | 'list';

/** Reports (spec §5.1, §9): administrators and the supervisors of a live chat. */
export function canSeeReports(lines: readonly LineDto[], isAdministrator: boolean): boolean {
  return isAdministrator || lines.some((line) => line.roles.supervisor);
}

/** The content for the URL: a page the viewer may not open (Reports, Form settings) is the list instead. */
export function deskContent(params: Readonly<Record<string, string | undefined>>, lines: readonly LineDto[], isAdministrator: boolean): DeskContent {
  switch (deskPage(params)) {
    case 'sessions':
      return 'sessions';
    case 'articles':
      return 'articles';
    case 'templates':
      return 'templates';
    case 'reports':
      return canSeeReports(lines, isAdministrator) ? 'reports' : 'list';
    case 'form-settings':
      return isAdministrator ? 'form-settings' : 'list';
    case 'groups':
      return isAdministrator ? 'groups' : 'list';
    default:
      return 'list';
  }
}

/** The list of its live chat a session found elsewhere (search, Sessions) opens in: the first it belongs to. */
export function viewOf(session: SessionDto, line: LineDto, viewerId: string): DeskView {
  const order: DeskView[] = ['mine', 'queue', 'active', 'closed'];
  return order.find((view) => deskViews(line).some((item) => item.id === view) && belongsToView(view, session, line, viewerId)) ?? (line.roles.supervisor ? 'active' : 'queue');
}
