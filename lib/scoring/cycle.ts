import type { Questionnaire } from "../content/schema";
import { scoreAnswers } from "./score";

/**
 * A step of the cooperation cycle counts as done when its score reaches 80 of 100 and at least half
 * of its items are answered. The score is the step's dimension score from `scoreAnswers` — the very
 * number the result page shows ("yes" = 100, "partly" = 50, "no" = 0, weighted like every scored item;
 * "trifft nicht zu" and unanswered items are left out), so result page, dashboard and PDF show one
 * number per step. 80 leaves room for one item that is only partly done. A step whose items are all
 * "not applicable" does not block the cycle; a step with (almost) nothing answered is not done.
 */
export const CYCLE_DONE_THRESHOLD = 80;
/** share of a step's items that must be answered ("trifft nicht zu" counts) before it can count as done */
export const CYCLE_MIN_ANSWERED = 0.5;

export type CycleStep = {
  id: string;
  /** the step's score 0-100 (= its dimension score); null when no applicable item is answered */
  completeness: number | null;
  applicable: number;
  done: boolean;
  /** applicable items not (fully) done or not answered, in questionnaire order */
  openItems: string[];
};

export type CycleResult = { steps: CycleStep[]; currentStep: string | null };

export function scoreCycle(q: Questionnaire, answers: Record<string, unknown>): CycleResult {
  if (!q.scoring) throw new Error(`${q.key}@${q.version} has no scoring metadata`);
  const { scoring } = q;
  const scored = scoreAnswers(q, answers);
  const steps = scoring.dimensions.map((dim): CycleStep => {
    const d = scored.dimensions.find((x) => x.id === dim.id)!;
    const openItems: string[] = [];
    for (const item of scoring.items.filter((i) => i.dimension === dim.id)) {
      const na = scoring.scales[item.scale].notApplicable?.value;
      if (na !== undefined && answers[item.id] === na) continue;
      if ((scored.itemPoints[item.id] ?? 0) < 100) openItems.push(item.id);
    }
    const allNotApplicable = d.total > 0 && d.notApplicable === d.total;
    const enoughAnswered = d.total > 0 && (d.answered + d.notApplicable) / d.total >= CYCLE_MIN_ANSWERED;
    const done = allNotApplicable || (d.score !== null && enoughAnswered && d.score >= CYCLE_DONE_THRESHOLD);
    return { id: dim.id, completeness: d.score, applicable: d.total - d.notApplicable, done, openItems };
  });
  return { steps, currentStep: steps.find((s) => !s.done)?.id ?? null };
}
