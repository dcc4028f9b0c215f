/**
 * The composer's "Response templates" button (spec §5.2, §5.4): a panel with Templates and
 * Articles, searched as the operator types (or on Enter). Choosing a Template renders it for the
 * open session on the server; choosing an Article takes its description and link. Fires
 * `lc-response-insert` with the text; the composer puts it at the caret. Escape closes the panel
 * and gives the focus back to the button.
 */
import { consume } from '@lit/context';
import { html, LitElement, nothing, svg } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { ArticleDto, ResponseTemplateDto } from '../../common/response-templates-api';
import type { ApiClient } from '../services/api-client';
import { errorMessage } from '../services/api-error';
import { apiClientContext } from '../services/contexts';
import { popupStyles } from '../shared/popup.styles';
import { buttons, fields, tokens } from '../shared/ui.styles';
import { articleText } from './response-templates-model';
import { responsePickerStyles } from './response-picker.styles';

export class ResponseInsertEvent extends Event {
  static readonly type = 'lc-response-insert';

  constructor(readonly text: string) {
    super(ResponseInsertEvent.type, { bubbles: true, composed: true });
  }
}

const bookIcon = svg`<svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true"><path d="M4 19.5A2.5 2.5 0 0 1 6.5 17H20"/><path d="M6.5 2H20v20H6.5A2.5 2.5 0 0 1 4 19.5v-15A2.5 2.5 0 0 1 6.5 2z"/><path d="M9 7h7M9 11h5"/></svg>`;

type Tab = 'templates' | 'articles';

const SEARCH_DELAY_MS = 200;

export class ResponsePickerElement extends LitElement {
  static override styles = [tokens, buttons, fields, popupStyles, responsePickerStyles];

  @consume({ context: apiClientContext }) @property({ attribute: false }) api?: ApiClient;

  /** The session a template is rendered for. */
  @property() sessionId = '';
  @property({ type: Boolean }) disabled = false;

  @state() private open = false;
  @state() private tab: Tab = 'templates';
  @state() private search = '';
  @state() private templates?: ResponseTemplateDto[];
  @state() private articles?: ArticleDto[];
  @state() private error = '';
  @state() private busy = false;

  @query('.trigger') private trigger!: HTMLButtonElement;
  @query('#search') private searchInput?: HTMLInputElement;

  private searchTimer?: ReturnType<typeof setTimeout>;
  private loadSeq = 0;

  override disconnectedCallback(): void {
    clearTimeout(this.searchTimer);
    super.disconnectedCallback();
  }

  override render() {
    return html`<div class="wrap" @keydown=${this.onKeyDown} @focusout=${this.onFocusOut}>
      <button
        class="btn subtle icon trigger"
        type="button"
        aria-label="Response templates"
        title="Response templates"
        aria-haspopup="dialog"
        aria-expanded=${this.open ? 'true' : 'false'}
        ?disabled=${this.disabled}
        @click=${this.toggle}
      >
        ${bookIcon}
      </button>
      ${this.open ? this.renderPanel() : nothing}
    </div>`;
  }

  private renderPanel() {
    const items = this.tab === 'templates' ? this.templates : this.articles;
    return html`<div class="popup panel" role="dialog" aria-label="Response templates" data-testid="response-picker">
      <div class="tabs" role="tablist" aria-label="Kind">
        ${(['templates', 'articles'] as const).map(
          (tab) => html`<button
            class="tab"
            type="button"
            role="tab"
            aria-selected=${this.tab === tab ? 'true' : 'false'}
            @click=${() => this.switchTab(tab)}
          >
            ${tab === 'templates' ? 'Templates' : 'Articles'}
          </button>`,
        )}
      </div>
      <div class="search-box">
        <label class="visually-hidden" for="search">Search response templates</label>
        <input
          id="search"
          type="search"
          autocomplete="off"
          placeholder=${this.tab === 'templates' ? 'Find a template' : 'Find an article'}
          .value=${this.search}
          @input=${this.onSearchInput}
        />
      </div>
      ${this.error ? html`<div class="error-text" role="alert">${this.error}</div>` : nothing}
      <ul class="items" role="list" aria-busy=${items === undefined || this.busy ? 'true' : 'false'}>
        ${items === undefined
          ? html`<li class="none" role="status">Loading…</li>`
          : items.length === 0
            ? html`<li class="none" data-testid="response-picker-empty">${this.emptyText()}</li>`
            : this.tab === 'templates'
              ? (items as ResponseTemplateDto[]).map(
                  (item) => html`<li>
                    <button class="item" type="button" data-testid="response-item" ?disabled=${this.busy} @click=${() => this.pickTemplate(item)}>
                      <span class="name">${item.name}</span>
                      <span class="detail">${item.description || item.template}</span>
                    </button>
                  </li>`,
                )
              : (items as ArticleDto[]).map(
                  (item) => html`<li>
                    <button class="item" type="button" data-testid="response-item" @click=${() => this.insert(articleText(item))}>
                      <span class="name">${item.name}</span>
                      <span class="detail">${item.description || item.link}</span>
                    </button>
                  </li>`,
                )}
      </ul>
    </div>`;
  }

  private emptyText(): string {
    if (this.search) return `Nothing matches "${this.search}".`;
    return this.tab === 'templates'
      ? 'There are no templates yet. An administrator adds them in Response templates › Templates.'
      : 'There are no articles yet. An administrator adds them in Response templates › Articles.';
  }

  private async toggle(): Promise<void> {
    if (this.open) return this.close(true);
    this.open = true;
    this.error = '';
    void this.load();
    await this.updateComplete;
    this.searchInput?.focus();
  }

  private close(focusButton: boolean): void {
    this.open = false;
    clearTimeout(this.searchTimer);
    if (focusButton) this.trigger?.focus();
  }

  private switchTab(tab: Tab): void {
    this.tab = tab;
    void this.load();
    this.searchInput?.focus();
  }

  private onSearchInput(event: Event): void {
    this.search = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => void this.load(), SEARCH_DELAY_MS);
  }

  /** Loads the current tab for the current search; an answer to a superseded request is dropped. */
  private async load(): Promise<void> {
    if (!this.api) return;
    const seq = ++this.loadSeq;
    const search = this.search.trim() || undefined;
    try {
      if (this.tab === 'templates') {
        const found = await this.api.listResponseTemplates({ search });
        if (seq === this.loadSeq) this.templates = found;
      } else {
        const found = await this.api.listArticles({ search });
        if (seq === this.loadSeq) this.articles = found;
      }
      if (seq === this.loadSeq) this.error = '';
    } catch (error) {
      if (seq === this.loadSeq) this.error = errorMessage(error);
    }
  }

  private async pickTemplate(template: ResponseTemplateDto): Promise<void> {
    if (!this.api || !this.sessionId) return;
    this.busy = true;
    try {
      const rendered = await this.api.renderResponseTemplate(template.id, this.sessionId);
      this.insert(rendered.text);
    } catch (error) {
      this.error = errorMessage(error);
    } finally {
      this.busy = false;
    }
  }

  private insert(text: string): void {
    this.close(false);
    this.dispatchEvent(new ResponseInsertEvent(text));
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (!this.open) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.close(true);
    } else if (event.key === 'Enter' && event.target === this.searchInput) {
      event.preventDefault();
      clearTimeout(this.searchTimer);
      void this.load();
    }
  }

  private onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (this.open && next && !this.shadowRoot?.contains(next) && !this.contains(next)) this.close(false);
  }
}

