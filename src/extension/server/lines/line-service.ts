/** Creating, configuring and deleting live chats (administrators), and reading them (everyone involved). */
import { LineChannelState, LineChannelType } from '@elma365/sdk-types';
import { randomUUID } from 'node:crypto';
import { inject, injectable } from 'inversify';
import { AccessPolicy, type Actor, forbidden, rolesOn } from '../../common/access-policy';
import type { CreateLineBody, LineDto, UpdateLineBody } from '../../common/api';
import { LiveChatsError } from '../../common/errors';
import { internalChannelName, type Line } from '../../common/line';
import { HostClock, HostDirectory } from '../kernel/host-services';
import { LineRepository } from '../storage/line-repository';

const notFound = (): LiveChatsError => new LiveChatsError('line/not-found', 'There is no such live chat.');

@injectable()
export class LineService {
  constructor(
    @inject(LineRepository) private readonly lines: LineRepository,
    @inject(HostDirectory) private readonly directory: HostDirectory,
    @inject(HostClock) private readonly clock: HostClock,
  ) {}

  private toDto(actor: Actor, line: Line): LineDto {
    return { ...line, roles: rolesOn(actor, line) };
  }

  async list(actor: Actor): Promise<LineDto[]> {
    const lines = await this.lines.list();
    return lines.filter((line) => AccessPolicy.canSeeLine(actor, line)).map((line) => this.toDto(actor, line));
  }

  /** A live chat the actor may see; 404 otherwise, so ids of hidden live chats leak nothing. */
  async getVisible(actor: Actor, id: string): Promise<Line> {
    const line = await this.lines.get(id);
    if (!line || !AccessPolicy.canSeeLine(actor, line)) throw notFound();
    return line;
  }

  async get(actor: Actor, id: string): Promise<LineDto> {
    return this.toDto(actor, await this.getVisible(actor, id));
  }

  async create(actor: Actor, body: CreateLineBody): Promise<LineDto> {
    if (!AccessPolicy.canConfigureLines(actor)) throw forbidden('Only administrators create live chats.');
    await this.checkGroups([...body.operatorGroupIds, ...body.supervisorGroupIds, ...(body.internalClientGroupIds ?? [])]);
    const id = randomUUID();
    const line: Line = {
      id,
      name: body.name,
      operatorGroupIds: unique(body.operatorGroupIds),
      supervisorGroupIds: unique(body.supervisorGroupIds),
      internalClientGroupIds: unique(body.internalClientGroupIds ?? []),
      showOperatorName: body.showOperatorName ?? true,
      createdAt: this.clock.now().toISOString(),
      channels: [
        { id: randomUUID(), lineId: id, type: LineChannelType.Internal, name: internalChannelName(body.name), state: LineChannelState.Active },
      ],
    };
    await this.lines.insert(line);
    return this.toDto(actor, line);
  }

  async update(actor: Actor, id: string, body: UpdateLineBody): Promise<LineDto> {
    if (!AccessPolicy.canConfigureLines(actor)) throw forbidden('Only administrators configure live chats.');
    const line = await this.lines.get(id);
    if (!line) throw notFound();
    await this.checkGroups([...(body.operatorGroupIds ?? []), ...(body.supervisorGroupIds ?? []), ...(body.internalClientGroupIds ?? [])]);
    const name = body.name ?? line.name;
    const updated: Line = {
      ...line,
      name,
      operatorGroupIds: body.operatorGroupIds ? unique(body.operatorGroupIds) : line.operatorGroupIds,
      supervisorGroupIds: body.supervisorGroupIds ? unique(body.supervisorGroupIds) : line.supervisorGroupIds,
      internalClientGroupIds: body.internalClientGroupIds ? unique(body.internalClientGroupIds) : line.internalClientGroupIds,
      showOperatorName: body.showOperatorName ?? line.showOperatorName,
      channels: line.channels.map((channel) =>
        channel.type === LineChannelType.Internal ? { ...channel, name: internalChannelName(name) } : channel,
      ),
    };
    await this.lines.update(updated);
    return this.toDto(actor, updated);
  }

  async delete(actor: Actor, id: string): Promise<void> {
    if (!AccessPolicy.canConfigureLines(actor)) throw forbidden('Only administrators delete live chats.');
    if (!(await this.lines.delete(id))) throw notFound();
  }

  private async checkGroups(ids: string[]): Promise<void> {
    const wanted = unique(ids);
    if (wanted.length === 0) return;
    const found = new Set((await this.directory.getGroups(wanted)).map((group) => group.id));
    const missing = wanted.filter((id) => !found.has(id));
    if (missing.length) throw new LiveChatsError('line/invalid-groups', `Unknown group: ${missing.join(', ')}.`);
  }
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
