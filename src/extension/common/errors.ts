/**
 * The one error type of the extension. Every failure carries a string code namespaced by area;
 * the Web API maps codes to HTTP statuses in one place (server/http/error-status.ts).
 */
export type LiveChatsErrorCode =
  | 'request/invalid'
  | 'request/too-large'
  | 'auth/unauthenticated'
  | 'auth/forbidden'
  | 'line/not-found'
  | 'line/invalid-groups'
  | 'line/invalid-apps'
  | 'template/invalid'
  | 'routing/invalid-condition'
  | 'routing/invalid-rule'
  | 'routing/rule-not-found'
  | 'operator/offline'
  | 'operator/at-capacity'
  | 'operator/not-an-operator'
  | 'process/binding-invalid'
  | 'apps/not-found'
  | 'apps/no-account-field'
  | 'apps/item-not-found'
  | 'binding/not-configured'
  | 'session/not-found'
  | 'session/not-waiting'
  | 'session/invalid-transition'
  | 'session/closed'
  | 'message/invalid'
  | 'params/invalid-definition'
  | 'params/invalid-value'
  | 'realtime/unknown-topic'
  | 'internal/unexpected';

export class LiveChatsError extends Error {
  override readonly name = 'LiveChatsError';

  constructor(
    readonly code: LiveChatsErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  toJSON(): { code: LiveChatsErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}

export function isLiveChatsError(error: unknown, code?: LiveChatsErrorCode): error is LiveChatsError {
  return error instanceof LiveChatsError && (code === undefined || error.code === code);
}
