/**
 * <lc-app-items>: an app's items in a table, newest first, with a search by name (as the user
 * types, the newest answer wins). A row's name opens the item's form.
 */
import type { HostAppItem } from '@elma365/sdk-types';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatDateTime } from '../processes/process-designer-model';
import { designerStyles } from '../processes/process-designer.styles';
import { theme } from '../theme.styles';
import { cellText, tableFields } from './app-item-model';
import { appsApi, type FormApp } from './apps-api';
import { appsStyles } from './apps.styles';
import { appHash } from './apps-page.element';

const SEARCH_DELAY_MS = 250;

export class AppItemsElement extends LitElement {
  static override styles = [theme, designerStyles, appsStyles];

  @property({ attribute: false }) app?: FormApp;

  @state() private items?: HostAppItem[];
  @state() private search = '';
  @state() private error = '';

  private timer?: ReturnType<typeof setTimeout>;
  private request = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('app') && this.app) {
      this.search = '';
      this.items = undefined;
      void this.load();
    }
  }

  override disconnectedCallback(): void {
    clearTimeout(this.timer);
    super.disconnectedCallback();
  }

  private async load(): Promise<void> {
    const app = this.app;
    if (!app) return;
    const request = ++this.request;
    try {
      const items = await appsApi.items(app.code, this.search);
      if (request !== this.request) return;
      this.items = items;
      this.error = '';
    } catch (error) {
      if (request !== this.request) return;
      this.items ??= [];
      this.error = error instanceof Error ? error.message : 'The items could not be loaded.';
    }
  }

  private onSearch(event: Event): void {
    this.search = (event.target as HTMLInputElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.load(), SEARCH_DELAY_MS);
  }

  override render() {
    const app = this.app;
    if (!app) return nothing;
    const items = this.items;
    const columns = tableFields(app);
    return html`
      <div class="page">
        <nav class="crumbs" aria-label="Breadcrumb"><a class="link" href=${appHash()}>Apps</a> › ${app.name}</nav>
        <div class="head">
          <div>
            <h1>${app.name}</h1>
            <p class="sub">Open an item to see its form and the widgets placed on it.</p>
          </div>
        </div>
        ${this.error ? html`<div class="banner" role="alert">${this.error}</div>` : nothing}
        <section class="card" aria-labelledby="items-heading">
          <header><h2 id="items-heading">Items</h2><span class="note">${items ? `${items.length}${items.length === 100 ? '+' : ''}` : ''}</span></header>
          <div class="toolbar">
            <input type="search" aria-label="Search ${app.name}" placeholder="Search by name" .value=${this.search} @input=${this.onSearch} data-testid="item-search" />
          </div>
          ${!items
            ? html`<p class="empty" role="status">Loading…</p>`
            : items.length === 0
              ? html`<p class="empty" role="status">${this.search.trim() ? `No item of ${app.name} has "${this.search.trim()}" in its name.` : `${app.name} has no items yet.`}</p>`
              : html`<table>
                  <thead>
                    <tr>
                      <th scope="col">Name</th>
                      ${columns.map((field) => html`<th scope="col">${field.name ?? field.code}</th>`)}
                      <th scope="col">Created</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${items.map(
                      (item) => html`<tr data-testid="item-row">
                        <td class="name"><a class="link" href=${appHash({ app: app.code, item: item.id })}>${item.name}</a></td>
                        ${columns.map((field) => html`<td>${cellText(field, item) || html`<span class="muted">—</span>`}</td>`)}
                        <td class="nowrap muted">${formatDateTime(item.createdAt)}</td>
                      </tr>`,
                    )}
                  </tbody>
                </table>`}
        </section>
      </div>
    `;
  }
}
