/**
 * <lc-process-designer>: Administration › Processes. The list of process templates with how each
 * last ran and the recent instances of all of them; `params.template` opens one template.
 */
import type { HostUser, ProcessInstanceInfo } from '@elma365/sdk-types';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatHash } from '../shell-model';
import { theme } from '../theme.styles';
import { designerStyles } from './process-designer.styles';
import { formatDateTime, latestByTemplate, STATUS_LABELS } from './process-designer-model';
import { PROCESSES_SCREEN_ID } from './process-template.element';
import { processesApi, type TemplateView } from './processes-api';

const RECENT = 15;

export class ProcessDesignerElement extends LitElement {
  static override styles = [
    theme,
    designerStyles,
    css`
      :host {
        height: 100%;
        overflow: auto;
        background: var(--lc-bg);
      }
      .card + .card {
        margin-top: 16px;
      }
      td.name a {
        font-weight: 600;
      }
      .last {
        display: flex;
        align-items: center;
        gap: 8px;
        white-space: nowrap;
      }
    `,
  ];

  /** `template`: the code of the template that is open. */
  @property({ attribute: false }) params: Record<string, string> = {};

  @state() private templates?: TemplateView[];
  @state() private instances: ProcessInstanceInfo[] = [];
  @state() private users: HostUser[] = [];
  @state() private error = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Back on the list: what ran meanwhile shows.
    if (changed.has('params') && !this.params.template) void this.load();
  }

  private async load(): Promise<void> {
    this.error = '';
    try {
      const [templates, instances, users] = await Promise.all([processesApi.templates(), processesApi.instances({ limit: 100 }), processesApi.users()]);
      Object.assign(this, { templates, instances, users });
    } catch (error) {
      this.templates ??= [];
      this.error = error instanceof Error ? error.message : 'The processes could not be loaded.';
    }
  }

  override render() {
    if (this.params.template) return html`<lc-process-template code=${this.params.template}></lc-process-template>`;
    const templates = this.templates;
    const latest = latestByTemplate(this.instances);
    return html`
      <div class="page">
        <div class="head">
          <div>
            <h1>Processes</h1>
            <p class="sub">Process templates run by the host's process engine. Script activities call the extensions through their script namespaces.</p>
          </div>
        </div>
        ${this.error ? html`<div class="banner" role="alert">${this.error}</div>` : nothing}
        <section class="card" aria-labelledby="templates-heading">
          <header><h2 id="templates-heading">Templates</h2><span class="note">${templates ? templates.length : ''}</span></header>
          ${!templates
            ? html`<p class="empty" role="status">Loading…</p>`
            : templates.length === 0
              ? html`<p class="empty">There are no process templates.</p>`
              : html`<table>
                  <thead>
                    <tr>
                      <th scope="col">Name</th>
                      <th scope="col">Start form</th>
                      <th scope="col">Activities</th>
                      <th scope="col">Last run</th>
                      <th scope="col">Script saved</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${templates.map((template) => {
                      const last = latest.get(template.code);
                      const inputs = template.variables.filter((variable) => variable.input);
                      return html`<tr data-testid="template-row">
                        <td class="name">
                          <a class="link" href=${formatHash({ screenId: PROCESSES_SCREEN_ID, params: { template: template.code } })}>${template.name}</a>
                          <div class="muted mono">${template.code}</div>
                        </td>
                        <td>${inputs.length ? inputs.map((variable) => variable.name).join(', ') : html`<span class="muted">—</span>`}</td>
                        <td>${template.activities.map((activity) => activity.name).join(' → ')}</td>
                        <td>
                          ${last
                            ? html`<span class="last"><span class="badge ${last.status}">${STATUS_LABELS[last.status]}</span><span class="muted">${formatDateTime(last.startedAt)}</span></span>`
                            : html`<span class="muted">Never</span>`}
                        </td>
                        <td class="nowrap muted">${formatDateTime(template.updatedAt)}</td>
                      </tr>`;
                    })}
                  </tbody>
                </table>`}
        </section>
        <section class="card" aria-labelledby="recent-heading">
          <header><h2 id="recent-heading">Recent instances</h2><span class="note">all processes, newest first</span></header>
          <lc-process-instances
            .instances=${this.instances.slice(0, RECENT)}
            .userNames=${new Map(this.users.map((user) => [user.id, user.name]))}
            .templates=${templates ?? []}
            show-template
          ></lc-process-instances>
        </section>
      </div>
    `;
  }
}
