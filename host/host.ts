/**
 * The reference host: runs the Live Chats extension the way the platform does. Fastify serves
 * login, the directory, the shell page and bundles, and the extension's Web API and WebSocket
 * (dispatched to what the extension registered), the process designer's API, the apps and
 * their forms' widgets, and the user's #feed; the database, directory, realtime hub, clock,
 * logger, process engine, apps, notifications and files are the host services handed to
 * `activate(context)`.
 */
import websocket from '@fastify/websocket';
import type { Disposable, ExtensionContext, ExtensionManifest, HostClock, HttpMethod } from '@elma365/sdk-types';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { z } from 'zod';
import { registerAppRoutes } from './apps/app-routes';
import { FormWidgets } from './apps/form-widgets';
import { HostAppsImpl } from './apps/host-apps';
import { HostFilesImpl } from './files/host-files';
import { AuthService, clearedCookie, sessionCookie, tokenFrom } from './auth';
import { openDatabase, type OpenDatabase } from './database';
import { DirectoryImpl } from './directory';
import { type EntryForm, loadServerEntry, readManifest } from './extension-loader';
import { type HostSchema, migrateHost } from './host-schema';
import { httpError, readBytes, sendError, sendFile } from './http-errors';
import { createLogger, type LogLevel } from './logger';
import { NotificationsImpl } from './notifications/host-notifications';
import { registerNotificationRoutes } from './notifications/notification-routes';
import { SECURITY_HEADERS, shellPage } from './pages';
import { ProcessEngine, type ProcessEngineOptions } from './processes/process-engine';
import { registerProcessRoutes } from './processes/process-routes';
import { FRAME_MAX_BYTES, RealtimeHub } from './realtime-hub';
import { RouteTable } from './route-table';
import { isEmpty, seedDemoCompany } from './seed';

export interface HostOptions {
  /** The project root: where manifest.json and dist/ are. */
  root: string;
  port?: number;
  hostname?: string;
  dataDir: string;
  databaseUrl?: string;
  seed: 'demo' | 'none';
  demoPassword: string;
  entryForm: EntryForm;
  logLevel: LogLevel;
  /** The clock of every host service (tests freeze it); the system's by default. */
  now?: () => Date;
  /** IANA time zone of the company (HostClock.timezone); default: TZ, else the system's zone. */
  timezone?: string;
  /** Limits of the process engine's scripts (defaults: 1 s synchronous, 10 s per activity, 64 MB). */
  processes?: Pick<ProcessEngineOptions, 'syncTimeoutMs' | 'activityTimeoutMs' | 'scriptMemoryMb'>;
}

export interface RunningHost {
  url: string;
  manifest: ExtensionManifest;
  database: OpenDatabase;
  realtime: RealtimeHub;
  routes: RouteTable;
  processes: ProcessEngine;
  apps: HostAppsImpl;
  /** The widgets placed on the apps' item forms. */
  forms: FormWidgets;
  directory: DirectoryImpl;
  notifications: NotificationsImpl;
  files: HostFilesImpl;
  clock: HostClock;
  close(): Promise<void>;
}

export const BODY_LIMIT_BYTES = 256 * 1024;
/** Encodings an HTML form can send across sites: never accepted as an upload. */
const FORM_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data']);
const METHODS: HttpMethod[] = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];
const loginBody = z.strictObject({ login: z.string().min(1).max(100), password: z.string().min(1).max(200) });

