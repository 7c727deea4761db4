import type { Questionnaire } from "./schema";
import type { SurveyElement } from "./elements";

/** SurveyJS properties that reach the user as text; each must be a `{de, en}` pair with both filled in. */
export const TEXT_FIELDS = [
  "title",
  "description",
  "partnerTitle",
  "placeholder",
  "otherText",
  "noneText",
  "otherPlaceholder",
  "labelTrue",
  "labelFalse",
  "minRateDescription",
  "maxRateDescription",
  "requiredErrorText",
  "html",
] as const;

const filled = (v: unknown) => typeof v === "string" && v.trim().length > 0;

/** Problem text for one value that must be a bilingual pair, or null when it is fine. */
export function pairProblem(value: unknown, where: string): string | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return `${where} must be a {de, en} text`;
  const keys = Object.keys(value).sort();
  if (keys.join(",") !== "de,en") return `${where} must have exactly the keys de and en`;
  const v = value as { de: unknown; en: unknown };
  const missing = (["de", "en"] as const).filter((l) => !filled(v[l]));
  return missing.length ? `${where} has an empty ${missing.join(" and ")} text` : null;
}

function checkFields(obj: Record<string, unknown>, where: string, problems: string[]) {
  for (const field of TEXT_FIELDS) {
    if (field in obj) {
      const p = pairProblem(obj[field], `${where} ${field}`);
      if (p) problems.push(p);
    }
  }
}

/**
 * Every text of a questionnaire that a user reads (page titles and descriptions, question titles,
 * partner titles, descriptions, placeholders, choice texts, dimension and scale texts) is a {de, en}
 * pair with both languages non-empty. Returns a list of problems (empty = fine). Pure.
 */
export function checkTexts(q: Questionnaire): string[] {
  const problems: string[] = [];
  const visit = (el: SurveyElement) => {
    const where = `question ${el.name}`;
    if (el.type !== "panel" && el.type !== "html" && !("title" in el)) problems.push(`${where} has no title`);
    checkFields(el, where, problems);
    if (Array.isArray(el.choices)) {
      (el.choices as unknown[]).forEach((c, i) => {
        const value = c && typeof c === "object" ? (c as { value?: unknown }).value : c;
        const text = c && typeof c === "object" ? (c as { text?: unknown }).text : undefined;
        const p = pairProblem(text, `${where} choice ${String(value ?? i)} text`);
        if (p) problems.push(p);
      });
    }
    if (Array.isArray(el.elements)) (el.elements as SurveyElement[]).forEach(visit);
  };
  for (const page of q.survey.pages) {
    checkFields(page as Record<string, unknown>, `page ${page.name}`, problems);
    (page.elements as SurveyElement[]).forEach(visit);
  }
  for (const d of q.scoring?.dimensions ?? []) {
    for (const f of ["title", "description"] as const) {
      const p = pairProblem(d[f], `dimension ${d.id} ${f}`);
      if (p) problems.push(p);
    }
  }
  for (const [name, scale] of Object.entries(q.scoring?.scales ?? {})) {
    for (const c of scale.choices) {
      const p = pairProblem(c.text, `scale ${name} choice ${c.value} text`);
      if (p) problems.push(p);
    }
    if (scale.notApplicable) {
      const p = pairProblem(scale.notApplicable.text, `scale ${name} not-applicable text`);
      if (p) problems.push(p);
    }
  }
  for (const f of ["title", "description"] as const) {
    const p = pairProblem(q[f], `questionnaire ${f}`);
    if (p) problems.push(p);
  }
  return problems;
}
