/**
 * The host API behind the process designer page, `/api/processes/…`: templates, their scripts,
 * manual starts and recent instances. Signed-in administrators only; bodies and queries are
 * checked with zod; errors are `{error: {code, message}}`.
 */
import type { HostDirectory, HostUser } from '@elma365/sdk-types';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { problemsOf, sendError } from '../http-errors';
import type { ProcessEngine } from './process-engine';
import { httpStatusOf, ProcessError } from './process-errors';
import { MAX_SCRIPT_LENGTH } from './process-template';

export interface ProcessRoutesOptions {
  engine: ProcessEngine;
  directory: Pick<HostDirectory, 'isAdministrator'>;
  userOf(request: FastifyRequest): Promise<HostUser | undefined>;
}

const scriptBody = z.strictObject({ script: z.string().max(MAX_SCRIPT_LENGTH) });
const runBody = z.strictObject({
  inputs: z.record(z.string(), z.unknown()).default({}),
  /** Lets a form that is sent twice (a double click, a retry) start one instance. */
  idempotencyKey: z.string().min(1).max(100).optional(),
});
const instancesQuery = z.strictObject({
  template: z.string().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
const codeParams = z.strictObject({ code: z.string().min(1).max(100) });

export function registerProcessRoutes(app: FastifyInstance, options: ProcessRoutesOptions): void {
  const { engine } = options;

  /** The signed-in administrator, or undefined once an error has been sent. */
  const administrator = async (request: FastifyRequest, reply: FastifyReply): Promise<HostUser | undefined> => {
    const user = await options.userOf(request);
    if (!user) {
      sendError(reply, 401, 'auth/unauthenticated', 'Sign in first.');
      return undefined;
    }
    if (!(await options.directory.isAdministrator(user))) {
      sendError(reply, 403, 'auth/forbidden', 'Only administrators may design and start processes here.');
      return undefined;
    }
    return user;
  };

  /** Runs a handler for an administrator with parsed input; maps engine errors to statuses. */
  const handle =
    <T>(parse: (request: FastifyRequest) => z.ZodSafeParseResult<T>, body: (input: T, user: HostUser, reply: FastifyReply) => Promise<unknown>) =>
    async (request: FastifyRequest, reply: FastifyReply): Promise<unknown> => {
      const user = await administrator(request, reply);
      if (!user) return reply;
      const parsed = parse(request);
      if (!parsed.success) return sendError(reply, 400, 'request/invalid', problemsOf(parsed.error));
      try {
        return await body(parsed.data, user, reply);
      } catch (error) {
        if (error instanceof ProcessError) {
          const { code: _code, message: _message, ...details } = error.toJSON();
          return sendError(reply, httpStatusOf(error), error.code, error.message, details);
        }
        throw error;
      }
    };

  app.get(
    '/api/processes/templates',
    handle(
      (request) => z.strictObject({}).safeParse(request.query ?? {}),
      () => engine.listTemplates(),
    ),
  );

  app.get(
    '/api/processes/templates/:code',
    handle(
      (request) => codeParams.safeParse(request.params),
      async ({ code }) => {
        const template = await engine.getTemplate(code);
        if (!template) throw new ProcessError('process/template-not-found', `There is no process template "${code}".`);
        return template;
      },
    ),
  );

  app.put(
    '/api/processes/templates/:code/script',
    handle(
      (request) => z.object({ params: codeParams, body: scriptBody }).safeParse({ params: request.params, body: request.body ?? {} }),
      ({ params, body }) => engine.saveScript(params.code, body.script),
    ),
  );

  app.post(
    '/api/processes/templates/:code/run',
    handle(
      (request) => z.object({ params: codeParams, body: runBody }).safeParse({ params: request.params, body: request.body ?? {} }),
      async ({ params, body }, user, reply) => {
        // Keys are the caller's own: another user's key never finds this user's instance.
        const idempotencyKey = body.idempotencyKey === undefined ? undefined : `manual:${user.id}:${body.idempotencyKey}`;
        const instance = await engine.run(params.code, body.inputs, { initiatorId: user.id, idempotencyKey });
        return reply.code(201).send(instance);
      },
    ),
  );

  app.get(
    '/api/processes/instances',
    handle(
      (request) => instancesQuery.safeParse(request.query),
      ({ template, limit }) => engine.listInstances({ templateCode: template, limit }),
    ),
  );
}
