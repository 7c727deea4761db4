import { contentRegistry } from "../content";
import { scoreAnswers } from "../scoring/score";
import type { SubmittedAssessment } from "../report/company-view";
import type { CompanyViewLabels } from "../report/company-view";

/** Test fixtures shared by the scoring, planning and report tests (pure; reads the real content). */
export const registry = contentRegistry();
export const readinessQ = registry.get("digital-readiness", "1.0.0")!;
export const trustQ = registry.get("trust", "1.0.0")!;
export const cycleQ = registry.get("cooperation-cycle", "1.0.0")!;
export const profileQ = registry.get("company-profile", "1.0.0")!;
export const catalogue = registry.catalogue("1.0.0")!;

/** Answers giving every item of a dimension the same value (0-4 / "yes"|"partly"|"no"|"na"), plus relevance 1-3. */
export function answersFor(q: typeof readinessQ, levels: Record<string, number | string>, relevance: Record<string, number> = {}): Record<string, unknown> {
  const a: Record<string, unknown> = {};
  for (const i of q.scoring!.items) if (levels[i.dimension] !== undefined) a[i.id] = levels[i.dimension];
  for (const r of q.scoring!.relevance) if (relevance[r.dimension]) a[r.question] = relevance[r.dimension];
  return a;
}

let seq = 0;
export function submitted(q: typeof readinessQ, answers: Record<string, unknown>, opts: Partial<Pick<SubmittedAssessment, "respondentId" | "respondentName" | "perspective" | "submittedAt">> = {}): SubmittedAssessment {
  seq++;
  return {
    id: `a${seq}`,
    questionnaireKey: q.key,
    contentVersion: q.version,
    perspective: opts.perspective ?? "self",
    respondentId: opts.respondentId ?? "owner",
    respondentName: opts.respondentName ?? "Inhaberin",
    submittedAt: opts.submittedAt ?? new Date("2026-03-02T10:00:00Z"),
    answers,
    scores: scoreAnswers(q, answers),
  };
}

export const testLabels: CompanyViewLabels = {
  bands: {
    starting: { name: "Einstieg", meaning: "kaum angegangen" },
    exploring: { name: "Erkunden", meaning: "erste Schritte" },
    advancing: { name: "Fortgeschritten", meaning: "gute Basis" },
    leading: { name: "Vorreiter", meaning: "gelebt" },
  },
  quadrants: { "quick-win": "Schnelle Erfolge", strategic: "Strategische Projekte", "fill-in": "Lückenfüller", later: "Später" },
  phases: { "0-3": "0–3 Monate", "3-12": "3–12 Monate", "12-24": "12–24 Monate" },
  statuses: { open: "offen", in_progress: "in Arbeit", done: "erledigt" },
  contextFields: { sizeBand: "Größe", itCapacity: "IT", productionType: "Fertigung", systems: "Systeme", network: "Netzwerk" },
  whyDimension: "{title}: {score} von 100, Wichtigkeit {relevance}.",
  viewOfPartner: "Einschätzung des Partners",
  relevance: { 1: "gering", 2: "mittel", 3: "hoch" },
  planText: {
    whyAnswer: "„{question}“: {answer}",
    deferReasons: { "in-place": "vorhanden", "not-applicable": "trifft nicht zu", "not-answered": "nicht beantwortet", "low-relevance": "unwichtig", "later-cycle-step": "späterer Schritt", capacity: "Kapazität", prerequisite: "Voraussetzung später" },
    effortRules: { "no-routines": "keine Projektroutine", routines: "Projektroutine vorhanden" },
    standingGaps: "Reife {overall} ({band}), Lücke: {weakest}",
    standingStrong: "Reife {overall} ({band}), überall stark",
  },
};
