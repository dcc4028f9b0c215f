/**
 * <lc-process-template>: one process template in the designer — its variables and activities,
 * the script editor, the Run form and the template's recent instances.
 */
import type { HostUser, ProcessInstanceInfo } from '@elma365/sdk-types';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { HostApiError } from '../host-api';
import { formatHash } from '../shell-model';
import { theme } from '../theme.styles';
import { designerStyles } from './process-designer.styles';
import { describeActivity, formatDateTime, STATUS_LABELS, typeLabelOf } from './process-designer-model';
import type { ProcessRunEvent } from './process-run-form.element';
import type { ScriptProblem, ScriptSaveEvent } from './process-script-editor.element';
import { processesApi, type TemplateView } from './processes-api';

export const PROCESSES_SCREEN_ID = 'host.processes';
const RECENT = 20;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : 'Something went wrong.');

export class ProcessTemplateElement extends LitElement {
  static override styles = [
    theme,
    designerStyles,
    css`
      .layout {
        display: grid;
        grid-template-columns: minmax(0, 1.65fr) minmax(300px, 1fr);
        gap: 16px;
        align-items: start;
      }
      .side {
        display: flex;
        flex-direction: column;
        gap: 16px;
      }
      .wide {
        margin-top: 16px;
      }
      .activities {
        list-style: none;
        margin: 0;
        padding: 0;
        counter-reset: step;
      }
      .activities li {
        display: grid;
        grid-template-columns: 24px minmax(0, 1fr);
        gap: 2px 10px;
        padding: 10px 18px;
        border-bottom: 1px solid var(--lc-border);
      }
      .activities li:last-child {
        border-bottom: none;
      }
      .activities li::before {
        counter-increment: step;
        content: counter(step);
        grid-row: span 2;
        width: 22px;
        height: 22px;
        border-radius: 50%;
        background: var(--lc-accent-soft);
        color: var(--lc-accent);
        font-size: 12px;
        font-weight: 600;
        display: inline-flex;
        align-items: center;
        justify-content: center;
      }
      .activities .what {
        color: var(--lc-muted);
        font-size: 13px;
        overflow-wrap: anywhere;
      }
      .outcome {
        margin-top: 14px;
      }
      .help {
        margin-top: 14px;
        color: var(--lc-muted);
        font-size: 13px;
      }
      @media (max-width: 1100px) {
        .layout {
          grid-template-columns: minmax(0, 1fr);
        }
      }
    `,
  ];

  @property() code = '';

