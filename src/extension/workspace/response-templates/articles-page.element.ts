/**
 * Response templates › Articles (spec §5.4): the folder tree at the left ("All records" holds
 * every article), the table of the chosen folder's articles with search; administrators add,
 * rename and delete (empty) folders and add, edit and delete articles. Operators and supervisors
 * see it read-only.
 */
import { consume } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  ARTICLE_LINK_MAX,
  DEFAULT_FOLDER_ID,
  FOLDER_NAME_MAX,
  RESPONSE_DESCRIPTION_MAX,
  RESPONSE_NAME_MAX,
  type ArticleDto,
  type ArticleFolderDto,
} from '../../common/response-templates-api';
import type { ApiClient } from '../services/api-client';
import { errorMessage } from '../services/api-error';
import { apiClientContext, viewerContext, type Viewer } from '../services/contexts';
import type { ConfirmDialogElement } from '../shared/confirm-dialog.element';
import { dialogStyles } from '../shared/dialog.styles';
import { pencilIcon, trashIcon } from '../shared/icons';
import { buttons, fields, tokens } from '../shared/ui.styles';
import { folderName, folderRows } from './response-templates-model';
import type { ImportDoneEvent } from './import-button';
import { responseTemplatesStyles } from './response-templates.styles';

interface ArticleDraft {
  id?: string;
  name: string;
  description: string;
  link: string;
  folderId: string;
}

export class ArticlesPageElement extends LitElement {
  static override styles = [tokens, buttons, fields, dialogStyles, responseTemplatesStyles];

  @consume({ context: apiClientContext }) @property({ attribute: false }) api!: ApiClient;
  @consume({ context: viewerContext }) @property({ attribute: false }) viewer!: Viewer;

  @state() private folders: ArticleFolderDto[] = [];
  @state() private folderId = DEFAULT_FOLDER_ID;
  @state() private articles?: ArticleDto[];
  @state() private search = '';
  @state() private error = '';
  /** What the last import created. */
  @state() private notice = '';
  @state() private draft: ArticleDraft = { name: '', description: '', link: '', folderId: DEFAULT_FOLDER_ID };
  @state() private folderDraft: { id?: string; name: string } = { name: '' };
  @state() private dialogError = '';
  @state() private question = { heading: '', message: '' };

  @query('dialog.article-dialog') private articleDialog!: HTMLDialogElement;
  @query('dialog.folder-dialog') private folderDialog!: HTMLDialogElement;
  @query('lc-confirm-dialog') private confirm!: ConfirmDialogElement;

