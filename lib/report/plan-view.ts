import type { CooperationSummary } from "../cooperations/summary";
import type { MeasuresCatalogue, Questionnaire } from "../content/schema";
import type { Locale } from "../content/localize";
import type { AssessmentScore } from "../scoring/score";
import { PHASES, PLAN_STATUSES, type PhaseId, type PlanOverride, type PlanStatus } from "../planning/roadmap";
import type { CompanyExport } from "../export/schema";
import { buildCompanyView, rounds, type CompanyView, type CompanyViewLabels, type SubmittedAssessment } from "./company-view";
import { choiceText, questionText } from "./content-text";
import { compareVersions } from "../content/version";
import { round1 } from "../scoring/numbers";
import { FULL_READINESS, isReadinessKey } from "../content/readiness";

/**
 * The view model of the PDF action plan: the CompanyView that the dashboard renders (so both never
 * disagree), plus what only the printed plan shows — every answer behind each field of action, the
 * company's master data and the re-assessment date. Built from the company export (lib/export), so
 * the server and the offline CLI (`npm run report`) produce the same document. Pure.
 */
export type ContentSource = {
  get(key: string, version: string): Questionnaire | undefined;
  latest(key: string): Questionnaire | undefined;
  catalogue(version?: string): MeasuresCatalogue | undefined;
};

/** kind: strength (>= 75 points), gap (<= 25), neutral (between), na (everybody answered "trifft nicht zu": answered, never "Ausbaufähig"), unanswered */
export type Finding = { itemId: string; question: string; answers: { respondent: string; text: string }[]; points: number | null; kind: "strength" | "gap" | "neutral" | "na" | "unanswered" };
export type DimensionDetail = {
  id: string;
  description: string;
  findings: Finding[];
  /** the plan's measures called for by this field's answers (as the dashboard names them), up to 3 */
  recommendations: { measureId: string; rank: number; title: string; firstStep: string; phase: PhaseId }[];
  /** without one: the field's measures that wait under "later / optional" (the plan is full), up to 2 */
  deferred: { measureId: string; title: string }[];
  /** whether the answers show a gap here (then "keep the level" would be wrong) */
  hasGap: boolean;
};

/** Deferred measures that fit the answers but come later (the plan's capacity, a prerequisite, a later cycle step); the others are not planned at all. */
export const COMES_LATER: ReadonlySet<string> = new Set(["capacity", "prerequisite", "later-cycle-step"]);

export type PlanView = CompanyView & {
  toolVersion: string;
  /** who runs the instance (KMU_HOST_NAME), shown in every page's footer; set by the server, absent offline */
  hostName?: string | null;
  master: { industry: string; sizeBand: string; region: string };
  dimensionDetails: DimensionDetail[];
  /** months from the plan start: the scheduled start and the planned end of each measure */
  timeline: Record<string, { startMonth: number; endMonth: number }>;
  reassess: { date: string; months: number };
  /** the company's active cooperations (step, open checklist items, the two-sided comparison); set by the server, absent offline */
  cooperations?: CooperationSummary[];
};

export const REASSESS_MONTHS = 6;

/** The same day `months` later, or the month's last day where it has fewer days (31 Aug + 6 -> 28 Feb). */
export function addMonths(iso: string, months: number): string {
  const d = new Date(iso);
  const [y, m] = [d.getUTCFullYear(), d.getUTCMonth() + months];
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), lastDay))).toISOString();
}

/** Submitted assessments of the export in the form the CompanyView takes; respondents are identified by name. */
export function submittedFromExport(exp: CompanyExport): SubmittedAssessment[] {
  return exp.assessments.flatMap((a) =>
    a.status === "submitted" && a.snapshot && a.submittedAt
      ? [{
          id: a.id,
          questionnaireKey: a.questionnaireKey,
          contentVersion: a.contentVersion,
          perspective: a.perspective,
          respondentId: a.respondent,
          respondentName: a.respondent,
          submittedAt: new Date(a.submittedAt),
          answers: a.answers,
          scores: a.snapshot.scores as unknown as AssessmentScore,
        }]
      : [],
  );
}

/**
 * The catalogue a company's plan renders with: the newest catalogue version recorded in its plan
 * items (PlanItem.catalogVersion) — so a plan edited on 1.0.0 keeps rendering with 1.0.0 — and the
 * newest published catalogue when the company has changed nothing yet (or the version is unknown here).
 */
