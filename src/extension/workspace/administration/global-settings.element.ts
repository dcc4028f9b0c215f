/**
 * Administration › Live Chats Settings (spec §2.9): the global options that exist so far, the
 * operators' inactivity timeout and who manual reassignment may pick. Administrators only; the
 * server refuses anyone else and checks the range again.
 */
import { consume } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { INACTIVITY_MINUTES_MAX, INACTIVITY_MINUTES_MIN, type LiveChatsSettings } from '../../common/settings';
import type { ApiClient } from '../services/api-client';
import { errorMessage } from '../services/api-error';
import { apiClientContext } from '../services/contexts';
import { loadErrorBanner } from '../shared/load-error-banner';
import { sectionCards } from '../shared/section.styles';
import { buttons, fields, tokens } from '../shared/ui.styles';
import { globalSettingsStyles } from './global-settings.styles';
import { inactivityProblem, settingsChanged, settingsDraft, settingsPatch, type SettingsDraft } from './global-settings-model';
import { lineSettingsStyles } from './line-settings.styles';

/** The user leaves Live Chats Settings for the list of live chats. */
export class SettingsCloseEvent extends Event {
  static readonly type = 'lc-settings-close';

  constructor() {
    super(SettingsCloseEvent.type, { bubbles: true, composed: true });
  }
}

export class GlobalSettingsElement extends LitElement {
  static override styles = [tokens, buttons, fields, sectionCards, lineSettingsStyles, globalSettingsStyles];

  @consume({ context: apiClientContext }) private api!: ApiClient;

  @state() private saved?: LiveChatsSettings;
  @state() private draft: SettingsDraft = { inactivityMinutes: '', reassignOnlyOnline: false };
  @state() private loadError = '';
  @state() private error = '';
  @state() private saving = false;
  @state() private status = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    this.loadError = '';
    try {
      const settings = await this.api.getSettings();
      this.saved = settings;
      this.draft = settingsDraft(settings);
    } catch (error) {
      this.loadError = errorMessage(error);
    }
  }

  override render() {
    return html`
      <div class="head">
        <div>
          <div class="crumbs">
            <button class="link" type="button" @click=${() => this.dispatchEvent(new SettingsCloseEvent())}>← All live chats</button>
          </div>
          <h1>Live Chats Settings</h1>
          <p class="sub">These settings apply to every live chat.</p>
        </div>
      </div>
      ${this.loadError
        ? loadErrorBanner('The settings', this.loadError, () => this.load())
        : this.saved
          ? this.renderForm(this.saved)
          : html`<div class="loading" role="status">Loading settings…</div>`}
    `;
  }

  private renderForm(saved: LiveChatsSettings) {
    const problem = inactivityProblem(this.draft.inactivityMinutes);
    const changed = settingsChanged(saved, this.draft);
    const patch = settingsPatch(saved, this.draft);
    return html`<form @submit=${this.onSubmit} data-testid="global-settings">
      <section aria-labelledby="h-status">
        <h2 id="h-status">Operator status</h2>
        <div class="field">
          <label for="inactivity">Automatically set operator status to Offline after inactivity of (min)</label>
          <input
            id="inactivity"
            class="number"
            type="number"
            inputmode="numeric"
            min=${INACTIVITY_MINUTES_MIN}
            max=${INACTIVITY_MINUTES_MAX}
            step="1"
            required
            aria-invalid=${problem ? 'true' : 'false'}
            aria-describedby="inactivity-hint inactivity-error"
            .value=${this.draft.inactivityMinutes}
            @input=${(event: Event) => this.patch({ inactivityMinutes: (event.target as HTMLInputElement).value })}
          />
          <span class="hint" id="inactivity-hint">
            From ${INACTIVITY_MINUTES_MIN} to ${INACTIVITY_MINUTES_MAX} minutes. Inactive means signed out, with every Live Chats page
            closed, or offline. Applies to operators and supervisors.
          </span>
          <span class="error-text" id="inactivity-error" ?hidden=${!problem}>${problem ?? ''}</span>
        </div>
      </section>
      <section aria-labelledby="h-reassign">
        <h2 id="h-reassign">Reassignment</h2>
        <fieldset class="yes-no" aria-describedby="reassign-hint">
          <legend>Allow manual reassignment only to Online operators</legend>
          ${[true, false].map(
            (value) => html`<label class="check">
              <input
                type="radio"
                name="reassign"
                .checked=${this.draft.reassignOnlyOnline === value}
                @change=${() => this.patch({ reassignOnlyOnline: value })}
              />
              ${value ? 'Yes' : 'No'}
            </label>`,
          )}
        </fieldset>
        <p class="hint" id="reassign-hint">Yes: when a supervisor reassigns a session, only Online operators are offered.</p>
      </section>
      ${this.error ? html`<div class="banner error" role="alert">${this.error}</div>` : nothing}
      <div class="actions">
        <button class="btn primary" type="submit" ?disabled=${!patch || this.saving}>${this.saving ? 'Saving…' : 'Save'}</button>
        ${changed
          ? html`<button class="btn subtle" type="button" @click=${() => this.patch(settingsDraft(saved))}>Discard changes</button>`
          : nothing}
        <span class="saved" role="status">${this.status}</span>
      </div>
    </form>`;
  }

  private patch(change: Partial<SettingsDraft>): void {
    this.draft = { ...this.draft, ...change };
    this.error = '';
    this.status = '';
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const patch = this.saved && settingsPatch(this.saved, this.draft);
    if (!patch || this.saving) return;
    this.saving = true;
    this.error = '';
    try {
      const settings = await this.api.updateSettings(patch);
      this.saved = settings;
      this.draft = settingsDraft(settings);
      this.status = 'Settings saved';
    } catch (error) {
      this.error = errorMessage(error);
    } finally {
      this.saving = false;
    }
  }
}
