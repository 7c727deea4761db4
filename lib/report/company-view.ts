import type { Measure, MeasuresCatalogue, Questionnaire } from "../content/schema";
import type { Locale } from "../content/localize";
import type { AssessmentScore } from "../scoring/score";
import { SCORING_VERSION } from "../scoring/score";
import { bandOf, type BandId } from "../scoring/bands";
import { round1 } from "../scoring/numbers";
import { aggregateRespondents } from "../scoring/respondents";
import { trustPillars, viewOfPartnerScores, type TrustPillarId } from "../scoring/trust";
import { scoreCycle, CYCLE_DONE_THRESHOLD } from "../scoring/cycle";
import { companyContext } from "../planning/context";
import { PHASES, PLANNING_VERSION, type PhaseId, type PlanOverride, type PlannedMeasure, type PlanStatus } from "../planning/roadmap";
import { STRONG_POINTS, GAP_POINTS, type DeferReason, type Quadrant } from "../planning/matrix";
import { questionText, choiceText } from "./content-text";
import { buildPlanSection, type MissingArea, type PlanSection, type PlanSectionLabels, type PlanSource, type TriggerAnswer } from "./plan-section";
import { readinessKeyOf } from "../content/readiness";

/**
 * CompanyView — ONE view model of a company's current picture. The dashboard page and the PDF
 * action plan render it, so they never disagree. Pure (no Prisma, no next/*); every text is already
 * localized for `locale`: content texts come from the {de,en} content files, UI labels (band names,
 * quadrants, phases, statuses, context fields) are passed in as `labels` by the caller (from the
 * message files, namespace "dashboard").
 *
 * Shape (stable; add fields, do not rename):
 * - locale, generatedAt (ISO), scoringVersion, catalogueVersion
 * - company {id, name}; context {fromProfile, facts: [{field, label, value}]}  (value localized)
 * - sources: per questionnaire key {key, title, versions[], respondents, lastSubmittedAt}
 * - respondents: [{name, questionnaire, perspective, submittedAt}]
 * - readiness: null | {version, overall, band{id,name,meaning}, respondents,
 *     dimensions [{id, title, score(mean), min, max, spread, respondents, band, previous, delta, relevance}],
 *     previousRound: null | {submittedAt, overall}, strengths[3], gaps[3] (each {dimensionId, title, score,
 *     answers [{itemId, question, answer, points}], measures [{measureId, title}]}), discussionPoints
 *     [{itemId, question, dimensionTitle, min, max}]}
 * - trust: null | {version, hasPartner, pillars [{id, title, self, partner, gap}]}  ("partner" is the
 *     company's own view OF its partner, never the partner's view of the company; see lib/scoring/trust.ts)
 * - cycle: null | {version, threshold, steps [{id, title, completeness, done, current}],
 *     currentStep: null | {id, title, openItems [{itemId, question}]}}
 * - matrix: [{measureId, title, effort, benefit, computedEffort, computedBenefit, quadrant, quadrantLabel,
 *     overridden}]
 * - roadmap: [{id, label, startMonth, endMonth, items: RoadmapItem[]}]   (items in recommended order)
 * - history: {readiness: null | {previousAt, currentAt, rows [{id, title, previous, current, delta}]},
 *     plan {open, inProgress, done, total}}
 * - nextStep: {kind, measureId?, title?}  kind: start-readiness | complete-answers | start-profile | first-measure | nothing-needed | all-done
 * - planningVersion; planStatus: none (nothing scored) | insufficient (no area answered enough: no plan) | ok
 * - missingAreas [{questionnaire, questionnaireTitle, dimension, title, answered, total}]  (below the coverage rule)
 * - capacity {concurrent, maxRecommended}; deferred [{measureId, title, reason, reasonText, answers}]
 * - standing: one sentence where the company stands (null without a readiness result)
 * - roadmap items carry triggeredBy [{questionnaire, itemId, question, answer, points}] and kept
 */

