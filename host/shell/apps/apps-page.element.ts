/**
 * <lc-apps-page>: the Apps entry of the left menu. The company's apps; `params.app` opens an
 * app's items, `params.item` one item's form. The apps are loaded once and handed down.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fieldLabel } from '../../apps/form-widget-rules';
import { designerStyles } from '../processes/process-designer.styles';
import { formatHash } from '../shell-model';
import { theme } from '../theme.styles';
import { appsApi, type FormApp } from './apps-api';
import { appsStyles } from './apps.styles';
import { APPS_SCREEN_ID, type FormWidgetHost } from './form-widget-host';

export const appHash = (params: Record<string, string> = {}): string => formatHash({ screenId: APPS_SCREEN_ID, params });

export class AppsPageElement extends LitElement {
  static override styles = [theme, designerStyles, appsStyles];

  @property({ attribute: false }) params: Record<string, string> = {};
  @property({ attribute: false }) widgetHost?: FormWidgetHost;

  @state() private apps?: FormApp[];
  @state() private error = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('params') && !this.apps) void this.load();
  }

  private async load(): Promise<void> {
    this.error = '';
    try {
      this.apps = await appsApi.apps();
    } catch (error) {
      this.apps = [];
      this.error = error instanceof Error ? error.message : 'The apps could not be loaded.';
    }
  }

  override render() {
    const apps = this.apps;
    const app = apps?.find((candidate) => candidate.code === this.params.app);
    if (apps && app && this.params.item) {
      return html`<lc-app-item-page .app=${app} .apps=${apps} .itemId=${this.params.item} .widgetHost=${this.widgetHost}></lc-app-item-page>`;
    }
    if (apps && app) return html`<lc-app-items .app=${app}></lc-app-items>`;
    return html`
      <div class="page">
        <div class="head">
          <div>
            <h1>Apps</h1>
            <p class="sub">The company's apps. Open one to find an item and see its form.</p>
          </div>
        </div>
        ${this.error ? html`<div class="banner" role="alert">${this.error}</div>` : nothing}
        ${apps && this.params.app && !app ? html`<div class="banner" role="alert">There is no app "${this.params.app}".</div>` : nothing}
        <section class="card" aria-labelledby="apps-heading">
          <header><h2 id="apps-heading">All apps</h2><span class="note">${apps ? apps.length : ''}</span></header>
          ${!apps
            ? html`<p class="empty" role="status">Loading…</p>`
            : apps.length === 0
              ? html`<p class="empty">The company has no apps yet.</p>`
              : html`<table>
                  <thead>
                    <tr>
                      <th scope="col">App</th>
                      <th scope="col">Fields</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${apps.map(
                      (candidate) => html`<tr data-testid="app-row">
                        <td class="name">
                          <a class="link" href=${appHash({ app: candidate.code })}>${candidate.name}</a>
                          <div class="muted mono">${candidate.namespace}.${candidate.code}</div>
                        </td>
                        <td>
                          <div class="chips">${candidate.fields.map((field) => html`<span class="chip">${fieldLabel(field)}</span>`)}</div>
                        </td>
                      </tr>`,
                    )}
                  </tbody>
                </table>`}
        </section>
      </div>
    `;
  }
}
