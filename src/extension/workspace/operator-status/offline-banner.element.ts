/**
 * <lc-offline-banner>: on Live Chats pages, tells an operator or supervisor who is Offline what
 * that means (spec §3.4) and lets them go Online. Shares the page's status store with the status
 * control beside the user's name; shows nothing to anyone else.
 */
import { consume } from '@lit/context';
import { OperatorStatusType } from '@elma365/sdk-types';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import type { ApiClient } from '../services/api-client';
import { apiClientContext, realtimeClientContext, viewerContext, type Viewer } from '../services/contexts';
import type { RealtimeClient } from '../services/realtime-client';
import { buttons, tokens } from '../shared/ui.styles';
import { INITIAL_STATUS_STATE, OFFLINE_BANNER_TEXT, showsOfflineBanner, type OperatorStatusState } from './operator-status-model';
import { OperatorStatusController } from './operator-status-controller';
import { offlineBannerStyles } from './offline-banner.styles';

export class OfflineBannerElement extends LitElement {
  static override styles = [tokens, buttons, offlineBannerStyles];

  @consume({ context: apiClientContext }) private api?: ApiClient;
  @consume({ context: realtimeClientContext }) private realtime?: RealtimeClient;
  @consume({ context: viewerContext }) private viewer?: Viewer;

  @state() private status: OperatorStatusState = INITIAL_STATUS_STATE;

  private readonly operatorStatus = new OperatorStatusController(
    this,
    () => (this.api && this.realtime && this.viewer ? { api: this.api, realtime: this.realtime, viewer: this.viewer } : undefined),
    (value) => (this.status = value),
  );

  override connectedCallback(): void {
    super.connectedCallback();
    this.hidden = !showsOfflineBanner(this.status);
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Hidden, the element takes no room among the notices.
    if (changed.has('status')) this.hidden = !showsOfflineBanner(this.status);
  }

  private goOnline(): void {
    if (!this.status.switching) void this.operatorStatus.store.setStatus(OperatorStatusType.Online);
  }

  override render() {
    if (!showsOfflineBanner(this.status)) return nothing;
    return html`<div class="banner" role="status" data-testid="offline-banner">
      <span class="dot offline" aria-hidden="true"></span>
      <span class="text">
        ${OFFLINE_BANNER_TEXT}
        ${this.status.error ? html`<span class="error-text" role="alert">${this.status.error}</span>` : nothing}
      </span>
      <button
        class="btn primary"
        type="button"
        aria-disabled=${this.status.switching ? 'true' : 'false'}
        @click=${this.goOnline}
      >
        Go Online
      </button>
    </div>`;
  }
}
