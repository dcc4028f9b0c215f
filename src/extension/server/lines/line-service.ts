/** Creating, configuring and deleting live chats (administrators), and reading them (everyone involved). */
import { LineChannelState, LineChannelType } from '@elma365/sdk-types';
import { randomUUID } from 'node:crypto';
import { inject, injectable } from 'inversify';
import { AccessPolicy, type Actor, forbidden, rolesOn } from '../../common/access-policy';
import type { CreateLineBody, LineDto, UpdateLineBody } from '../../common/api';
import { LiveChatsError } from '../../common/errors';
import { internalChannelName, type Line, type OperatorCapacity } from '../../common/line';
import { Subject, type Observable } from 'rxjs';
import { AttachmentFiles } from '../attachments/attachment-files';
import { HostApps, HostClock, HostDirectory, HostProcesses } from '../kernel/host-services';
import { appsWithAccountField } from '../../common/apps';
import { bindingProblems, LINE_EVENT_LABELS, type LineEvent, type ProcessBindings } from '../../common/process-bindings';
import { SettingsService } from '../operators/settings-service';
import { LineRepository } from '../storage/line-repository';
import { ParameterRepository } from '../storage/parameter-repository';
import { sessionNameVariables } from '../../common/session-name';
import { compileTemplate } from '../../common/templates/template';

const notFound = (): LiveChatsError => new LiveChatsError('line/not-found', 'There is no such live chat.');

@injectable()
export class LineService {
  private readonly didChange = new Subject<string>();
  /** A live chat's settings were saved (its id). */
  readonly onDidChangeLine: Observable<string> = this.didChange.asObservable();

