/**
 * A binary upload with progress: fetch cannot report how much of a request body has been sent,
 * XMLHttpRequest can. Resolves with the parsed JSON answer; rejects with an ApiError (the
 * server's, `network/unavailable`, or `upload/cancelled` when the signal aborts it).
 */
import { ApiError, apiErrorFromBody, networkUnavailable } from './api-error';

export interface UploadOptions {
  /** Called with 0…1 as the body goes out. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

export function uploadWithProgress<T>(url: string, body: Blob, headers: Record<string, string>, options: UploadOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const cancelled = () => reject(new ApiError('upload/cancelled', 'The upload was cancelled.', 0));
    if (options.signal?.aborted) return cancelled();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      let parsed: unknown;
      try {
        parsed = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        parsed = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(parsed as T);
      else reject(apiErrorFromBody(xhr.status, parsed));
    };
    xhr.onerror = () => reject(networkUnavailable());
    xhr.onabort = cancelled;
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}
