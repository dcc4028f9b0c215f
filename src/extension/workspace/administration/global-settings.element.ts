/**
 * Administration › Live Chats Settings (spec §2.9): every global option in sections (counters,
 * composer, conversation, operator status, reassignment, sounds, attachments) with Save and
 * Discard. Administrators only; the server refuses anyone else and checks every value again.
 */
import { consume } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { LiveChatsSettings } from '../../common/settings';
import type { ApiClient } from '../services/api-client';
import { errorMessage, isApiError } from '../services/api-error';
import { apiClientContext } from '../services/contexts';
import { loadErrorBanner } from '../shared/load-error-banner';
import { sectionCards } from '../shared/section.styles';
import { badges, buttons, fields, tokens } from '../shared/ui.styles';
import { renderSections } from './global-settings-sections';
import { globalSettingsStyles } from './global-settings.styles';
import {
  addAttachmentTypes,
  channelOptions,
  settingsChanged,
  settingsDraft,
  settingsPatch,
  settingsProblems,
  type ChannelOption,
  type SettingsDraft,
  type SettingsField,
} from './global-settings-model';
import { lineSettingsStyles } from './line-settings.styles';

/** The user leaves Live Chats Settings for the list of live chats. */
export class SettingsCloseEvent extends Event {
  static readonly type = 'lc-settings-close';

  constructor() {
    super(SettingsCloseEvent.type, { bubbles: true, composed: true });
  }
}

export class GlobalSettingsElement extends LitElement {
  static override styles = [tokens, buttons, fields, badges, sectionCards, lineSettingsStyles, globalSettingsStyles];

  @consume({ context: apiClientContext }) private api!: ApiClient;

  @state() private saved?: LiveChatsSettings;
  @state() private draft?: SettingsDraft;
  @state() private channels: ChannelOption[] = [];
  @state() private loadError = '';
  @state() private error = '';
  /** What the server refused, by field, until that field changes. */
  @state() private serverProblems: Partial<Record<SettingsField, string>> = {};
  @state() private saving = false;
  @state() private status = '';
  @state() private typeText = '';
  @state() private typeProblem?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    this.loadError = '';
    try {
      const [settings, lines] = await Promise.all([this.api.getSettings(), this.api.listLines()]);
      this.channels = channelOptions(lines);
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
        : this.saved && this.draft
          ? this.renderForm(this.saved, this.draft)
          : html`<div class="loading" role="status">Loading settings…</div>`}
    `;
  }

  private renderForm(saved: LiveChatsSettings, draft: SettingsDraft) {
    const problems = { ...this.serverProblems, ...settingsProblems(draft) };
    const changed = settingsChanged(saved, draft);
    const patch = settingsPatch(saved, draft);
    return html`<form @submit=${this.onSubmit} data-testid="global-settings" novalidate>
      ${renderSections({
        draft,
        problems,
        channels: this.channels,
        patch: (change) => this.patch(change),
        typeText: this.typeText,
        typeProblem: this.typeProblem,
        onTypeInput: (text) => {
          this.typeText = text;
          this.typeProblem = undefined;
        },
        addTypes: () => this.addTypes(),
      })}
      ${this.error ? html`<div class="banner error" role="alert">${this.error}</div>` : nothing}
      <div class="actions">
        <button class="btn primary" type="submit" ?disabled=${!patch || this.saving}>${this.saving ? 'Saving…' : 'Save'}</button>
        ${changed
          ? html`<button class="btn subtle" type="button" @click=${this.discard}>Discard changes</button>
              <span class="badge muted" data-testid="dirty">${patch ? 'Unsaved changes' : 'Fix the marked fields to save'}</span>`
          : nothing}
        <span class="saved" role="status">${this.status}</span>
      </div>
    </form>`;
  }

  private patch(change: Partial<SettingsDraft>): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, ...change };
    const cleared = { ...this.serverProblems };
    for (const key of Object.keys(change) as SettingsField[]) delete cleared[key];
    this.serverProblems = cleared;
    this.error = '';
    this.status = '';
  }

  private addTypes(): void {
    if (!this.draft) return;
    const result = addAttachmentTypes(this.draft.attachmentTypes, this.typeText);
    this.typeProblem = result.problem;
    if (result.problem) return;
    this.typeText = '';
    this.patch({ attachmentTypes: result.types });
  }

  private readonly discard = (): void => {
    if (!this.saved) return;
    this.draft = settingsDraft(this.saved);
    this.serverProblems = {};
    this.typeText = '';
    this.typeProblem = undefined;
    this.error = '';
  };

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const patch = this.saved && this.draft && settingsPatch(this.saved, this.draft);
    if (!patch || this.saving) return;
    this.saving = true;
    this.error = '';
    try {
      const settings = await this.api.updateSettings(patch);
      this.saved = settings;
      this.draft = settingsDraft(settings);
      this.status = 'Settings saved';
    } catch (error) {
      if (isApiError(error, 'settings/unknown-channels')) {
        // A live chat was deleted meanwhile: show the channels as they are now.
        this.serverProblems = { sendConfirmationChannelIds: `${errorMessage(error)} Its live chat was deleted; the list is up to date now.` };
        this.channels = channelOptions(await this.api.listLines().catch(() => []));
        const known = new Set(this.channels.map((channel) => channel.id));
        if (this.draft) this.draft = { ...this.draft, sendConfirmationChannelIds: this.draft.sendConfirmationChannelIds.filter((id) => known.has(id)) };
      } else {
        this.error = errorMessage(error);
      }
    } finally {
      this.saving = false;
    }
  }
}
