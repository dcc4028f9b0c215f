/**
 * The host's Apps screens: Apps in the left menu (the company's apps, their items, an item's
 * form with its widgets) and Administration › Apps (the form designer), with their elements.
 */
import type { ScreenRegistration } from '@elma365/sdk-types';
import type { MenuScreen } from '../shell-model';
import { AppItemPageElement } from './app-item-page.element';
import { AppItemsElement } from './app-items.element';
import { AppsPageElement } from './apps-page.element';
import { FormDesignerElement } from './form-designer.element';
import { APP_FORMS_SCREEN_ID, APPS_SCREEN_ID, FormWidgetHost, type AppsEnvironment } from './form-widget-host';
import { WidgetSettingsDialogElement } from './widget-settings-dialog.element';

export { AppItemPageElement, AppItemsElement, AppsPageElement, FormDesignerElement, WidgetSettingsDialogElement };

const elements: [string, CustomElementConstructor][] = [
  ['lc-apps-page', AppsPageElement],
  ['lc-app-items', AppItemsElement],
  ['lc-app-item-page', AppItemPageElement],
  ['lc-form-designer', FormDesignerElement],
  ['lc-widget-settings-dialog', WidgetSettingsDialogElement],
];
for (const [name, element] of elements) if (!customElements.get(name)) customElements.define(name, element);

declare global {
  interface HTMLElementTagNameMap {
    'lc-apps-page': AppsPageElement;
    'lc-app-items': AppItemsElement;
    'lc-app-item-page': AppItemPageElement;
    'lc-form-designer': FormDesignerElement;
    'lc-widget-settings-dialog': WidgetSettingsDialogElement;
  }
}

/** Apps, for every signed-in user, next to the workspaces. */
export const APPS_SCREEN: MenuScreen = { id: APPS_SCREEN_ID, title: 'Apps', location: 'workspace' };
/** Administration › Apps: the form designer, for administrators. */
export const APP_FORMS_SCREEN: MenuScreen = { id: APP_FORMS_SCREEN_ID, title: 'Apps', location: 'administration' };

/** The two screens for the signed-in user; they share one FormWidgetHost (the widgets bundles load once). */
export function appsScreens(env: AppsEnvironment): ScreenRegistration[] {
  const widgetHost = new FormWidgetHost(env);
  const screen = (id: string, tag: 'lc-apps-page' | 'lc-form-designer'): ScreenRegistration => ({
    id,
    mount(container, params) {
      const page = document.createElement(tag);
      page.widgetHost = widgetHost;
      page.params = params;
      container.append(page);
      return {
        update: (next) => void (page.params = next),
        dispose: () => page.remove(),
      };
    },
  });
  return [screen(APPS_SCREEN_ID, 'lc-apps-page'), screen(APP_FORMS_SCREEN_ID, 'lc-form-designer')];
}
