/**
 * Import of response templates from a file (spec §5.4): the browser reads the file and sends its
 * rows; every row is checked as a form would check it (a template must compile), and either all
 * rows are created or none, with the problems of each refused row.
 */
import { inject, injectable } from 'inversify';
import { randomUUID } from 'node:crypto';
import { AccessPolicy, type Actor, forbidden } from '../../common/access-policy';
import { LiveChatsError } from '../../common/errors';
import {
  DEFAULT_FOLDER_ID,
  FOLDER_NAME_MAX,
  FOLDER_PATH_SEPARATOR,
  type ArticleDto,
  type ArticleFolderDto,
  type ImportArticlesBody,
  type ImportProblemsDetails,
  type ImportResultDto,
  type ImportTemplatesBody,
  type ResponseTemplateDto,
} from '../../common/response-templates-api';
import { compileTemplate } from '../../common/templates/template';
import { HostClock } from '../kernel/host-services';
import { ResponseTemplateRepository } from '../storage/response-template-repository';
import { ResponseTemplateService } from './response-template-service';

type NewFolder = { id: string; name: string; parentId: string };

@injectable()
export class ResponseTemplateImport {
  constructor(
    @inject(ResponseTemplateRepository) private readonly repository: ResponseTemplateRepository,
    @inject(ResponseTemplateService) private readonly service: ResponseTemplateService,
    @inject(HostClock) private readonly clock: HostClock,
  ) {}

  async importTemplates(actor: Actor, body: ImportTemplatesBody): Promise<ImportResultDto> {
    this.editable(actor);
    const variables = await this.service.variables();
    const now = this.clock.now().toISOString();
    const rows: ImportProblemsDetails['rows'] = [];
    const templates: ResponseTemplateDto[] = body.items.map((item, i) => {
      const compiled = compileTemplate(item.template, variables);
      if (!compiled.ok) rows.push({ row: i + 1, problems: compiled.problems.map((problem) => problem.message) });
      return { id: randomUUID(), name: item.name, description: item.description ?? '', template: item.template, updatedAt: now };
    });
    if (rows.length > 0) throw invalidImport(rows);
    await this.repository.insertTemplates(templates, now);
    return { created: templates.length };
  }

  async importArticles(actor: Actor, body: ImportArticlesBody): Promise<ImportResultDto> {
    this.editable(actor);
    const now = this.clock.now().toISOString();
    const tree = new FolderTree(await this.repository.folders());
    const rows: ImportProblemsDetails['rows'] = [];
    const articles: ArticleDto[] = body.items.map((item, i) => {
      const path = (item.folder ?? '').split(FOLDER_PATH_SEPARATOR).map((part) => part.trim()).filter(Boolean);
      const tooLong = path.find((part) => part.length > FOLDER_NAME_MAX);
      if (tooLong) rows.push({ row: i + 1, problems: [`The folder name "${tooLong.slice(0, 40)}…" is longer than ${FOLDER_NAME_MAX} characters`] });
      return { id: randomUUID(), name: item.name, description: item.description ?? '', link: item.link ?? '', folderId: tooLong ? DEFAULT_FOLDER_ID : tree.resolve(path), updatedAt: now };
    });
    if (rows.length > 0) throw invalidImport(rows);
    await this.repository.insertArticles(tree.created, articles, now);
    return { created: articles.length };
  }

  private editable(actor: Actor): void {
    if (!AccessPolicy.canEditResponseTemplates(actor)) throw forbidden('Only administrators import response templates.');
  }
}

/** Folders by path below "All records", matched without case; missing ones are planned, parents first. */
class FolderTree {
  readonly created: NewFolder[] = [];
  private readonly folders: Array<{ id: string; name: string; parentId?: string }>;

  constructor(existing: readonly ArticleFolderDto[]) {
    this.folders = [...existing];
  }

  resolve(path: readonly string[]): string {
    let parentId = DEFAULT_FOLDER_ID;
    for (const name of path) {
      const found = this.folders.find((folder) => folder.parentId === parentId && folder.name.toLowerCase() === name.toLowerCase());
      if (found) {
        parentId = found.id;
        continue;
      }
      const folder = { id: randomUUID(), name, parentId };
      this.folders.push(folder);
      this.created.push(folder);
      parentId = folder.id;
    }
    return parentId;
  }
}

function invalidImport(rows: ImportProblemsDetails['rows']): LiveChatsError {
  const details: ImportProblemsDetails = { rows };
  const first = rows[0];
  return new LiveChatsError(
    'response-templates/invalid-import',
    `Nothing was imported: ${rows.length === 1 ? 'row' : `${rows.length} rows, the first is row`} ${first.row}: ${first.problems.join('; ')}.`,
    { details: { ...details } },
  );
}