  constructor(
    @inject(LineRepository) private readonly lines: LineRepository,
    @inject(HostDirectory) private readonly directory: HostDirectory,
    @inject(HostClock) private readonly clock: HostClock,
    @inject(HostProcesses) private readonly processes: HostProcesses,
    @inject(ParameterRepository) private readonly parameters: ParameterRepository,
    @inject(HostApps) private readonly apps: HostApps,
    @inject(SettingsService) private readonly settings: SettingsService,
    @inject(AttachmentFiles) private readonly attachmentFiles: AttachmentFiles,
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
    await this.checkGroups([...body.operatorGroupIds, ...body.supervisorGroupIds, ...(body.internalClientGroupIds ?? []), ...(body.readerGroupIds ?? [])]);
    await this.checkApps([...(body.accountAppCode ? [body.accountAppCode] : []), ...(body.requestAppCodes ?? [])]);
    const sessionNameTemplate = await this.checkTemplate(body.sessionNameTemplate);
    if (body.processBindings) await this.checkBindings(body.processBindings);
    const id = randomUUID();
    const line: Line = {
      id,
      name: body.name,
      operatorGroupIds: unique(body.operatorGroupIds),
      supervisorGroupIds: unique(body.supervisorGroupIds),
      internalClientGroupIds: unique(body.internalClientGroupIds ?? []),
      showOperatorName: body.showOperatorName ?? true,
      sessionNameTemplate,
      processBindings: body.processBindings ?? {},
      accountAppCode: body.accountAppCode ?? undefined,
      requestAppCodes: unique(body.requestAppCodes ?? []),
      readerGroupIds: unique(body.readerGroupIds ?? []),
      maxSessionsPerOperator: body.maxSessionsPerOperator ?? undefined,
      operatorCapacity: await this.checkCapacity(body.operatorCapacity ?? []),
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
    await this.checkGroups([
      ...(body.operatorGroupIds ?? []),
      ...(body.supervisorGroupIds ?? []),
      ...(body.internalClientGroupIds ?? []),
      ...(body.readerGroupIds ?? []),
    ]);
    await this.checkApps([...(body.accountAppCode ? [body.accountAppCode] : []), ...(body.requestAppCodes ?? [])]);
    if (body.processBindings) await this.checkBindings(body.processBindings);
    const sessionNameTemplate = body.sessionNameTemplate === undefined ? line.sessionNameTemplate : await this.checkTemplate(body.sessionNameTemplate);
    const name = body.name ?? line.name;
    const updated: Line = {
      ...line,
      name,
      operatorGroupIds: body.operatorGroupIds ? unique(body.operatorGroupIds) : line.operatorGroupIds,
      supervisorGroupIds: body.supervisorGroupIds ? unique(body.supervisorGroupIds) : line.supervisorGroupIds,
      internalClientGroupIds: body.internalClientGroupIds ? unique(body.internalClientGroupIds) : line.internalClientGroupIds,
      showOperatorName: body.showOperatorName ?? line.showOperatorName,
      processBindings: body.processBindings ?? line.processBindings,
      accountAppCode: body.accountAppCode === undefined ? line.accountAppCode : (body.accountAppCode ?? undefined),
      requestAppCodes: body.requestAppCodes ? unique(body.requestAppCodes) : line.requestAppCodes,
      readerGroupIds: body.readerGroupIds ? unique(body.readerGroupIds) : line.readerGroupIds,
      maxSessionsPerOperator: body.maxSessionsPerOperator === undefined ? line.maxSessionsPerOperator : (body.maxSessionsPerOperator ?? undefined),
      operatorCapacity: body.operatorCapacity ? await this.checkCapacity(body.operatorCapacity) : line.operatorCapacity,
      sessionNameTemplate,
      channels: line.channels.map((channel) =>
        channel.type === LineChannelType.Internal ? { ...channel, name: internalChannelName(name) } : channel,
      ),
    };
    await this.lines.update(updated);
    // A higher limit or new operators may make room for sessions waiting for assignment.
    this.didChange.next(updated.id);
    return this.toDto(actor, updated);
  }

  async delete(actor: Actor, id: string): Promise<void> {
    if (!AccessPolicy.canConfigureLines(actor)) throw forbidden('Only administrators delete live chats.');
    const fileIds = await this.lines.delete(id);
    if (!fileIds) throw notFound();
    // Its channels left the send-confirmation list in the same transaction.
    this.settings.invalidate();
    await this.attachmentFiles.discard(fileIds, `the deleted live chat ${id}`);
  }

  /** A template that compiles against today's variables, or undefined to name sessions after clients. */
  private async checkTemplate(source: string | null | undefined): Promise<string | undefined> {
    if (source === null || source === undefined || source.trim() === '') return undefined;
    const result = compileTemplate(source, sessionNameVariables(await this.parameters.definitions()));
    if (!result.ok) throw new LiveChatsError('template/invalid', `The session name template is not valid: ${result.problems.map((p) => p.message).join('; ')}.`);
    return source;
  }

  /** Every bound template exists and every input maps a field onto a variable of its type. */
  private async checkBindings(bindings: ProcessBindings): Promise<void> {
    for (const [event, binding] of Object.entries(bindings) as [LineEvent, NonNullable<ProcessBindings[LineEvent]>][]) {
      const template = await this.processes.getTemplate(binding.templateCode);
      const label = LINE_EVENT_LABELS[event];
      if (!template) throw new LiveChatsError('process/binding-invalid', `${label}: there is no process "${binding.templateCode}".`);
      const problems = bindingProblems(event, binding, template.variables);
      if (problems.length) throw new LiveChatsError('process/binding-invalid', `${label}: ${problems.join(' ')}`);
    }
  }

  /** Settings › Apps accepts only apps that store accounts (spec §2.2). */
  private async checkApps(codes: string[]): Promise<void> {
    const wanted = unique(codes);
    if (wanted.length === 0) return;
    const apps = await this.apps.listApps();
    const bindable = new Set(appsWithAccountField(apps).map((app) => app.code));
    for (const code of wanted) {
      const app = apps.find((candidate) => candidate.code === code);
      if (!app) throw new LiveChatsError('line/invalid-apps', `Unknown app: ${code}.`);
      if (!bindable.has(code)) throw new LiveChatsError('apps/no-account-field', `The app "${app.name}" has no Account-type field, so it cannot be bound to a live chat.`);
    }
  }

  /** One limit per operator, each of a known user. */
  private async checkCapacity(entries: readonly OperatorCapacity[]): Promise<OperatorCapacity[]> {
    const ids = entries.map((entry) => entry.userId);
    if (new Set(ids).size !== ids.length) throw new LiveChatsError('request/invalid', 'An operator can have only one limit per live chat.');
    const known = new Set((await this.directory.getUsers(ids)).map((user) => user.id));
    const missing = ids.filter((id) => !known.has(id));
    if (missing.length) throw new LiveChatsError('request/invalid', `Unknown user: ${missing.join(', ')}.`);
    return entries.map((entry) => ({ userId: entry.userId, max: entry.max }));
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
