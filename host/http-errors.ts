/** The host API's error answers, `{error: {code, message}}`, shared by its routes. */
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';

export const sendError = (reply: FastifyReply, status: number, code: string, message: string, details?: Record<string, unknown>): FastifyReply =>
  reply.code(status).send({ error: { code, message, ...details } });

/** A schema's refusal in words: `path: problem; …`. */
export const problemsOf = (error: z.ZodError): string =>
  error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message)).join('; ');
