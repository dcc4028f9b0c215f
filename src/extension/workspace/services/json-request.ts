/**
 * One JSON call to the Web API with the host's session cookie: the parsed body, or an ApiError
 * (the server's own words, or `network/unavailable`). Free of the API schemas, so that small
 * bundles (the Live Chat Messages widget) can use it without the schema library.
 */
import { apiErrorFromBody, networkUnavailable } from './api-error';

export async function jsonRequest<T>(fetchImpl: typeof fetch, method: string, url: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const init: RequestInit = { method, credentials: 'same-origin', headers: { accept: 'application/json' }, signal };
  if (body !== undefined) {
    init.headers = { ...init.headers, 'content-type': 'application/json' };
    init.body = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetchImpl(url, init);
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw networkUnavailable(cause);
  }
  const text = await response.text().catch(() => '');
  let parsed: unknown;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
  }
  if (!response.ok) throw apiErrorFromBody(response.status, parsed);
  return parsed as T;
}
