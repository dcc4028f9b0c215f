/**
 * The signed-in user's #feed, `/api/notifications`: GET their latest notices with the unread
 * count, POST `/read` to mark some (`{ids}`) or all (`{}`) read. Bodies and queries are checked
 * with zod; errors are `{error: {code, message}}`.
 */
import type { HostUser } from '@elma365/sdk-types';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { problemsOf, sendError } from '../http-errors';
import type { NotificationsImpl } from './host-notifications';

export interface NotificationRoutesOptions {
  notifications: NotificationsImpl;
  userOf(request: FastifyRequest): Promise<HostUser | undefined>;
}

const feedQuery = z.strictObject({});
const readBody = z.strictObject({ ids: z.array(z.string().min(1).max(64)).max(200).optional() });

export function registerNotificationRoutes(app: FastifyInstance, options: NotificationRoutesOptions): void {
  const { notifications } = options;

  app.get('/api/notifications', async (request, reply) => {
    const user = await options.userOf(request);
    if (!user) return sendError(reply, 401, 'auth/unauthenticated', 'Sign in first.');
    const query = feedQuery.safeParse(request.query ?? {});
    if (!query.success) return sendError(reply, 400, 'request/invalid', problemsOf(query.error));
    return notifications.feed(user.id);
  });

  app.post('/api/notifications/read', async (request, reply) => {
    const user = await options.userOf(request);
    if (!user) return sendError(reply, 401, 'auth/unauthenticated', 'Sign in first.');
    const body = readBody.safeParse(request.body ?? {});
    if (!body.success) return sendError(reply, 400, 'request/invalid', `Send {} to mark everything read, or {ids}: ${problemsOf(body.error)}`);
    return { unread: await notifications.markRead(user.id, body.data.ids) };
  });
}
