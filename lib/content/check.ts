import type { Questionnaire } from "./schema";
import { allElements } from "./elements";
import { checkTexts } from "./check-texts";

/** Relevance questions answer "how important is this area": exactly the values 1 (low), 2, 3 (high). */
export const RELEVANCE_VALUES = [1, 2, 3] as const;

/** Cross-checks a questionnaire beyond its zod shape. Returns a list of problems (empty = fine). */
export function checkQuestionnaire(q: Questionnaire): string[] {
  const problems: string[] = checkTexts(q);
  const elements = allElements(q);
  const names = new Set<string>();
  for (const el of elements) {
    if (names.has(el.name)) problems.push(`question name ${el.name} is used twice`);
    names.add(el.name);
  }
  if (q.kind === "scored" && !q.scoring) problems.push("a scored questionnaire needs scoring metadata");
  if (!q.scoring) return problems;
  const dims = new Set(q.scoring.dimensions.map((d) => d.id));
  const scored = new Set<string>();
  for (const item of q.scoring.items) {
    if (scored.has(item.id)) problems.push(`item ${item.id} is listed twice in scoring.items`);
    scored.add(item.id);
    if (!dims.has(item.dimension)) problems.push(`item ${item.id} points at unknown dimension ${item.dimension}`);
    if (!q.scoring.scales[item.scale]) problems.push(`item ${item.id} uses unknown scale ${item.scale}`);
    const el = elements.find((e) => e.name === item.id);
    if (!el) problems.push(`scored item ${item.id} has no question`);
    else if (el.type !== "radiogroup" || el.choices) problems.push(`scored question ${item.id} must be a radiogroup without choices`);
  }
  for (const el of elements) {
    if (el.type === "radiogroup" && !el.choices && !scored.has(el.name)) {
      problems.push(`question ${el.name} has no choices and no scoring metadata`);
    }
  }
  for (const rel of q.scoring.relevance) {
    if (!dims.has(rel.dimension)) problems.push(`relevance for unknown dimension ${rel.dimension}`);
    const el = elements.find((e) => e.name === rel.question);
    if (!el) {
      problems.push(`relevance question ${rel.question} does not exist`);
      continue;
    }
    if (scored.has(rel.question)) problems.push(`relevance question ${rel.question} must not be a scored item`);
    const values = Array.isArray(el.choices)
      ? (el.choices as unknown[]).map((c) => (c && typeof c === "object" ? (c as { value?: unknown }).value : c))
      : [];
    const ok =
      el.type === "radiogroup" &&
      values.length === RELEVANCE_VALUES.length &&
      RELEVANCE_VALUES.every((v) => values.includes(v));
    if (!ok) problems.push(`relevance question ${rel.question} must be a radiogroup with exactly the answers 1, 2 and 3`);
  }
  for (const d of dims) {
    if (!q.scoring.items.some((i) => i.dimension === d)) problems.push(`dimension ${d} has no items`);
  }
  return problems;
}
