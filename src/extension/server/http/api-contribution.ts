/** The ApiContribution point: each capability contributes its Web API routes. */
import type { HostHttpFile, HostUser, HttpMethod } from '@elma365/sdk-types';
import type { ServiceIdentifier } from 'inversify';
import type { z } from 'zod';
import type { Actor } from '../../common/access-policy';

export interface ApiRequest<Q, B> {
  actor: Actor;
  user: HostUser;
  params: Record<string, string>;
  query: Q;
  body: B;
  /** Request headers by lower-case name (an upload's `content-type`, `x-file-name`). */
  headers: Record<string, string | undefined>;
}

export interface ApiResult {
  status?: number;
  body?: unknown;
  /** A download or preview instead of a JSON body. */
  file?: HostHttpFile;
}

export interface ApiRoute<Q = unknown, B = unknown> {
  method: HttpMethod;
  /** Relative to the manifest's api.basePath. */
  path: string;
  query?: z.ZodType<Q, Record<string, string | undefined>>;
  body?: z.ZodType<B>;
  /** An upload: the body is the request's raw bytes (a Uint8Array), refused by the host beyond `maxBytes`. */
  binary?: { maxBytes: number };
  handle(request: ApiRequest<Q, B>): Promise<ApiResult>;
}

/** Keeps the route's query and body types tied to its schemas. */
export function route<Q = undefined, B = undefined>(definition: ApiRoute<Q, B>): ApiRoute {
  return definition as unknown as ApiRoute;
}

export interface ApiContribution {
  routes(): ApiRoute[];
}
export const ApiContribution: ServiceIdentifier<ApiContribution> = Symbol('ApiContribution');
