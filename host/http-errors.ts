/** The host API's error answers, `{error: {code, message}}`, shared by its routes, and its byte bodies. */
import type { HostHttpFile } from '@elma365/sdk-types';
import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import type { z } from 'zod';

export const sendError = (reply: FastifyReply, status: number, code: string, message: string, details?: Record<string, unknown>): FastifyReply =>
  reply.code(status).send({ error: { code, message, ...details } });

/** A schema's refusal in words: `path: problem; …`. */
export const problemsOf = (error: z.ZodError): string =>
  error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message)).join('; ');

/** An error Fastify's error handler answers with `status`. */
export const httpError = (status: number, message: string): Error & { statusCode: number } => Object.assign(new Error(message), { statusCode: status });

/** Reads a request body up to `limit` bytes; a declared or actual larger body fails with 413. */
export function readBytes(payload: NodeJS.ReadableStream, limit: number, declared: string | undefined): Promise<Buffer> {
  const tooLarge = () => httpError(413, `The file is larger than ${limit} bytes.`);
  if (declared !== undefined && Number(declared) > limit) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    payload.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        payload.removeAllListeners('data');
        payload.resume();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    payload.on('end', () => resolve(Buffer.concat(chunks)));
    payload.on('error', reject);
  });
}

/** RFC 6266 Content-Disposition with an ASCII fallback and the UTF-8 name. */
function disposition(file: HostHttpFile): string {
  const kind = file.inline ? 'inline' : 'attachment';
  if (!file.fileName) return kind;
  const ascii = file.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`;
}

/** Sends a file body: bytes at once, or chunks as they are produced. Files never run as pages. */
export function sendFile(reply: FastifyReply, file: HostHttpFile): FastifyReply {
  reply
    .type(file.contentType)
    .header('content-disposition', disposition(file))
    .header('content-security-policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox")
    .header('cache-control', 'private, no-cache');
  if (file.size !== undefined) reply.header('content-length', String(file.size));
  if (file.data instanceof Uint8Array) return reply.send(Buffer.from(file.data.buffer, file.data.byteOffset, file.data.byteLength));
  return reply.send(Readable.from(file.data));
}
