import type { Questionnaire } from "./schema";

export type SurveyElement = { type: string; name: string; [k: string]: unknown };

/** All question elements of a questionnaire's survey, flattened (panels included). */
export function allElements(q: Questionnaire): SurveyElement[] {
  const out: SurveyElement[] = [];
  const visit = (els: SurveyElement[]) => {
    for (const el of els) {
      if (el.type === "panel" && Array.isArray(el.elements)) visit(el.elements as SurveyElement[]);
      else out.push(el);
    }
  };
  for (const page of q.survey.pages) visit(page.elements as SurveyElement[]);
  return out;
}

/** The answer values a choice question accepts (scored questions: from the scale). */
export function allowedValues(q: Questionnaire, el: SurveyElement): Array<string | number> | null {
  const item = q.scoring?.items.find((i) => i.id === el.name);
  if (item) {
    const scale = q.scoring!.scales[item.scale];
    return [...scale.choices.map((c) => c.value), ...(scale.notApplicable ? [scale.notApplicable.value] : [])];
  }
  if (Array.isArray(el.choices)) {
    return (el.choices as Array<{ value: string | number } | string | number>).map((c) =>
      typeof c === "object" ? c.value : c,
    );
  }
  return null;
}
