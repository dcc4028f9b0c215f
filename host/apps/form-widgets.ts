/**
 * The widgets placed on the company's app forms (`host_form_widgets`): which installed
 * extension's widget sits on which app's item form, with which settings, in which order. Every
 * change is checked against the widget's manifest (`requires`, its settings schema) and the
 * app's fields, so a stored placement is always one the form designer could have made.
 */
import type { ExtensionManifest, HostApps, ManifestWidget } from '@elma365/sdk-types';
import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { HostSchema } from '../host-schema';
import { checkSettings, meetsRequirement, type FormApp } from './form-widget-rules';

/** A widget on an app's form. */
export interface FormWidgetPlacement {
  id: string;
  appCode: string;
  extensionId: string;
  widgetId: string;
  settings: Record<string, string>;
  position: number;
  createdAt: string;
}

export interface FormWidgetDraft {
  extensionId: string;
  widgetId: string;
  settings: Record<string, string>;
}

export class FormWidgetError extends Error {
  override readonly name = 'FormWidgetError';

  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

type PlacementRow = HostSchema['host_form_widgets'];

const toPlacement = (row: PlacementRow): FormWidgetPlacement => ({
  id: row.id,
  appCode: row.app_code,
  extensionId: row.extension_id,
  widgetId: row.widget_id,
  settings: JSON.parse(row.settings) as Record<string, string>,
  position: Number(row.position),
  createdAt: row.created_at,
});

export class FormWidgets {
  constructor(
    private readonly db: Kysely<HostSchema>,
    /** The company's apps (HostApps.listApps keeps field names and App fields' targets). */
    private readonly hostApps: Pick<HostApps, 'listApps'>,
    /** The installed extensions: their manifests declare the widgets. */
    private readonly manifests: readonly ExtensionManifest[],
    private readonly now: () => Date,
  ) {}

  async list(appCode: string): Promise<FormWidgetPlacement[]> {
    await this.appContext(appCode);
    const rows = await this.db.selectFrom('host_form_widgets').selectAll().where('app_code', '=', appCode).orderBy('position').orderBy('created_at').execute();
    return rows.map(toPlacement);
  }

  /** Places a widget last on the app's form. */
  async place(appCode: string, draft: FormWidgetDraft): Promise<FormWidgetPlacement> {
    const { app, apps } = await this.appContext(appCode);
    const widget = this.widget(draft.extensionId, draft.widgetId);
    if (!meetsRequirement(widget, app, apps)) {
      throw new FormWidgetError('form/widget-not-allowed', widget.requires?.message ?? `${widget.title} cannot be placed on ${app.name}.`, 400);
    }
    const settings = this.checked(widget, app, apps, draft.settings);
    return this.db.transaction().execute(async (tx) => {
      const last = await tx
        .selectFrom('host_form_widgets')
        .select((eb) => eb.fn.max('position').as('position'))
        .where('app_code', '=', appCode)
        .executeTakeFirst();
      const row: PlacementRow = {
        id: randomUUID(),
        app_code: appCode,
        extension_id: draft.extensionId,
        widget_id: draft.widgetId,
        settings: JSON.stringify(settings),
        position: last?.position === null || last?.position === undefined ? 0 : Number(last.position) + 1,
        created_at: this.now().toISOString(),
      };
      await tx.insertInto('host_form_widgets').values(row).execute();
      return toPlacement(row);
    });
  }

  async updateSettings(appCode: string, id: string, input: Record<string, string>): Promise<FormWidgetPlacement> {
    const { app, apps } = await this.appContext(appCode);
    const placement = await this.placement(appCode, id);
    const settings = this.checked(this.widget(placement.extensionId, placement.widgetId), app, apps, input);
    await this.db.updateTable('host_form_widgets').set({ settings: JSON.stringify(settings) }).where('id', '=', id).execute();
    return { ...placement, settings };
  }

  async remove(appCode: string, id: string): Promise<void> {
    await this.appContext(appCode);
    const result = await this.db.deleteFrom('host_form_widgets').where('app_code', '=', appCode).where('id', '=', id).executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) throw new FormWidgetError('form/placement-not-found', 'This widget is not on the form (any more).', 404);
  }

  /** The company's apps with their fields' names and App fields' targets. */
  apps(): Promise<FormApp[]> {
    return this.hostApps.listApps();
  }

  /** The app, and all the apps (for its App fields' targets); 404 `app/not-found`. */
  async appContext(appCode: string): Promise<{ app: FormApp; apps: FormApp[] }> {
    const apps = await this.apps();
    const app = apps.find((candidate) => candidate.code === appCode);
    if (!app) throw new FormWidgetError('app/not-found', `There is no app "${appCode}".`, 404);
    return { app, apps };
  }

  private async placement(appCode: string, id: string): Promise<FormWidgetPlacement> {
    const row = await this.db.selectFrom('host_form_widgets').selectAll().where('app_code', '=', appCode).where('id', '=', id).executeTakeFirst();
    if (!row) throw new FormWidgetError('form/placement-not-found', 'This widget is not on the form (any more).', 404);
    return toPlacement(row);
  }

  private widget(extensionId: string, widgetId: string): ManifestWidget {
    const manifest = this.manifests.find((candidate) => candidate.id === extensionId);
    const widget = manifest?.contributes.widgets?.find((candidate) => candidate.id === widgetId);
    if (!widget) throw new FormWidgetError('form/widget-not-found', `No installed extension offers the widget "${extensionId}/${widgetId}".`, 400);
    if (!widget.types.includes('form')) throw new FormWidgetError('form/widget-not-allowed', `${widget.title} is not a form widget.`, 400);
    return widget;
  }

  private checked(widget: ManifestWidget, app: FormApp, apps: FormApp[], input: Record<string, string>): Record<string, string> {
    const check = checkSettings(widget, app, apps, input);
    if (!check.ok) throw new FormWidgetError('form/invalid-settings', check.message, 400);
    return check.settings;
  }
}
