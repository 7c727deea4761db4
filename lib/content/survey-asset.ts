import { z } from "zod";
import { AppError } from "../errors";
import { contentMissing, type ContentRegistry } from "./index";
import { locales, type Locale } from "./localize";
import { prepareSurvey, type Perspective } from "./prepare";
import { compareVersions } from "./version";

/**
 * A questionnaire's SurveyJS JSON as an asset of its own, one per published version, language and
 * perspective, instead of inside every answering page: a published version never changes, so the
 * browser keeps it (immutable) for every assessment, colleague and visit of that version, and the
 * page itself stays small. Pure: no Prisma, no next/*.
 */
export function surveyAssetPath(q: { key: string; version: string }, locale: Locale, perspective: Perspective): string {
  return `/api/content/${encodeURIComponent(q.key)}/${encodeURIComponent(q.version)}/survey?lang=${locale}&view=${perspective}`;
}

export const surveyAssetQuery = z.object({
  lang: z.enum(locales as [Locale, ...Locale[]]),
  view: z.enum(["self", "partner"]).default("self"),
});

/** one year: the longest lifetime caches honour; with `immutable` a reload does not revalidate */
export const SURVEY_ASSET_CACHE_CONTROL = "public, max-age=31536000, immutable";

const VERSION = /^\d{1,4}\.\d{1,4}\.\d{1,4}$/;
const cache = new WeakMap<ContentRegistry, Map<string, string>>();

/**
 * The JSON text of one asset (prepared once per process). Anything this instance does not hold is
 * not found (a 4xx: it is the address's input). A version newer than its newest of a known
 * questionnaire may come from a newer deployment (a rolling deploy): that 404 says so
 * (contentMissing) and carries a Retry-After, which the loader waits out.
 */
export function surveyAsset(registry: ContentRegistry, key: string, version: string, locale: Locale, perspective: Perspective): string {
  const q = registry.get(key, version);
  if (!q) {
    const latest = registry.latest(key);
    if (latest && VERSION.test(version) && compareVersions(version, latest.version) > 0) throw contentMissing("not_found");
    throw new AppError("not_found");
  }
  let texts = cache.get(registry);
  if (!texts) cache.set(registry, (texts = new Map()));
  const id = `${q.key}\u0000${q.version}\u0000${locale}\u0000${perspective}`;
  let text = texts.get(id);
  if (text === undefined) texts.set(id, (text = JSON.stringify(prepareSurvey(q, locale, perspective))));
  return text;
}
