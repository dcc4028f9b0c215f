/**
 * Registers every contributed route with the host: validates the query and body with the
 * route's schemas, resolves the actor, and turns errors into `{error: {code, message}}` with the
 * status of their code. A request that fails validation changes nothing.
 */
import type { HostHttpRequest, HostHttpResponse } from '@elma365/sdk-types';
import { inject, injectable } from 'inversify';
import { z } from 'zod';
import type { ContributionProvider } from '../../common/contribution-provider';
import { DisposableCollection, type Disposable } from '../../common/disposable';
import { LiveChatsError } from '../../common/errors';
import { ActorService } from '../kernel/actor-service';
import { ApiContributionProvider } from '../kernel/contribution-providers';
import { HostHttp, HostLogger } from '../kernel/host-services';
import type { ApiContribution, ApiRoute } from './api-contribution';
import { httpStatusOf } from './error-status';

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

@injectable()
export class ApiRegistrar {
  constructor(
    @inject(HostHttp) private readonly http: HostHttp,
    @inject(HostLogger) private readonly logger: HostLogger,
    @inject(ActorService) private readonly actors: ActorService,
    @inject(ApiContributionProvider) private readonly contributions: ContributionProvider<ApiContribution>,
  ) {}

  /** Every route registered, as `METHOD path` (checked against manifest.json). */
  registeredRoutes(): string[] {
    return this.contributions.getContributions().flatMap((c) => c.routes().map((r) => `${r.method} ${r.path}`));
  }

  registerAll(): Disposable {
    const registrations = new DisposableCollection();
    this.contributions.forEach(
      (contribution) => {
        for (const route of contribution.routes()) {
          registrations.push(
            this.http.registerRoute({
              method: route.method,
              path: route.path,
              auth: 'user',
              ...(route.binary ? { body: 'binary', maxBytes: route.binary.maxBytes } : {}),
              handler: (request) => this.handle(route, request),
            }),
          );
        }
      },
      (error) => this.logger.error('an API contribution failed to register', { error: String(error) }),
    );
    return registrations;
  }

  private async handle(route: ApiRoute, request: HostHttpRequest): Promise<HostHttpResponse> {
    try {
      const user = request.user;
      if (!user) throw new LiveChatsError('auth/unauthenticated', 'Sign in first.');
      const query = this.parse(route.query ?? z.strictObject({}), request.query, 'query');
      const body = route.body ? this.parse(route.body, request.body, 'body') : undefined;
      const actor = await this.actors.actorFor(user);
      const result = await route.handle({ actor, user, params: request.params, query, body, headers: request.headers ?? {} });
      return { status: result.status ?? 200, body: result.body, file: result.file };
    } catch (error) {
      if (error instanceof LiveChatsError) {
        return { status: httpStatusOf(error.code), body: { error: error.toJSON() } };
      }
      this.logger.error('unexpected error in the Web API', { route: `${route.method} ${route.path}`, error: String(error), stack: (error as Error)?.stack });
      return { status: 500, body: { error: { code: 'internal/unexpected', message: 'Something went wrong on the server.' } } };
    }
  }

  private parse<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
    const result = schema.safeParse(value);
    if (!result.success) throw new LiveChatsError('request/invalid', `Invalid ${where}: ${describeIssues(result.error)}`);
    return result.data;
  }
}
