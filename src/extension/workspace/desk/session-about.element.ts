/** The "About the session" panel: when it was created, its state, live chat, operator and client. */
import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { SessionDto } from '../../common/api';
import { formatDateTime, stateLabel } from '../shared/format';
import { badges, tokens } from '../shared/ui.styles';
import { sessionAboutStyles } from './session-about.styles';

export class SessionAboutElement extends LitElement {
  static override styles = [tokens, badges, sessionAboutStyles];

  @property({ attribute: false }) session?: SessionDto;

  override render() {
    const session = this.session;
    if (!session) return nothing;
    return html`
      <section aria-labelledby="about-title" data-testid="about-session">
        <h2 id="about-title">About the session</h2>
        <dl>
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
      </section>
    `;
  }
}