export function planCatalogue(versions: (string | null | undefined)[], src: Pick<ContentSource, "catalogue">): MeasuresCatalogue | undefined {
  const known = [...new Set(versions.filter((v): v is string => Boolean(v)))].map((v) => src.catalogue(v)).filter((c): c is MeasuresCatalogue => Boolean(c));
  known.sort((a, b) => compareVersions(a.version, b.version));
  return known.at(-1) ?? src.catalogue();
}

export function overridesFromExport(exp: CompanyExport): PlanOverride[] {
  return exp.plan.map((p) => ({
    measureId: p.measureId,
    effort: p.effort,
    benefit: p.benefit,
    phase: PHASES.some((x) => x.id === p.phase) ? (p.phase as PhaseId) : null,
    ownerRole: p.ownerRole,
    dueDate: p.dueDate ? new Date(p.dueDate) : null,
    status: (PLAN_STATUSES as readonly string[]).includes(p.status) ? (p.status as PlanStatus) : undefined,
    chosen: p.chosen,
  }));
}

export function buildPlanView(exp: CompanyExport, src: ContentSource, locale: Locale, now: Date, labels: CompanyViewLabels): PlanView {
  const assessments = submittedFromExport(exp);
  const catalogue = planCatalogue(exp.plan.map((p) => p.catalogVersion), src);
  const view = buildCompanyView({
    locale,
    now,
    company: { id: "export", name: exp.company.name, sizeBand: exp.company.sizeBand, profile: exp.company.profile },
    questionnaire: (k, v) => src.get(k, v),
    profileQuestionnaire: src.latest("company-profile"),
    catalogue,
    assessments,
    overrides: overridesFromExport(exp),
    labels,
  });

  const drKey = view.readiness?.key ?? FULL_READINESS;
  const current = rounds(assessments.filter((a) => a.questionnaireKey === drKey)).current;
  const q = view.readiness ? src.get(drKey, view.readiness.version) : undefined;
  const items = view.roadmap.flatMap((p) => p.items);
  const dimensionDetails: DimensionDetail[] =
    q?.scoring && view.readiness
      ? view.readiness.dimensions.map((d) => {
          const naValue = (scale: string) => q.scoring!.scales[scale]?.notApplicable?.value;
          const findings = q.scoring!.items
            .filter((i) => i.dimension === d.id)
            .map((i): Finding => {
              const pts = current.map((a) => a.scores.itemPoints?.[i.id]).filter((v): v is number => typeof v === "number");
              const points = pts.length ? round1(pts.reduce((a, b) => a + b, 0) / pts.length) : null;
              return {
                itemId: i.id,
                question: questionText(q, i.id, locale),
                answers: current.filter((a) => a.answers[i.id] !== undefined && a.answers[i.id] !== null).map((a) => ({ respondent: a.respondentName, text: choiceText(q, i.id, a.answers[i.id], locale) })),
                points,
                kind: points === null ? (current.some((a) => a.answers[i.id] === naValue(i.scale)) ? "na" : "unanswered") : points >= 75 ? "strength" : points <= 25 ? "gap" : "neutral",
              };
            });
          // the measures this field's answers called for: the same rule as the dashboard's "Empfohlen"
          const fromHere = (answers: readonly { questionnaire: string; itemId: string }[]) => answers.some((t) => isReadinessKey(t.questionnaire) && q.scoring!.items.find((x) => x.id === t.itemId)?.dimension === d.id);
          const recommendations = items
            .filter((it) => fromHere(it.triggeredBy))
            .slice(0, 3)
            .map((it) => ({ measureId: it.measureId, rank: it.rank, title: it.title, firstStep: it.firstSteps[0], phase: it.phase }));
          const deferred = recommendations.length ? [] : view.deferred.filter((m) => COMES_LATER.has(m.reason) && fromHere(m.answers)).slice(0, 2).map((m) => ({ measureId: m.measureId, title: m.title }));
          const hasGap = findings.some((f) => f.kind === "gap");
          return { id: d.id, description: q.scoring!.dimensions.find((x) => x.id === d.id)?.description[locale] ?? "", findings, recommendations, deferred, hasGap };
        })
      : [];

  return {
    ...view,
    toolVersion: exp.tool.version,
    master: { industry: exp.company.industry, sizeBand: exp.company.sizeBand, region: exp.company.region },
    dimensionDetails,
    // the same months as the dashboard's timeline: the scheduled start and the planned end (lib/planning/roadmap.ts)
    timeline: Object.fromEntries(items.map((it) => [it.measureId, { startMonth: it.startMonth, endMonth: it.endMonth }])),
    reassess: { date: addMonths(view.generatedAt, REASSESS_MONTHS), months: REASSESS_MONTHS },
  };
}
