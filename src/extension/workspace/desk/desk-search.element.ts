/**
 * The search box at the top of the desk (spec §5.1). With a session open it searches that
 * session: its name and its message history (each match with its author, time and the words
 * around it; picking one shows it in the conversation). With none open it searches the names of
 * the sessions of the user's live chats, to open one. Escape clears it.
 */
import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { LineDto, MessageDto, SessionDto } from '../../common/api';
import type { ApiClient } from '../services/api-client';
import { errorMessage } from '../services/api-error';
import { apiClientContext } from '../services/contexts';
import { formatTime, stateLabel } from '../shared/format';
import { searchIcon } from '../shared/icons';
import { buttons, tokens } from '../shared/ui.styles';
import { MessageRevealEvent, SessionFoundEvent } from './desk-events';
import { SEARCH_DELAY_MS, searchTerm, snippetOf, type Snippet } from './desk-search-model';
import { deskSearchStyles } from './desk-search.styles';

const SESSION_RESULTS = 20;
const MESSAGE_RESULTS = 50;

type Results =
  | { kind: 'messages'; term: string; nameMatch?: Snippet; items: MessageDto[]; more: boolean }
  | { kind: 'sessions'; term: string; items: SessionDto[]; more: boolean };

export class DeskSearchElement extends LitElement {
  static override styles = [tokens, buttons, deskSearchStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  @consume({ context: apiClientContext }) private api!: ApiClient;

  /** The open session, searched instead of the session names; '' for none. */
  @property() sessionId = '';
  /** The live chats the user works on: sessions of others are not offered. */
  @property({ attribute: false }) lines: LineDto[] = [];

  @state() private value = '';
  @state() private results?: Results;
  @state() private error = '';
  @state() private loading = false;
  @state() private open = false;

  @query('input') private input!: HTMLInputElement;

  private timer?: ReturnType<typeof setTimeout>;
  private ticket = 0;

  override disconnectedCallback(): void {
    clearTimeout(this.timer);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another session (or none): the search starts over.
    if (changed.has('sessionId') && changed.get('sessionId') !== undefined) this.clear();
  }

  /** Empties the box and drops the results. */
  clear(): void {
    clearTimeout(this.timer);
    this.ticket++;
    this.value = '';
    this.results = undefined;
    this.error = '';
    this.loading = false;
    this.open = false;
  }

  private onInput(value: string): void {
    this.value = value;
    clearTimeout(this.timer);
    const term = searchTerm(value);
    if (!term) {
      this.ticket++;
      this.results = undefined;
      this.error = '';
      this.loading = false;
      this.open = false;
      return;
    }
    this.open = true;
    this.loading = true;
    this.timer = setTimeout(() => void this.search(term), SEARCH_DELAY_MS);
  }

  private async search(term: string): Promise<void> {
    const ticket = ++this.ticket;
    const sessionId = this.sessionId;
    try {
      const results: Results = sessionId ? await this.searchSession(sessionId, term) : await this.searchSessions(term);
      if (ticket !== this.ticket) return;
      this.results = results;
      this.error = '';
    } catch (error) {
      if (ticket !== this.ticket) return;
      this.results = undefined;
      this.error = errorMessage(error);
    } finally {
      if (ticket === this.ticket) this.loading = false;
    }
  }

  private async searchSession(sessionId: string, term: string): Promise<Results> {
    const [page, session] = await Promise.all([this.api.searchMessages(sessionId, term, MESSAGE_RESULTS), this.api.getSession(sessionId)]);
    return { kind: 'messages', term, nameMatch: snippetOf(session.name, term), items: page.items, more: page.hasMore };
  }

  private async searchSessions(term: string): Promise<Results> {
    const page = await this.api.listSessions({ search: term, limit: SESSION_RESULTS });
    const mine = new Set(this.lines.map((line) => line.id));
    return { kind: 'sessions', term, items: page.items.filter((session) => mine.has(session.lineId)), more: page.nextCursor !== undefined };
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && (this.value !== '' || this.open)) {
      event.preventDefault();
      event.stopPropagation();
      this.clear();
      this.input.focus();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const items = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.result')];
    if (items.length === 0) return;
    event.preventDefault();
    const at = items.findIndex((item) => item.matches(':focus'));
    const next = event.key === 'ArrowDown' ? Math.min(at + 1, items.length - 1) : at - 1;
    if (next < 0) this.input.focus();
    else items[next].focus();
  }

  private readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (!next || !this.renderRoot.contains(next)) this.open = false;
  };

