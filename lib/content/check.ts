import type { Questionnaire } from "./schema";
import { allElements } from "./elements";

/** Cross-checks a questionnaire beyond its zod shape. Returns a list of problems (empty = fine). */
export function checkQuestionnaire(q: Questionnaire): string[] {
  const problems: string[] = [];
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
    if (!names.has(rel.question)) problems.push(`relevance question ${rel.question} does not exist`);
  }
  for (const d of dims) {
    if (!q.scoring.items.some((i) => i.dimension === d)) problems.push(`dimension ${d} has no items`);
  }
  return problems;
}
