/**
 * Response templates (spec §5.4): Articles in a folder tree and Templates. Administrators create,
 * edit and delete them; operators and supervisors of any live chat read them and insert them in
 * conversations. A template is saved only when it compiles with the session variables, and every
 * problem is returned with its position; it is rendered for a session only to its staff.
 */
import { inject, injectable } from 'inversify';
import { randomUUID } from 'node:crypto';
import { AccessPolicy, type Actor, forbidden } from '../../common/access-policy';
import { LiveChatsError } from '../../common/errors';
import {
  DEFAULT_FOLDER_ID,
  type ArticleBody,
  type ArticleDto,
  type ArticleFolderDto,
  type ArticleQuery,
  type FolderBody,
  type RenderedTemplateDto,
  type ResponseTemplateDto,
  type TemplateBody,
  type TemplateProblemsDetails,
  type TemplateQuery,
} from '../../common/response-templates-api';
import { renderSessionTemplate, sessionNameVariables } from '../../common/session-name';
import { compileTemplate, type TemplateVariable } from '../../common/templates/template';
import { HostClock } from '../kernel/host-services';
import { SessionQueries } from '../sessions/session-queries';
import { ClientRepository } from '../storage/client-repository';
import { LineRepository } from '../storage/line-repository';
import { ParameterRepository } from '../storage/parameter-repository';
import { ResponseTemplateRepository } from '../storage/response-template-repository';

const notFound = {
  article: () => new LiveChatsError('response-templates/article-not-found', 'There is no such article.'),
  folder: () => new LiveChatsError('response-templates/folder-not-found', 'There is no such folder.'),
  template: () => new LiveChatsError('response-templates/template-not-found', 'There is no such template.'),
};

/** The ids of `rootId` and of every folder below it. */
export function folderAndDescendants(folders: readonly ArticleFolderDto[], rootId: string): string[] {
  const ids = [rootId];
  for (let i = 0; i < ids.length; i++) {
    for (const folder of folders) if (folder.parentId === ids[i] && !ids.includes(folder.id)) ids.push(folder.id);
  }
  return ids;
}

@injectable()
export class ResponseTemplateService {
  constructor(
    @inject(ResponseTemplateRepository) private readonly repository: ResponseTemplateRepository,
    @inject(LineRepository) private readonly lines: LineRepository,
    @inject(ParameterRepository) private readonly parameters: ParameterRepository,
    @inject(ClientRepository) private readonly clients: ClientRepository,
    @inject(SessionQueries) private readonly sessions: SessionQueries,
    @inject(HostClock) private readonly clock: HostClock,
  ) {}

  // Folders ----------------------------------------------------------------------------------

  async listFolders(actor: Actor): Promise<ArticleFolderDto[]> {
    await this.readable(actor);
    return this.repository.folders();
  }

  async createFolder(actor: Actor, body: FolderBody): Promise<ArticleFolderDto> {
    this.editable(actor);
    const parentId = body.parentId ?? DEFAULT_FOLDER_ID;
    await this.existingFolder(parentId);
    const folder = { id: randomUUID(), name: body.name, parentId };
    await this.repository.insertFolder(folder, this.now());
    return { ...folder, isDefault: false };
  }

  async renameFolder(actor: Actor, id: string, body: FolderBody): Promise<ArticleFolderDto> {
    this.editable(actor);
    const folder = await this.existingFolder(id);
    if (folder.isDefault) throw new LiveChatsError('response-templates/default-folder', `The folder "${folder.name}" holds every article; it cannot be renamed.`);
    await this.repository.renameFolder(id, body.name);
    return { ...folder, name: body.name };
  }

  async deleteFolder(actor: Actor, id: string): Promise<void> {
    this.editable(actor);
    const folder = await this.existingFolder(id);
    if (folder.isDefault) throw new LiveChatsError('response-templates/default-folder', `The folder "${folder.name}" always exists; it cannot be deleted.`);
    if (!(await this.repository.deleteEmptyFolder(id))) {
      throw new LiveChatsError('response-templates/folder-not-empty', `The folder "${folder.name}" is not empty: move or delete its articles and folders first.`);
    }
  }

  // Articles ---------------------------------------------------------------------------------

  /** Articles of a folder and the folders below it (the default folder: every article). */
  async listArticles(actor: Actor, query: ArticleQuery): Promise<ArticleDto[]> {
    await this.readable(actor);
    let folderIds: string[] | undefined;
    if (query.folderId && query.folderId !== DEFAULT_FOLDER_ID) {
      const folders = await this.repository.folders();
      if (!folders.some((folder) => folder.id === query.folderId)) throw notFound.folder();
      folderIds = folderAndDescendants(folders, query.folderId);
    }
    return this.repository.articles({ search: query.search || undefined, folderIds });
  }

