import type { Measure, Questionnaire } from "../content/schema";
import type { Locale } from "../content/localize";
import type { CompanyContextProfile } from "../planning/context";
import { dimensionCoverage, itemInputs, type ItemInput } from "../planning/inputs";
import type { DeferReason, DimensionInputs, ItemFinding, PlanningInputs } from "../planning/matrix";
import { buildPlan, type Plan, type PlanOverride, type PlannedMeasure } from "../planning/roadmap";
import type { Capacity } from "../planning/capacity";
import { choiceText, questionText } from "./content-text";

/** One questionnaire's current answers as planning sees them. */
export type PlanSource = {
  q: Questionnaire;
  /** one answer set per current respondent, with the name to show where respondents differ */
  respondents: { name: string; answers: Record<string, unknown> }[];
  /** dimension scores and relevance (readiness only) as the picture shows them */
  scores: Record<string, { score: number | null; relevance: number | null }>;
};

/** An answer that called for a measure (or, for a deferred one, the answers behind the reason). */
export type TriggerAnswer = { questionnaire: string; itemId: string; question: string; answer: string; points: number | null };

export type PlanSectionLabels = {
  /** "{question}" and "{answer}" are replaced */
  whyAnswer: string;
  deferReasons: Record<DeferReason, string>;
  effortRules: Record<"no-routines" | "routines", string>;
};

export type MissingArea = { questionnaire: string; questionnaireTitle: string; dimension: string; title: string; answered: number; total: number };

export type PlanSection = {
  plan: Plan;
  /** areas below the coverage rule (lib/planning/inputs.ts MIN_COVERAGE) of the questionnaires answered */
  missing: MissingArea[];
  capacity: Capacity;
  triggers: (p: PlannedMeasure) => TriggerAnswer[];
  why: (p: PlannedMeasure) => string[];
  deferred: { measureId: string; title: string; reason: DeferReason; reasonText: string; answers: TriggerAnswer[] }[];
};

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? "");

/** Answer text of one item: the team's answer, or each respondent's where they differ. */
function answerText(src: PlanSource, itemId: string, locale: Locale): string {
  const given = src.respondents.filter((r) => r.answers[itemId] !== undefined && r.answers[itemId] !== null && r.answers[itemId] !== "");
  const texts = given.map((r) => choiceText(src.q, itemId, r.answers[itemId], locale));
  if (new Set(texts).size <= 1) return texts[0] ?? "";
  return given.map((r, k) => `${r.name}: ${texts[k]}`).join(" · ");
}

/**
 * Planning inputs from the answered questionnaires, the plan, and its texts. Several sources of the
 * same key (trust: self view and partner view) are merged item by item: the weaker view counts, so
 * a gap the partner sees triggers a measure even when the self view is rosy.
 */
export function buildPlanSection(input: {
  locale: Locale;
  labels: PlanSectionLabels;
  measures: Measure[];
  sources: PlanSource[];
  currentCycleStep: string | null;
  context: CompanyContextProfile;
  overrides: PlanOverride[];
  start: Date;
}): PlanSection {
  const { locale, labels } = input;
  const byKey = new Map<string, ItemInput[]>();
  for (const s of input.sources) {
    const items = itemInputs(s.q, s.respondents.map((r) => r.answers));
    const prev = byKey.get(s.q.key);
    byKey.set(s.q.key, prev ? prev.map((p, i) => mergeItems(p, items[i])) : items);
  }
  const items = [...byKey.values()].flat();
  const dimensions: DimensionInputs = {};
  const missing: MissingArea[] = [];
  const seen = new Set<string>();
  for (const s of input.sources) {
    if (seen.has(s.q.key)) continue;
    seen.add(s.q.key);
    for (const c of dimensionCoverage(s.q, byKey.get(s.q.key) ?? [])) {
      const sc = s.scores[c.dimension];
      dimensions[`${s.q.key}:${c.dimension}`] = { score: sc?.score ?? null, relevance: sc?.relevance ?? null, covered: c.covered };
      if (!c.covered) missing.push({ questionnaire: s.q.key, questionnaireTitle: s.q.title[locale], dimension: c.dimension, title: s.q.scoring?.dimensions.find((d) => d.id === c.dimension)?.title[locale] ?? c.dimension, answered: c.answered, total: c.total });
    }
  }
  const inputs: PlanningInputs = { items, dimensions, currentCycleStep: input.currentCycleStep };
  const plan = buildPlan({ measures: input.measures, inputs, context: input.context, overrides: input.overrides, start: input.start });
  const srcOf = (key: string) => input.sources.filter((s) => s.q.key === key);
  const answerOf = (f: Pick<ItemFinding, "questionnaire" | "itemId" | "points">): TriggerAnswer => {
    const srcs = srcOf(f.questionnaire);
    // several sources of one questionnaire (trust: self view and partner view): say whose answer is whose
    const answer = srcs.length > 1
      ? srcs.flatMap((s) => {
          const a = answerText(s, f.itemId, locale);
          return a && !a.includes(": ") ? [`${s.respondents.map((r) => r.name).join(", ")}: ${a}`] : a ? [a] : [];
        }).join(" · ")
      : srcs[0] ? answerText(srcs[0], f.itemId, locale) : "";
    return { questionnaire: f.questionnaire, itemId: f.itemId, question: srcs[0] ? questionText(srcs[0].q, f.itemId, locale) : f.itemId, answer, points: f.points };
  };
  const triggers = (p: PlannedMeasure) => p.findings.filter((f) => f.triggers).map(answerOf);
  const why = (p: PlannedMeasure) => [
    ...triggers(p).map((a) => fill(labels.whyAnswer, { question: a.question, answer: a.answer })),
    ...p.effortRules.map((r) => (r.kind === "context" ? r.note[locale] : labels.effortRules[r.kind])),
  ];
  const title = (id: string) => input.measures.find((m) => m.id === id)?.title[locale] ?? id;
  const deferred = plan.deferred.map((d) => {
    const shown = d.entry.findings.filter((f) => (d.reason === "in-place" ? f.state === "strength" || f.state === "partial" : d.reason === "not-applicable" ? f.state === "not-applicable" : f.state === "gap"));
    return { measureId: d.measureId, title: title(d.measureId), reason: d.reason, reasonText: labels.deferReasons[d.reason], answers: shown.slice(0, 3).map(answerOf) };
  });
  return { plan, missing, capacity: plan.capacity, triggers, why, deferred };
}

function mergeItems(a: ItemInput, b: ItemInput): ItemInput {
  const points = a.points === null ? b.points : b.points === null ? a.points : Math.min(a.points, b.points);
  return { ...a, points, answered: a.answered || b.answered, notApplicable: points === null && (a.notApplicable || b.notApplicable) };
}