export type BandLabel = { id: BandId; name: string; meaning: string };
export type CompanyViewLabels = {
  bands: Record<BandId, { name: string; meaning: string }>;
  quadrants: Record<Quadrant, string>;
  phases: Record<PhaseId, string>;
  statuses: Record<PlanStatus, string>;
  contextFields: Record<"sizeBand" | "itCapacity" | "productionType" | "systems" | "network", string>;
  /** "{note}"-free template texts for the why-list; {title}, {score}, {relevance} are replaced */
  whyDimension: string;
  /** added to the respondent's name where an answer is their view OF the partner (trust 1.0.0 "partner"), e.g. "Einschätzung des Partners" */
  viewOfPartner?: string;
  relevance: Record<1 | 2 | 3, string>;
  /** texts of the plan: why-lines, reasons of deferred measures, effort rules, the standing sentence */
  planText: PlanSectionLabels & {
    /** {overall}, {band}, {weakest} are replaced */
    standingGaps: string;
    /** {overall}, {band} */
    standingStrong: string;
  };
};

export type SubmittedAssessment = {
  id: string;
  questionnaireKey: string;
  contentVersion: string;
  perspective: "self" | "partner";
  respondentId: string;
  respondentName: string;
  submittedAt: Date;
  answers: Record<string, unknown>;
  scores: AssessmentScore;
};

/**
 * `answer`: the team's answer, or each respondent's ("Name: answer · Name: answer") where they
 * differ (`agreed` false); `points` is their mean.
 */
export type AnswerRef = { itemId: string; question: string; answer: string; agreed: boolean; points: number };

/** One answer when everybody gave it, else each respondent's. */
export function teamAnswer<A extends { respondentName: string }>(respondents: A[], text: (a: A) => string): { answer: string; agreed: boolean } {
  const texts = respondents.map(text);
  if (new Set(texts).size <= 1) return { answer: texts[0] ?? "", agreed: true };
  return { answer: respondents.map((a, k) => `${a.respondentName}: ${texts[k]}`).join(" · "), agreed: false };
}
export type DimensionFocus = { dimensionId: string; title: string; score: number; answers: AnswerRef[]; measures: { measureId: string; title: string }[] };

export type RoadmapItem = {
  measureId: string;
  rank: number;
  title: string;
  description: string;
  quadrant: Quadrant;
  quadrantLabel: string;
  enabler: boolean;
  effort: number;
  benefit: number;
  ownerRole: string;
  firstSteps: string[];
  kpi: string;
  reviewDate: string;
  status: PlanStatus;
  statusLabel: string;
  phase: PhaseId;
  /** months from the plan start: the phase start and the phase start + the measure's maximum duration */
  startMonth: number;
  endMonth: number;
  prerequisites: { measureId: string; title: string }[];
  prerequisiteConflict: boolean;
  overridden: { effort: boolean; benefit: boolean; phase: boolean; ownerRole: boolean; dueDate: boolean };
  /** plain sentences: which answers and context rules led to this recommendation */
  why: string[];
  /** the answers that called for this measure (empty only for a measure kept because of the user's changes) */
  triggeredBy: TriggerAnswer[];
  /** not recommended by the current answers, kept because the user changed it */
  kept: boolean;
  /** the user put it into the plan themselves: it can be taken out again */
  chosen: boolean;
};

