/**
 * <lc-widget-settings-dialog>: the settings window of a widget being placed on (or placed on) a
 * form, generated from the widget's settings schema: a choice is a radio group, a field path a
 * select of the paths the app offers; a setting with `when` shows only while the other setting
 * has that value. Saving fires `lc-widget-settings-save` with the settings asked; the page
 * calls the API and closes the dialog, or hands back the refusal as `error`.
 */
import type { ManifestWidget, WidgetSettingSchema } from '@elma365/sdk-types';
import { css, html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { defaultSettings, fieldPathOptions, isAsked, type FormApp } from '../../apps/form-widget-rules';
import { designerStyles } from '../processes/process-designer.styles';
import { theme } from '../theme.styles';

export class WidgetSettingsSaveEvent extends Event {
  static readonly type = 'lc-widget-settings-save';

  constructor(readonly settings: Record<string, string>) {
    super(WidgetSettingsSaveEvent.type, { bubbles: true, composed: true });
  }
}

export class WidgetSettingsDialogElement extends LitElement {
  static override styles = [
    theme,
    designerStyles,
    css`
      dialog {
        width: min(520px, calc(100vw - 32px));
        padding: 0;
        border: 1px solid var(--lc-border);
        border-radius: 12px;
        box-shadow: 0 20px 50px rgb(15 23 42 / 25%);
        color: var(--lc-text);
      }
      dialog::backdrop {
        background: rgb(15 23 42 / 35%);
      }
      form {
        display: flex;
        flex-direction: column;
        gap: 18px;
        padding: 20px 22px;
      }
      h2 {
        font-size: 17px;
      }
      fieldset {
        border: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: 8px;
      }
      legend {
        font-weight: 500;
        font-size: 13px;
        padding: 0;
        margin-bottom: 6px;
      }
      .radios {
        display: flex;
        gap: 18px;
        flex-wrap: wrap;
      }
      .buttons {
        display: flex;
        justify-content: flex-end;
        gap: 8px;
      }
    `,
  ];

  @property({ attribute: false }) widget?: ManifestWidget;
  @property({ attribute: false }) app?: FormApp;
  @property({ attribute: false }) apps: FormApp[] = [];
  /** The refusal of the last save, shown in the dialog. */
  @property({ attribute: false }) error = '';
  /** What the primary button says: "Add" for a new placement, "Save" for an edit. */
  @property({ attribute: false }) action = 'Save';
  @property({ type: Boolean }) busy = false;

  @state() private values: Record<string, string> = {};

  @query('dialog') private dialog?: HTMLDialogElement;

  /** Opens the dialog on the placement's settings (or the defaults), completed with the defaults. */
  async show(values: Readonly<Record<string, string>> = {}): Promise<void> {
    if (!this.widget || !this.app) return;
    this.values = { ...defaultSettings(this.widget, this.app, this.apps), ...values };
    this.error = '';
    await this.updateComplete;
    if (!this.dialog?.open) this.dialog?.showModal();
  }

  close(): void {
    this.dialog?.close();
  }

  private asked(): WidgetSettingSchema[] {
    return (this.widget?.settings ?? []).filter((setting) => isAsked(setting, this.values));
  }

  private set(code: string, value: string): void {
    this.values = { ...this.values, [code]: value };
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const settings = Object.fromEntries(this.asked().map((setting) => [setting.code, this.values[setting.code] ?? '']));
    this.dispatchEvent(new WidgetSettingsSaveEvent(settings));
  }

  override render() {
    const { widget, app } = this;
    return html`<dialog aria-labelledby="settings-title" @close=${() => (this.error = '')}>
      ${widget && app
        ? html`<form @submit=${this.onSubmit} data-testid="widget-settings">
            <h2 id="settings-title">${widget.title} on the ${app.name} form</h2>
            ${this.asked().map((setting) => this.renderSetting(setting, app))}
            ${this.error ? html`<div class="banner" role="alert" data-testid="settings-error">${this.error}</div>` : nothing}
            <div class="buttons">
              <button class="btn" type="button" @click=${() => this.close()}>Cancel</button>
              <button class="btn primary" type="submit" ?disabled=${this.busy}>${this.action}</button>
            </div>
          </form>`
        : nothing}
    </dialog>`;
  }

  private renderSetting(setting: WidgetSettingSchema, app: FormApp) {
    const hintId = `hint-${setting.code}`;
    const hint = setting.hint ? html`<span class="hint" id=${hintId}>${setting.hint}</span>` : nothing;
    if (setting.type === 'choice') {
      return html`<fieldset aria-describedby=${setting.hint ? hintId : nothing}>
        <legend>${setting.label}</legend>
        <div class="radios">
          ${setting.options.map(
            (option) => html`<label class="check">
              <input
                type="radio"
                name=${setting.code}
                .value=${option.value}
                .checked=${this.values[setting.code] === option.value}
                @change=${() => this.set(setting.code, option.value)}
              />${option.label}
            </label>`,
          )}
        </div>
        <span class="field">${hint}</span>
      </fieldset>`;
    }
    const options = fieldPathOptions(setting, app, this.apps);
    const id = `setting-${setting.code}`;
    return html`<div class="field">
      <label for=${id}>${setting.label}</label>
      ${options.length === 0
        ? html`<span class="problem" id=${id}>${app.name} has no field this setting can name.</span>`
        : html`<select id=${id} aria-describedby=${setting.hint ? hintId : nothing} @change=${(event: Event) => this.set(setting.code, (event.target as HTMLSelectElement).value)}>
            ${options.map((option) => html`<option .value=${option.value} ?selected=${this.values[setting.code] === option.value}>${option.label}</option>`)}
          </select>`}
      ${hint}
    </div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'lc-widget-settings-save': WidgetSettingsSaveEvent;
  }
}
