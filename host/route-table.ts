/** HostHttp: routes the extension registers (and may unregister) under its API base path. */
import type { Disposable, HostHttp, HostRoute, HttpMethod } from '@elma365/sdk-types';

interface Entry {
  route: HostRoute;
  pattern: RegExp;
  names: string[];
}

export class RouteTable implements HostHttp {
  private readonly entries: Entry[] = [];

  constructor(readonly basePath: string) {}

  registerRoute(route: HostRoute): Disposable {
    const names: string[] = [];
    const source = route.path
      .split('/')
      .map((part) => {
        if (!part.startsWith(':')) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(part.slice(1));
        return '([^/]+)';
      })
      .join('/');
    const entry: Entry = { route, pattern: new RegExp(`^${source}$`), names };
    this.entries.push(entry);
    return { dispose: () => this.entries.splice(this.entries.indexOf(entry), 1) };
  }

  /** The route for a path below the base path; `allowed` lists the methods the path has otherwise. */
  match(method: HttpMethod, path: string): { route?: HostRoute; params: Record<string, string>; allowed: HttpMethod[] } {
    const allowed: HttpMethod[] = [];
    for (const entry of this.entries) {
      const found = entry.pattern.exec(path);
      if (!found) continue;
      if (entry.route.method !== method) {
        allowed.push(entry.route.method);
        continue;
      }
      const params: Record<string, string> = {};
      entry.names.forEach((name, i) => (params[name] = decodeURIComponent(found[i + 1])));
      return { route: entry.route, params, allowed };
    }
    return { params: {}, allowed };
  }

  get routes(): string[] {
    return this.entries.map((entry) => `${entry.route.method} ${entry.route.path}`);
  }
}