export type CompanyView = {
  locale: Locale;
  generatedAt: string;
  scoringVersion: string;
  catalogueVersion: string | null;
  company: { id: string; name: string };
  context: { fromProfile: boolean; facts: { field: string; label: string; value: string }[] };
  sources: { key: string; title: string; versions: string[]; respondents: number; lastSubmittedAt: string }[];
  respondents: { name: string; questionnaire: string; perspective: "self" | "partner"; submittedAt: string }[];
  readiness: null | {
    /** digital-readiness or the core check digital-readiness-core (the one submitted last, lib/content/readiness.ts) */
    key: string;
    version: string;
    overall: number | null;
    band: BandLabel | null;
    respondents: number;
    dimensions: { id: string; title: string; score: number | null; min: number | null; max: number | null; spread: number | null; respondents: number; band: BandLabel | null; previous: number | null; delta: number | null; relevance: number | null }[];
    previousRound: null | { submittedAt: string; overall: number | null };
    strengths: DimensionFocus[];
    gaps: DimensionFocus[];
    discussionPoints: { itemId: string; question: string; dimensionTitle: string; min: number; max: number }[];
  };
  trust: null | { version: string; hasPartner: boolean; pillars: { id: TrustPillarId; title: string; self: number | null; partner: number | null; gap: number | null }[] };
  cycle: null | {
    version: string;
    threshold: number;
    steps: { id: string; title: string; completeness: number | null; done: boolean; current: boolean }[];
    currentStep: null | { id: string; title: string; openItems: { itemId: string; question: string }[] };
  };
  matrix: { measureId: string; title: string; effort: number; benefit: number; computedEffort: number; computedBenefit: number; quadrant: Quadrant; quadrantLabel: string; overridden: boolean }[];
  roadmap: { id: PhaseId; label: string; startMonth: number; endMonth: number; items: RoadmapItem[] }[];
  history: {
    readiness: null | { previousAt: string; currentAt: string; rows: { id: string; title: string; previous: number | null; current: number | null; delta: number | null }[] };
    plan: { open: number; inProgress: number; done: number; total: number };
  };
  nextStep: { kind: "start-readiness" | "complete-answers" | "start-profile" | "first-measure" | "nothing-needed" | "all-done"; measureId?: string; title?: string };
  planningVersion: string;
  planStatus: "none" | "insufficient" | "ok";
  missingAreas: MissingArea[];
  capacity: { concurrent: number; maxRecommended: number };
  deferred: { measureId: string; title: string; reason: DeferReason; reasonText: string; answers: TriggerAnswer[] }[];
  standing: string | null;
};

export type CompanyViewInput = {
  locale: Locale;
  now: Date;
  company: { id: string; name: string; sizeBand: string | null; profile: unknown };
  /** the published questionnaire versions by key@version, to localize texts of the version each result was answered with */
  questionnaire: (key: string, version: string) => Questionnaire | undefined;
  profileQuestionnaire: Questionnaire | undefined;
  catalogue: MeasuresCatalogue | undefined;
  assessments: SubmittedAssessment[];
  overrides: PlanOverride[];
  labels: CompanyViewLabels;
};


/** A questionnaire whose question titles are the partner-view titles (how a 1.0.0 "partner" assessment was asked). */
function withPartnerTitles(q: Questionnaire): Questionnaire {
  const swap = (el: unknown): unknown => {
    if (Array.isArray(el)) return el.map(swap);
    if (!el || typeof el !== "object") return el;
    const o = el as Record<string, unknown>;
    const out = Object.fromEntries(Object.entries(o).map(([k, v]) => [k, k === "elements" || k === "pages" ? swap(v) : v]));
    if (o.partnerTitle) out.title = o.partnerTitle;
    return out;
  };
  return { ...q, survey: swap(q.survey) as Questionnaire["survey"] };
}

/** The pillar's own title (trust 2.0.0 names its dimensions "Kompetenz: wie wir wirken"; the pillar is "Kompetenz"). */
function trustPillarTitle(q: Questionnaire, id: string, locale: Locale): string {
  const page = q.survey.pages.find((p) => p.name === id) as { title?: { de: string; en: string } } | undefined;
  return page?.title?.[locale] ?? q.scoring?.dimensions.find((d) => d.id === id)?.title[locale] ?? id;
}

/** latest submission per respondent (current round) and the one before it (previous round) */
export function rounds(list: SubmittedAssessment[]) {
  const byRespondent = new Map<string, SubmittedAssessment[]>();
  for (const a of [...list].sort((x, y) => y.submittedAt.getTime() - x.submittedAt.getTime())) {
    byRespondent.set(a.respondentId, [...(byRespondent.get(a.respondentId) ?? []), a]);
  }
  const current = [...byRespondent.values()].map((l) => l[0]);
  const previous = [...byRespondent.values()].filter((l) => l.length > 1).map((l) => l[1]);
  return { current, previous };
}

