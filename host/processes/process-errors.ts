/**
 * The process engine's errors: a string `code` under `process/` (or the code a script or an
 * extension threw), and the one table that maps codes to HTTP statuses for the designer API.
 */

export interface ProcessErrorInfo {
  /** The activity that failed, when the error stopped an instance. */
  activityId?: string;
  code: string;
  message: string;
}

export class ProcessError extends Error {
  override readonly name = 'ProcessError';

  constructor(
    readonly code: string,
    message: string,
    /** Extra fields for the API answer (e.g. `position` of a script error). */
    readonly details?: Record<string, unknown>,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  toJSON(): Record<string, unknown> {
    return { code: this.code, message: this.message, ...this.details };
  }
}

const STATUS: Record<string, number> = {
  'process/template-not-found': 404,
  'process/invalid-input': 400,
  'process/script-invalid': 400,
  'process/invalid-template': 400,
};

export function httpStatusOf(error: ProcessError): number {
  return STATUS[error.code] ?? 500;
}

/** A code a script or an extension may hand over: `area/what`, short, no spaces. */
export function isErrorCode(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 100 && /^[A-Za-z][\w.-]*(\/[\w.-]+)+$/.test(value);
}

export function truncate(text: string, max = 1000): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The code and message of anything thrown by host-side code (an extension's handler, a namespace). */
export function errorInfoOf(error: unknown, fallbackCode: string): ProcessErrorInfo {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { code: isErrorCode(code) ? code : fallbackCode, message: truncate(error.message || error.name) };
  }
  if (error !== null && typeof error === 'object') {
    const { code, message } = error as { code?: unknown; message?: unknown };
    return { code: isErrorCode(code) ? code : fallbackCode, message: truncate(typeof message === 'string' ? message : String(error)) };
  }
  return { code: fallbackCode, message: truncate(String(error)) };
}