const isTimezone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** The time zone to run in: the given one (which must be an IANA zone), else TZ if it is one, else the system's. */
export function resolveTimezone(timezone: string | undefined): string {
  if (timezone !== undefined) {
    if (!isTimezone(timezone)) throw new Error(`"${timezone}" is not an IANA time zone (e.g. Europe/Berlin)`);
    return timezone;
  }
  const fromEnv = process.env.TZ;
  return fromEnv && isTimezone(fromEnv) ? fromEnv : Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const now = options.now ?? (() => new Date());
  const clock: HostClock = { now, timezone: resolveTimezone(options.timezone) };
  const logger = createLogger(options.logLevel);
  const manifest = readManifest(options.root);
  const basePath = manifest.contributes.api?.basePath ?? `/api/extensions/${manifest.id}`;
  const database = openDatabase({
    dataDir: options.dataDir,
    databaseUrl: options.databaseUrl,
    onError: (error) => logger.warn('an idle database connection failed', { error: error.message }),
  });
  const hostDb = database.kysely as Kysely<HostSchema>;
  const disposables: Disposable[] = [];
  const app = Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: false,
    // Requests Fastify refuses before routing (a malformed URL, a bad header) get our error shape too.
    frameworkErrors: (error, _request, reply) => void sendError(reply, 400, 'request/invalid', error.message),
  });
  const realtime = new RealtimeHub(logger);
  try {
    await migrateHost(database.kysely, database.engine);
    const directory = new DirectoryImpl(hostDb);
    const auth = new AuthService(hostDb, directory, now);
    const routes = new RouteTable(basePath);
    const processes = new ProcessEngine({ db: hostDb, directory, logger, now, ...options.processes });
    disposables.push(processes);
    const apps = new HostAppsImpl(hostDb, now);
    const forms = new FormWidgets(hostDb, apps, [manifest], now);
    const notifications = new NotificationsImpl(hostDb, directory, now);
    const files = new HostFilesImpl(hostDb, now);
    const context: ExtensionContext = { manifest, database, directory, http: routes, realtime, clock, logger, processes, apps, notifications, files };
    disposables.push(await loadServerEntry(options.root, manifest, options.entryForm)(context));

    if (options.seed === 'demo' && (await isEmpty(hostDb))) {
      await seedDemoCompany(hostDb, {
        password: options.demoPassword,
        saveProcessTemplate: (template) => processes.saveTemplate(template),
        placeWidget: (appCode, widgetId, settings) =>
          manifest.contributes.widgets?.some((widget) => widget.id === widgetId) ? forms.place(appCode, { extensionId: manifest.id, widgetId, settings }) : undefined,
        now: now(),
        loadUser: (id) => directory.getUser(id),
        createLine: (admin, body) => {
          const { route } = routes.match('POST', '/lines');
          if (!route) throw new Error('the extension registered no POST /lines');
          return route.handler({ method: 'POST', params: {}, query: {}, body, user: admin });
        },
      });
    }

    app.removeContentTypeParser('text/plain');
    // Any other content type is read as bytes, only for the extension's `binary` routes and up to
    // their limit; everything else takes JSON only, so a cross-site form cannot post.
    app.addContentTypeParser('*', (request, payload, done) => {
      const path = request.url.split('?')[0];
      const { route } = path.startsWith(`${basePath}/`) ? routes.match(request.method as HttpMethod, path.slice(basePath.length)) : { route: undefined };
      const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
      if (route?.body !== 'binary' || FORM_TYPES.has(type)) return done(httpError(415, 'Send JSON with Content-Type: application/json.'), undefined);
      readBytes(payload, route.maxBytes ?? BODY_LIMIT_BYTES, request.headers['content-length']).then(
        (bytes) => done(null, bytes),
        (error: Error) => done(error, undefined),
      );
    });
    app.setErrorHandler((error: { statusCode?: number; code?: string; message: string }, _request, reply) => {
      const status = error.statusCode ?? 500;
      if (status === 413) return sendError(reply, 413, 'request/too-large', error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? `The request body is larger than ${BODY_LIMIT_BYTES} bytes.` : error.message);
      if (status === 415) return sendError(reply, 415, 'request/invalid', error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? 'Send JSON with Content-Type: application/json.' : error.message);
      if (status < 500) return sendError(reply, status, 'request/invalid', error.message);
      logger.error('unexpected host error', { error: error.message });
      return sendError(reply, 500, 'internal/unexpected', 'Something went wrong on the server.');
    });
    app.setNotFoundHandler((_request, reply) => sendError(reply, 404, 'request/not-found', 'There is nothing here.'));
    app.addHook('onSend', async (_request, reply) => {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        // A file body keeps its own, stricter policy.
        if (!reply.hasHeader(name)) reply.header(name, value);
      }
    });

    const userOf = (request: FastifyRequest) => auth.userForToken(tokenFrom(request.headers));

    app.post('/api/auth/login', async (request, reply) => {
      const parsed = loginBody.safeParse(request.body);
      if (!parsed.success) return sendError(reply, 400, 'request/invalid', 'Send {login, password}.');
      const session = await auth.login(parsed.data.login, parsed.data.password);
      if (!session.ok && session.reason === 'locked') return sendError(reply, 401, 'auth/locked', 'Your account is locked. Ask an administrator to unlock it.');
      if (!session.ok) return sendError(reply, 401, 'auth/invalid-credentials', 'Wrong login or password.');
      reply.header('set-cookie', sessionCookie(session.token, request.protocol === 'https'));
      return { token: session.token, user: session.user };
    });
    app.post('/api/auth/logout', async (request, reply) => {
      await auth.logout(tokenFrom(request.headers));
      reply.header('set-cookie', clearedCookie());
      return reply.code(204).send();
    });
    app.get('/api/auth/me', async (request, reply) => {
      const user = await userOf(request);
      if (!user) return sendError(reply, 401, 'auth/unauthenticated', 'Sign in first.');
      return { user, isAdministrator: await directory.isAdministrator(user) };
    });
    const signedIn = async (request: FastifyRequest, reply: FastifyReply) => {
      if (!(await userOf(request))) return sendError(reply, 401, 'auth/unauthenticated', 'Sign in first.');
    };
    app.get('/api/directory/groups', { preHandler: signedIn }, async () => directory.listGroups());
    app.get('/api/directory/users', { preHandler: signedIn }, async () => directory.listUsers());
    app.get('/api/host/extensions', { preHandler: signedIn }, async () => [
      {
        manifest,
        workspaceUrl: manifest.entries.workspace ? `/extensions/${manifest.id}/workspace.js` : undefined,
        widgetsUrl: manifest.entries.widgets ? `/extensions/${manifest.id}/widgets.js` : undefined,
      },
    ]);
    registerProcessRoutes(app, { engine: processes, directory, userOf });
    registerAppRoutes(app, { apps, forms, directory, userOf });
    registerNotificationRoutes(app, { notifications, userOf });

    await app.register(websocket, { options: { maxPayload: FRAME_MAX_BYTES } });
    app.get(`${basePath}/ws`, { websocket: true }, (socket, request) => {
      // Frames that arrive while the user is looked up are held, then replayed in order.
      const early: [Buffer, boolean][] = [];
      const hold = (raw: Buffer, isBinary: boolean) => early.push([raw, isBinary]);
      socket.on('message', hold);
      void (async () => {
        const origin = request.headers.origin;
        if (origin && new URL(origin).host !== request.headers.host) return socket.close(4403, 'cross-origin');
        const user = await userOf(request);
        if (!user) return socket.close(4401, 'sign in first');
        socket.off('message', hold);
        realtime.accept(socket, user);
        for (const [raw, isBinary] of early) socket.emit('message', raw, isBinary);
      })().catch((error: unknown) => {
        logger.error('websocket accept failed', { error: String(error) });
        socket.close(1011, 'server error');
      });
    });

    app.route({
      method: METHODS,
      url: `${basePath}/*`,
      handler: async (request, reply) => {
        const path = (request.params as { '*': string })['*'];
        const { route, params, allowed } = routes.match(request.method as HttpMethod, `/${path}`);
        if (!route) {
          if (allowed.length) return sendError(reply.header('allow', allowed.join(', ')), 405, 'request/method-not-allowed', `Use ${allowed.join(' or ')}.`);
          return sendError(reply, 404, 'request/not-found', 'There is no such API resource.');
        }
        const user = await userOf(request);
        if (route.auth === 'user' && !user) return sendError(reply, 401, 'auth/unauthenticated', 'Sign in first.');
        const query = Object.fromEntries(Object.entries(request.query as Record<string, unknown>).map(([k, v]) => [k, typeof v === 'string' ? v : String(v)]));
        if (route.body !== 'binary' && request.body instanceof Buffer) return sendError(reply, 415, 'request/invalid', 'Send JSON with Content-Type: application/json.');
        if (route.body === 'binary' && !(request.body instanceof Buffer)) return sendError(reply, 415, 'request/invalid', 'Send the file\'s bytes with its own Content-Type.');
        const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]));
        const response = await route.handler({ method: route.method, params, query, body: request.body, headers, user });
        reply.code(response.status);
        if (response.file) return sendFile(reply, response.file);
        return response.body === undefined ? reply.send() : reply.send(response.body);
      },
    });

    app.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').send(shellPage(manifest.name)));
    const serveFile = async (reply: FastifyReply, dir: string, file: string) => {
      const full = normalize(join(dir, file));
      if (!full.startsWith(normalize(dir))) return sendError(reply, 404, 'request/not-found', 'There is nothing here.');
      try {
        const body = await readFile(full);
        return reply.type(file.endsWith('.map') ? 'application/json' : 'text/javascript; charset=utf-8').header('cache-control', 'no-cache').send(body);
      } catch {
        return sendError(reply, 404, 'request/not-found', `${file} is not built: run npm run build.`);
      }
    };
    app.get('/assets/:file', async (request, reply) => serveFile(reply, join(options.root, 'dist/host/assets'), (request.params as { file: string }).file));
    app.get(`/extensions/${manifest.id}/:file`, async (request, reply) => {
      const file = (request.params as { file: string }).file;
      // The browser entries: the workspace's screens and the widgets placed on app forms.
      const match = /^(workspace|widgets)\.js(\.map)?$/.exec(file);
      const output = match ? manifest.entries[match[1] as 'workspace' | 'widgets']?.output : undefined;
      if (!match || !output) return sendError(reply, 404, 'request/not-found', 'There is nothing here.');
      return serveFile(reply, join(options.root, output, '..'), file.replace(match[1], output.split('/').pop()!.replace(/\.js$/, '')));
    });

    await app.listen({ port: options.port ?? 0, host: options.hostname ?? '127.0.0.1' });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    const url = `http://${options.hostname && options.hostname !== '0.0.0.0' ? options.hostname : '127.0.0.1'}:${port}`;
    return {
      url,
      manifest,
      database,
      realtime,
      routes,
      processes,
      apps,
      forms,
      directory,
      notifications,
      files,
      clock,
      close: async () => {
        realtime.closeAll();
        await app.close();
        for (const disposable of disposables.reverse()) disposable.dispose();
        await database.close();
      },
    };
  } catch (error) {
    await app.close().catch(() => undefined);
    await database.close().catch(() => undefined);
    throw error;
  }
}
