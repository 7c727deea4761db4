import type { Questionnaire } from "../content/schema";
import { round1 } from "./numbers";

/**
 * A step of the cooperation cycle counts as done when at least 80 % of its applicable checklist
 * items are done ("yes" = done, "partly" = half done, "no"/unanswered = not done, "trifft nicht zu"
 * = not applicable, left out). 80 % leaves room for one item that is only partly done.
 */
export const CYCLE_DONE_THRESHOLD = 80;

export type CycleStep = {
  id: string;
  /** share of the applicable items done, 0-100; null when no item is applicable */
  completeness: number | null;
  applicable: number;
  done: boolean;
  /** applicable items not (fully) done, in questionnaire order */
  openItems: string[];
};

export type CycleResult = { steps: CycleStep[]; currentStep: string | null };


export function scoreCycle(q: Questionnaire, answers: Record<string, unknown>): CycleResult {
  if (!q.scoring) throw new Error(`${q.key}@${q.version} has no scoring metadata`);
  const { scoring } = q;
  const steps = scoring.dimensions.map((dim): CycleStep => {
    let sum = 0;
    let applicable = 0;
    const openItems: string[] = [];
    for (const item of scoring.items.filter((i) => i.dimension === dim.id)) {
      const scale = scoring.scales[item.scale];
      const value = answers[item.id];
      if (scale.notApplicable && value === scale.notApplicable.value) continue;
      applicable++;
      const points = scale.choices.find((c) => c.value === value)?.points ?? 0;
      sum += points;
      if (points < 100) openItems.push(item.id);
    }
    const completeness = applicable ? round1(sum / applicable) : null;
    // a step without applicable items does not block the cycle
    return { id: dim.id, completeness, applicable, done: completeness === null || completeness >= CYCLE_DONE_THRESHOLD, openItems };
  });
  return { steps, currentStep: steps.find((s) => !s.done)?.id ?? null };
}
