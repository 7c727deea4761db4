import type { Questionnaire } from "../content/schema";
import type { Locale } from "../content/localize";
import type { TrustPillarId } from "../scoring/trust";
import { checklistOf, stepIndex, type StepId, type StepRecord } from "./steps";
import type { PillarComparison } from "./compare";

/**
 * A cooperation as the dashboard and the plan PDF show it: where it stands, what is still open in
 * its current step, the next date, and the two-sided comparison when both sides submitted. Pure.
 */
export type CooperationSummary = {
  id: string;
  partnerName: string;
  field: string;
  cycle: number;
  step: StepId;
  stepNumber: number;
  nextDate: string | null;
  openItems: string[];
  trust: null | { pillars: { id: TrustPillarId; usSelf: number | null; partnerViewOfUs: number | null; gapUs: number | null }[] };
};

export function summarize(input: {
  id: string;
  partnerName: string;
  field: string;
  cycle: number;
  currentStep: StepId;
  step: StepRecord;
  nextEvaluation: string | null;
  cycleQ: Questionnaire;
  locale: Locale;
  comparison: PillarComparison[] | null;
}): CooperationSummary {
  const items = checklistOf(input.cycleQ, input.currentStep, input.locale);
  const dates = [input.step.dueDate, input.nextEvaluation].filter((d): d is string => Boolean(d)).sort();
  return {
    id: input.id,
    partnerName: input.partnerName,
    field: input.field,
    cycle: input.cycle,
    step: input.currentStep,
    stepNumber: stepIndex(input.currentStep) + 1,
    nextDate: dates[0] ?? null,
    openItems: items.filter((i) => !input.step.checklist[i.id]).map((i) => i.text),
    trust: input.comparison ? { pillars: input.comparison.map((p) => ({ id: p.id, usSelf: p.usSelf, partnerViewOfUs: p.partnerViewOfUs, gapUs: p.gapUs })) } : null,
  };
}
