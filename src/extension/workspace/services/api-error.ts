/**
 * The error every Web API call rejects with: the server's `{error: {code, message}}`, or a
 * `network/…` code when the server could not be reached. The message is meant for the user.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly code: string,
    message: string,
    /** HTTP status; 0 when no response arrived. */
    readonly status: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** Whether sending the same request again may succeed (no response, or a server-side failure). */
  get retryable(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }

  toJSON(): { code: string; message: string } {
    return { code: this.code, message: this.message };
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

/** The failure of a call that got no response: the server could not be reached. */
export function networkUnavailable(cause?: unknown): ApiError {
  return new ApiError('network/unavailable', 'Cannot reach the server. Check your connection and try again.', 0, cause === undefined ? undefined : { cause });
}

/** A message to show for any failure, preferring the server's own words. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Please try again.';
}

const statusMessage = (status: number): string => `The server answered with status ${status}.`;

/** Whether the server gave no words of its own (the message only names the status). */
export function hasNoServerMessage(error: ApiError): boolean {
  return error.message === '' || error.message === statusMessage(error.status);
}

/** Reads an error response body into an ApiError. */
export function apiErrorFromBody(status: number, body: unknown): ApiError {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  const code = typeof error?.code === 'string' ? error.code : `http/${status}`;
  const message = typeof error?.message === 'string' && error.message.length > 0 ? error.message : statusMessage(status);
  return new ApiError(code, message, status);
}
