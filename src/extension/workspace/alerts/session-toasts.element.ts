/**
 * <lc-session-toasts>: the pop-ups of new sessions at the bottom right of the page (spec §3.6).
 * Each says the session, the client, the live chat and the start of the first message; clicking
 * it asks to open the session (`lc-toast-open`), × or ten seconds close it (`lc-toast-dismiss`).
 * The timer stops while the pointer or the focus is on a pop-up, so nobody loses one mid-read.
 * It also asks the unsaved-edits question for whoever opens a session from here.
 */
import { html, LitElement, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { ConfirmDialogElement } from '../shared/confirm-dialog.element';
import { closeIcon } from '../shared/icons';
import { buttons, tokens } from '../shared/ui.styles';
import { TOAST_MS, toastHeading, toastLabel, type Toast } from './alerts-model';
import { sessionToastsStyles } from './session-toasts.styles';

export class ToastOpenEvent extends Event {
  constructor(readonly toast: Toast) {
    super('lc-toast-open', { bubbles: true, composed: true });
  }
}

export class ToastDismissEvent extends Event {
  constructor(readonly toastId: number) {
    super('lc-toast-dismiss', { bubbles: true, composed: true });
  }
}

export class SessionToastsElement extends LitElement {
  static override styles = [tokens, buttons, sessionToastsStyles];

  @property({ attribute: false }) toasts: readonly Toast[] = [];

  @query('lc-confirm-dialog') private confirmDialog?: ConfirmDialogElement;

  private readonly timers = new Map<number, ReturnType<typeof setTimeout>>();
  private held = false;

  override disconnectedCallback(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    super.disconnectedCallback();
  }

  protected override updated(): void {
    const ids = new Set(this.toasts.map((toast) => toast.id));
    for (const [id, timer] of this.timers) {
      if (!ids.has(id)) {
        clearTimeout(timer);
        this.timers.delete(id);
      }
    }
    if (!this.held) for (const toast of this.toasts) this.arm(toast.id);
  }

  /** "Discard your unsaved changes?": resolves with the user's answer. */
  async confirm(question: string, details: string): Promise<boolean> {
    await this.updateComplete;
    const dialog = this.confirmDialog;
    if (!dialog) return false;
    dialog.heading = question;
    dialog.message = details;
    return dialog.ask();
  }

  private arm(id: number): void {
    if (this.timers.has(id)) return;
    this.timers.set(id, setTimeout(() => {
      this.timers.delete(id);
      this.dispatchEvent(new ToastDismissEvent(id));
    }, TOAST_MS));
  }

  /** The pointer or the focus is on the pop-ups: they stay until it leaves, then get their time again. */
  private hold(held: boolean): void {
    if (this.held === held) return;
    this.held = held;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    if (!held) for (const toast of this.toasts) this.arm(toast.id);
  }

  override render() {
    return html`
      <section
        class="stack"
        aria-label="New sessions"
        @pointerenter=${() => this.hold(true)}
        @pointerleave=${() => this.hold(this.matches(':focus-within'))}
        @focusin=${() => this.hold(true)}
        @focusout=${(event: FocusEvent) => this.hold(this.shadowRoot?.contains(event.relatedTarget as Node) ?? false)}
      >
        <ul role="list" aria-live="polite">
          ${this.toasts.map(
            (toast) => html`<li class="toast" data-testid="session-toast" data-session-id=${toast.alert.sessionId}>
              <button class="open" type="button" aria-label=${toastLabel(toast.alert)} @click=${() => this.dispatchEvent(new ToastOpenEvent(toast))}>
                <span class="heading">${toastHeading(toast.alert)}</span>
                <span class="name">${toast.alert.sessionName}</span>
                <span class="meta">
                  ${toast.alert.clientName && toast.alert.clientName !== toast.alert.sessionName
                    ? html`<span class="client">${toast.alert.clientName}</span><span aria-hidden="true">·</span>`
                    : nothing}
                  <span class="line">${toast.alert.lineName}</span>
                </span>
                ${toast.alert.snippet ? html`<span class="snippet">${toast.alert.snippet}</span>` : nothing}
              </button>
              <button
                class="btn subtle close"
                type="button"
                aria-label="Close the notification about ${toast.alert.sessionName}"
                data-testid="session-toast-close"
                @click=${() => this.dispatchEvent(new ToastDismissEvent(toast.id))}
              >
                ${closeIcon}
              </button>
            </li>`,
          )}
        </ul>
      </section>
      <lc-confirm-dialog confirmLabel="Discard changes" danger></lc-confirm-dialog>
    `;
  }
}