  @state() private template?: TemplateView;
  @state() private missing = false;
  @state() private error = '';
  @state() private instances: ProcessInstanceInfo[] = [];
  @state() private users: HostUser[] = [];
  @state() private saving = false;
  @state() private saved = false;
  @state() private problem?: ScriptProblem;
  @state() private running = false;
  @state() private outcome?: ProcessInstanceInfo;
  @state() private runError = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('code')) void this.load();
  }

  private async load(): Promise<void> {
    const code = this.code;
    Object.assign(this, { template: undefined, missing: false, error: '', problem: undefined, saved: false, outcome: undefined, runError: '' });
    try {
      const [template, instances, users] = await Promise.all([
        processesApi.template(code),
        processesApi.instances({ template: code, limit: RECENT }),
        this.users.length ? Promise.resolve(this.users) : processesApi.users(),
      ]);
      if (code !== this.code) return;
      Object.assign(this, { template, instances, users });
    } catch (error) {
      if (code !== this.code) return;
      if (error instanceof HostApiError && error.status === 404) this.missing = true;
      else this.error = messageOf(error);
    }
  }

  override render() {
    const back = html`<div class="crumbs"><a class="link" href=${formatHash({ screenId: PROCESSES_SCREEN_ID, params: {} })}>← All processes</a></div>`;
    if (this.missing) {
      return html`<div class="page">${back}<div class="banner info" role="status">There is no process template “${this.code}”.</div></div>`;
    }
    const template = this.template;
    if (!template) {
      return html`<div class="page">${back}${this.error ? html`<div class="banner" role="alert">${this.error}</div>` : html`<p class="muted" role="status">Loading…</p>`}</div>`;
    }
    const userNames = new Map(this.users.map((user) => [user.id, user.name]));
    return html`
      <div class="page">
        <div class="head">
          <div>
            ${back}
            <h1>${template.name}</h1>
            <p class="sub"><code class="tag">${template.code}</code> · script saved ${formatDateTime(template.updatedAt)}</p>
          </div>
        </div>
        ${this.error ? html`<div class="banner" role="alert">${this.error}</div>` : nothing}
        <div class="layout">
          <section class="card" aria-labelledby="script-heading">
            <header><h2 id="script-heading">Script</h2><span class="note">a TypeScript or JavaScript module</span></header>
            <div class="card-body">
              <lc-process-script-editor
                .script=${template.script}
                .problem=${this.problem}
                ?busy=${this.saving}
                ?saved=${this.saved}
                @lc-process-script-save=${(event: ScriptSaveEvent) => this.saveScript(event.script)}
              ></lc-process-script-editor>
              <p class="help">
                Each Script activity calls the exported function it names. Globals: <code>Context.data</code> (the variables),
                <code>System.users</code>, what extensions add to <code>System</code> (such as <code>System.lines</code>), <code>console</code> and the extensions' namespaces, such as <code>LiveChats</code>; calls to
                them return promises. No imports and no timers; an activity that runs too long is stopped.
              </p>
            </div>
          </section>
          <div class="side">
            <section class="card" aria-labelledby="run-heading">
              <header><h2 id="run-heading">Run</h2></header>
              <div class="card-body">
                <lc-process-run-form .variables=${template.variables} .users=${this.users} ?busy=${this.running} @lc-process-run=${(event: ProcessRunEvent) => this.run(event.inputs)}></lc-process-run-form>
                ${this.renderOutcome()}
              </div>
            </section>
            <section class="card" aria-labelledby="variables-heading">
              <header><h2 id="variables-heading">Variables</h2><span class="note">${template.variables.length}</span></header>
              ${template.variables.length
                ? html`<table>
                    <thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Start form</th></tr></thead>
                    <tbody>
                      ${template.variables.map(
                        (variable) => html`<tr>
                          <td>${variable.name}<div class="muted mono">${variable.code}</div></td>
                          <td class="nowrap">${typeLabelOf(variable)}</td>
                          <td>${variable.input ? html`<span class="badge running plain">Input</span>` : html`<span class="muted">—</span>`}</td>
                        </tr>`,
                      )}
                    </tbody>
                  </table>`
                : html`<div class="empty">No variables.</div>`}
            </section>
            <section class="card" aria-labelledby="activities-heading">
              <header><h2 id="activities-heading">Activities</h2><span class="note">start → end</span></header>
              <ol class="activities">
                ${template.activities.map(
                  (activity) => html`<li>
                    <span>${activity.name} <span class="badge plain">${activity.kind === 'script' ? 'Script' : 'System'}</span></span>
                    <span class="what mono">${describeActivity(activity)}</span>
                  </li>`,
                )}
              </ol>
            </section>
          </div>
        </div>
        <section class="card wide" aria-labelledby="instances-heading">
          <header><h2 id="instances-heading">Recent instances</h2><span class="note">the last ${RECENT}, newest first</span></header>
          <lc-process-instances
            .instances=${this.instances}
            .userNames=${userNames}
            .templates=${[template]}
          ></lc-process-instances>
        </section>
      </div>
    `;
  }

  private renderOutcome() {
    if (this.runError) return html`<div class="banner outcome" role="alert" data-testid="run-outcome">${this.runError}</div>`;
    const instance = this.outcome;
    if (!instance) return nothing;
    const label = STATUS_LABELS[instance.status];
    if (instance.status === 'error') {
      return html`<div class="banner outcome" role="alert" data-testid="run-outcome">
        The instance stopped with an error (<code>${instance.error?.code}</code>): ${instance.error?.message}
      </div>`;
    }
    return html`<div class="banner ${instance.status === 'done' ? 'success' : 'info'} outcome" role="status" data-testid="run-outcome">
      The instance ${instance.status === 'done' ? 'finished' : 'is running'}: ${label}.
    </div>`;
  }

  private async saveScript(script: string): Promise<void> {
    const template = this.template;
    if (!template || this.saving) return;
    this.saving = true;
    this.problem = undefined;
    this.saved = false;
    try {
      this.template = await processesApi.saveScript(template.code, script);
      this.saved = true;
    } catch (error) {
      const details = error instanceof HostApiError ? error.details : undefined;
      this.problem = { message: messageOf(error), position: details?.position as ScriptProblem['position'] };
    } finally {
      this.saving = false;
    }
  }

  private async run(inputs: Record<string, unknown>): Promise<void> {
    const template = this.template;
    if (!template || this.running) return;
    this.running = true;
    this.outcome = undefined;
    this.runError = '';
    try {
      // One key per submission: a retried request starts the same instance.
      this.outcome = await processesApi.run(template.code, inputs, crypto.randomUUID());
    } catch (error) {
      this.runError = messageOf(error);
    } finally {
      this.running = false;
    }
    try {
      this.instances = await processesApi.instances({ template: template.code, limit: RECENT });
    } catch (error) {
      this.error = messageOf(error);
    }
  }
}
