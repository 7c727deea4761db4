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

/**
 * The brand that marks an AppError. A registered symbol (`Symbol.for`) is the same in every copy of
 * this module: the production build holds several (the server bundle, instrumentation's bundle, the
 * PDF pool created from it), and an error thrown by one copy fails `instanceof` of another.
 */
const APP_ERROR = Symbol.for("kmu-kompass.AppError");

export class AppError extends Error {
  readonly [APP_ERROR] = true;
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

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === "string" && Object.prototype.hasOwnProperty.call(errorStatus, code);
}

/**
 * True for an AppError from any copy of this module: by its brand and a known code, not by class
 * identity. Callers read `code`, `messageKey` and `details` only (the status comes from `statusOf`).
 */
export function isAppError(e: unknown): e is AppError {
  if (e instanceof AppError) return true;
  if (typeof e !== "object" || e === null) return false;
  const o = e as { [APP_ERROR]?: unknown; code?: unknown; messageKey?: unknown };
  return o[APP_ERROR] === true && isErrorCode(o.code) && typeof o.messageKey === "string";
}

/** The HTTP status of an AppError's code (also for one from another copy of this module). */
export function statusOf(e: AppError): number {
  return errorStatus[e.code];
}
