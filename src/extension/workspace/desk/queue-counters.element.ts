/**
 * <lc-queue-counters>: the counters at the bottom of the workspace's left menu (spec §3.6). The
 * operators' one is a button: it takes the session that waited longest and opens it
 * (`lc-session-change` with `take`); the supervisors' one tells how many sessions nobody has.
 * The counts come from the screen (`counters`), which keeps them live.
 */
import { consume } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Counters } from '../../common/api';
import { OperatorStatusController } from '../operator-status/operator-status-controller';
import { canWork, INITIAL_STATUS_STATE, type OperatorStatusState } from '../operator-status/operator-status-model';
import type { ApiClient } from '../services/api-client';
import { errorMessage } from '../services/api-error';
import { apiClientContext, realtimeClientContext, viewerContext, type Viewer } from '../services/contexts';
import type { RealtimeClient } from '../services/realtime-client';
import { buttons, tokens } from '../shared/ui.styles';
import { SessionChangeEvent } from './desk-events';
import { queueCounters, type QueueCounter } from './queue-counters-model';
import { queueCountersStyles } from './queue-counters.styles';

export class QueueCountersElement extends LitElement {
  static override styles = [tokens, buttons, queueCountersStyles];

  @consume({ context: apiClientContext }) private api?: ApiClient;
  @consume({ context: realtimeClientContext }) private realtime?: RealtimeClient;
  @consume({ context: viewerContext }) private viewer?: Viewer;

  @property({ attribute: false }) counters?: Counters;

  @state() private status: OperatorStatusState = INITIAL_STATUS_STATE;
  @state() private busy = false;
  @state() private error = '';

  private readonly operatorStatus = new OperatorStatusController(
    this,
    () => (this.api && this.realtime && this.viewer ? { api: this.api, realtime: this.realtime, viewer: this.viewer } : undefined),
    (value) => (this.status = value),
  );

  private async takeNext(): Promise<void> {
    if (this.busy || !this.api) return;
    this.busy = true;
    this.error = '';
    try {
      const session = await this.api.takeNextSession();
      this.dispatchEvent(new SessionChangeEvent(session, 'take'));
    } catch (error) {
      // Usually the queue emptied (someone was faster) or the operator has no room left.
      this.error = errorMessage(error);
    } finally {
      this.busy = false;
    }
  }

  private renderCounter(counter: QueueCounter) {
    if (counter.kind === 'supervisor') {
      return html`<div class="counter supervisor ${counter.count > 0 ? 'waiting' : ''}" role="status" aria-label=${counter.label} data-testid="unassigned-counter">
        <span class="dot" aria-hidden="true"></span><span>${counter.text}</span>
      </div>`;
    }
    const off = counter.disabledBecause;
    return html`<button
      class="counter operator"
      type="button"
      data-testid="queue-counter"
      title=${off ? `${counter.label}. ${off}.` : counter.label}
      aria-disabled=${off || this.busy ? 'true' : 'false'}
      @click=${() => !off && this.takeNext()}
    >
      <span class="dot" aria-hidden="true"></span><span>${counter.text}</span>
      ${off ? nothing : html`<span class="action">${this.busy ? 'Taking…' : 'Take next'}</span>`}
    </button>`;
  }

  protected override willUpdate(): void {
    // Nothing to count (the settings hide both, or the user has neither role): no room taken either.
    this.hidden = queueCounters(this.counters, true).length === 0;
  }

  override render() {
    const items = queueCounters(this.counters, canWork(this.status));
    if (items.length === 0) return nothing;
    return html`<div class="counters">
      ${items.map((counter) => this.renderCounter(counter))}
      ${this.error
        ? html`<div class="error" role="alert" data-testid="queue-counter-error">
            <span>${this.error}</span>
            <button class="btn subtle dismiss" type="button" aria-label="Dismiss" @click=${() => (this.error = '')}>×</button>
          </div>`
        : nothing}
    </div>`;
  }
}
