/**
 * The settings of one live chat: the Settings, Routing and Business Processes tabs. The product's
 * other tabs (Messengers, Bot, Inbox, LiveChat) are not built yet, and a tab that does nothing
 * would mislead. Every tab stays rendered while another is shown, so switching keeps unsaved
 * edits; each tab saves only its own fields (Operators and Supervisors are on the Routing tab).
 */
import { consume } from '@lit/context';
import type { HostGroup } from '@elma365/sdk-types';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AppDto, LineDto } from '../../common/api';
import { isChannelActive } from '../../common/line';
import type { ParameterDefinition } from '../../common/parameters/parameter-definition';
import { sampleSessionNameValues, sessionNameVariables } from '../../common/session-name';
import { isApiError } from '../services/api-error';
import type { ApiClient } from '../services/api-client';
import { errorMessage } from '../services/api-error';
import { apiClientContext } from '../services/contexts';
import type { GroupsChangeEvent } from '../shared/group-picker';
import { sectionCards } from '../shared/section.styles';
import { buttons, fields, tokens } from '../shared/ui.styles';
import { LineCloseEvent, LineDeleteEvent, LineTabEvent, LINE_TABS, type LineTab } from './line-events';
import { appOptions, draftFromLine, emptyDraft, isDraftValid, showsOperatorNameSetting, updateBody, type LineDraft } from './line-form-model';
import { LineSaveController } from './line-save-controller';
import { lineSettingsStyles } from './line-settings.styles';
import { checkTemplate } from './template-editor-model';
import type { TemplateChangeEvent } from './template-field';

const CHANNEL_TYPE_LABELS: Record<string, string> = { internal: 'Internal', inbox: 'E-mail', livechat: 'Website', telegramBot: 'Telegram bot' };

export class LineSettingsElement extends LitElement {
  static override styles = [tokens, buttons, fields, sectionCards, lineSettingsStyles];

  @consume({ context: apiClientContext }) private api!: ApiClient;

  @property({ attribute: false }) line?: LineDto;
  @property({ attribute: false }) groups: HostGroup[] = [];
  /** The custom session parameters: the template may use them. */
  @property({ attribute: false }) parameters: ParameterDefinition[] = [];
  @property() tab: LineTab = 'settings';

  @state() private draft: LineDraft = emptyDraft();
  @state() private templateError = '';
  /** The apps with an Account field, for Settings › Apps. */
  @state() private apps: AppDto[] = [];
  @state() private appsError = '';