  async createArticle(actor: Actor, body: ArticleBody): Promise<ArticleDto> {
    this.editable(actor);
    const article = await this.article(randomUUID(), body);
    await this.repository.insertArticle(article, this.now());
    return article;
  }

  async updateArticle(actor: Actor, id: string, body: ArticleBody): Promise<ArticleDto> {
    this.editable(actor);
    const article = await this.article(id, body);
    if (!(await this.repository.updateArticle(article))) throw notFound.article();
    return article;
  }

  async deleteArticle(actor: Actor, id: string): Promise<void> {
    this.editable(actor);
    if (!(await this.repository.deleteArticle(id))) throw notFound.article();
  }

  private async article(id: string, body: ArticleBody): Promise<ArticleDto> {
    const folderId = body.folderId ?? DEFAULT_FOLDER_ID;
    await this.existingFolder(folderId);
    return { id, name: body.name, description: body.description ?? '', link: body.link ?? '', folderId, updatedAt: this.now() };
  }

  // Templates --------------------------------------------------------------------------------

  async listTemplates(actor: Actor, query: TemplateQuery): Promise<ResponseTemplateDto[]> {
    await this.readable(actor);
    return this.repository.templates({ search: query.search || undefined });
  }

  async createTemplate(actor: Actor, body: TemplateBody): Promise<ResponseTemplateDto> {
    this.editable(actor);
    const template = await this.checkedTemplate(randomUUID(), body);
    await this.repository.insertTemplate(template, this.now());
    return template;
  }

  async updateTemplate(actor: Actor, id: string, body: TemplateBody): Promise<ResponseTemplateDto> {
    this.editable(actor);
    const template = await this.checkedTemplate(id, body);
    if (!(await this.repository.updateTemplate(template))) throw notFound.template();
    return template;
  }

  async deleteTemplate(actor: Actor, id: string): Promise<void> {
    this.editable(actor);
    if (!(await this.repository.deleteTemplate(id))) throw notFound.template();
  }

  /** The variables a template may use: those of session names (spec §4.4). */
  async variables(): Promise<TemplateVariable[]> {
    return sessionNameVariables(await this.parameters.definitions());
  }

  /** The template's text for a session, as the operator will send it; only for the session's staff. */
  async render(actor: Actor, templateId: string, sessionId: string): Promise<RenderedTemplateDto> {
    await this.readable(actor);
    const { session, line, viewpoint } = await this.sessions.view(actor, sessionId);
    if (viewpoint !== 'staff') throw forbidden('Only the operators and supervisors of the live chat use response templates in its sessions.');
    const template = await this.repository.template(templateId);
    if (!template) throw notFound.template();
    const client = (await this.clients.getMany([session.clientId])).get(session.clientId);
    const params = (await this.parameters.valuesOf([session.id])).get(session.id) ?? {};
    const facts = {
      clientName: client?.name ?? '',
      createdAt: session.createdAt,
      lineName: line.name,
      channelName: line.channels.find((channel) => channel.id === session.channelId)?.name ?? '',
      params,
    };
    const rendered = renderSessionTemplate(template.template, await this.parameters.definitions(), facts, this.clock.timezone);
    // A parameter the template uses may have been deleted since it was saved.
    if ('problems' in rendered) throw this.invalidTemplate(rendered.problems);
    return { templateId, sessionId, text: rendered.text };
  }

  private async checkedTemplate(id: string, body: TemplateBody): Promise<ResponseTemplateDto> {
    const compiled = compileTemplate(body.template, await this.variables());
    if (!compiled.ok) throw this.invalidTemplate(compiled.problems);
    return { id, name: body.name, description: body.description ?? '', template: body.template, updatedAt: this.now() };
  }

  private invalidTemplate(problems: TemplateProblemsDetails['problems']): LiveChatsError {
    const details: TemplateProblemsDetails = { problems };
    return new LiveChatsError('response-templates/invalid-template', `The template is not valid: ${problems.map((p) => p.message).join('; ')}.`, { details: { ...details } });
  }

  // Access -----------------------------------------------------------------------------------

  private editable(actor: Actor): void {
    if (!AccessPolicy.canEditResponseTemplates(actor)) throw forbidden('Only administrators create, edit and delete response templates.');
  }

  private async readable(actor: Actor): Promise<void> {
    if (!AccessPolicy.canUseResponseTemplates(actor, await this.lines.list())) {
      throw forbidden('Response templates are for the operators and supervisors of live chats.');
    }
  }

  private async existingFolder(id: string): Promise<ArticleFolderDto> {
    const folder = (await this.repository.folders()).find((candidate) => candidate.id === id);
    if (!folder) throw notFound.folder();
    return folder;
  }

  private now(): string {
    return this.clock.now().toISOString();
  }
}
