/**
 * <lc-form-designer>: Administration › Apps. The company's apps with the widgets on their item
 * forms; `params.app` opens one app's form: the placed widgets (their settings in words, Edit
 * settings, Remove) and the widgets the installed extensions offer (Add). A widget the app
 * cannot take is shown disabled with the widget's own reason.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { meetsRequirement, settingsSummary } from '../../apps/form-widget-rules';
import { designerStyles } from '../processes/process-designer.styles';
import { formatHash } from '../shell-model';
import { theme } from '../theme.styles';
import { appsApi, type FormApp, type FormWidgetPlacement } from './apps-api';
import { appsStyles } from './apps.styles';
import { APP_FORMS_SCREEN_ID, type FormWidgetHost, type OfferedWidget } from './form-widget-host';
import type { WidgetSettingsDialogElement, WidgetSettingsSaveEvent } from './widget-settings-dialog.element';

const designerHash = (params: Record<string, string> = {}): string => formatHash({ screenId: APP_FORMS_SCREEN_ID, params });
const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const sameWidget = (offer: OfferedWidget, placement: FormWidgetPlacement): boolean =>
  offer.extension.manifest.id === placement.extensionId && offer.widget.id === placement.widgetId;

export class FormDesignerElement extends LitElement {
  static override styles = [theme, designerStyles, appsStyles];

  @property({ attribute: false }) params: Record<string, string> = {};
  @property({ attribute: false }) widgetHost?: FormWidgetHost;

  @state() private apps?: FormApp[];
  @state() private offered: OfferedWidget[] = [];
  /** Placements by app code. */
  @state() private forms = new Map<string, FormWidgetPlacement[]>();
  @state() private editing?: { offer: OfferedWidget; placement?: FormWidgetPlacement };
  @state() private busy = false;
  @state() private notice = '';
  @state() private error = '';

  @query('lc-widget-settings-dialog') private dialog?: WidgetSettingsDialogElement;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('params')) {
      this.notice = '';
      void this.load();
    }
  }

  private async load(): Promise<void> {
    if (!this.widgetHost) return;
    try {
      const [apps, offered] = await Promise.all([appsApi.apps(), this.widgetHost.offered()]);
      const codes = this.params.app ? apps.filter((app) => app.code === this.params.app).map((app) => app.code) : apps.map((app) => app.code);
      const forms = new Map(await Promise.all(codes.map(async (code) => [code, await appsApi.form(code)] as const)));
      Object.assign(this, { apps, offered, forms, error: '' });
    } catch (error) {
      this.apps ??= [];
      this.error = messageOf(error);
    }
  }

  private async reloadForm(app: FormApp): Promise<void> {
    this.forms = new Map(this.forms).set(app.code, await appsApi.form(app.code));
  }

  private async edit(offer: OfferedWidget, placement?: FormWidgetPlacement): Promise<void> {
    this.editing = { offer, placement };
    this.notice = '';
    await this.updateComplete;
    await this.dialog?.show(placement?.settings);
  }

  private async onSave(event: WidgetSettingsSaveEvent, app: FormApp): Promise<void> {
    const editing = this.editing;
    const dialog = this.dialog;
    if (!editing || !dialog || this.busy) return;
    this.busy = true;
    try {
      if (editing.placement) await appsApi.updateSettings(app.code, editing.placement.id, event.settings);
      else await appsApi.place(app.code, { extensionId: editing.offer.extension.manifest.id, widgetId: editing.offer.widget.id, settings: event.settings });
      dialog.close();
      this.notice = editing.placement ? `The settings of ${editing.offer.widget.title} are saved.` : `${editing.offer.widget.title} is on the ${app.name} form.`;
      await this.reloadForm(app);
    } catch (error) {
      dialog.error = messageOf(error);
    } finally {
      this.busy = false;
    }
  }

  private async removePlacement(app: FormApp, placement: FormWidgetPlacement, title: string): Promise<void> {
    this.notice = '';
    this.error = '';
    try {
      await appsApi.remove(app.code, placement.id);
      this.notice = `${title} was removed from the ${app.name} form.`;
    } catch (error) {
      this.error = messageOf(error);
    }
    await this.reloadForm(app).catch((error: unknown) => (this.error = messageOf(error)));
  }

  override render() {
    const apps = this.apps;
    const app = apps?.find((candidate) => candidate.code === this.params.app);
    return html`<div class="page">
      ${this.params.app ? html`<nav class="crumbs" aria-label="Breadcrumb"><a class="link" href=${designerHash()}>← All apps</a></nav>` : nothing}
      <div class="head">
        <div>
          <h1>${app ? `${app.name} · Form` : 'Apps'}</h1>
          <p class="sub">
            ${app
              ? `The widgets the ${app.name} item form shows beside its fields, in this order.`
              : 'The item forms of the company\u2019s apps and the widgets placed on them.'}
          </p>
        </div>
      </div>
      ${this.notice ? html`<div class="banner success" role="status">${this.notice}</div>` : nothing}
      ${this.error ? html`<div class="banner" role="alert">${this.error}</div>` : nothing}
      ${!apps
        ? html`<p class="empty" role="status">Loading…</p>`
        : app
          ? this.renderForm(app, apps)
          : this.params.app
            ? html`<div class="banner" role="alert">There is no app "${this.params.app}".</div>`
            : this.renderApps(apps)}
    </div>`;
  }

  private titleOf(placement: FormWidgetPlacement): string {
    return this.offered.find((offer) => sameWidget(offer, placement))?.widget.title ?? placement.widgetId;
  }

  private renderApps(apps: FormApp[]) {
    return html`<section class="card" aria-labelledby="forms-heading">
      <header><h2 id="forms-heading">Item forms</h2><span class="note">${apps.length}</span></header>
      ${apps.length === 0
        ? html`<p class="empty">The company has no apps yet.</p>`
        : html`<table>
            <thead>
              <tr>
                <th scope="col">App</th>
                <th scope="col">Widgets on the form</th>
              </tr>
            </thead>
            <tbody>
              ${apps.map((app) => {
                const placed = this.forms.get(app.code) ?? [];
                return html`<tr data-testid="form-row">
                  <td class="name">
                    <a class="link" href=${designerHash({ app: app.code })} aria-label="${app.name} form">${app.name}</a>
                    <div class="muted mono">${app.namespace}.${app.code}</div>
                  </td>
                  <td>${placed.length ? html`<div class="chips">${placed.map((placement) => html`<span class="chip">${this.titleOf(placement)}</span>`)}</div>` : html`<span class="muted">None</span>`}</td>
                </tr>`;
              })}
            </tbody>
          </table>`}
    </section>`;
  }

  private renderForm(app: FormApp, apps: FormApp[]) {
    const placed = this.forms.get(app.code) ?? [];
    const editing = this.editing;
    return html`
      <section class="card" aria-labelledby="placed-heading">
        <header><h2 id="placed-heading">Placed widgets</h2><span class="note">${placed.length}</span></header>
        ${placed.length === 0
          ? html`<p class="empty">
              ${this.offered.some((offer) => meetsRequirement(offer.widget, app, apps))
                ? 'No widgets on this form yet. Add one from the available widgets below.'
                : `No widgets on this form yet, and none of the available widgets fits the fields of ${app.name}.`}
            </p>`
          : html`<ul class="rows">
              ${placed.map((placement) => {
                const offer = this.offered.find((candidate) => sameWidget(candidate, placement));
                const title = this.titleOf(placement);
                return html`<li data-testid="placed-widget">
                  <div>
                    <h3>${title}</h3>
                    ${offer
                      ? html`<p class="muted" data-testid="placed-settings">${settingsSummary(offer.widget, app, apps, placement.settings).join(' · ') || 'No settings'}</p>`
                      : html`<p class="refusal">No installed extension offers this widget any more.</p>`}
                  </div>
                  <div class="actions">
                    ${offer && offer.widget.settings.length
                      ? html`<button class="btn" type="button" aria-label="Edit settings of ${title}" @click=${() => this.edit(offer, placement)}>Edit settings</button>`
                      : nothing}
                    <button class="btn danger" type="button" aria-label="Remove ${title}" @click=${() => this.removePlacement(app, placement, title)}>Remove</button>
                  </div>
                </li>`;
              })}
            </ul>`}
      </section>
      <section class="card" aria-labelledby="available-heading">
        <header><h2 id="available-heading">Available widgets</h2><span class="note">from the installed extensions</span></header>
        ${this.offered.length === 0
          ? html`<p class="empty">No installed extension offers form widgets.</p>`
          : html`<ul class="rows">
              ${this.offered.map((offer) => {
                const allowed = meetsRequirement(offer.widget, app, apps);
                const reasonId = `refusal-${offer.extension.manifest.id}-${offer.widget.id}`;
                return html`<li data-testid="available-widget">
                  <div>
                    <h3>${offer.widget.title}</h3>
                    ${offer.widget.description ? html`<p>${offer.widget.description}</p>` : nothing}
                    <p class="muted">
                      From ${offer.extension.manifest.name} ·
                      ${offer.widget.settings.length ? `Settings: ${offer.widget.settings.map((setting) => setting.label).join(', ')}` : 'No settings'}
                    </p>
                    ${allowed ? nothing : html`<p class="refusal" id=${reasonId} data-testid="widget-refusal">${offer.widget.requires?.message}</p>`}
                  </div>
                  <div class="actions">
                    <button
                      class="btn primary"
                      type="button"
                      aria-label="Add ${offer.widget.title}"
                      aria-describedby=${allowed ? nothing : reasonId}
                      ?disabled=${!allowed}
                      @click=${() => this.edit(offer)}
                    >
                      Add
                    </button>
                  </div>
                </li>`;
              })}
            </ul>`}
      </section>
      <lc-widget-settings-dialog
        .widget=${editing?.offer.widget}
        .app=${app}
        .apps=${apps}
        .action=${editing?.placement ? 'Save' : 'Add'}
        ?busy=${this.busy}
        @lc-widget-settings-save=${(event: WidgetSettingsSaveEvent) => this.onSave(event, app)}
      ></lc-widget-settings-dialog>
    `;
  }
}
