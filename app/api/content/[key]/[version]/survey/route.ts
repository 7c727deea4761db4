import { publicRoute } from "@/lib/http/handler";
import { AppError } from "@/lib/errors";
import { contentRegistry } from "@/lib/content";
import { SURVEY_ASSET_CACHE_CONTROL, surveyAsset, surveyAssetQuery } from "@/lib/content/survey-asset";

/**
 * A published questionnaire version's SurveyJS JSON in one language and perspective (the answering
 * page loads it; lib/content/survey-asset.ts). Public like the questionnaires themselves: it holds
 * content, never answers.
 */
export const GET = publicRoute<{ key: string; version: string }>(async (req, { params }) => {
  const query = surveyAssetQuery.safeParse(Object.fromEntries(req.nextUrl.searchParams));
  if (!query.success) throw new AppError("bad_request");
  const text = surveyAsset(contentRegistry(), params.key, params.version, query.data.lang, query.data.view);
  return new Response(text, { headers: { "content-type": "application/json; charset=utf-8", "cache-control": SURVEY_ASSET_CACHE_CONTROL } });
});
