import { loadContent } from "./load";
import { ContentRegistry } from "./registry";

let registry: ContentRegistry | undefined;

/** The registry of the content folder, loaded and validated once per process. */
export function contentRegistry(): ContentRegistry {
  registry ??= new ContentRegistry(loadContent());
  return registry;
}

export { ContentRegistry } from "./registry";
export type { Questionnaire, MeasuresCatalogue, Measure, Localized } from "./schema";
export type { Locale } from "./localize";
