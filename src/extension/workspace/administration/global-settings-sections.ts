/**
 * The sections of Live Chats Settings (spec §2.9) as templates over the draft: each control
 * labelled, with help text and its problem, changes reported through `patch`. The element
 * (global-settings.element.ts) owns the state, loading and saving.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ATTACHMENT_MAX_MB_LIMIT, INACTIVITY_MINUTES_MAX, INACTIVITY_MINUTES_MIN, NOTIFICATION_SOUNDS, SEND_METHODS, type NotificationSound } from '../../common/settings';
import { playSound, SOUND_LABELS } from '../shared/sounds';
import { SEND_METHOD_LABELS, soundChoices, type ChannelOption, type SettingsDraft, type SettingsField } from './global-settings-model';

export interface SectionsContext {
  draft: SettingsDraft;
  problems: Partial<Record<SettingsField, string>>;
  channels: ChannelOption[];
  patch(change: Partial<SettingsDraft>): void;
  /** What is typed in the "add a type" input, and why it was refused. */
  typeText: string;
  typeProblem?: string;
  onTypeInput(text: string): void;
  addTypes(): void;
}

type Flag = 'showQueueCountToOperators' | 'showUnassignedCountToSupervisors' | 'messageEditing' | 'showSystemMessages' | 'reassignOnlyOnline';

function toggle(ctx: SectionsContext, key: Flag, label: string, hint: string): TemplateResult {
  return html`<div class="toggle-row">
    <label class="toggle">
      <input
        type="checkbox"
        role="switch"
        name=${key}
        aria-describedby="${key}-hint"
        .checked=${ctx.draft[key]}
        @change=${(event: Event) => ctx.patch({ [key]: (event.target as HTMLInputElement).checked })}
      />
      <span>${label}</span>
    </label>
    <span class="hint" id="${key}-hint">${hint}</span>
  </div>`;
}

function problem(ctx: SectionsContext, key: SettingsField): TemplateResult {
  return html`<span class="error-text" id="${key}-error" role=${ctx.problems[key] ? 'alert' : nothing}>${ctx.problems[key] ?? ''}</span>`;
}

function numberField(ctx: SectionsContext, key: 'inactivityMinutes' | 'attachmentMaxMb', label: string, min: number, max: number, hint: string): TemplateResult {
  return html`<div class="field">
    <label for=${key}>${label}</label>
    <input
      id=${key}
      class="number"
      type="number"
      inputmode="numeric"
      min=${min}
      max=${max}
      step="1"
      required
      aria-invalid=${ctx.problems[key] ? 'true' : 'false'}
      aria-describedby="${key}-hint ${key}-error"
      .value=${ctx.draft[key]}
      @input=${(event: Event) => ctx.patch({ [key]: (event.target as HTMLInputElement).value })}
    />
    <span class="hint" id="${key}-hint">${hint}</span>
    ${problem(ctx, key)}
  </div>`;
}

function soundField(ctx: SectionsContext, key: 'newSessionSound' | 'newMessageSound', label: string, hint: string): TemplateResult {
  const value = ctx.draft[key];
  return html`<div class="field">
    <label for=${key}>${label}</label>
    <div class="sound-row">
      <select id=${key} aria-describedby="${key}-hint" @change=${(event: Event) => ctx.patch({ [key]: (event.target as HTMLSelectElement).value as NotificationSound })}>
        ${soundChoices(NOTIFICATION_SOUNDS).map((sound) => html`<option value=${sound} ?selected=${sound === value}>${SOUND_LABELS[sound]}</option>`)}
      </select>
      <button class="btn" type="button" ?disabled=${value === 'none'} aria-label="Play ${SOUND_LABELS[value]}" @click=${() => playSound(value)}>
        ▶ Play
      </button>
    </div>
    <span class="hint" id="${key}-hint">${hint}</span>
  </div>`;
}

function channelsField(ctx: SectionsContext): TemplateResult {
  const chosen = ctx.draft.sendConfirmationChannelIds;
  const set = (id: string, on: boolean): void =>
    ctx.patch({ sendConfirmationChannelIds: on ? [...chosen.filter((known) => known !== id), id] : chosen.filter((known) => known !== id) });
  return html`<fieldset class="channels" aria-describedby="channels-hint sendConfirmationChannelIds-error">
    <legend>Show send-confirmation dialog for selected channels</legend>
    <span class="hint" id="channels-hint">
      Before a message goes out on a chosen channel the operator confirms it. On every other channel messages are sent at once.
      ${ctx.channels.length ? html`${chosen.length} of ${ctx.channels.length} chosen.` : nothing}
    </span>
    ${ctx.channels.length === 0
      ? html`<p class="empty-note">No channels yet: every live chat brings its internal channel, so create a live chat first.</p>`
      : html`<div class="channel-list" data-testid="confirm-channels">
          ${ctx.channels.map(
            (channel) => html`<label class="check">
              <input type="checkbox" .checked=${chosen.includes(channel.id)} @change=${(event: Event) => set(channel.id, (event.target as HTMLInputElement).checked)} />
              ${channel.label}
            </label>`,
          )}
        </div>`}
    ${problem(ctx, 'sendConfirmationChannelIds')}
  </fieldset>`;
}