  override render() {
    const label = this.sessionId ? 'Search in this session' : 'Search sessions';
    return html`<div class="search" role="search" @keydown=${this.onKeyDown} @focusout=${this.onFocusOut}>
      <label class="box">
        ${searchIcon}
        <input
          type="search"
          autocomplete="off"
          aria-label=${label}
          aria-controls=${this.open ? 'search-results' : nothing}
          placeholder=${this.sessionId ? 'Search in this session' : 'Search sessions by name'}
          .value=${this.value}
          @input=${(event: Event) => this.onInput((event.target as HTMLInputElement).value)}
          @focus=${() => (this.open = searchTerm(this.value) !== undefined)}
        />
      </label>
      ${this.open ? this.renderResults() : nothing}
    </div>`;
  }

  private renderResults() {
    const results = this.results;
    let status: string;
    if (this.error) status = this.error;
    else if (this.loading || !results) status = 'Searching…';
    else status = summary(results);
    return html`<section id="search-results" class="results" aria-label="Search results" data-testid="search-results">
      <p class="status ${this.error ? 'error' : ''}" role="status">${status}</p>
      ${results && !this.loading && !this.error ? (results.kind === 'messages' ? this.renderMessages(results) : this.renderSessions(results)) : nothing}
    </section>`;
  }

  private renderMessages(results: Extract<Results, { kind: 'messages' }>) {
    const now = new Date();
    return html`${results.nameMatch
        ? html`<p class="name-match" data-testid="search-name-match"><span class="label">Session name</span> ${mark(results.nameMatch)}</p>`
        : nothing}
      <ul>
        ${results.items.map((message) => {
          const snippet = snippetOf(message.body, results.term);
          return html`<li>
            <button
              class="result"
              type="button"
              data-testid="search-result"
              data-seq=${message.seq}
              @click=${() => {
                this.open = false;
                this.dispatchEvent(new MessageRevealEvent(message.seq));
              }}
            >
              <span class="head">
                <span class="who">${message.authorName ?? (message.authorKind === 'system' ? 'System' : 'Unknown')}</span>
                <time datetime=${message.createdAt}>${formatTime(message.createdAt, now)}</time>
              </span>
              <span class="text">${snippet ? mark(snippet) : message.body}</span>
            </button>
          </li>`;
        })}
      </ul>`;
  }

  private renderSessions(results: Extract<Results, { kind: 'sessions' }>) {
    const now = new Date();
    const lineName = (id: string): string => this.lines.find((line) => line.id === id)?.name ?? '';
    return html`<ul>
      ${results.items.map((session) => {
        const snippet = snippetOf(session.name, results.term);
        return html`<li>
          <button
            class="result"
            type="button"
            data-testid="search-result"
            data-session-id=${session.id}
            @click=${() => {
              this.clear();
              this.dispatchEvent(new SessionFoundEvent(session));
            }}
          >
            <span class="head">
              <span class="who">${snippet ? mark(snippet) : session.name}</span>
              <time datetime=${session.lastActivityAt}>${formatTime(session.lastActivityAt, now)}</time>
            </span>
            <span class="text muted">${lineName(session.lineId)} · ${stateLabel(session.state)}</span>
          </button>
        </li>`;
      })}
    </ul>`;
  }
}

function mark(snippet: Snippet) {
  return html`${snippet.before}<mark>${snippet.match}</mark>${snippet.after}`;
}

function summary(results: Results): string {
  const count = results.items.length;
  const noun = results.kind === 'messages' ? (count === 1 ? 'message' : 'messages') : count === 1 ? 'session' : 'sessions';
  if (count === 0) {
    if (results.kind === 'messages' && results.nameMatch) return 'The session name matches; no message does.';
    return results.kind === 'messages' ? `No message contains "${results.term}".` : `No session of your live chats is named like "${results.term}".`;
  }
  return results.more ? `The first ${count} ${noun} found; type more to narrow the search.` : `${count} ${noun} found`;
}
