/** The process designer's calls on the host API (`/api/processes/…`, host/processes/process-routes.ts). */
import type { HostUser, ProcessInstanceInfo, ProcessTemplateInfo } from '@elma365/sdk-types';
import { hostApi } from '../host-api';

export interface TemplateView extends ProcessTemplateInfo {
  updatedAt: string;
}

const template = (code: string) => `/api/processes/templates/${encodeURIComponent(code)}`;

export const processesApi = {
  templates(): Promise<TemplateView[]> {
    return hostApi.send('GET', '/api/processes/templates');
  },
  template(code: string): Promise<TemplateView> {
    return hostApi.send('GET', template(code));
  },
  saveScript(code: string, script: string): Promise<TemplateView> {
    return hostApi.send('PUT', `${template(code)}/script`, { script });
  },
  run(code: string, inputs: Record<string, unknown>, idempotencyKey: string): Promise<ProcessInstanceInfo> {
    return hostApi.send('POST', `${template(code)}/run`, { inputs, idempotencyKey });
  },
  instances(filter: { template?: string; limit?: number } = {}): Promise<ProcessInstanceInfo[]> {
    const query = new URLSearchParams();
    if (filter.template) query.set('template', filter.template);
    if (filter.limit) query.set('limit', String(filter.limit));
    return hostApi.send('GET', `/api/processes/instances${query.size ? `?${query}` : ''}`);
  },
  /** For initiators' names and the User fields of the Run form. */
  users(): Promise<HostUser[]> {
    return hostApi.users();
  },
};
