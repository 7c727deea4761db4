/**
 * One error scheme for the whole app. Expected errors are AppErrors with a code; the code decides
 * the HTTP status and the (translated) message the user sees. Everything else is unexpected: it is
 * logged with a request id and answered with a generic 500.
 */
export const errorStatus = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  too_many_requests: 429,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  readonly code: ErrorCode;
  /** key in the `errors` namespace of the message files */
  readonly messageKey: string;
  readonly details?: unknown;

  constructor(code: ErrorCode, messageKey: string = code, details?: unknown) {
    super(`${code}: ${messageKey}`);
    this.name = "AppError";
    this.code = code;
    this.messageKey = messageKey;
    this.details = details;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
