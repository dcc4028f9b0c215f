/**
 * The sessions the Live Chat Messages widget shows on an app item's form (spec §6): by account
 * (the clients behind the accounts of an Account field of the item, or of the items an App field
 * points to, in every live chat) or by app item (the sessions bound to the item, or to the items
 * an App field points to). Active ones, or the closed ones for the Archive; never spam. Only the
 * sessions of live chats the viewer may read (the transcript's policy); a viewer who may read no
 * live chat at all is refused.
 */
import { FieldType, type HostAppInfo, type HostAppItem, LineChannelType, LineSessionState } from '@elma365/sdk-types';
import { inject, injectable } from 'inversify';
import { AccessPolicy, type Actor, forbidden, rolesOn } from '../../common/access-policy';
import { accountFieldOf, appsWithAccountField } from '../../common/apps';
import { LiveChatsError } from '../../common/errors';
import type { Line } from '../../common/line';
import type { Session } from '../../common/session';
import { WIDGET_SESSIONS_MAX, type WidgetAccess, type WidgetFollowDto, type WidgetSessionDto, type WidgetSessionsDto, type WidgetSessionsQuery } from '../../common/widget-api';
import { accountsIn, fieldOfType, isAppField, parseFieldPath, pointedItems, type AccountRef } from '../../common/widget-sources';
import { HostApps } from '../kernel/host-services';
import { SessionViews } from '../sessions/session-views';
import { LineRepository } from '../storage/line-repository';
import { type ItemKey, WidgetSessionRepository } from '../storage/widget-session-repository';

const ACTIVE = [LineSessionState.Waiting, LineSessionState.AssignedToOperator, LineSessionState.AssignedToBot];
const ARCHIVE = [LineSessionState.Closed];

const invalidSetting = (message: string): LiveChatsError => new LiveChatsError('request/invalid', message);

@injectable()
export class WidgetService {
  constructor(
    @inject(HostApps) private readonly apps: HostApps,
    @inject(LineRepository) private readonly lines: LineRepository,
    @inject(WidgetSessionRepository) private readonly found: WidgetSessionRepository,
    @inject(SessionViews) private readonly views: SessionViews,
  ) {}

  async sessions(actor: Actor, query: WidgetSessionsQuery): Promise<WidgetSessionsDto> {
    const lines = await this.lines.list();
    const readable = new Map(lines.filter((line) => AccessPolicy.canReadTranscript(actor, line)).map((line) => [line.id, line]));
    if (readable.size === 0) throw forbidden('You have no read access to live chat sessions: an administrator grants it in a live chat\'s Settings › Read access to sessions.');
    const app = await this.apps.getApp(query.appCode);
    if (!app) throw new LiveChatsError('apps/not-found', `There is no app "${query.appCode}".`);
    const item = await this.apps.getItem(app.code, query.itemId);
    if (!item) throw new LiveChatsError('apps/item-not-found', `There is no such item in "${app.name}".`);
    const states = query.archive === 'true' ? ARCHIVE : ACTIVE;
    const lineIds = [...readable.keys()];
    let sessions: Session[];
    let follow: WidgetFollowDto;
    if (query.showHistory === 'account') {
      const { accounts, items } = await this.accountsOf(app, item, query.accountField ?? '');
      const clientIds = await this.found.clientIdsOf(accounts);
      sessions = await this.found.ofClients(clientIds, states, WIDGET_SESSIONS_MAX);
      follow = await this.followClients(lineIds, accounts, clientIds, items);
    } else {
      const items = await this.itemsOf(app, item, query.itemField ?? '');
      sessions = await this.found.ofItems(items, states, WIDGET_SESSIONS_MAX);
      follow = { lineIds, clientIds: [], items, anyClient: false };
    }
    const visible = sessions.filter((session) => readable.has(session.lineId));
    const dtos = await this.views.sessionList(visible, actor.userId, lines);
    return {
      items: dtos.map((dto, i) => this.toWidgetSession(actor, readable.get(dto.lineId)!, visible[i], dto)),
      follow,
    };
  }

