/**
 * Binding app items to sessions (spec §4.5) and reading sessions outside the workspace (spec §2.2
 * "Read access to sessions", §6): the apps a live chat may use, the item picker's search, binding
 * an existing or new item (an item of the account app receives the client's account), unbinding,
 * and the read-only transcript for the Live Chat Messages widget.
 */
import type { HostAppInfo, HostAppItem, TAccount } from '@elma365/sdk-types';
import { inject, injectable } from 'inversify';
import { AccessPolicy, type Actor, forbidden } from '../../common/access-policy';
import type { AppDto, AppItemDto, BindItemBody, MessagePage, SessionDto, SessionItemRole } from '../../common/api';
import { accountFieldOf, appsWithAccountField, withAccount } from '../../common/apps';
import { LiveChatsError } from '../../common/errors';
import { bindableAppCodes, type Line } from '../../common/line';
import type { Session } from '../../common/session';
import { HostApps, HostClock } from '../kernel/host-services';
import { SessionPublisher } from '../sessions/session-publisher';
import { OperatorStatusService } from '../operators/operator-status-service';
import { SessionQueries, type TranscriptQuery } from '../sessions/session-queries';
import { SessionViews } from '../sessions/session-views';
import { ClientRepository } from '../storage/client-repository';
import { LineRepository } from '../storage/line-repository';
import { SessionItemRepository } from '../storage/session-item-repository';

const appNotFound = (code: string): LiveChatsError => new LiveChatsError('apps/not-found', `There is no app "${code}" with an Account field.`);

const toAppDto = (app: HostAppInfo): AppDto => ({ namespace: app.namespace, code: app.code, name: app.name });
const toItemDto = (item: HostAppItem): AppItemDto => ({ id: item.id, appCode: item.appCode, name: item.name, createdAt: item.createdAt });

/** The item's role on the session, by the live chat's settings; undefined when the app is not configured. */
export function bindingRole(line: Line, appCode: string): SessionItemRole | undefined {
  if (line.accountAppCode === appCode) return 'client';
  return line.requestAppCodes.includes(appCode) ? 'request' : undefined;
}

@injectable()
export class BindingService {
  constructor(
    @inject(HostApps) private readonly apps: HostApps,
    @inject(HostClock) private readonly clock: HostClock,
    @inject(LineRepository) private readonly lines: LineRepository,
    @inject(ClientRepository) private readonly clients: ClientRepository,
    @inject(SessionItemRepository) private readonly links: SessionItemRepository,
    @inject(SessionQueries) private readonly sessionQueries: SessionQueries,
    @inject(SessionViews) private readonly views: SessionViews,
    @inject(SessionPublisher) private readonly publisher: SessionPublisher,
    @inject(OperatorStatusService) private readonly status: OperatorStatusService,
  ) {}

  /** The apps with an Account field, for the settings pickers and the "+Bind" blocks. */
  async listApps(actor: Actor): Promise<AppDto[]> {
    if (!AccessPolicy.canUseApps(actor, await this.lines.list())) throw forbidden('Only administrators, operators and supervisors see the apps.');
    return appsWithAccountField(await this.apps.listApps()).map(toAppDto);
  }

  /** The item picker: operators and supervisors of a live chat that uses the app. */
  async searchItems(actor: Actor, appCode: string, search?: string, limit?: number): Promise<AppItemDto[]> {
    await this.bindableApp(appCode);
    const lines = await this.lines.list();
    const allowed = lines.some((line) => AccessPolicy.canWorkOnLine(actor, line) && bindableAppCodes(line).includes(appCode));
    if (!allowed) throw forbidden('Only operators and supervisors of a live chat that uses this app search its items.');
    return (await this.apps.searchItems(appCode, search, limit)).map(toItemDto);
  }

  async bind(actor: Actor, sessionId: string, body: BindItemBody): Promise<SessionDto> {
    const { session, line } = await this.managed(actor, sessionId);
    const role = bindingRole(line, body.appCode);
    if (!role) throw new LiveChatsError('binding/not-configured', `The live chat "${line.name}" does not use the app "${body.appCode}": choose it in the live chat's Settings › Apps first.`);
    const app = await this.bindableApp(body.appCode);
    let item: HostAppItem;
    if ('itemId' in body) {
      const found = await this.apps.getItem(app.code, body.itemId);
      if (!found) throw new LiveChatsError('apps/item-not-found', `There is no such item in "${app.name}".`);
      item = found;
    } else {
      item = await this.apps.createItem(app.code, { name: body.create.name, data: body.create.data });
    }
    if (role === 'client') await this.recordAccount(app, item, session);
    await this.links.link({ sessionId: session.id, appCode: app.code, itemId: item.id, role, createdAt: this.clock.now().toISOString() });
    return this.changed(actor, session, line);
  }

  async unbind(actor: Actor, sessionId: string, appCode: string, itemId: string): Promise<SessionDto> {
    const { session, line } = await this.managed(actor, sessionId);
    if (!(await this.links.unlink(session.id, appCode, itemId))) {
      throw new LiveChatsError('apps/item-not-found', 'This item is not bound to the session.');
    }
    return this.changed(actor, session, line);
  }

  /** The session's messages, read-only, for supervisors, operators and readers of its live chat. */
  async transcript(actor: Actor, sessionId: string, query: TranscriptQuery): Promise<MessagePage> {
    return this.sessionQueries.transcript(actor, sessionId, query);
  }

  private async managed(actor: Actor, sessionId: string): Promise<{ session: Session; line: Line }> {
    const { session, line } = await this.sessionQueries.view(actor, sessionId);
    if (!AccessPolicy.canBindItems(actor, line, session)) throw forbidden('Only the operator working on the session or a supervisor binds app items to it.');
    await this.status.requireOnline(actor);
    return { session, line };
  }

  private async bindableApp(code: string): Promise<HostAppInfo> {
    const app = await this.apps.getApp(code);
    if (!app || !accountFieldOf(app)) throw appNotFound(code);
    return app;
  }

  /** Binding a client record adds the account the client wrote from, once (spec §4.5). */
  private async recordAccount(app: HostAppInfo, item: HostAppItem, session: Session): Promise<void> {
    const field = accountFieldOf(app);
    const client = (await this.clients.getMany([session.clientId])).get(session.clientId);
    if (!field || !client) return;
    const account: TAccount = { type: client.channelType, id: client.externalId, name: client.name };
    const { accounts, added } = withAccount(item.data[field], account);
    if (added) await this.apps.updateItem(app.code, item.id, { [field]: accounts });
  }

  private async changed(actor: Actor, session: Session, line: Line): Promise<SessionDto> {
    const dto = await this.views.session(session, actor.userId, line);
    this.publisher.sessionChanged(dto);
    return dto;
  }
}