  private searchTimer?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadFolders();
    void this.load();
  }

  override disconnectedCallback(): void {
    clearTimeout(this.searchTimer);
    super.disconnectedCallback();
  }

  private get canEdit(): boolean {
    return this.viewer?.isAdministrator === true;
  }

  private async loadFolders(): Promise<void> {
    try {
      this.folders = await this.api.listArticleFolders();
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  private async load(): Promise<void> {
    try {
      this.articles = await this.api.listArticles({ search: this.search.trim() || undefined, folderId: this.folderId });
      this.error = '';
    } catch (error) {
      this.articles ??= [];
      this.error = errorMessage(error);
    }
  }

  override render() {
    const current = this.folders.find((folder) => folder.id === this.folderId);
    return html`
      <div class="head">
        <h1>Articles</h1>
        <div class="toolbar">
          <label class="visually-hidden" for="search">Search articles</label>
          <input id="search" type="search" placeholder="Search by name or description" .value=${this.search} @input=${this.onSearch} />
          ${this.canEdit ? html`<lc-import-button kind="articles" @lc-import-done=${this.onImported}></lc-import-button>` : nothing}
          ${this.canEdit ? html`<button class="btn primary" type="button" @click=${() => this.editArticle()}>+Article</button>` : nothing}
        </div>
      </div>
      ${this.error ? html`<div class="banner error" role="alert">${this.error}</div>` : nothing}
      ${this.notice ? html`<div class="banner info" role="status" data-testid="import-notice">${this.notice}</div>` : nothing}
      <div class="body">
        <nav class="folders" aria-label="Folders">
          <ul>
            ${folderRows(this.folders).map(
              ({ folder, depth }) => html`<li>
                <button
                  class="folder"
                  type="button"
                  style="padding-left: ${8 + depth * 16}px"
                  aria-current=${folder.id === this.folderId ? 'true' : 'false'}
                  @click=${() => this.openFolder(folder.id)}
                >
                  ${folder.name}
                </button>
              </li>`,
            )}
          </ul>
          ${this.canEdit
            ? html`<div class="folder-actions">
                <button class="btn subtle" type="button" @click=${() => this.editFolder()}>+Folder</button>
                ${current && !current.isDefault
                  ? html`<button class="btn subtle icon" type="button" aria-label="Rename folder ${current.name}" @click=${() => this.editFolder(current)}>${pencilIcon}</button>
                      <button class="btn subtle icon" type="button" aria-label="Delete folder ${current.name}" @click=${() => this.deleteFolder(current)}>${trashIcon}</button>`
                  : nothing}
              </div>`
            : nothing}
        </nav>
        <div class="table-wrap">${this.renderTable()}</div>
      </div>
      ${this.canEdit ? html`${this.renderArticleDialog()}${this.renderFolderDialog()}` : nothing}
      <lc-confirm-dialog heading=${this.question.heading} message=${this.question.message} confirmLabel="Delete" danger></lc-confirm-dialog>
    `;
  }

  private renderTable() {
    if (this.articles === undefined) return html`<div class="empty" role="status">Loading articles…</div>`;
    if (this.articles.length === 0) {
      return html`<div class="empty" data-testid="articles-empty">
        ${this.search.trim()
          ? html`<strong>No article matches "${this.search.trim()}"</strong><span>Try another word from its name or description.</span>`
          : html`<strong>There are no articles here yet</strong>
              <span
                >${this.canEdit
                  ? 'Press +Article to add a link with a description; operators insert it from the composer.'
                  : 'An administrator adds articles here; then you insert them from the composer\u2019s Response templates button.'}</span
              >`}
      </div>`;
    }
    return html`<table aria-label="Articles">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Description</th>
          <th scope="col">Link</th>
          <th scope="col">Folder</th>
          ${this.canEdit ? html`<th scope="col"><span class="visually-hidden">Actions</span></th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${this.articles.map(
          (article) => html`<tr data-testid="article-row">
            <td>${article.name}</td>
            <td>${article.description}</td>
            <td>${article.link ? html`<a href=${article.link} target="_blank" rel="noopener noreferrer">${article.link}</a>` : nothing}</td>
            <td>${folderName(this.folders, article.folderId)}</td>
            ${this.canEdit
              ? html`<td class="actions">
                  <button class="btn subtle icon" type="button" aria-label="Edit ${article.name}" @click=${() => this.editArticle(article)}>${pencilIcon}</button>
                  <button class="btn subtle icon" type="button" aria-label="Delete ${article.name}" @click=${() => this.deleteArticle(article)}>${trashIcon}</button>
                </td>`
              : nothing}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderArticleDialog() {
    const draft = this.draft;
    const set = (change: Partial<ArticleDraft>) => {
      this.draft = { ...this.draft, ...change };
      this.dialogError = '';
    };
    return html`<dialog class="article-dialog" aria-labelledby="article-title" data-testid="article-dialog">
      <form @submit=${this.saveArticle}>
        <div class="dialog-head">
          <h2 id="article-title">${draft.id ? 'Edit article' : 'New article'}</h2>
          <button class="btn subtle close" type="button" aria-label="Close" @click=${() => this.articleDialog.close()}>×</button>
        </div>
        <div class="dialog-body">
          <div class="field">
            <label for="article-name">Name<span class="error-text" aria-hidden="true"> *</span></label>
            <input id="article-name" type="text" required autocomplete="off" maxlength=${RESPONSE_NAME_MAX} .value=${draft.name} @input=${(e: Event) => set({ name: (e.target as HTMLInputElement).value })} />
          </div>
          <div class="field">
            <label for="article-description">Description</label>
            <textarea id="article-description" maxlength=${RESPONSE_DESCRIPTION_MAX} .value=${draft.description} @input=${(e: Event) => set({ description: (e.target as HTMLTextAreaElement).value })}></textarea>
          </div>
          <div class="field">
            <label for="article-link">Link</label>
            <input id="article-link" type="url" autocomplete="off" maxlength=${ARTICLE_LINK_MAX} placeholder="https://" .value=${draft.link} @input=${(e: Event) => set({ link: (e.target as HTMLInputElement).value })} />
            <span class="hint">Inserted into the message with the description.</span>
          </div>
          <div class="field">
            <label for="article-folder">Folder</label>
            <select id="article-folder" .value=${draft.folderId} @change=${(e: Event) => set({ folderId: (e.target as HTMLSelectElement).value })}>
              ${folderRows(this.folders).map(
                ({ folder, depth }) => html`<option value=${folder.id} ?selected=${folder.id === draft.folderId}>${'\u00a0\u00a0'.repeat(depth)}${folder.name}</option>`,
              )}
            </select>
          </div>
          ${this.dialogError ? html`<div class="error-text" role="alert">${this.dialogError}</div>` : nothing}
        </div>
        <div class="dialog-foot">
          <button class="btn" type="button" @click=${() => this.articleDialog.close()}>Cancel</button>
          <button class="btn primary" type="submit" ?disabled=${draft.name.trim() === ''}>Save</button>
        </div>
      </form>
    </dialog>`;
  }

  private renderFolderDialog() {
    return html`<dialog class="folder-dialog" aria-labelledby="folder-title" data-testid="folder-dialog">
      <form @submit=${this.saveFolder}>
        <div class="dialog-head">
          <h2 id="folder-title">${this.folderDraft.id ? 'Rename folder' : 'New folder'}</h2>
          <button class="btn subtle close" type="button" aria-label="Close" @click=${() => this.folderDialog.close()}>×</button>
        </div>
        <div class="dialog-body">
          <div class="field">
            <label for="folder-name">Folder name<span class="error-text" aria-hidden="true"> *</span></label>
            <input id="folder-name" type="text" required autocomplete="off" maxlength=${FOLDER_NAME_MAX} .value=${this.folderDraft.name} @input=${(e: Event) => (this.folderDraft = { ...this.folderDraft, name: (e.target as HTMLInputElement).value })} />
            ${this.folderDraft.id ? nothing : html`<span class="hint">Created inside "${folderName(this.folders, this.folderId)}".</span>`}
          </div>
          ${this.dialogError ? html`<div class="error-text" role="alert">${this.dialogError}</div>` : nothing}
        </div>
        <div class="dialog-foot">
          <button class="btn" type="button" @click=${() => this.folderDialog.close()}>Cancel</button>
          <button class="btn primary" type="submit" ?disabled=${this.folderDraft.name.trim() === ''}>Save</button>
        </div>
      </form>
    </dialog>`;
  }

  private openFolder(id: string): void {
    this.folderId = id;
    void this.load();
  }

  private async onImported(event: ImportDoneEvent): Promise<void> {
    this.notice = `Imported ${event.created} ${event.created === 1 ? 'article' : 'articles'}.`;
    await Promise.all([this.loadFolders(), this.load()]);
  }

  private onSearch(event: Event): void {
    this.search = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => void this.load(), 200);
  }

  private async editArticle(article?: ArticleDto): Promise<void> {
    this.draft = article ? { ...article } : { name: '', description: '', link: '', folderId: this.folderId };
    this.dialogError = '';
    await this.updateComplete;
    this.articleDialog.showModal();
  }

  private async saveArticle(event: Event): Promise<void> {
    event.preventDefault();
    const { id, name, description, link, folderId } = this.draft;
    try {
      const body = { name, description, link, folderId };
      if (id) await this.api.updateArticle(id, body);
      else await this.api.createArticle(body);
      this.articleDialog.close();
      await this.load();
    } catch (error) {
      this.dialogError = errorMessage(error);
    }
  }

  private async deleteArticle(article: ArticleDto): Promise<void> {
    if (!(await this.ask(`Delete the article "${article.name}"?`, 'Operators will no longer find it in the composer.'))) return;
    try {
      await this.api.deleteArticle(article.id);
      await this.load();
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  private async editFolder(folder?: ArticleFolderDto): Promise<void> {
    this.folderDraft = folder ? { id: folder.id, name: folder.name } : { name: '' };
    this.dialogError = '';
    await this.updateComplete;
    this.folderDialog.showModal();
  }

  private async saveFolder(event: Event): Promise<void> {
    event.preventDefault();
    const { id, name } = this.folderDraft;
    try {
      if (id) await this.api.renameArticleFolder(id, { name });
      else this.folderId = (await this.api.createArticleFolder({ name, parentId: this.folderId })).id;
      this.folderDialog.close();
      await Promise.all([this.loadFolders(), this.load()]);
    } catch (error) {
      this.dialogError = errorMessage(error);
    }
  }

  private async deleteFolder(folder: ArticleFolderDto): Promise<void> {
    if (!(await this.ask(`Delete the folder "${folder.name}"?`, 'Only an empty folder can be deleted.'))) return;
    try {
      await this.api.deleteArticleFolder(folder.id);
      this.folderId = folder.parentId ?? DEFAULT_FOLDER_ID;
      await Promise.all([this.loadFolders(), this.load()]);
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  private async ask(heading: string, message: string): Promise<boolean> {
    this.question = { heading, message };
    await this.updateComplete;
    return this.confirm.ask();
  }
}
