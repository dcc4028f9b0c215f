/**
 * The menu of the Live Chats workspace (spec §5.1), top to bottom: My Desk › Sessions, Response
 * templates (Articles, Templates), Reports (administrators and supervisors), then each live chat
 * the user works on with Active sessions (its supervisors), Queue, My sessions and Closed
 * sessions, the Queue and My sessions with live counters. For administrators the gear of its
 * head leads to the settings pages. It names the place to go; the desk goes there.
 */
import { consume } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Counters, LineDto } from '../../common/api';
import { viewerContext, type Viewer } from '../services/contexts';
import { badgeCount } from '../shared/format';
import { gearIcon } from '../shared/icons';
import type { MenuPickEvent } from '../shared/picker-menu';
import { badges, buttons, tokens } from '../shared/ui.styles';
import { RESPONSE_TEMPLATE_PAGES } from '../response-templates/response-templates-model';
import { DeskNavigateEvent } from './desk-events';
import { deskViews, lineBadges, placeParams, resolvePlace, type DeskPlace } from './desk-model';
import { canSeeReports, deskContent, type DeskContent } from './desk-nav-model';
import { deskNavStyles } from './desk-nav.styles';
import './queue-counters';

export class DeskNavElement extends LitElement {
  static override styles = [tokens, buttons, badges, deskNavStyles];

  @consume({ context: viewerContext }) private viewer!: Viewer;

  /** The live chats the user works on. */
  @property({ attribute: false }) lines: LineDto[] = [];
  @property({ attribute: false }) counters?: Counters;
  /** The desk's place (its URL parameters). */
  @property({ attribute: false }) params: Record<string, string> = {};

  private get place(): DeskPlace {
    return resolvePlace(this.params, this.lines);
  }

  private get content(): DeskContent {
    return deskContent(this.params, this.lines, this.viewer.isAdministrator);
  }

  private go(params: Record<string, string>): void {
    this.dispatchEvent(new DeskNavigateEvent(params));
  }

  /** Opens a page, keeping the list's place in the URL for the way back. */
  private openPage(page: string): void {
    this.go({ ...placeParams(this.place), page });
  }

  override render() {
    const content = this.content;
    return html`<nav aria-label="Live chats">
      ${this.renderHead()}
      ${this.renderSection('my-desk', 'My Desk', [{ id: 'sessions', label: 'Sessions' }], content)}
      ${this.renderSection('response-templates', 'Response templates', RESPONSE_TEMPLATE_PAGES, content)}
      ${canSeeReports(this.lines, this.viewer.isAdministrator)
        ? html`<ul class="nav-pages" aria-label="Pages">
            ${this.renderPageItem({ id: 'reports', label: 'Reports' }, content)}
          </ul>`
        : nothing}
      ${this.lines.map((line) => this.renderLine(line, content === 'list' ? this.place : undefined))}
      <lc-queue-counters class="queue-counters" .counters=${this.counters}></lc-queue-counters>
    </nav>`;
  }

  private renderHead() {
    return html`<div class="nav-head">
      <span class="nav-title">Live Chats</span>
      ${this.viewer.isAdministrator
        ? html`<lc-picker-menu
            label="Workspace settings"
            heading="Settings"
            buttonClass="btn subtle icon"
            .items=${[
              { value: 'form-settings', label: 'Form settings', detail: 'Parameters of sessions' },
              { value: 'groups', label: 'Group settings', detail: 'Groups for live chats' },
            ]}
            @lc-menu-pick=${(event: MenuPickEvent) => {
              if (event.value === 'form-settings' || event.value === 'groups') this.openPage(event.value);
            }}
            ><span slot="button">${gearIcon}</span></lc-picker-menu
          >`
        : nothing}
    </div>`;
  }

  private renderSection(id: string, title: string, pages: ReadonlyArray<{ id: string; label: string }>, content: DeskContent) {
    return html`<section class="nav-line" aria-labelledby="nav-${id}" data-testid="nav-${id}">
      <h2 id="nav-${id}">${title}</h2>
      <ul>
        ${pages.map((page) => this.renderPageItem(page, content))}
      </ul>
    </section>`;
  }

  private renderPageItem(page: { id: string; label: string }, content: DeskContent) {
    return html`<li>
      <button class="nav-item" type="button" data-page=${page.id} aria-current=${content === page.id ? 'page' : 'false'} @click=${() => this.openPage(page.id)}>
        <span>${page.label}</span>
      </button>
    </li>`;
  }

  /** `place`: where the desk is when a list is open. */
  private renderLine(line: LineDto, place: DeskPlace | undefined) {
    const counts = lineBadges(this.counters, line.id);
    return html`<section class="nav-line" aria-labelledby="nav-${line.id}" data-testid="nav-line" data-line-id=${line.id}>
      <h2 id="nav-${line.id}">${line.name}</h2>
      <ul>
        ${deskViews(line).map((view) => {
          const current = place?.lineId === line.id && place.view === view.id;
          const count = view.id === 'queue' ? counts.queue : view.id === 'mine' ? counts.unread : 0;
          return html`<li>
            <button
              class="nav-item"
              type="button"
              data-view=${view.id}
              aria-current=${current ? 'page' : 'false'}
              @click=${() => this.go(placeParams({ lineId: line.id, view: view.id }))}
            >
              <span>${view.label}</span>
              ${count > 0
                ? html`<span
                    class="badge"
                    data-testid="${view.id}-count"
                    aria-label=${view.id === 'queue' ? `${count} waiting` : `${count} unread`}
                    >${badgeCount(count)}</span
                  >`
                : nothing}
            </button>
          </li>`;
        })}
      </ul>
    </section>`;
  }
}
