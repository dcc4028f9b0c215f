/** <lc-process-instances>: a table of process instances, newest first, with status, initiator and what went wrong. */
import type { ProcessInstanceInfo, ProcessTemplateInfo } from '@elma365/sdk-types';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { theme } from '../theme.styles';
import { designerStyles } from './process-designer.styles';
import { durationOf, formatDateTime, STATUS_LABELS } from './process-designer-model';

export class ProcessInstancesElement extends LitElement {
  static override styles = [
    theme,
    designerStyles,
    css`
      td.details {
        width: 100%;
        min-width: 240px;
      }
      .failure {
        margin-bottom: 4px;
      }
      .failure .message {
        color: var(--lc-danger);
        margin-top: 3px;
        overflow-wrap: anywhere;
      }
      details summary {
        cursor: pointer;
        color: var(--lc-muted);
        font-size: 12.5px;
        width: max-content;
      }
      details pre {
        margin: 6px 0 0;
        padding: 8px 10px;
        background: var(--lc-code-bg);
        border: 1px solid var(--lc-border);
        border-radius: 6px;
        max-height: 220px;
        overflow: auto;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
    `,
  ];

  @property({ attribute: false }) instances: ProcessInstanceInfo[] = [];
  /** User id → display name. */
  @property({ attribute: false }) userNames = new Map<string, string>();
  /** The templates the instances belong to: their names and their activities' names. */
  @property({ attribute: false }) templates: ProcessTemplateInfo[] = [];
  /** Adds a Process column (for instances of several templates). */
  @property({ type: Boolean, attribute: 'show-template' }) showTemplate = false;

  private names = new Map<string, string>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('templates')) {
      this.names = new Map(
        this.templates.flatMap((template) => [[template.code, template.name] as const, ...template.activities.map((activity) => [`${template.code}/${activity.id}`, activity.name] as const)]),
      );
    }
  }

  override render() {
    if (this.instances.length === 0) return html`<div class="empty" data-testid="no-instances">No instances yet. Start the process to see it here.</div>`;
    return html`
      <table>
        <thead>
          <tr>
            <th scope="col">Started</th>
            ${this.showTemplate ? html`<th scope="col">Process</th>` : nothing}
            <th scope="col">Status</th>
            <th scope="col">Started by</th>
            <th scope="col">Took</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          ${repeat(this.instances, (instance) => instance.id, (instance) => this.renderRow(instance))}
        </tbody>
      </table>
    `;
  }

  private renderRow(instance: ProcessInstanceInfo) {
    return html`<tr data-testid="instance-row" data-status=${instance.status}>
      <td class="nowrap" title=${instance.startedAt}>${formatDateTime(instance.startedAt)}</td>
      ${this.showTemplate ? html`<td class="nowrap">${this.names.get(instance.templateCode) ?? html`<code>${instance.templateCode}</code>`}</td>` : nothing}
      <td><span class="badge ${instance.status}">${STATUS_LABELS[instance.status] ?? instance.status}</span></td>
      <td class="nowrap ${instance.initiatorId ? '' : 'muted'}">${instance.initiatorId ? (this.userNames.get(instance.initiatorId) ?? instance.initiatorId) : 'System'}</td>
      <td class="nowrap muted">${durationOf(instance)}</td>
      <td class="details">${this.renderDetails(instance)}</td>
    </tr>`;
  }

  private renderDetails(instance: ProcessInstanceInfo) {
    const context = JSON.stringify(instance.context, null, 2);
    return html`
      ${instance.error
        ? html`<div class="failure" data-testid="instance-error">
            <code class="tag">${instance.error.code}</code>
            ${instance.error.activityId
              ? html`<span class="muted">in ${this.names.get(`${instance.templateCode}/${instance.error.activityId}`) ?? instance.error.activityId}</span>`
              : nothing}
            <div class="message">${instance.error.message}</div>
          </div>`
        : nothing}
      <details>
        <summary>Context</summary>
        <pre class="mono">${context}</pre>
      </details>
    `;
  }
}
