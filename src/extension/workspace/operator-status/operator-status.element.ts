/**
 * <lc-operator-status>: the operator's working status beside their name in the shell's header
 * (spec §3.4), the root of the `userMenu` screen. A green (Online) or red (Offline) dot with the
 * word; the button opens a small menu with the "Operator status" switch. Shows nothing to users
 * who are not operators or supervisors of any live chat. The state lives in the page's shared
 * store, which also keeps the heartbeat going while this is mounted.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { query, state } from 'lit/decorators.js';
import { ScreenRootElement } from '../shared/screen-root.element';
import { buttons, tokens } from '../shared/ui.styles';
import {
  INITIAL_STATUS_STATE,
  isOnline,
  showsStatus,
  statusHint,
  statusLabel,
  toggled,
  type OperatorStatusState,
} from './operator-status-model';
import { OperatorStatusController } from './operator-status-controller';
import { operatorStatusStyles } from './operator-status.styles';

export class OperatorStatusElement extends ScreenRootElement {
  static override styles = [tokens, buttons, operatorStatusStyles];

  @state() private status: OperatorStatusState = INITIAL_STATUS_STATE;
  @state() private open = false;

  @query('.trigger') private trigger?: HTMLButtonElement;

  private readonly operatorStatus = new OperatorStatusController(
    this,
    () => ({ api: this.api, realtime: this.realtime, viewer: this.viewer }),
    (value) => (this.status = value),
  );

  override connectedCallback(): void {
    super.connectedCallback();
    this.hidden = !showsStatus(this.status);
    document.addEventListener('click', this.onDocumentClick);
  }

  override disconnectedCallback(): void {
    document.removeEventListener('click', this.onDocumentClick);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('status')) {
      // Hidden, the element leaves no gap in the header.
      this.hidden = !showsStatus(this.status);
      if (this.hidden) this.open = false;
    }
  }

  private readonly onDocumentClick = (event: MouseEvent): void => {
    if (this.open && !event.composedPath().includes(this)) this.close(false);
  };

  private close(focusButton: boolean): void {
    if (!this.open) return;
    this.open = false;
    this.operatorStatus.store.clearError();
    if (focusButton) this.trigger?.focus();
  }

  private toggleMenu(): void {
    if (this.open) this.close(false);
    else this.open = true;
  }

  /** While a switch is on its way the switch stays focusable (aria-disabled), so Escape still closes the menu. */
  private async flip(): Promise<void> {
    if (this.status.switching) return;
    await this.operatorStatus.store.setStatus(toggled(this.status.status));
  }

  override render() {
    if (!showsStatus(this.status)) return nothing;
    const online = isOnline(this.status);
    const label = statusLabel(this.status.status);
    return html`
      <div class="wrap" @keydown=${this.onKeyDown} @focusout=${this.onFocusOut}>
        <button
          class="trigger"
          type="button"
          aria-label="Operator status: ${label}"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="status-menu"
          data-testid="operator-status"
          data-status=${this.status.status}
          @click=${this.toggleMenu}
        >
          <span class="dot ${online ? 'online' : 'offline'}" aria-hidden="true"></span>
          <span>${label}</span>
          <svg class="chevron" viewBox="0 0 12 12" aria-hidden="true"><path d="M3 4.5 6 7.5 9 4.5" /></svg>
        </button>
        <div id="status-menu" class="popup" role="group" aria-label="Operator status" ?hidden=${!this.open}>
          <div class="row">
            <span id="status-switch-label" class="row-label">Operator status</span>
            <button
              class="switch"
              type="button"
              role="switch"
              aria-checked=${online ? 'true' : 'false'}
              aria-labelledby="status-switch-label"
              aria-describedby="status-hint"
              aria-busy=${this.status.switching ? 'true' : 'false'}
              aria-disabled=${this.status.switching ? 'true' : 'false'}
              data-testid="operator-status-switch"
              @click=${this.flip}
            >
              <span class="track" aria-hidden="true"><span class="thumb"></span></span>
              <span class="switch-text" aria-hidden="true">${label}</span>
            </button>
          </div>
          <p id="status-hint" class="hint">${statusHint(this.status)}</p>
          ${this.status.error ? html`<p class="error-text" role="alert" data-testid="operator-status-error">${this.status.error}</p>` : nothing}
        </div>
      </div>
    `;
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.open) {
      event.preventDefault();
      event.stopPropagation();
      this.close(true);
    }
  }

  private onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (next && this.shadowRoot?.contains(next)) return;
    // A click on the page (no new focus) is handled by the document listener.
    if (next) this.close(false);
  }
}
