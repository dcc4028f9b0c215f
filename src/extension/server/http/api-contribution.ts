/** The ApiContribution point: each capability contributes its Web API routes. */
import type { HostUser, HttpMethod } from '@elma365/sdk-types';
import type { ServiceIdentifier } from 'inversify';
import type { z } from 'zod';
import type { Actor } from '../../common/access-policy';

export interface ApiRequest<Q, B> {
  actor: Actor;
  user: HostUser;
  params: Record<string, string>;
  query: Q;
  body: B;
}

export interface ApiResult {
  status?: number;
  body?: unknown;
}

export interface ApiRoute<Q = unknown, B = unknown> {
  method: HttpMethod;
  /** Relative to the manifest's api.basePath. */
  path: string;
  query?: z.ZodType<Q, Record<string, string | undefined>>;
  body?: z.ZodType<B>;
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
