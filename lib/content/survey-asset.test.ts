import { describe, expect, it } from "vitest";
import path from "node:path";
import { loadContent } from "./load";
import { ContentRegistry } from "./registry";
import { prepareSurvey } from "./prepare";
import { isAppError } from "../errors";
import { SURVEY_ASSET_CACHE_CONTROL, surveyAsset, surveyAssetPath, surveyAssetQuery } from "./survey-asset";

const registry = new ContentRegistry(loadContent(path.join(process.cwd(), "content")));
const dr = registry.latest("digital-readiness")!;

function errorOf(f: () => unknown) {
  try {
    f();
  } catch (e) {
    return isAppError(e) ? { code: e.code, key: e.messageKey } : e;
  }
  throw new Error("no error");
}

describe("the questionnaire asset", () => {
  it("is the prepared SurveyJS JSON of that version, language and perspective", () => {
    for (const locale of ["de", "en"] as const)
      for (const view of ["self", "partner"] as const) expect(JSON.parse(surveyAsset(registry, dr.key, dr.version, locale, view))).toEqual(prepareSurvey(dr, locale, view));
    expect(surveyAsset(registry, dr.key, dr.version, "de", "self")).not.toEqual(surveyAsset(registry, dr.key, dr.version, "en", "self"));
  });

  it("is prepared once: the same text again", () => {
    expect(surveyAsset(registry, dr.key, dr.version, "de", "self")).toBe(surveyAsset(registry, dr.key, dr.version, "de", "self"));
  });

  it("anything unknown is not found; a version newer than this instance knows says an update is coming, with a Retry-After", () => {
    expect(errorOf(() => surveyAsset(registry, dr.key, "99.0.0", "de", "self"))).toEqual({ code: "not_found", key: "contentMissing" });
    try {
      surveyAsset(registry, dr.key, "99.0.0", "de", "self");
    } catch (e) {
      expect((e as { details?: unknown }).details).toEqual({ retryAfterSeconds: 30 });
    }
    expect(errorOf(() => surveyAsset(registry, dr.key, "0.0.1", "de", "self"))).toEqual({ code: "not_found", key: "not_found" });
    expect(errorOf(() => surveyAsset(registry, "no-such-questionnaire", "99.0.0", "de", "self"))).toEqual({ code: "not_found", key: "not_found" });
    expect(errorOf(() => surveyAsset(registry, dr.key, "99.0.0\u0000", "de", "self"))).toEqual({ code: "not_found", key: "not_found" });
    expect(errorOf(() => surveyAsset(registry, dr.key, "1".repeat(400), "de", "self"))).toEqual({ code: "not_found", key: "not_found" });
  });

  it("its address names version, language and perspective; the query is checked", () => {
    expect(surveyAssetPath(dr, "en", "partner")).toBe(`/api/content/digital-readiness/${dr.version}/survey?lang=en&view=partner`);
    expect(surveyAssetQuery.parse({ lang: "de" })).toEqual({ lang: "de", view: "self" });
    for (const bad of [{}, { lang: "fr" }, { lang: "de", view: "boss" }, { lang: ["de"] }]) expect(surveyAssetQuery.safeParse(bad).success).toBe(false);
    expect(SURVEY_ASSET_CACHE_CONTROL).toContain("immutable");
  });
});