  /**
   * What a by-account list follows. Only clients the viewer already reads a session of are named,
   * so the ids tell nothing beyond the policy; an account without one makes every new session of
   * the readable live chats a candidate (`anyClient`).
   */
  private async followClients(lineIds: string[], accounts: AccountRef[], clientIds: string[], items: ItemKey[]): Promise<WidgetFollowDto> {
    const readableClients = await this.found.withSessionsOn(clientIds, lineIds);
    const distinctAccounts = new Set(accounts.map((account) => `${account.type}\u0000${account.id}`)).size;
    return { lineIds, clientIds: readableClients, items, anyClient: readableClients.length < distinctAccounts };
  }

  private toWidgetSession(actor: Actor, line: Line, session: Session, dto: { lineName: string; clientName: string; operatorName?: string }): WidgetSessionDto {
    const roles = rolesOn(actor, line);
    const access: WidgetAccess = roles.supervisor ? 'supervisor' : roles.operator ? 'operator' : 'reader';
    const channel = line.channels.find((c) => c.id === session.channelId);
    return {
      id: session.id,
      name: session.name,
      lineId: line.id,
      lineName: dto.lineName,
      channelType: channel?.type ?? LineChannelType.Internal,
      clientName: dto.clientName,
      state: session.state,
      ...(dto.operatorName ? { operatorName: dto.operatorName } : {}),
      createdAt: session.createdAt,
      lastActivityAt: session.lastActivityAt,
      ...(session.closedAt ? { closedAt: session.closedAt } : {}),
      lastSeq: session.lastSeq,
      access,
      canReply: AccessPolicy.canReply(actor, line, session),
    };
  }

  /** The accounts of the Account field at `path` (`''`: the app's own Account field), and the items they are read from. */
  private async accountsOf(app: HostAppInfo, item: HostAppItem, path: string): Promise<{ accounts: AccountRef[]; items: ItemKey[] }> {
    const { appField, field } = parseFieldPath(path || accountFieldOf(app) || '');
    if (!field) throw invalidSetting(`"${app.name}" has no Account field: choose the Account field of an app an App field points to.`);
    if (!appField) {
      if (!fieldOfType(app.fields, field, FieldType.ACCOUNT)) throw invalidSetting(`"${field}" is not an Account field of "${app.name}".`);
      return { accounts: accountsIn(item.data[field]), items: [{ appCode: app.code, itemId: item.id }] };
    }
    if (!isAppField(app.fields, appField)) throw invalidSetting(`"${appField}" is not an App field of "${app.name}".`);
    const targets = await this.pointedItems(item, appField);
    const accounts: AccountRef[] = [];
    for (const { target, targetApp } of targets) {
      if (!fieldOfType(targetApp.fields, field, FieldType.ACCOUNT)) throw invalidSetting(`"${field}" is not an Account field of "${targetApp.name}".`);
      accounts.push(...accountsIn(target.data[field]));
    }
    return { accounts, items: targets.map(({ target }) => ({ appCode: target.appCode, itemId: target.id })) };
  }

  /** The item itself (`''`), or the items its App field points to. */
  private async itemsOf(app: HostAppInfo, item: HostAppItem, appField: string): Promise<ItemKey[]> {
    if (!appField) return [{ appCode: app.code, itemId: item.id }];
    if (!isAppField(app.fields, appField)) throw invalidSetting(`"${appField}" is not an App field of "${app.name}".`);
    return (await this.pointedItems(item, appField)).map(({ target }) => ({ appCode: target.appCode, itemId: target.id }));
  }

  /** The existing items an App field of the item points to, with their apps; a bare id is looked for in the apps with an Account field. */
  private async pointedItems(item: HostAppItem, appField: string): Promise<{ target: HostAppItem; targetApp: HostAppInfo }[]> {
    const refs = pointedItems(item.data[appField]);
    if (refs.length === 0) return [];
    const apps = await this.apps.listApps();
    const byCode = new Map(apps.map((a) => [a.code, a]));
    const result: { target: HostAppItem; targetApp: HostAppInfo }[] = [];
    for (const ref of refs) {
      const candidates = ref.appCode ? [byCode.get(ref.appCode)].filter((a) => a !== undefined) : appsWithAccountField(apps);
      for (const candidate of candidates) {
        const target = await this.apps.getItem(candidate.code, ref.id);
        if (target) {
          result.push({ target, targetApp: candidate });
          break;
        }
      }
    }
    return result;
  }
}
