/**
 * The app blocks of "About the session" (spec §4.5, §5.3) as plain data: one block per app the
 * live chat uses (the account app first), each with its bound items; and the body the "+Bind"
 * dialog sends.
 */
import type { AppDto, BindItemBody, LineDto, SessionItemDto, SessionItemRole } from '../../common/api';
import { bindableAppCodes } from '../../common/line';

export interface ItemBlock {
  appCode: string;
  appName: string;
  role: SessionItemRole;
  items: SessionItemDto[];
}

export function itemBlocks(line: Pick<LineDto, 'accountAppCode' | 'requestAppCodes'>, apps: readonly AppDto[], items: readonly SessionItemDto[]): ItemBlock[] {
  const names = new Map(apps.map((app) => [app.code, app.name]));
  const configured = bindableAppCodes(line);
  // Items of an app the live chat no longer uses stay listed, so they can still be unbound.
  const extra = [...new Set(items.map((item) => item.appCode))].filter((code) => !configured.includes(code));
  return [...configured, ...extra].map((appCode) => {
    const bound = items.filter((item) => item.appCode === appCode);
    return {
      appCode,
      appName: names.get(appCode) ?? bound[0]?.appName ?? appCode,
      role: line.accountAppCode === appCode ? 'client' : (bound[0]?.role ?? 'request'),
      items: bound,
    };
  });
}

export type BindMode = 'pick' | 'create';

export interface BindDraft {
  mode: BindMode;
  /** The item chosen in the search. */
  itemId: string;
  /** The new item's name. */
  name: string;
}

export function emptyBindDraft(): BindDraft {
  return { mode: 'pick', itemId: '', name: '' };
}

/** What to send, or undefined while the draft is incomplete. */
export function bindBody(appCode: string, draft: BindDraft): BindItemBody | undefined {
  if (draft.mode === 'pick') return draft.itemId ? { appCode, itemId: draft.itemId } : undefined;
  const name = draft.name.trim();
  return name ? { appCode, create: { name } } : undefined;
}

export function blockTitle(block: ItemBlock): string {
  return block.role === 'client' ? `Client · ${block.appName}` : block.appName;
}
