/** The Apps pages' and the form designer's calls on the host API (`/api/apps/…`, host/apps/app-routes.ts). */
import type { HostAppItem } from '@elma365/sdk-types';
import type { LinkedItem } from '../../apps/app-routes';
import type { FormApp } from '../../apps/form-widget-rules';
import type { FormWidgetDraft, FormWidgetPlacement } from '../../apps/form-widgets';
import { hostApi } from '../host-api';

export type { FormApp, FormWidgetPlacement, LinkedItem };

export interface OpenedItem {
  item: HostAppItem;
  /** The items the item's App fields point to, by field code. */
  linked: Record<string, LinkedItem[]>;
}

const app = (code: string) => `/api/apps/${encodeURIComponent(code)}`;
const placement = (code: string, id: string) => `${app(code)}/form/widgets/${encodeURIComponent(id)}`;

export const appsApi = {
  apps(): Promise<FormApp[]> {
    return hostApi.send('GET', '/api/apps');
  },
  items(code: string, search = ''): Promise<HostAppItem[]> {
    const query = new URLSearchParams({ limit: '100' });
    if (search.trim()) query.set('search', search.trim());
    return hostApi.send('GET', `${app(code)}/items?${query}`);
  },
  item(code: string, id: string): Promise<OpenedItem> {
    return hostApi.send('GET', `${app(code)}/items/${encodeURIComponent(id)}`);
  },
  async form(code: string): Promise<FormWidgetPlacement[]> {
    return (await hostApi.send<{ widgets: FormWidgetPlacement[] }>('GET', `${app(code)}/form`)).widgets;
  },
  place(code: string, draft: FormWidgetDraft): Promise<FormWidgetPlacement> {
    return hostApi.send('POST', `${app(code)}/form/widgets`, draft);
  },
  updateSettings(code: string, id: string, settings: Record<string, string>): Promise<FormWidgetPlacement> {
    return hostApi.send('PUT', placement(code, id), { settings });
  },
  remove(code: string, id: string): Promise<void> {
    return hostApi.send('DELETE', placement(code, id));
  },
};
