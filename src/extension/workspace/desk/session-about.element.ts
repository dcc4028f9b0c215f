/**
 * The "About the session" panel (spec §5.3): its name (with the rename pencil for who may), when
 * it was created, its state, live chat, operator and client, then the custom parameters with
 * their values as each type reads. Parameters are read-only here: processes and scripts set them
 * (spec §4.6). The "…" menu starts a business process; the app blocks bind items (spec §4.5).
 */
import { html, LitElement, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { LineDto, SessionDto } from '../../common/api';
import type { ParameterDefinition } from '../../common/parameters/parameter-definition';
import { parameterEntries } from '../parameters/parameter-format';
import { formatDateTime, stateLabel } from '../shared/format';
import { moreIcon } from '../shared/icons';
import type { MenuPickEvent } from '../shared/picker-menu';
import { badges, buttons, tokens } from '../shared/ui.styles';
import type { ProcessStartDialogElement } from './process-start-dialog';
import { sessionAboutStyles } from './session-about.styles';

export class SessionAboutElement extends LitElement {
  static override styles = [tokens, buttons, badges, sessionAboutStyles];

  @property({ attribute: false }) session?: SessionDto;
  @property({ attribute: false }) parameters: ParameterDefinition[] = [];
  /** User names by id, for Users parameters. */
  @property({ attribute: false }) userNames?: ReadonlyMap<string, string>;
  @property({ type: Boolean }) canRename = false;
  @property({ type: Boolean }) canStartProcess = false;
  @property({ type: Boolean }) canBindItems = false;
  /** The session's live chat: its Settings › Apps decide the app blocks. */
  @property({ attribute: false }) line?: LineDto;

  @query('lc-process-start-dialog') private processDialog!: ProcessStartDialogElement;

  override render() {
    const session = this.session;
    if (!session) return nothing;
    const entries = parameterEntries(this.parameters, session.params, { userName: (id) => this.userNames?.get(id) });
    return html`
      <section aria-labelledby="about-title" data-testid="about-session">
        <div class="about-head">
          <h2 id="about-title">About the session</h2>
          ${this.canStartProcess
            ? html`<lc-picker-menu
                label="Session actions"
                buttonClass="btn subtle icon"
                align="end"
                .items=${[{ value: 'process', label: 'Start business process' }]}
                @lc-menu-pick=${(event: MenuPickEvent) => this.onAction(event.value)}
                ><span slot="button">${moreIcon}</span></lc-picker-menu
              >`
            : nothing}
        </div>
        <dl>
          <div>
            <dt>Name</dt>
            <dd><lc-session-name variant="field" .session=${session} ?editable=${this.canRename}></lc-session-name></dd>
          </div>
          <div>
            <dt>Date created</dt>
            <dd>${formatDateTime(session.createdAt)}</dd>
          </div>
          <div>
            <dt>State</dt>
            <dd><span class="state ${session.state}" data-testid="session-state">${stateLabel(session.state)}</span></dd>
          </div>
          <div>
            <dt>Live chat</dt>
            <dd>${session.lineName}</dd>
          </div>
          <div>
            <dt>Operator</dt>
            <dd data-testid="session-operator">${session.operatorName ?? html`<span class="none">Not assigned</span>`}</dd>
          </div>
          <div>
            <dt>Client</dt>
            <dd>${session.clientName}</dd>
          </div>
        </dl>
        <lc-session-items .session=${session} .line=${this.line} ?canBind=${this.canBindItems}></lc-session-items>
        ${entries.length > 0
          ? html`<h3 id="parameters-title">Parameters</h3>
              <dl aria-labelledby="parameters-title" data-testid="session-parameters">
                ${entries.map(
                  (entry) => html`<div data-testid="session-parameter" data-code=${entry.code}>
                    <dt>${entry.name}</dt>
                    <dd>
                      ${entry.text === ''
                        ? html`<span class="none">Not set</span>`
                        : entry.href
                          ? html`<a href=${entry.href} target="_blank" rel="noopener noreferrer">${entry.text}</a>`
                          : entry.text}
                    </dd>
                  </div>`,
                )}
              </dl>`
          : nothing}
      </section>
      <lc-process-start-dialog></lc-process-start-dialog>
    `;
  }

  private onAction(action: string): void {
    if (action === 'process' && this.session) void this.processDialog.open(this.session);
  }
}