function typesField(ctx: SectionsContext): TemplateResult {
  const types = ctx.draft.attachmentTypes;
  const trouble = ctx.typeProblem ?? ctx.problems.attachmentTypes;
  return html`<div class="field">
    <label for="type-input">Allowed file types</label>
    <ul class="tags" aria-label="Allowed file types" data-testid="attachment-types">
      ${types.map(
        (type) => html`<li class="chip">
          ${type}
          <button type="button" aria-label="Remove ${type}" @click=${() => ctx.patch({ attachmentTypes: types.filter((known) => known !== type) })}>×</button>
        </li>`,
      )}
      ${types.length === 0 ? html`<li class="empty-note">No type is allowed: nobody can attach files.</li>` : nothing}
    </ul>
    <div class="tag-add">
      <input
        id="type-input"
        type="text"
        placeholder="e.g. application/pdf or video/*"
        autocomplete="off"
        aria-invalid=${trouble ? 'true' : 'false'}
        aria-describedby="types-hint attachmentTypes-error"
        .value=${ctx.typeText}
        @input=${(event: Event) => ctx.onTypeInput((event.target as HTMLInputElement).value)}
        @keydown=${(event: KeyboardEvent) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            ctx.addTypes();
          }
        }}
      />
      <button class="btn" type="button" @click=${() => ctx.addTypes()}>Add</button>
    </div>
    <span class="hint" id="types-hint">MIME types, exact (application/pdf) or a whole family (image/*). The server refuses files of other types.</span>
    <span class="error-text" id="attachmentTypes-error" role=${trouble ? 'alert' : nothing}>${trouble ?? ''}</span>
  </div>`;
}

export function renderSections(ctx: SectionsContext): TemplateResult {
  const { draft } = ctx;
  return html`
    <section aria-labelledby="h-counters">
      <h2 id="h-counters">Counters</h2>
      ${toggle(ctx, 'showQueueCountToOperators', 'Show operators the number of sessions in the queue', 'The counter at the bottom of the Live Chats menu, for operators.')}
      ${toggle(ctx, 'showUnassignedCountToSupervisors', 'Show supervisors the number of unassigned sessions', 'The same counter for supervisors: sessions no operator has yet.')}
    </section>
    <section aria-labelledby="h-composer">
      <h2 id="h-composer">Composer</h2>
      <fieldset class="radios" aria-describedby="send-hint">
        <legend>Message sending method</legend>
        ${SEND_METHODS.map(
          (method) => html`<label class="check">
            <input type="radio" name="sendMethod" .checked=${draft.sendMethod === method} @change=${() => ctx.patch({ sendMethod: method })} />
            ${SEND_METHOD_LABELS[method]}
          </label>`,
        )}
        <span class="hint" id="send-hint">How operators send what they type in the message box.</span>
      </fieldset>
      ${channelsField(ctx)}
      ${toggle(
        ctx,
        'messageEditing',
        'Enable message editing',
        'Operators may edit their own messages in internal, Telegram, TelegramBot and LiveChat sessions, and delete files they sent in internal and LiveChat sessions.',
      )}
    </section>
    <section aria-labelledby="h-conversation">
      <h2 id="h-conversation">Conversation</h2>
      ${toggle(
        ctx,
        'showSystemMessages',
        'Show system messages in session chat by default',
        'Routing, reassignment and other notices in the conversation. Each viewer can still show or hide them on the page.',
      )}
    </section>
    <section aria-labelledby="h-status">
      <h2 id="h-status">Operator status</h2>
      ${numberField(
        ctx,
        'inactivityMinutes',
        'Automatically set operator status to Offline after inactivity of (min)',
        INACTIVITY_MINUTES_MIN,
        INACTIVITY_MINUTES_MAX,
        `From ${INACTIVITY_MINUTES_MIN} to ${INACTIVITY_MINUTES_MAX} minutes. Inactive means signed out, with every Live Chats page closed, or offline. Applies to operators and supervisors.`,
      )}
    </section>
    <section aria-labelledby="h-reassign">
      <h2 id="h-reassign">Reassignment</h2>
      ${toggle(ctx, 'reassignOnlyOnline', 'Allow manual reassignment only to Online operators', 'When on, the operator picker of a reassignment offers only Online operators.')}
    </section>
    <section aria-labelledby="h-sounds">
      <h2 id="h-sounds">Sounds</h2>
      <div class="two-columns">
        ${soundField(ctx, 'newSessionSound', 'New session notification sound', 'Played for the operators of a live chat when a session arrives.')}
        ${soundField(ctx, 'newMessageSound', 'New message notification sound', 'Played for a new message in a session assigned to the operator.')}
      </div>
    </section>
    <section aria-labelledby="h-attachments">
      <h2 id="h-attachments">Attachments</h2>
      ${numberField(ctx, 'attachmentMaxMb', 'Largest file (MB)', 1, ATTACHMENT_MAX_MB_LIMIT, `The largest file an operator or a client may attach, from 1 to ${ATTACHMENT_MAX_MB_LIMIT} MB.`)}
      ${typesField(ctx)}
    </section>
  `;
}
