import type { Questionnaire } from "./schema";
import { localizeDeep, type Locale } from "./localize";

export type Perspective = "self" | "partner";

/**
 * Turns a content questionnaire into the plain SurveyJS JSON that survey-core renders: scored
 * questions get their scale's choices, partner-view titles replace self-view titles when a partner
 * answers, and every text is localized. Pure: the same input gives the same JSON.
 */
export function prepareSurvey(q: Questionnaire, locale: Locale, perspective: Perspective = "self"): Record<string, unknown> {
  const items = new Map((q.scoring?.items ?? []).map((i) => [i.id, i]));
  const mapElement = (el: Record<string, unknown>): Record<string, unknown> => {
    const out: Record<string, unknown> = { ...el };
    if (Array.isArray(el.elements)) out.elements = (el.elements as Record<string, unknown>[]).map(mapElement);
    if (perspective === "partner" && el.partnerTitle) out.title = el.partnerTitle;
    delete out.partnerTitle;
    const item = items.get(el.name as string);
    if (item && q.scoring) {
      const scale = q.scoring.scales[item.scale];
      out.choices = scale.choices.map((c) => ({ value: c.value, text: c.text }));
      if (scale.notApplicable) out.choices = [...(out.choices as unknown[]), { value: scale.notApplicable.value, text: scale.notApplicable.text }];
    }
    return out;
  };
  const survey = {
    ...q.survey,
    pages: q.survey.pages.map((p) => ({ ...p, elements: (p.elements as Record<string, unknown>[]).map(mapElement) })),
  };
  return localizeDeep(survey, locale) as Record<string, unknown>;
}
