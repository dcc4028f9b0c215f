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
  | 'queue/empty'
  | 'message/invalid'
  | 'attachment/invalid'
  | 'attachment/not-found'
  | 'attachment/too-large'
  | 'attachment/type-not-allowed'
  | 'attachment/not-a-file-field'
  | 'message/not-found'
  | 'message/edit-expired'
  | 'params/invalid-definition'
  | 'params/invalid-value'
  | 'realtime/unknown-topic'
  | 'response-templates/invalid-template'
  | 'response-templates/invalid-import'
  | 'response-templates/article-not-found'
  | 'response-templates/folder-not-found'
  | 'response-templates/template-not-found'
  | 'response-templates/folder-not-empty'
  | 'response-templates/default-folder'
  | 'settings/unknown-channels'
  | 'group/not-found'
  | 'group/in-use'
  | 'group/name-taken'
  | 'saved-filter/not-found'
  | 'saved-filter/limit'
  | 'internal/unexpected';

export class LiveChatsError extends Error {
  override readonly name = 'LiveChatsError';

  constructor(
    readonly code: LiveChatsErrorCode,
    message: string,
    options?: { cause?: unknown; details?: Record<string, unknown> },
  ) {
    super(message, options);
    this.details = options?.details;
  }

  /** Structured facts for the caller, e.g. a template's problems with their positions. */
  readonly details?: Record<string, unknown>;

  toJSON(): { code: LiveChatsErrorCode; message: string; details?: Record<string, unknown> } {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }
}

export function isLiveChatsError(error: unknown, code?: LiveChatsErrorCode): error is LiveChatsError {
  return error instanceof LiveChatsError && (code === undefined || error.code === code);
}
