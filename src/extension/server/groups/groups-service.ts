/**
 * Groups made in the Live Chats workspace (gear › Group settings, spec §2.10): host directory
 * groups marked with the extension's id, so that they appear in every group picker while this
 * page lists and changes only its own. Administrators only. A group a live chat uses cannot be
 * deleted (409 naming the live chats).
 */
import type { HostGroup } from '@elma365/sdk-types';
import { inject, injectable } from 'inversify';
import { AccessPolicy, type Actor, forbidden } from '../../common/access-policy';
import { LiveChatsError } from '../../common/errors';
import type { CreateGroupBody, GroupDto, GroupUseDto, UpdateGroupBody } from '../../common/groups-api';
import type { Line } from '../../common/line';
import { ExtensionManifest, HostDirectory } from '../kernel/host-services';
import { LineRepository } from '../storage/line-repository';

const notFound = (): LiveChatsError => new LiveChatsError('group/not-found', 'There is no such group in the Live Chats workspace.');

/** The live chats that name the group in any of their group lists. */
export function groupUses(lines: readonly Line[], groupId: string): GroupUseDto[] {
  return lines
    .filter((line) => [line.operatorGroupIds, line.supervisorGroupIds, line.internalClientGroupIds, line.readerGroupIds].some((ids) => ids.includes(groupId)))
    .map((line) => ({ lineId: line.id, lineName: line.name }));
}

@injectable()
export class GroupsService {
  constructor(
    @inject(HostDirectory) private readonly directory: HostDirectory,
    @inject(LineRepository) private readonly lines: LineRepository,
    @inject(ExtensionManifest) private readonly manifest: ExtensionManifest,
  ) {}

  private get owner(): string {
    return this.manifest.id;
  }

  async list(actor: Actor): Promise<GroupDto[]> {
    this.checkAdmin(actor);
    const groups = (await this.directory.listGroups()).filter((group) => group.owner === this.owner);
    if (groups.length === 0) return [];
    const [users, lines] = await Promise.all([this.directory.listUsers(), this.lines.list()]);
    return groups
      .map((group) => ({
        id: group.id,
        name: group.name,
        memberIds: users.filter((user) => user.groupIds.includes(group.id)).map((user) => user.id),
        usedBy: groupUses(lines, group.id),
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  async create(actor: Actor, body: CreateGroupBody): Promise<GroupDto> {
    this.checkAdmin(actor);
    await this.checkName(body.name);
    await this.checkUsers(body.memberIds);
    const group = await this.directory.createGroup({ name: body.name, memberIds: body.memberIds }, this.owner);
    return { id: group.id, name: group.name, memberIds: [...body.memberIds], usedBy: [] };
  }

  async update(actor: Actor, id: string, body: UpdateGroupBody): Promise<GroupDto> {
    this.checkAdmin(actor);
    await this.own(id);
    if (body.name !== undefined) await this.checkName(body.name, id);
    if (body.memberIds) await this.checkUsers(body.memberIds);
    const group = await this.directory.updateGroup(id, body);
    if (!group) throw notFound();
    const [memberIds, lines] = await Promise.all([this.directory.membersOf([id]), this.lines.list()]);
    return { id, name: group.name, memberIds, usedBy: groupUses(lines, id) };
  }

  async delete(actor: Actor, id: string): Promise<void> {
    this.checkAdmin(actor);
    const group = await this.own(id);
    const uses = groupUses(await this.lines.list(), id);
    if (uses.length) {
      const names = uses.map((use) => `"${use.lineName}"`).join(', ');
      throw new LiveChatsError('group/in-use', `The group "${group.name}" is used by the live chat${uses.length > 1 ? 's' : ''} ${names}. Remove it there first.`, {
        details: { lines: uses },
      });
    }
    if (!(await this.directory.deleteGroup(id))) throw notFound();
  }

  private checkAdmin(actor: Actor): void {
    if (!AccessPolicy.canConfigureLines(actor)) throw forbidden('Only administrators manage the groups of the Live Chats workspace.');
  }

  /** The group, when it was made here: company groups are managed in Administration › Groups. */
  private async own(id: string): Promise<HostGroup> {
    const [group] = await this.directory.getGroups([id]);
    if (!group || group.owner !== this.owner) throw notFound();
    return group;
  }

  /** Group pickers show names only, so two groups never share one. */
  private async checkName(name: string, exceptId?: string): Promise<void> {
    const wanted = name.trim().toLocaleLowerCase();
    const taken = (await this.directory.listGroups()).find((group) => group.id !== exceptId && group.name.trim().toLocaleLowerCase() === wanted);
    if (taken) throw new LiveChatsError('group/name-taken', `There already is a group named "${taken.name}".`);
  }

  private async checkUsers(ids: readonly string[]): Promise<void> {
    const known = new Set((await this.directory.getUsers(ids)).map((user) => user.id));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length) throw new LiveChatsError('request/invalid', `Unknown user: ${unknown.join(', ')}.`, { details: { userIds: unknown } });
  }
}
