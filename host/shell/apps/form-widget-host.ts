/**
 * The browser half of form widgets: which installed extension offers which widget, the lazy
 * import of an extension's widgets bundle (once, the first time a form needs it), and the
 * WidgetContext a placed widget gets as its Input binding: the item, the placement's settings,
 * the user and the extension's endpoints. Nothing goes through globals.
 */
import type { HostAppItem, ManifestWidget, WidgetContext } from '@elma365/sdk-types';
import type { FormApp } from '../../apps/form-widget-rules';
import { extensionEndpoints } from '../extension-host';
import { hostApi, type InstalledExtension, type Me } from '../host-api';

/** What the Apps screens get from the shell. */
export interface AppsEnvironment {
  me: Me;
  navigate(screenId: string, params: Record<string, string>): void;
}

export interface OfferedWidget {
  extension: InstalledExtension;
  widget: ManifestWidget;
}

export class FormWidgetHost {
  private installed?: Promise<InstalledExtension[]>;
  private readonly bundles = new Map<string, Promise<void>>();

  constructor(readonly env: AppsEnvironment) {}

  /** Every form widget the installed extensions declare, in their manifests' order. */
  async offered(): Promise<OfferedWidget[]> {
    this.installed ??= hostApi.extensions().catch((error: unknown) => {
      this.installed = undefined;
      throw error;
    });
    const extensions = await this.installed;
    return extensions.flatMap((extension) =>
      (extension.manifest.contributes.widgets ?? []).filter((widget) => widget.types.includes('form')).map((widget) => ({ extension, widget })),
    );
  }

  /** The widget a placement names, when its extension is still installed. */
  async find(extensionId: string, widgetId: string): Promise<OfferedWidget | undefined> {
    return (await this.offered()).find((offer) => offer.extension.manifest.id === extensionId && offer.widget.id === widgetId);
  }

  /** Imports the extension's widgets bundle, which defines its elements; once per extension. */
  load(extension: InstalledExtension): Promise<void> {
    const url = extension.widgetsUrl;
    if (!url) return Promise.resolve();
    let loading = this.bundles.get(url);
    if (!loading) {
      loading = import(/* webpackIgnore: true */ url).then(() => undefined);
      // A failed import is tried again the next time a form needs it.
      loading.catch(() => this.bundles.delete(url));
      this.bundles.set(url, loading);
    }
    return loading;
  }

  /** The Input binding of a widget placed on the form of `app` showing `item`. */
  context(extension: InstalledExtension, app: FormApp, item: HostAppItem, settings: Readonly<Record<string, string>>): WidgetContext {
    const { me, navigate } = this.env;
    return {
      manifest: extension.manifest,
      currentUser: me.user,
      isAdministrator: me.isAdministrator,
      ...extensionEndpoints(extension.manifest),
      app,
      item,
      settings: { ...settings },
      navigate: (screenId, params = {}) => navigate(screenId, params),
    };
  }
}

/** The host's screens: the Apps pages (everyone) and Administration › Apps (the form designer). */
export const APPS_SCREEN_ID = 'host.apps';
export const APP_FORMS_SCREEN_ID = 'host.app-forms';