  /** The preview's sample date: fixed while the page is open, so the preview does not flicker. */
  private readonly sampleNow = new Date();
  private readonly save = new LineSaveController(this, () => this.api);

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadApps();
  }

  private async loadApps(): Promise<void> {
    try {
      this.apps = await this.api.listApps();
      this.appsError = '';
    } catch (error) {
      this.appsError = errorMessage(error);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Only another live chat resets the form: a save on the other tab must not drop edits here.
    if (changed.has('line') && this.line && changed.get('line')?.id !== this.line.id) {
      this.draft = draftFromLine(this.line);
      this.save.clear();
      this.templateError = '';
    } else if (changed.has('line') && this.line) {
      // The groups are the Routing tab's now: a save there must not look like an edit here.
      this.draft = { ...this.draft, operatorGroupIds: [...this.line.operatorGroupIds], supervisorGroupIds: [...this.line.supervisorGroupIds] };
    }
  }

  override render() {
    const line = this.line;
    if (!line) return nothing;
    return html`
      <div class="head">
        <div>
          <div class="crumbs">
            <button class="link" type="button" @click=${() => this.dispatchEvent(new LineCloseEvent())}>← All live chats</button>
          </div>
          <h1>${line.name}</h1>
        </div>
        <button class="btn subtle danger-text" type="button" @click=${() => this.dispatchEvent(new LineDeleteEvent(line))}>
          Delete live chat
        </button>
      </div>
      <div role="tablist" aria-label="Live chat settings" @keydown=${this.onTabKey}>
        ${LINE_TABS.map(
          (tab) => html`<button
            role="tab"
            id="tab-${tab.id}"
            type="button"
            aria-selected=${this.tab === tab.id ? 'true' : 'false'}
            aria-controls="panel-${tab.id}"
            tabindex=${this.tab === tab.id ? '0' : '-1'}
            @click=${() => this.dispatchEvent(new LineTabEvent(tab.id))}
          >
            ${tab.label}
          </button>`,
        )}
      </div>
      ${this.renderSettings(line)}
      <div id="panel-routing" role="tabpanel" aria-labelledby="tab-routing" ?hidden=${this.tab !== 'routing'}>
        <lc-line-routing .line=${line} .groups=${this.groups} .parameters=${this.parameters}></lc-line-routing>
      </div>
      <div id="panel-processes" role="tabpanel" aria-labelledby="tab-processes" ?hidden=${this.tab !== 'processes'}>
        <lc-line-processes .line=${line}></lc-line-processes>
      </div>
    `;
  }

  private renderSettings(line: LineDto) {
    const changes = updateBody(line, this.draft);
    const variables = sessionNameVariables(this.parameters);
    const sample = sampleSessionNameValues(this.parameters, this.sampleNow, this.draft.name.trim() || line.name);
    const templateOk = checkTemplate(this.draft.sessionNameTemplate, variables, sample, 'UTC').problems.length === 0;
    const valid = isDraftValid(this.draft) && templateOk;
    return html`
      <form id="panel-settings" role="tabpanel" aria-labelledby="tab-settings" ?hidden=${this.tab !== 'settings'} @submit=${this.onSubmit}>
        <section aria-labelledby="h-general">
          <h2 id="h-general">General</h2>
          <div class="field">
            <label for="name">Name<span class="error-text" aria-hidden="true"> *</span></label>
            <input
              id="name"
              type="text"
              required
              maxlength="200"
              .value=${this.draft.name}
              @input=${(event: Event) => this.patch({ name: (event.target as HTMLInputElement).value })}
            />
          </div>
          <p class="hint">
            Operators and supervisors are chosen on the
            <button class="link" type="button" @click=${() => this.dispatchEvent(new LineTabEvent('routing'))}>Routing tab</button>.
          </p>
        </section>

        <section aria-labelledby="h-clients">
          <h2 id="h-clients">Clients</h2>
          <lc-group-picker
            label="Internal"
            hint="Users of these groups may write to this live chat from Messages. Leave empty if only external clients write."
            .groups=${this.groups}
            .value=${this.draft.internalClientGroupIds}
            @lc-groups-change=${(event: GroupsChangeEvent) => this.patch({ internalClientGroupIds: event.value })}
          ></lc-group-picker>
        </section>

        ${this.renderApps()}

        ${showsOperatorNameSetting(this.draft)
          ? html`<section aria-labelledby="h-operator-name">
              <h2 id="h-operator-name">Operator's name</h2>
              <label class="check">
                <input
                  type="checkbox"
                  .checked=${this.draft.showOperatorName}
                  @change=${(event: Event) => this.patch({ showOperatorName: (event.target as HTMLInputElement).checked })}
                />
                Show
              </label>
              <p class="hint">When on, internal clients see the name of the operator who answers; otherwise only the live chat's name.</p>
            </section>`
          : nothing}

        <section aria-labelledby="h-additional">
          <h2 id="h-additional">Additional</h2>
          <lc-template-field
            .value=${this.draft.sessionNameTemplate}
            .variables=${variables}
            .sample=${sample}
            serverError=${this.templateError}
            @lc-template-change=${(event: TemplateChangeEvent) => {
              this.templateError = '';
              this.patch({ sessionNameTemplate: event.value });
            }}
          ></lc-template-field>
          <lc-group-picker
            label="Read access to sessions"
            hint="Users of these groups may read this live chat's sessions on the forms of bound app items."
            .groups=${this.groups}
            .value=${this.draft.readerGroupIds}
            @lc-groups-change=${(event: GroupsChangeEvent) => this.patch({ readerGroupIds: event.value })}
          ></lc-group-picker>
        </section>

        <section aria-labelledby="h-channels">
          <h2 id="h-channels">Channels</h2>
          <ul class="channels" data-testid="channels">
            ${line.channels.map(
              (channel) => html`<li class="channel">
                <div>
                  <div class="channel-name">${channel.name}</div>
                  <div class="channel-type">${CHANNEL_TYPE_LABELS[channel.type] ?? channel.type}</div>
                </div>
                <span class="channel-state ${isChannelActive(channel) ? '' : 'off'}">
                  ${isChannelActive(channel) ? 'Active' : 'Disconnected'}
                </span>
              </li>`,
            )}
          </ul>
        </section>

        ${this.save.error ? html`<div class="banner error" role="alert">${this.save.error}</div>` : nothing}
        <div class="actions">
          <button class="btn primary" type="submit" ?disabled=${!changes || !valid || this.save.saving}>
            ${this.save.saving ? 'Saving…' : 'Save'}
          </button>
          ${this.save.saved && !changes ? html`<span class="saved" role="status">Settings saved</span>` : nothing}
        </div>
      </form>
    `;
  }

  /** Settings › Apps (spec §2.2): only apps with an Account field are offered. */
  private renderApps() {
    const accountOptions = appOptions(this.apps, this.draft.accountAppCode ? [this.draft.accountAppCode] : []);
    return html`<section aria-labelledby="h-apps" data-testid="line-apps">
      <h2 id="h-apps">Apps</h2>
      <div class="field">
        <label for="account-app">To bind an account</label>
        <select id="account-app" @change=${(event: Event) => this.patch({ accountAppCode: (event.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${this.draft.accountAppCode === ''}>No app</option>
          ${accountOptions.map((app) => html`<option value=${app.code} ?selected=${this.draft.accountAppCode === app.code}>${app.name}</option>`)}
        </select>
        <p class="hint">The app of client records (e.g. Contacts): binding one of its items adds the client's account to it.</p>
      </div>
      <lc-group-picker
        label="To register messages"
        placeholder="Add app…"
        hint="Apps of requests (e.g. Appeals) whose items operators bind to sessions."
        .groups=${appOptions(this.apps, this.draft.requestAppCodes)}
        .value=${this.draft.requestAppCodes}
        @lc-groups-change=${(event: GroupsChangeEvent) => this.patch({ requestAppCodes: event.value })}
      ></lc-group-picker>
      ${this.appsError ? html`<p class="hint error-text" role="alert">The apps could not be loaded: ${this.appsError}</p>` : nothing}
    </section>`;
  }

  /** Arrow keys move between the tabs (WAI-ARIA tabs pattern). */
  private onTabKey(event: KeyboardEvent): void {
    const index = LINE_TABS.findIndex((tab) => tab.id === this.tab);
    let next = index;
    if (event.key === 'ArrowRight') next = (index + 1) % LINE_TABS.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + LINE_TABS.length) % LINE_TABS.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = LINE_TABS.length - 1;
    else return;
    event.preventDefault();
    this.dispatchEvent(new LineTabEvent(LINE_TABS[next].id));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${LINE_TABS[next].id}`)?.focus());
  }

  private patch(change: Partial<LineDraft>): void {
    this.draft = { ...this.draft, ...change };
    this.save.clear();
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const line = this.line;
    const body = line && updateBody(line, this.draft);
    if (!line || !body || !isDraftValid(this.draft) || this.save.saving) return;
    this.templateError = '';
    await this.save.save(
      line,
      body,
      (updated) => {
        this.line = updated;
        this.draft = draftFromLine(updated);
      },
      (error) => {
        // The server's word on the template belongs under the template.
        if (!isApiError(error, 'template/invalid')) return false;
        this.templateError = errorMessage(error);
        return true;
      },
    );
  }
}
