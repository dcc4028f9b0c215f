/**
 * The host API behind the Apps pages and the form designer, `/api/apps/…`: the company's apps
 * with their fields, their items (list with search, one item with the items its App fields point
 * to), and the widgets placed on each app's item form. Reading: any signed-in user; changing a
 * form: administrators only. Bodies and queries are checked with zod; errors are `{error: {code, message}}`.
 */
import { FieldType, type HostAppInfo, type HostAppItem, type HostDirectory, type HostUser } from '@elma365/sdk-types';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { problemsOf, sendError } from '../http-errors';
import { FormWidgetError, type FormWidgets } from './form-widgets';
import { targetOf } from './form-widget-rules';
import type { HostAppsImpl } from './host-apps';

export interface AppRoutesOptions {
  apps: HostAppsImpl;
  forms: FormWidgets;
  directory: Pick<HostDirectory, 'isAdministrator'>;
  userOf(request: FastifyRequest): Promise<HostUser | undefined>;
}

/** An item the form links to through an App field. */
export interface LinkedItem {
  appCode: string;
  id: string;
  name: string;
}

const code = z.string().min(1).max(100);
const appParams = z.strictObject({ code });
const itemParams = z.strictObject({ code, id: z.string().min(1).max(64) });
const placementParams = z.strictObject({ code, id: z.string().min(1).max(64) });
const itemsQuery = z.strictObject({ search: z.string().max(200).optional(), limit: z.coerce.number().int().min(1).max(100).default(50) });
const settings = z.record(z.string().max(100), z.string().max(300)).refine((value) => Object.keys(value).length <= 50, 'at most 50 settings');
const placeBody = z.strictObject({ extensionId: code, widgetId: code, settings: settings.default({}) });
const settingsBody = z.strictObject({ settings });

type Parsed<T> = z.ZodSafeParseResult<T>;

/** The ids an App field's value names: refs `{namespace, code, id}` (the SDK's), or bare ids as the Web API writes them; one or many. */
export function refIds(value: unknown): string[] {
  const ids = (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]).map((entry: unknown) =>
    typeof entry === 'string' ? entry : typeof entry === 'object' && entry !== null && typeof (entry as { id?: unknown }).id === 'string' ? (entry as { id: string }).id : undefined,
  );
  return [...new Set(ids.filter((id): id is string => id !== undefined && id !== ''))];
}

export function registerAppRoutes(app: FastifyInstance, options: AppRoutesOptions): void {
  const { apps, forms } = options;

  /** Runs a handler for a signed-in user (an administrator when `admin`) with parsed input. */
  const handle =
    <T>(admin: boolean, parse: (request: FastifyRequest) => Parsed<T>, body: (input: T, reply: FastifyReply) => Promise<unknown>) =>
    async (request: FastifyRequest, reply: FastifyReply): Promise<unknown> => {
      const user = await options.userOf(request);
      if (!user) return sendError(reply, 401, 'auth/unauthenticated', 'Sign in first.');
      if (admin && !(await options.directory.isAdministrator(user))) {
        return sendError(reply, 403, 'auth/forbidden', 'Only administrators may change app forms.');
      }
      const parsed = parse(request);
      if (!parsed.success) return sendError(reply, 400, 'request/invalid', problemsOf(parsed.error));
      try {
        return await body(parsed.data, reply);
      } catch (error) {
        if (error instanceof FormWidgetError) return sendError(reply, error.status, error.code, error.message);
        throw error;
      }
    };

  /** The items an item's App fields point to, by field code (names for the form's links). */
  const linkedItems = async ({ app, apps: all }: { app: HostAppInfo; apps: HostAppInfo[] }, item: HostAppItem): Promise<Record<string, LinkedItem[]>> => {
    const linked: Record<string, LinkedItem[]> = {};
    for (const field of app.fields.filter((candidate) => candidate.type === FieldType.SYS_COLLECTION)) {
      const target = targetOf(field, all);
      const ids = refIds(item.data[field.code]);
      if (!target || ids.length === 0) continue;
      const found = new Map((await apps.getItems(target.code, ids)).map((linkedItem) => [linkedItem.id, linkedItem]));
      linked[field.code] = ids.flatMap((id) => (found.has(id) ? [{ appCode: target.code, id, name: found.get(id)!.name }] : []));
    }
    return linked;
  };

  app.get(
    '/api/apps',
    handle(
      false,
      (request) => z.strictObject({}).safeParse(request.query ?? {}),
      () => forms.apps(),
    ),
  );

  app.get(
    '/api/apps/:code',
    handle(
      false,
      (request) => appParams.safeParse(request.params),
      async ({ code: appCode }) => (await forms.appContext(appCode)).app,
    ),
  );

  app.get(
    '/api/apps/:code/items',
    handle(
      false,
      (request) => z.object({ params: appParams, query: itemsQuery }).safeParse({ params: request.params, query: request.query ?? {} }),
      async ({ params, query }) => {
        await forms.appContext(params.code);
        return apps.searchItems(params.code, query.search, query.limit);
      },
    ),
  );

  app.get(
    '/api/apps/:code/items/:id',
    handle(
      false,
      (request) => itemParams.safeParse(request.params),
      async ({ code: appCode, id }) => {
        const context = await forms.appContext(appCode);
        const item = await apps.getItem(appCode, id);
        if (!item) throw new FormWidgetError('app/item-not-found', 'There is no such item in this app.', 404);
        return { item, linked: await linkedItems(context, item) };
      },
    ),
  );

  app.get(
    '/api/apps/:code/form',
    handle(
      false,
      (request) => appParams.safeParse(request.params),
      async ({ code: appCode }) => ({ widgets: await forms.list(appCode) }),
    ),
  );

  app.post(
    '/api/apps/:code/form/widgets',
    handle(
      true,
      (request) => z.object({ params: appParams, body: placeBody }).safeParse({ params: request.params, body: request.body ?? {} }),
      async ({ params, body }, reply) => reply.code(201).send(await forms.place(params.code, body)),
    ),
  );

  app.put(
    '/api/apps/:code/form/widgets/:id',
    handle(
      true,
      (request) => z.object({ params: placementParams, body: settingsBody }).safeParse({ params: request.params, body: request.body ?? {} }),
      ({ params, body }) => forms.updateSettings(params.code, params.id, body.settings),
    ),
  );

  app.delete(
    '/api/apps/:code/form/widgets/:id',
    handle(
      true,
      (request) => placementParams.safeParse(request.params),
      async ({ code: appCode, id }, reply) => {
        await forms.remove(appCode, id);
        return reply.code(204).send();
      },
    ),
  );
}