const latestDate = (l: SubmittedAssessment[]) => new Date(Math.max(...l.map((a) => a.submittedAt.getTime())));

export function buildCompanyView(input: CompanyViewInput): CompanyView {
  const { locale, labels } = input;
  const band = (score: number | null): BandLabel | null => (score === null ? null : { id: bandOf(score), ...labels.bands[bandOf(score)] });
  const ofKey = (key: string, perspective?: "self" | "partner") =>
    input.assessments.filter((a) => a.questionnaireKey === key && (!perspective || a.perspective === perspective));
  const context = companyContext(input.company.profile, input.company.sizeBand);

  // ---- readiness (the full check or the core check, whichever was submitted last), several respondents, previous round
  const drKey = readinessKeyOf(input.assessments);
  const dr = rounds(ofKey(drKey));
  const drQ = dr.current.length ? input.questionnaire(drKey, dr.current[0].contentVersion) : undefined;
  const sources: PlanSource[] = [];
  let readiness: CompanyView["readiness"] = null;
  let history: CompanyView["history"]["readiness"] = null;
  if (drQ) {
    const part = readinessPart(drQ, dr, locale, band);
    readiness = part.readiness;
    history = part.history;
    sources.push(part.source);
  }

  // ---- trust: the self-view and the company's own view of its partner. A trust 1.0.0 assessment in
  // perspective "partner" ("Als Partner bewerten") was answered by the company's own user about the
  // partner; trust 2.0.0 carries that view in its "how we see our partner" block. Neither is how the
  // partner sees the company (only a cooperation's two-sided check shows that).
  const trSelf = rounds(ofKey("trust", "self")).current;
  const trOldPartner = rounds(ofKey("trust", "partner")).current;
  const trAny = trSelf[0] ?? trOldPartner[0];
  const trQ = trAny ? input.questionnaire("trust", trAny.contentVersion) : undefined;
  let trust: CompanyView["trust"] = null;
  if (trQ) {
    const viewOfPartner = [...trOldPartner.map((a) => a.scores), ...trSelf.flatMap((a) => viewOfPartnerScores(a.scores) ?? [])];
    const pillars = trustPillars(trSelf.map((a) => a.scores), viewOfPartner);
    const scores = Object.fromEntries(pillars.flatMap((p) => {
      const weaker = { score: p.self !== null && p.partner !== null ? Math.min(p.self, p.partner) : (p.self ?? p.partner), relevance: null };
      return [[p.id, weaker], [`${p.id}_other`, weaker]];
    }));
    if (trSelf.length) sources.push({ q: trQ, respondents: trSelf.map((a) => ({ name: a.respondentName, answers: a.answers })), scores });
    for (const a of trOldPartner) {
      const q = input.questionnaire("trust", a.contentVersion);
      // their answers are about the partner: name the questions as they were asked (the partner titles)
      if (q) sources.push({ q: withPartnerTitles(q), respondents: [{ name: labels.viewOfPartner ? `${a.respondentName} (${labels.viewOfPartner})` : a.respondentName, answers: a.answers }], scores });
    }
    trust = {
      version: trQ.version,
      hasPartner: viewOfPartner.length > 0,
      pillars: pillars.map((p) => ({ ...p, title: trustPillarTitle(trQ, p.id, locale) })),
    };
  }

  // ---- cooperation cycle (latest submission of the company)
  const cc = [...ofKey("cooperation-cycle")].sort((a, b) => b.submittedAt.getTime() - a.submittedAt.getTime())[0];
  const ccQ = cc ? input.questionnaire("cooperation-cycle", cc.contentVersion) : undefined;
  let cycle: CompanyView["cycle"] = null;
  let currentCycleStep: string | null = null;
  if (cc && ccQ) {
    const r = scoreCycle(ccQ, cc.answers);
    const title = (id: string) => ccQ.scoring?.dimensions.find((d) => d.id === id)?.title[locale] ?? id;
    sources.push({ q: ccQ, respondents: [{ name: cc.respondentName, answers: cc.answers }], scores: Object.fromEntries(r.steps.map((s) => [s.id, { score: s.completeness, relevance: null }])) });
    currentCycleStep = r.currentStep;
    const current = r.steps.find((s) => s.id === r.currentStep);
    cycle = {
      version: ccQ.version,
      threshold: CYCLE_DONE_THRESHOLD,
      steps: r.steps.map((s) => ({ id: s.id, title: title(s.id), completeness: s.completeness, done: s.done, current: s.id === r.currentStep })),
      currentStep: current ? { id: current.id, title: title(current.id), openItems: current.openItems.map((i) => ({ itemId: i, question: questionText(ccQ, i, locale) })) } : null,
    };
  }

  // ---- planning (lib/report/plan-section.ts): only what the answers call for, within the capacity rule
  const measures = input.catalogue?.measures ?? [];
  const mTitle = (id: string) => measures.find((m) => m.id === id)?.title[locale] ?? id;
  const section = buildPlanSection({
    locale,
    labels: labels.planText,
    measures,
    sources,
    currentCycleStep,
    context,
    overrides: input.overrides,
    start: dr.current.length ? latestDate(dr.current) : input.now,
  });
  const planStatus: CompanyView["planStatus"] = !sources.length ? "none" : section.plan.status;
  const planned = planStatus === "none" ? [] : section.plan.items;
  const items: RoadmapItem[] = planned.map((p) => roadmapItem(p, measures.find((x) => x.id === p.measureId)!, section, labels, locale, mTitle));
  if (readiness) {
    for (const g of readiness.gaps) {
      g.measures = items.filter((i) => i.triggeredBy.some((t) => t.questionnaire === drKey && drQ?.scoring?.items.find((x) => x.id === t.itemId)?.dimension === g.dimensionId)).slice(0, 2).map((i) => ({ measureId: i.measureId, title: i.title }));
    }
  }
  const weakest = readiness?.gaps[0];
  const standing = readiness && readiness.overall !== null && readiness.band
    ? fill(weakest ? labels.planText.standingGaps : labels.planText.standingStrong, { overall: String(Math.round(readiness.overall)), band: readiness.band.name, weakest: weakest?.title ?? "" })
    : null;

  const sourceKeys = [...new Set(input.assessments.map((a) => a.questionnaireKey))];
  const plan = { open: items.filter((i) => i.status === "open").length, inProgress: items.filter((i) => i.status === "in_progress").length, done: items.filter((i) => i.status === "done").length, total: items.length };
  const firstOpen = items.find((i) => i.status !== "done");
  const facts = (["sizeBand", "itCapacity", "productionType", "systems", "network"] as const).flatMap((field) => {
    const v = context[field];
    const values = Array.isArray(v) ? v : v ? [v] : [];
    if (!values.length) return [];
    const value = values.map((x) => (input.profileQuestionnaire ? choiceText(input.profileQuestionnaire, field, x, locale) : x)).join(", ");
    return [{ field, label: labels.contextFields[field], value }];
  });

  return {
    locale,
    generatedAt: input.now.toISOString(),
    scoringVersion: SCORING_VERSION,
    catalogueVersion: input.catalogue?.version ?? null,
    company: { id: input.company.id, name: input.company.name },
    context: { fromProfile: context.fromProfile, facts },
    sources: sourceKeys.map((key) => {
      const l = ofKey(key);
      const latest = [...l].sort((a, b) => b.submittedAt.getTime() - a.submittedAt.getTime())[0];
      return { key, title: input.questionnaire(key, latest.contentVersion)?.title[locale] ?? key, versions: [...new Set(l.map((a) => a.contentVersion))].sort(), respondents: new Set(l.map((a) => a.respondentId)).size, lastSubmittedAt: latest.submittedAt.toISOString() };
    }),
    respondents: [...input.assessments]
      .sort((a, b) => b.submittedAt.getTime() - a.submittedAt.getTime())
      .map((a) => ({ name: a.respondentName, questionnaire: input.questionnaire(a.questionnaireKey, a.contentVersion)?.title[locale] ?? a.questionnaireKey, perspective: a.perspective, submittedAt: a.submittedAt.toISOString() })),
    readiness,
    trust,
    cycle,
    matrix: planned.map((p) => ({ measureId: p.measureId, title: mTitle(p.measureId), effort: p.finalEffort, benefit: p.finalBenefit, computedEffort: p.effort, computedBenefit: p.benefit, quadrant: p.quadrant, quadrantLabel: labels.quadrants[p.quadrant], overridden: p.overridden.effort || p.overridden.benefit })),
    roadmap: PHASES.map((ph) => ({ id: ph.id, label: labels.phases[ph.id], startMonth: ph.startMonth, endMonth: ph.endMonth, items: items.filter((i) => i.phase === ph.id) })),
    history: { readiness: history, plan },
    planningVersion: PLANNING_VERSION,
    planStatus,
    missingAreas: section.missing,
    capacity: { concurrent: section.capacity.concurrent, maxRecommended: section.capacity.maxRecommended },
    deferred: planStatus === "ok" ? section.deferred : [],
    standing,
    nextStep: !readiness
      ? { kind: "start-readiness" }
      : planStatus === "insufficient" || section.missing.some((m) => m.questionnaire === drKey)
        ? { kind: "complete-answers" }
        : !context.fromProfile
        ? { kind: "start-profile" }
        : firstOpen
          ? { kind: "first-measure", measureId: firstOpen.measureId, title: firstOpen.title }
          : items.length
            ? { kind: "all-done" }
            : { kind: "nothing-needed" },
  };
}

