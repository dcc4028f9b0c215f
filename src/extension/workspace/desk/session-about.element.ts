/**
 * The "About the session" panel (spec §5.3): its name (with the rename pencil for who may), when
 * it was created, its state, live chat, priority, operator and operator group, the bound app
 * items, the client (name and channel), then the custom parameters with their values as each type reads. Parameters are read-only here:
 * processes and scripts set them (spec §4.6). Who manages the session (its supervisors, its
 * operator) changes the priority, reassigns it to an operator or a group's queue, and through the
 * "…" menu returns it to the queue, marks it as spam or removes it from spam (spec §3.5, §4.10);
 * the menu also starts a business process. The app blocks bind items (spec §4.5). An Offline
 * viewer sees these controls switched off, each saying "Go Online to …" (spec §3.4). Where the
 * desk shows it as a drawer (narrow windows), its head has a close button.
 */
import { consume } from '@lit/context';
import { LineChannelType, LineSessionState, type HostGroup } from '@elma365/sdk-types';
import { html, LitElement, nothing, type PropertyValues, type SVGTemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { LineDto, SessionDto } from '../../common/api';
import type { ParameterDefinition } from '../../common/parameters/parameter-definition';
import { SystemMessagesToggleEvent } from '../conversation/conversation-events';
import { parameterEntries } from '../parameters/parameter-format';
import type { ApiClient } from '../services/api-client';
import { apiClientContext } from '../services/contexts';
import type { ConfirmDialogElement } from '../shared/confirm-dialog';
import { formatDateTime, stateLabel } from '../shared/format';
import { CHANNEL_TYPE_LABELS } from '../administration/condition-editor-model';
import { closeIcon, moreIcon, pencilIcon } from '../shared/icons';
import type { MenuPickEvent, PickerItem } from '../shared/picker-menu';
import { badges, buttons, fields, tokens } from '../shared/ui.styles';
import { AboutCloseEvent, SessionChangeEvent, type OperatorPickEvent, type SessionChangeAction } from './desk-events';
import type { SessionControl } from './desk-model';
import type { ProcessStartDialogElement } from './process-start-dialog';
import { sessionAboutStyles } from './session-about.styles';
import {
  NO_CONTROLS,
  priorityChoices,
  priorityFromChoice,
  priorityLabel,
  supervisionErrorText,
  type SupervisionAction,
  type SupervisionControls,
} from './supervision-model';

export class SessionAboutElement extends LitElement {
  static override styles = [tokens, buttons, fields, badges, sessionAboutStyles];

  @consume({ context: apiClientContext }) private api!: ApiClient;

  @property({ attribute: false }) session?: SessionDto;
  @property({ attribute: false }) parameters: ParameterDefinition[] = [];
  /** User names by id, for Users parameters. */
  @property({ attribute: false }) userNames?: ReadonlyMap<string, string>;
  @property({ type: Boolean }) canRename = false;
  @property({ type: Boolean }) canStartProcess = false;
  @property({ type: Boolean }) canBindItems = false;
  /** Which of rename, start process and bind are shown but off, and why (sessionActions of the desk). */
  @property({ attribute: false }) disabledBecause: Partial<Record<SessionControl, string>> = {};
  /** Which supervision controls the viewer gets (supervisionControls of the desk). */
  @property({ attribute: false }) controls: SupervisionControls = NO_CONTROLS;
  /** The session's live chat: its Settings › Apps decide the app blocks, its operator groups the group choices. */
  @property({ attribute: false }) line?: LineDto;
  /** System messages are shown in the conversation: the menu offers to hide them, or to show them. */
  @property({ type: Boolean }) showSystem = false;

  @state() private groups?: HostGroup[];
  @state() private busy?: SupervisionAction;
  @state() private error = '';

  @query('lc-process-start-dialog') private processDialog!: ProcessStartDialogElement;
  @query('lc-confirm-dialog') private spamDialog!: ConfirmDialogElement;

  private groupsRequested = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('session') && changed.get('session')?.id !== this.session?.id) this.error = '';
    // Group names: for the Operator group row and its choices.
    if (!this.groupsRequested && (this.controls.operatorGroup || this.session?.operatorGroupId)) {
      this.groupsRequested = true;
      this.api
        .listGroups()
        .then((groups) => (this.groups = groups))
        .catch(() => (this.groups = []));
    }
  }

  override render() {
    const session = this.session;
    if (!session) return nothing;
    const entries = parameterEntries(this.parameters, session.params, { userName: (id) => this.userNames?.get(id) });
    return html`
      <section aria-labelledby="about-title" data-testid="about-session">
        <div class="about-head">
          <h2 id="about-title">About the session</h2>
          <span class="head-actions">
            ${this.renderMenu()}
            <button
              class="btn subtle icon drawer-close"
              type="button"
              aria-label="Close About the session"
              @click=${() => this.dispatchEvent(new AboutCloseEvent())}
            >
              ${closeIcon}
            </button>
          </span>
        </div>
        ${this.error
          ? html`<div class="banner error" role="alert" data-testid="about-error">
              <span>${this.error}</span>
              <button class="btn subtle dismiss" type="button" aria-label="Dismiss" @click=${() => (this.error = '')}>×</button>
            </div>`
          : nothing}
        <dl>
          <div>
            <dt>Name</dt>
            <dd>
              <lc-session-name
                variant="field"
                .session=${session}
                ?editable=${this.canRename}
                disabledReason=${this.disabledBecause.rename ?? ''}
              ></lc-session-name>
            </dd>
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
          ${this.renderPriority(session)} ${this.renderOperator(session)} ${this.renderGroup(session)}
        </dl>
        ${this.renderClient(session)}
        <lc-session-items
          .session=${session}
          .line=${this.line}
          ?canBind=${this.canBindItems}
          disabledReason=${this.disabledBecause.bindItems ?? ''}
        ></lc-session-items>
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
      <lc-confirm-dialog
        heading="Mark the session as spam?"
        message="The session leaves the lists and the queue, is not routed and starts no processes. The client's account is not blocked. You can remove the session from spam on this page."
        confirmLabel="Mark as spam"
        danger
      ></lc-confirm-dialog>
    `;
  }

  /** Client information (spec §5.3): who writes, and through which channel of the live chat. */
  private renderClient(session: SessionDto) {
    const channel = this.line?.channels.find((candidate) => candidate.id === session.channelId);
    return html`<h3 id="client-title">Client</h3>
      <dl aria-labelledby="client-title" data-testid="session-client">
        <div>
          <dt>Name</dt>
          <dd>${session.clientName}</dd>
        </div>
        ${channel
          ? html`<div>
              <dt>Channel</dt>
              <dd>
                ${channel.name}
                <span class="detail"
                  >${channel.type === LineChannelType.Internal ? 'A company user writing from Messages' : CHANNEL_TYPE_LABELS[channel.type]}</span
                >
              </dd>
            </div>`
          : nothing}
      </dl>`;
  }

  private renderMenu() {
    const controls = this.controls;
    const off = controls.disabledBecause;
    // Off items stay in the menu, saying why.
    const item = (value: string, label: string, reason: string | undefined): PickerItem =>
      reason ? { value, label, detail: reason, disabled: true } : { value, label };
    const items: PickerItem[] = [];
    if (this.canStartProcess) items.push(item('process', 'Start business process', this.disabledBecause.startProcess));
    if (controls.returnToQueue) items.push(item('return', 'Return to queue', off.returnToQueue));
    if (controls.markAsSpam) items.push(item('spam', 'Mark as spam', off.markAsSpam));
    if (controls.removeFromSpam) items.push(item('unspam', 'Remove from spam', off.removeFromSpam));
    // A view preference of this page (until it reloads): anyone who sees the session may change it.
    items.push(item('system', this.showSystem ? 'Hide system messages' : 'Show system messages', undefined));
    return this.menu({ label: 'Session actions', icon: moreIcon, items, pick: (value) => void this.onAction(value) });
  }

  /**
   * An icon button with a menu, floating over the scrolling panel; off while a change is on its
   * way, and with a `reason` (an Offline viewer) until it goes.
   */
  private menu(options: { label: string; heading?: string; icon: SVGTemplateResult; items: PickerItem[]; pick: (value: string) => void; reason?: string }) {
    return html`<lc-picker-menu
      label=${options.label}
      heading=${options.heading ?? nothing}
      buttonClass="btn subtle icon"
      align="end"
      floating
      reason=${options.reason ?? ''}
      ?disabled=${this.busy !== undefined || options.reason !== undefined}
      .items=${options.items}
      @lc-menu-pick=${(event: MenuPickEvent) => options.pick(event.value)}
      ><span slot="button">${options.icon}</span></lc-picker-menu
    >`;
  }

  /** A row whose value has a change button beside it. */
  private row(title: string, testId: string, value: unknown, change: unknown) {
    return html`<div>
      <dt>${title}</dt>
      <dd class="changeable" data-testid=${testId}><span class="value">${value}</span>${change}</dd>
    </div>`;
  }

  private renderPriority(session: SessionDto) {
    const value = html`<span class="priority ${session.priority ?? 'none'}">${priorityLabel(session.priority)}</span>`;
    const change = this.controls.priority
      ? this.menu({
          label: 'Change priority',
          heading: 'Priority',
          icon: pencilIcon,
          items: priorityChoices(session.priority),
          reason: this.controls.disabledBecause.priority,
          pick: (value) => void this.run('priority', 'priority', () => this.api.setPriority(session.id, priorityFromChoice(value))),
        })
      : nothing;
    return this.row('Priority', 'session-priority', value, change);
  }

  private renderOperator(session: SessionDto) {
    const value = session.operatorName ?? html`<span class="none">${session.state === LineSessionState.AssignedToBot ? 'Bot' : 'Not assigned'}</span>`;
    const change = this.controls.operator
      ? html`<lc-operator-picker
          lineId=${session.lineId}
          currentOperatorId=${session.operatorId ?? ''}
          reason=${this.controls.disabledBecause.operator ?? ''}
          ?disabled=${this.busy !== undefined || this.controls.disabledBecause.operator !== undefined}
          @lc-operator-pick=${(event: OperatorPickEvent) =>
            void this.run('operator', 'assign', () => this.api.assignSession(session.id, { operatorId: event.operatorId }), event.operatorName)}
        ></lc-operator-picker>`
      : nothing;
    return this.row('Operator', 'session-operator', value, change);
  }

  private renderGroup(session: SessionDto) {
    const name = (id: string): string => this.groups?.find((group) => group.id === id)?.name ?? (this.groups ? 'Unknown group' : '…');
    const value = session.operatorGroupId ? name(session.operatorGroupId) : html`<span class="none">Not set</span>`;
    const items: PickerItem[] = (this.line?.operatorGroupIds ?? []).map((id) => ({
      value: id,
      label: name(id),
      detail: id === session.operatorGroupId ? 'Current group' : undefined,
    }));
    const change = this.controls.operatorGroup
      ? this.menu({
          label: 'Change operator group',
          heading: "Move to a group's queue",
          icon: pencilIcon,
          items,
          reason: this.controls.disabledBecause.operatorGroup,
          pick: (value) => void this.run('group', 'assign', () => this.api.assignSession(session.id, { operatorGroupId: value }), name(value)),
        })
      : nothing;
    return this.row('Operator group', 'session-group', value, change);
  }

  private async onAction(action: string): Promise<void> {
    const session = this.session;
    if (!session) return;
    switch (action) {
      case 'process':
        return this.processDialog.open(session);
      case 'return':
        return this.run('return', 'return', () => this.api.returnToQueue(session.id));
      case 'spam':
        if (await this.spamDialog.ask()) await this.run('spam', 'spam', () => this.api.markAsSpam(session.id));
        return;
      case 'unspam':
        return this.run('unspam', 'unspam', () => this.api.removeFromSpam(session.id));
      case 'system':
        this.dispatchEvent(new SystemMessagesToggleEvent(!this.showSystem));
        return;
    }
  }

  /** Runs one change on the server; the page takes the session it answers with, a refusal shows here. */
  private async run(action: SupervisionAction, change: SessionChangeAction, call: () => Promise<SessionDto>, target?: string): Promise<void> {
    if (this.busy) return;
    this.busy = action;
    this.error = '';
    try {
      this.dispatchEvent(new SessionChangeEvent(await call(), change));
    } catch (error) {
      this.error = supervisionErrorText(action, error, target);
    } finally {
      this.busy = undefined;
    }
  }
}
