import type { Questionnaire } from "./schema";
import { allElements, allowedValues } from "./elements";

export type AnswerProblem = { question: string; problem: "unknown_question" | "invalid_value" };

const MAX_TEXT = 2000;

/**
 * Checks a (partial) answers object against the questionnaire it was answered with: every key must
 * be a question of that version, every value one that question allows. Pure.
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
      ok = Array.isArray(value) && value.length <= 50 && value.every((v) => allowed?.includes(v as string | number));
    } else if (allowed) {
      ok = allowed.includes(value as string | number);
    } else if (el.type === "text" && (el.inputType === "number" || el.inputType === "range")) {
      // survey-core stores numeric inputs as numbers
      ok = (typeof value === "number" && Number.isFinite(value)) || (typeof value === "string" && value.length <= 40);
    } else if (el.type === "text" || el.type === "comment") {
      ok = typeof value === "string" && value.length <= MAX_TEXT;
    } else if (el.type === "boolean") {
      ok = typeof value === "boolean";
    } else {
      ok = (typeof value === "string" && value.length <= MAX_TEXT) || typeof value === "number";
    }
    if (!ok) problems.push({ question: name, problem: "invalid_value" });
  }
  return problems;
}