/** The next measures to work on, as the dashboard's top and the PDF's summary show them: the first n by rank not done yet. */
export function nextMeasures(view: Pick<CompanyView, "roadmap">, n = 3): RoadmapItem[] {
  return view.roadmap.flatMap((p) => p.items).filter((i) => i.status !== "done").sort((a, b) => a.rank - b.rank).slice(0, n);
}

/** One measure of the plan as the dashboard and the PDF show it. */
function roadmapItem(p: PlannedMeasure, m: Measure, section: PlanSection, labels: CompanyViewLabels, locale: Locale, mTitle: (id: string) => string): RoadmapItem {
  return {
    measureId: p.measureId,
    rank: p.rank,
    title: m.title[locale],
    description: m.description[locale],
    quadrant: p.quadrant,
    quadrantLabel: labels.quadrants[p.quadrant],
    enabler: p.enabler,
    effort: p.finalEffort,
    benefit: p.finalBenefit,
    ownerRole: p.ownerRole ?? m.ownerRole[locale],
    firstSteps: m.firstSteps.map((st) => st[locale]),
    kpi: m.kpi[locale],
    reviewDate: p.reviewDate.toISOString(),
    status: p.status,
    statusLabel: labels.statuses[p.status],
    phase: p.phase,
    startMonth: p.startMonth,
    endMonth: p.endMonth,
    prerequisites: p.prerequisites.map((id) => ({ measureId: id, title: mTitle(id) })),
    prerequisiteConflict: p.prerequisiteConflict,
    overridden: p.overridden,
    why: section.why(p),
    triggeredBy: section.triggers(p),
    kept: p.kept,
    chosen: p.chosen,
  };
}

