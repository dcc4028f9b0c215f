/**
 * <lc-app-item-page>: an app item's form. The item's fields, read-only, and beside them the
 * widgets placed on the app's form, each the element its manifest names, created with its
 * WidgetContext already set (the Input binding), kept while the page shows other items (it gets a
 * new context object), and removed with the page so that it disposes.
 */
import type { HostAppItem, WidgetElement } from '@elma365/sdk-types';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { LinkedItem } from '../../apps/app-routes';
import { designerStyles } from '../processes/process-designer.styles';
import { formatHash } from '../shell-model';
import { theme } from '../theme.styles';
import { fieldViews } from './app-item-model';
import { appsApi, type FormApp } from './apps-api';
import { appsStyles } from './apps.styles';
import { appHash } from './apps-page.element';
import { APP_FORMS_SCREEN_ID, type FormWidgetHost } from './form-widget-host';

/** A placed widget as the page shows it: its element, or why there is none. */
interface WidgetSlot {
  placementId: string;
  title: string;
  element?: WidgetElement;
  problem?: string;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export class AppItemPageElement extends LitElement {
  static override styles = [
    theme,
    designerStyles,
    appsStyles,
    css`
      .layout {
        display: grid;
        grid-template-columns: minmax(280px, 360px) minmax(0, 1fr);
        gap: 16px;
        align-items: start;
      }
      .page {
        max-width: none;
      }
      dl {
        margin: 0;
        padding: 6px 18px 12px;
      }
      dl > div {
        padding: 10px 0;
        border-bottom: 1px solid var(--lc-border);
      }
      dl > div:last-child {
        border-bottom: none;
      }
      dt {
        font-size: 12px;
        color: var(--lc-muted);
        margin-bottom: 2px;
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      dd ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .widgets {
        display: flex;
        flex-direction: column;
        gap: 16px;
        min-width: 0;
      }
      /* The widget draws its own frame; the form gives it its title and its room. */
      .widget h2 {
        margin: 2px 0 10px;
      }
      .widget-body {
        height: min(640px, calc(100vh - 240px));
        min-height: 420px;
      }
      .widget-body > * {
        display: block;
        height: 100%;
      }
      .widget-body .banner {
        height: auto;
      }
    `,
  ];

  @property({ attribute: false }) app?: FormApp;
  @property({ attribute: false }) apps: FormApp[] = [];
  @property({ attribute: false }) itemId = '';
  @property({ attribute: false }) widgetHost?: FormWidgetHost;

  @state() private item?: HostAppItem;
  @state() private linked: Record<string, LinkedItem[]> = {};
  @state() private slots?: WidgetSlot[];
  @state() private error = '';

  /** The widgets' elements by placement id, kept across items. */
  private readonly elements = new Map<string, WidgetElement>();
  private request = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('itemId') || changed.has('app')) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.request++;
    for (const element of this.elements.values()) element.remove();
    this.elements.clear();
    this.slots = undefined;
  }

  private async load(): Promise<void> {
    const { app, itemId, widgetHost } = this;
    if (!app || !itemId || !widgetHost) return;
    const request = ++this.request;
    try {
      const [{ item, linked }, placements] = await Promise.all([appsApi.item(app.code, itemId), appsApi.form(app.code)]);
      const slots = await Promise.all(
        placements.map(async (placement): Promise<WidgetSlot> => {
          const offer = await widgetHost.find(placement.extensionId, placement.widgetId);
          if (!offer) return { placementId: placement.id, title: placement.widgetId, problem: `The widget "${placement.widgetId}" is not offered by any installed extension.` };
          const slot = { placementId: placement.id, title: offer.widget.title };
          try {
            await widgetHost.load(offer.extension);
          } catch (error) {
            return { ...slot, problem: `${offer.widget.title} could not be loaded: ${messageOf(error)}` };
          }
          let element = this.elements.get(placement.id);
          if (element?.localName !== offer.widget.tag) element = document.createElement(offer.widget.tag) as WidgetElement;
          // Set before the element is connected, and a new object for every item shown.
          element.context = widgetHost.context(offer.extension, app, item, placement.settings);
          return { ...slot, element };
        }),
      );
      if (request !== this.request) return;
      this.elements.clear();
      for (const slot of slots) if (slot.element) this.elements.set(slot.placementId, slot.element);
      Object.assign(this, { item, linked, slots, error: '' });
    } catch (error) {
      if (request !== this.request) return;
      this.item = undefined;
      this.error = messageOf(error);
    }
  }

  override render() {
    const app = this.app;
    if (!app) return nothing;
    const item = this.item;
    return html`
      <div class="page">
        <nav class="crumbs" aria-label="Breadcrumb">
          <a class="link" href=${appHash()}>Apps</a> › <a class="link" href=${appHash({ app: app.code })}>${app.name}</a>
        </nav>
        <div class="head">
          <div>
            <h1>${item?.name ?? (this.error ? 'Item not found' : 'Loading…')}</h1>
            <p class="sub">${app.name}</p>
          </div>
        </div>
        ${this.error ? html`<div class="banner" role="alert">${this.error}</div>` : nothing}
        ${item ? this.renderForm(app, item) : nothing}
      </div>
    `;
  }

  private renderForm(app: FormApp, item: HostAppItem) {
    return html`<div class="layout">
      <section class="card" aria-labelledby="fields-heading">
        <header><h2 id="fields-heading">Fields</h2></header>
        <dl data-testid="item-fields">
          ${fieldViews(app, item, this.linked).map(
            (view) => html`<div data-field=${view.code}>
              <dt>${view.label}</dt>
              <dd>
                ${view.links
                  ? view.links.length
                    ? html`<ul>
                        ${view.links.map((link) => html`<li><a class="link" href=${appHash({ app: link.appCode, item: link.id })}>${link.name}</a></li>`)}
                      </ul>`
                    : html`<span class="muted">—</span>`
                  : view.lines.length
                    ? html`<ul>
                        ${view.lines.map((line) => html`<li>${line}</li>`)}
                      </ul>`
                    : html`<span class="muted">—</span>`}
              </dd>
            </div>`,
          )}
        </dl>
      </section>
      <div class="widgets">${this.renderWidgets(app)}</div>
    </div>`;
  }

  private renderWidgets(app: FormApp) {
    const slots = this.slots ?? [];
    if (slots.length === 0) {
      const designer = formatHash({ screenId: APP_FORMS_SCREEN_ID, params: { app: app.code } });
      return html`<section class="card" aria-label="Widgets">
        <p class="empty">
          No widgets are placed on the ${app.name} form.
          ${this.widgetHost?.env.me.isAdministrator ? html`<a class="link" href=${designer}>Place one in Administration › Apps</a>.` : 'An administrator can place them.'}
        </p>
      </section>`;
    }
    return slots.map(
      (slot) => html`<section class="widget" aria-labelledby="widget-${slot.placementId}" data-testid="form-widget">
        <h2 id="widget-${slot.placementId}">${slot.title}</h2>
        <div class="widget-body">${slot.element ?? html`<div class="banner" role="alert">${slot.problem}</div>`}</div>
      </section>`,
    );
  }
}
