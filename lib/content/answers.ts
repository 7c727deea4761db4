import type { Questionnaire } from "./schema";
import { allElements, allowedValues, type SurveyElement } from "./elements";
import { isCleanText } from "../text/clean-text";

export type AnswerProblem = { question: string; problem: "unknown_question" | "invalid_value" };

/** the longest free text a question without its own `maxLength` accepts */
const MAX_TEXT = 2000;

/** A question's own limit on text (SurveyJS `maxLength`), capped by MAX_TEXT. */
function maxTextLength(el: SurveyElement): number {
  const own = el.maxLength;
  return typeof own === "number" && Number.isInteger(own) && own > 0 ? Math.min(own, MAX_TEXT) : MAX_TEXT;
}

const isText = (v: unknown, el: SurveyElement): v is string => typeof v === "string" && v.length <= maxTextLength(el) && isCleanText(v);

/** Numbers inside the question's own `min`/`max` (SurveyJS text inputs of type number or range). */
function inRange(v: number, el: SurveyElement): boolean {
  const min = typeof el.min === "number" ? el.min : -Infinity;
  const max = typeof el.max === "number" ? el.max : Infinity;
  return Number.isFinite(v) && v >= min && v <= max;
}

/**
 * Checks a (partial) answers object against the questionnaire it was answered with: every key must
 * be a question of that version, every value one that question allows, within the question's own
 * limits (`maxLength`, `min`/`max`, `maxSelectedChoices`) as the browser enforces them. Pure.
 */
export function checkAnswers(q: Questionnaire, answers: Record<string, unknown>): AnswerProblem[] {
  const byName = new Map(allElements(q).map((el) => [el.name, el]));
  const problems: AnswerProblem[] = [];
  for (const [name, value] of Object.entries(answers)) {
    const el = byName.get(name);
    if (!el) {
      problems.push({ question: name, problem: "unknown_question" });
      continue;
    }
    if (value === null || value === undefined) continue;
    const allowed = allowedValues(q, el);
    let ok: boolean;
    if (el.type === "checkbox") {
      const maxSelected = typeof el.maxSelectedChoices === "number" && el.maxSelectedChoices > 0 ? el.maxSelectedChoices : 50;
      ok = Array.isArray(value) && value.length <= Math.min(50, maxSelected) && value.every((v) => allowed?.includes(v as string | number));
    } else if (allowed) {
      ok = allowed.includes(value as string | number);
    } else if (el.type === "text" && (el.inputType === "number" || el.inputType === "range")) {
      // survey-core stores numeric inputs as numbers
      ok = (typeof value === "number" && inRange(value, el)) || (typeof value === "string" && value.length <= 40 && isCleanText(value));
    } else if (el.type === "text" || el.type === "comment") {
      ok = isText(value, el);
    } else if (el.type === "boolean") {
      ok = typeof value === "boolean";
    } else {
      ok = isText(value, el) || (typeof value === "number" && Number.isFinite(value));
    }
    if (!ok) problems.push({ question: name, problem: "invalid_value" });
  }
  return problems;
}
