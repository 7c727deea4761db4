import type { Questionnaire } from "../content/schema";
import { questionText } from "../report/content-text";
import type { Locale } from "../content/localize";

/**
 * The five steps of the "Kreislauf des Vertrauens" as a cooperation walks through them. Pure: the
 * checklist of each step comes from the cooperation-cycle content (its scored items of that step's
 * dimension); the checklist state is keyed by those item ids.
 */
export const STEPS = ["needs", "partner", "structures", "relationship", "evaluation"] as const;
export type StepId = (typeof STEPS)[number];

export function isStep(v: string): v is StepId {
  return (STEPS as readonly string[]).includes(v);
}

export function stepIndex(step: StepId): number {
  return STEPS.indexOf(step);
}

/** The step after `step`; after the evaluation the next cycle starts again at the needs. */
export function nextStep(step: StepId): { step: StepId; newCycle: boolean } {
  const i = stepIndex(step);
  return i === STEPS.length - 1 ? { step: "needs", newCycle: true } : { step: STEPS[i + 1], newCycle: false };
}

export type ChecklistItem = { id: string; text: string };

/** The checklist items of one step from the cooperation-cycle content, in content order. */
export function checklistOf(cycleQ: Questionnaire, step: StepId, locale: Locale): ChecklistItem[] {
  return (cycleQ.scoring?.items ?? []).filter((i) => i.dimension === step).map((i) => ({ id: i.id, text: questionText(cycleQ, i.id, locale) }));
}

/** Only known item ids of the step survive; anything else a client sends is dropped. */
export function cleanChecklist(cycleQ: Questionnaire, step: StepId, state: Record<string, boolean>): Record<string, boolean> {
  const ids = new Set((cycleQ.scoring?.items ?? []).filter((i) => i.dimension === step).map((i) => i.id));
  return Object.fromEntries(Object.entries(state).filter(([k, v]) => ids.has(k) && v === true));
}

export type StepRecord = {
  notes: string;
  decisions: string;
  responsible: string;
  dueDate: string | null;
  checklist: Record<string, boolean>;
};

/** What the step itself needs beyond its checklist (step 2: the profile, step 3: the agreement, step 5: the evaluation). */
export type StepExtras = { profileComplete: boolean; agreementOpenSections: number; evaluated: boolean };

export type OpenPoint =
  | { kind: "checklist"; itemId: string; text: string }
  | { kind: "responsible" }
  | { kind: "dueDate" }
  | { kind: "profile" }
  | { kind: "agreement"; count: number }
  | { kind: "evaluation" };

/**
 * What is still open before the next step: unticked checklist items, no responsible person, no
 * date, and the step's own product (profile, agreement outline, evaluation). Advancing is allowed
 * with open points (a cooperation is real life, not a form); the page shows them first. Only the
 * evaluation step needs its evaluation, because it starts the next cycle.
 */
export function openPoints(items: ChecklistItem[], rec: StepRecord, step: StepId, extras: StepExtras): OpenPoint[] {
  const out: OpenPoint[] = items.filter((i) => !rec.checklist[i.id]).map((i) => ({ kind: "checklist", itemId: i.id, text: i.text }));
  if (!rec.responsible.trim()) out.push({ kind: "responsible" });
  if (!rec.dueDate) out.push({ kind: "dueDate" });
  if (step === "partner" && !extras.profileComplete) out.push({ kind: "profile" });
  if (step === "structures" && extras.agreementOpenSections > 0) out.push({ kind: "agreement", count: extras.agreementOpenSections });
  if (step === "evaluation" && !extras.evaluated) out.push({ kind: "evaluation" });
  return out;
}

/** Whether the step may be closed now: every step may, except the evaluation before it was recorded. */
export function mayAdvance(step: StepId, extras: StepExtras): boolean {
  return step !== "evaluation" || extras.evaluated;
}

export type Evaluation = { goalsReached: string; profileFit: string; costBenefit: string; consequences: string; nextDate: string | null };

/**
 * The needs step of the next cycle starts from what the evaluation found: its notes carry the
 * goals reached, the profile fit, cost against benefit and the consequences, under a heading per
 * field (labels from the caller, in the user's language).
 */
export function prefillNeeds(ev: Evaluation, cycle: number, labels: { heading: string; goalsReached: string; profileFit: string; costBenefit: string; consequences: string }): Pick<StepRecord, "notes" | "decisions"> {
  const part = (label: string, text: string) => (text.trim() ? `${label}: ${text.trim()}` : null);
  const notes = [
    labels.heading.replace("{cycle}", String(cycle)),
    part(labels.goalsReached, ev.goalsReached),
    part(labels.profileFit, ev.profileFit),
    part(labels.costBenefit, ev.costBenefit),
  ]
    .filter(Boolean)
    .join("\n");
  return { notes, decisions: ev.consequences.trim() ? `${labels.consequences}: ${ev.consequences.trim()}` : "" };
}
