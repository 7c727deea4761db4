import { loadContent } from "./load";
import { ContentRegistry } from "./registry";
import { AppError } from "../errors";

let registry: ContentRegistry | undefined;

/** The registry of the content folder, loaded and validated once per process. */
export function contentRegistry(): ContentRegistry {
  registry ??= new ContentRegistry(loadContent());
  return registry;
}

/** seconds a client should wait before asking again for a content version this instance lacks */
export const CONTENT_MISSING_RETRY_SECONDS = 30;

/**
 * The registry is loaded once per process, so during a rolling deploy an instance that still runs
 * the old build does not know a content version that a new instance has already used (see README,
 * "Several instances"). That is a passing state, not a bug: 503 with Retry-After and a message that
 * says an update is being rolled out; the autosave retries by itself. Where the version comes from
 * the address itself (a questionnaire asset), the same answer is a 404: input never gives a 5xx.
 */
export function contentMissing(code: "unavailable" | "not_found" = "unavailable"): AppError {
  return new AppError(code, "contentMissing", { retryAfterSeconds: CONTENT_MISSING_RETRY_SECONDS });
}

export { ContentRegistry } from "./registry";
export type { Questionnaire, MeasuresCatalogue, Measure, Localized } from "./schema";
export type { Locale } from "./localize";