/** The digital-readiness part of the picture: several respondents, the previous round, strengths and gaps. */
function readinessPart(drQ: Questionnaire, dr: ReturnType<typeof rounds>, locale: Locale, band: (score: number | null) => BandLabel | null) {
  const agg = aggregateRespondents(drQ, dr.current.map((a) => a.scores));
  const prev = dr.previous.length ? aggregateRespondents(drQ, dr.previous.map((a) => a.scores)) : null;
  const title = (id: string) => drQ.scoring?.dimensions.find((d) => d.id === id)?.title[locale] ?? id;
  const relevance = (id: string) => {
    const r = dr.current.map((a) => a.scores.dimensions.find((d) => d.id === id)?.relevance).filter((v): v is number => typeof v === "number");
    return r.length ? Math.round(r.reduce((a, b) => a + b, 0) / r.length) : null;
  };
  const answersOf = (dimId: string, weakest: boolean): AnswerRef[] => {
    const items = (drQ.scoring?.items ?? []).filter((i) => i.dimension === dimId);
    const refs = items.flatMap((i) => {
      const pts = dr.current.map((a) => a.scores.itemPoints[i.id]).filter((v): v is number => typeof v === "number");
      if (!pts.length) return [];
      const points = round1(pts.reduce((a, b) => a + b, 0) / pts.length);
      const team = teamAnswer(dr.current.filter((a) => typeof a.scores.itemPoints[i.id] === "number"), (a) => choiceText(drQ, i.id, a.answers[i.id], locale));
      return [{ itemId: i.id, question: questionText(drQ, i.id, locale), ...team, points }];
    });
    refs.sort((a, b) => (weakest ? a.points - b.points : b.points - a.points));
    return refs.slice(0, 3);
  };
  const source: PlanSource = { q: drQ, respondents: dr.current.map((a) => ({ name: a.respondentName, answers: a.answers })), scores: Object.fromEntries(agg.dimensions.map((d) => [d.id, { score: d.mean, relevance: relevance(d.id) }])) };
  const scored = agg.dimensions.filter((d) => d.mean !== null) as (typeof agg.dimensions[number] & { mean: number })[];
  const byScore = [...scored].sort((a, b) => b.mean - a.mean || a.id.localeCompare(b.id));
  // a strength is a dimension at STRONG_POINTS or more, shown with its strong answers; a gap one below it, with its weak answers
  const focus = (d: { id: string; mean: number }, weakest: boolean): DimensionFocus => ({
    dimensionId: d.id,
    title: title(d.id),
    score: d.mean,
    answers: answersOf(d.id, weakest).filter((a) => (weakest ? a.points <= GAP_POINTS : a.points >= STRONG_POINTS)),
    measures: [],
  });
  const readiness: NonNullable<CompanyView["readiness"]> = {
    key: drQ.key,
    version: drQ.version,
    overall: agg.overall,
    band: band(agg.overall),
    respondents: dr.current.length,
    dimensions: agg.dimensions.map((d) => {
      const p = prev?.dimensions.find((x) => x.id === d.id)?.mean ?? null;
      return { id: d.id, title: title(d.id), score: d.mean, min: d.min, max: d.max, spread: d.spread, respondents: d.respondents, band: band(d.mean), previous: p, delta: p !== null && d.mean !== null ? round1(d.mean - p) : null, relevance: relevance(d.id) };
    }),
    previousRound: prev ? { submittedAt: latestDate(dr.previous).toISOString(), overall: prev.overall } : null,
    strengths: byScore.filter((d) => d.mean >= STRONG_POINTS).slice(0, 3).map((d) => focus(d, false)),
    gaps: [...byScore].reverse().filter((d) => d.mean < STRONG_POINTS).slice(0, 3).map((d) => focus(d, true)),
    discussionPoints: agg.discussionPoints.map((p) => ({ itemId: p.itemId, question: questionText(drQ, p.itemId, locale), dimensionTitle: title(p.dimension), min: p.min, max: p.max })),
  };
  const history: CompanyView["history"]["readiness"] = prev
    ? {
        previousAt: latestDate(dr.previous).toISOString(),
        currentAt: latestDate(dr.current).toISOString(),
        rows: readiness.dimensions.map((d) => ({ id: d.id, title: d.title, previous: d.previous, current: d.score, delta: d.delta })),
      }
    : null;
  return { readiness, history, source };
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? "");
}
