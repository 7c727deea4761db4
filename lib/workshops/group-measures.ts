import { z } from "zod";
import type { MeasuresCatalogue, Questionnaire } from "../content/schema";
import { buildCompanyView, type CompanyViewLabels, type SubmittedAssessment } from "../report/company-view";
import { PLANNING_VERSION } from "../planning/roadmap";
import { SCORING_VERSION } from "../scoring/score";

/**
 * "The measures most often recommended" of a workshop's group PDF. Pure.
 *
 * Computed when a group state is published (lib/workshops/publish.ts), over exactly the companies
 * that state holds and the submitted workshop results its aggregate was built from, and stored
 * with it: the PDF of a state never shows a fresher, unpublished set (the differencing rule). Per
 * company the normal planning runs over its workshop results (no plan changes of the company, they
 * are not answers), and a measure counts once per company that the plan recommends it to. Only
 * measures recommended to at least MIN_MEASURE_COMPANIES companies are kept, so that no single
 * company's plan can be read off the list.
 */
export const MIN_MEASURE_COMPANIES = 2;
export const TOP_MEASURES = 8;

export type CompanyPlanInput = { companyId: string; sizeBand: string | null; profile: unknown; assessments: SubmittedAssessment[] };
export type MeasureCount = { measureId: string; companies: number };

export const handoutSchema = z.object({
  catalogueVersion: z.string().nullable(),
  planningVersion: z.string(),
  scoringVersion: z.string(),
  /** per questionnaire key the content versions of the results the state holds */
  contentVersions: z.record(z.string(), z.array(z.string())),
  measures: z.array(z.object({ measureId: z.string(), companies: z.number().int().min(MIN_MEASURE_COMPANIES) })),
});
/** What a published state stores for the handout besides its aggregate (WorkshopPublication.handout). */
export type Handout = z.infer<typeof handoutSchema>;

/** Labels do not change which measures a plan recommends; the planning runs without texts. */
const X = "";
const PLAIN: CompanyViewLabels = {
  bands: { starting: { name: X, meaning: X }, exploring: { name: X, meaning: X }, advancing: { name: X, meaning: X }, leading: { name: X, meaning: X } },
  quadrants: { "quick-win": X, strategic: X, "fill-in": X, later: X },
  phases: { "0-3": X, "3-12": X, "12-24": X },
  statuses: { open: X, in_progress: X, done: X },
  contextFields: { sizeBand: X, itCapacity: X, productionType: X, systems: X, network: X },
  whyDimension: X,
  relevance: { 1: X, 2: X, 3: X },
  planText: {
    whyAnswer: X,
    deferReasons: { "in-place": X, "not-applicable": X, "not-answered": X, "low-relevance": X, "later-cycle-step": X, capacity: X, prerequisite: X },
    effortRules: { "no-routines": X, routines: X },
    standingGaps: X,
    standingStrong: X,
  },
};

/** The ids of the measures the plan recommends to one company from its workshop results. */
export function recommendedFor(c: CompanyPlanInput, src: { questionnaire: (key: string, version: string) => Questionnaire | undefined; profile?: Questionnaire; catalogue?: MeasuresCatalogue }, now: Date): string[] {
  const view = buildCompanyView({
    locale: "de",
    now,
    company: { id: c.companyId, name: "", sizeBand: c.sizeBand, profile: c.profile },
    questionnaire: src.questionnaire,
    profileQuestionnaire: src.profile,
    catalogue: src.catalogue,
    assessments: c.assessments,
    overrides: [],
    labels: PLAIN,
  });
  return [...new Set(view.roadmap.flatMap((p) => p.items.map((i) => i.measureId)))];
}

/** Companies per measure over the companies' recommendations; only measures of at least `min` companies, most often first. */
export function countMeasures(perCompany: readonly (readonly string[])[], min = MIN_MEASURE_COMPANIES, top = TOP_MEASURES): MeasureCount[] {
  const counts = new Map<string, number>();
  for (const ids of perCompany) for (const id of new Set(ids)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .filter(([, n]) => n >= Math.max(MIN_MEASURE_COMPANIES, min))
    .map(([measureId, companies]) => ({ measureId, companies }))
    .sort((a, b) => b.companies - a.companies || a.measureId.localeCompare(b.measureId))
    .slice(0, top);
}

/** The handout part of a state: the counted measures and the versions of everything that produced it. */
export function buildHandout(companies: readonly CompanyPlanInput[], src: Parameters<typeof recommendedFor>[1], now: Date): Handout {
  const contentVersions: Record<string, string[]> = {};
  for (const a of companies.flatMap((c) => c.assessments)) contentVersions[a.questionnaireKey] = [...new Set([...(contentVersions[a.questionnaireKey] ?? []), a.contentVersion])].sort();
  return {
    catalogueVersion: src.catalogue?.version ?? null,
    planningVersion: PLANNING_VERSION,
    scoringVersion: SCORING_VERSION,
    contentVersions,
    measures: countMeasures(companies.map((c) => recommendedFor(c, src, now))),
  };
}
