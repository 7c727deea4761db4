import type { Measure, MeasuresCatalogue, Questionnaire } from "../content/schema";
import type { Locale } from "../content/localize";
import { allElements } from "../content/elements";
import { bandOf, type BandId } from "../scoring/bands";
import type { CompanyExport, ExportAssessment } from "../export/schema";
import { planMeasures, PHASES, type PhaseId, type Quadrant } from "./plan-rules";

/**
 * The view model of the PDF action plan (Maßnahmenplan) of one company, built from the company
 * export (lib/export), so that the server and the offline CLI render exactly the same thing. Pure:
 * content comes in through `ContentSource`, the clock through `now`.
 */
export type ContentSource = {
  get(key: string, version: string): Questionnaire | undefined;
  catalogue(version?: string): MeasuresCatalogue | undefined;
};

export type Answer = { respondent: string; text: string; points: number | null };
export type Finding = { itemId: string; question: string; answers: Answer[]; points: number | null; kind: "strength" | "gap" | "neutral" };
export type DimensionView = {
  id: string;
  title: string;
  description: string;
  score: number | null;
  band: BandId | null;
  findings: Finding[];
  recommendations: { measureId: string; title: string; firstAction: string; phase: PhaseId | null }[];
};
export type RoadmapItem = {
  rank: number;
  measureId: string;
  title: string;
  description: string;
  quadrant: Quadrant;
  phase: PhaseId;
  ownerRole: string;
  firstActions: string[];
  kpi: string;
  reviewDate: string;
  status: string;
  durationMonths: { min: number; max: number };
  overridden: { phase: boolean; ownerRole: boolean; dueDate: boolean; effort: boolean; benefit: boolean };
  contextNotes: string[];
};
export type MatrixPoint = { measureId: string; title: string; effort: number; benefit: number; quadrant: Quadrant; rank: number | null };

export type PlanView = {
  locale: Locale;
  generatedAt: string;
  toolVersion: string;
  company: { name: string; industry: string; sizeBand: string; region: string };
  respondents: string[];
  versions: { key: string; title: string; contentVersion: string; scoringVersion: string; count: number }[];
  catalogVersion: string;
  readiness: { title: string; overall: number | null; band: BandId | null; respondents: number; dimensions: DimensionView[] } | null;
  strengths: { title: string; score: number; detail: string | null }[];
  gaps: { title: string; score: number; detail: string | null }[];
  nextSteps: { title: string; action: string; ownerRole: string }[];
  trust: { pillars: { id: string; title: string; self: number | null; partner: number | null }[]; hasPartner: boolean } | null;
  cycle: { steps: { id: string; title: string; score: number | null; done: boolean }[]; current: string | null; checklist: { text: string; done: boolean }[] } | null;
  matrix: MatrixPoint[];
  roadmap: { phase: PhaseId; startMonth: number; endMonth: number; items: RoadmapItem[] }[];
  reassess: { date: string; months: number };
};

/** A step of the cooperation cycle counts as done from this completeness on. */
export const CYCLE_DONE = 80;
export const REASSESS_MONTHS = 6;

const round = (n: number) => Math.round(n * 10) / 10;
const mean = (xs: number[]) => (xs.length ? round(xs.reduce((a, b) => a + b, 0) / xs.length) : null);

type Snap = { dimensions: { id: string; score: number | null; relevance: number | null }[]; itemPoints: Record<string, number> };

/** The latest submitted assessment per respondent of one questionnaire and perspective, on the newest version answered. */
function latestRound(exp: CompanyExport, key: string, perspective: "self" | "partner"): ExportAssessment[] {
  const done = exp.assessments.filter((a) => a.questionnaireKey === key && a.perspective === perspective && a.status === "submitted" && a.snapshot);
  if (!done.length) return [];
  const newest = done.map((a) => a.contentVersion).sort(semverCmp).at(-1)!;
  const byPerson = new Map<string, ExportAssessment>();
  for (const a of done.filter((x) => x.contentVersion === newest)) {
    const prev = byPerson.get(a.respondent);
    if (!prev || (a.submittedAt ?? "") > (prev.submittedAt ?? "")) byPerson.set(a.respondent, a);
  }
  return [...byPerson.values()];
}

function semverCmp(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
}

type Agg = { q: Questionnaire; list: ExportAssessment[]; dims: Record<string, { score: number | null; relevance: number | null }>; items: Record<string, number | null> };

function aggregate(src: ContentSource, list: ExportAssessment[]): Agg | null {
  if (!list.length) return null;
  const q = src.get(list[0].questionnaireKey, list[0].contentVersion);
  if (!q?.scoring) return null;
  const snaps = list.map((a) => a.snapshot!.scores as unknown as Snap);
  const dims: Agg["dims"] = {};
  for (const d of q.scoring.dimensions) {
    const scores = snaps.flatMap((s) => s.dimensions.filter((x) => x.id === d.id && x.score !== null).map((x) => x.score as number));
    const rels = snaps.flatMap((s) => s.dimensions.filter((x) => x.id === d.id && x.relevance !== null).map((x) => x.relevance as number));
    dims[d.id] = { score: mean(scores), relevance: mean(rels) };
  }
  const items: Agg["items"] = {};
  for (const it of q.scoring.items) items[it.id] = mean(snaps.flatMap((s) => (it.id in (s.itemPoints ?? {}) ? [s.itemPoints[it.id]] : [])));
  return { q, list, dims, items };
}

function questionText(q: Questionnaire, itemId: string, locale: Locale): string {
  const el = allElements(q).find((e) => e.name === itemId);
  const t = el?.title as { de: string; en: string } | string | undefined;
  return typeof t === "string" ? t : (t?.[locale] ?? itemId);
}

function answersOf(agg: Agg, itemId: string, locale: Locale): Answer[] {
  const item = agg.q.scoring!.items.find((i) => i.id === itemId)!;
  const scale = agg.q.scoring!.scales[item.scale];
  return agg.list.flatMap((a) => {
    const v = a.answers[itemId];
    if (v === undefined || v === null) return [];
    if (scale.notApplicable && v === scale.notApplicable.value) return [{ respondent: a.respondent, text: scale.notApplicable.text[locale], points: null }];
    const c = scale.choices.find((x) => x.value === v);
    return c ? [{ respondent: a.respondent, text: c.text[locale], points: c.points }] : [];
  });
}

function addMonths(iso: string, months: number): string {
  const d = new Date(iso);
  const r = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, Math.min(d.getUTCDate(), 28)));
  return r.toISOString();
}

export function buildPlanView(exp: CompanyExport, src: ContentSource, locale: Locale, now: Date): PlanView {
  const generatedAt = now.toISOString();
  const readinessAgg = aggregate(src, latestRound(exp, "digital-readiness", "self"));
  const trustSelf = aggregate(src, latestRound(exp, "trust", "self"));
  const trustPartner = aggregate(src, latestRound(exp, "trust", "partner"));
  const cycleAgg = aggregate(src, latestRound(exp, "cooperation-cycle", "self"));
  const aggs = [readinessAgg, trustSelf, cycleAgg].filter((a): a is Agg => a !== null);

  const catVersion = exp.plan[0]?.catalogVersion;
  const catalogue = (catVersion && src.catalogue(catVersion)) || src.catalogue();
  if (!catalogue) throw new Error("no measures catalogue");
  const dimInputs: Record<string, { score: number | null; relevance: number | null }> = {};
  for (const a of aggs) for (const [id, d] of Object.entries(a.dims)) dimInputs[`${a.q.key}/${id}`] = d;
  const profile = { ...(exp.company.profile ?? {}), sizeBand: exp.company.profile?.sizeBand ?? exp.company.sizeBand };
  const planned = planMeasures(catalogue.measures, dimInputs, profile, exp.plan);
  const byId = new Map<string, Measure>(catalogue.measures.map((m) => [m.id, m]));

  const roadmapItems: RoadmapItem[] = planned
    .filter((p) => p.inRoadmap)
    .map((p) => {
      const m = byId.get(p.measureId)!;
      const phase = PHASES.find((x) => x.id === p.phase)!;
      return {
        rank: p.rank!,
        measureId: m.id,
        title: m.title[locale],
        description: m.description[locale],
        quadrant: p.quadrant,
        phase: p.phase,
        ownerRole: p.ownerRole ?? m.ownerRole[locale],
        firstActions: m.firstSteps.map((s) => s[locale]),
        kpi: m.kpi[locale],
        reviewDate: p.dueDate ?? addMonths(generatedAt, phase.endMonth),
        status: p.status,
        durationMonths: m.durationMonths,
        overridden: p.overridden,
        contextNotes: p.rules.map((r) => r.note[locale]),
      };
    });

  const readiness = readinessAgg && {
    title: readinessAgg.q.title[locale],
    respondents: readinessAgg.list.length,
    overall: mean(Object.values(readinessAgg.dims).flatMap((d) => (d.score === null ? [] : [d.score]))),
    band: null as BandId | null,
    dimensions: readinessAgg.q.scoring!.dimensions.map((d): DimensionView => {
      const score = readinessAgg.dims[d.id].score;
      const findings = readinessAgg.q.scoring!.items
        .filter((i) => i.dimension === d.id)
        .map((i): Finding => {
          const points = readinessAgg.items[i.id];
          return {
            itemId: i.id,
            question: questionText(readinessAgg.q, i.id, locale),
            answers: answersOf(readinessAgg, i.id, locale),
            points,
            kind: points === null ? "neutral" : points >= 75 ? "strength" : points <= 25 ? "gap" : "neutral",
          };
        });
      const recommendations = planned
        .filter((p) => byId.get(p.measureId)!.improves.some((x) => x.questionnaire === readinessAgg.q.key && x.dimension === d.id && x.weight >= 0.5))
        .sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99))
        .slice(0, 3)
        .map((p) => ({ measureId: p.measureId, title: byId.get(p.measureId)!.title[locale], firstAction: byId.get(p.measureId)!.firstSteps[0][locale], phase: p.inRoadmap ? p.phase : null }));
      return { id: d.id, title: d.title[locale], description: d.description[locale], score, band: score === null ? null : bandOf(score), findings, recommendations };
    }),
  };
  if (readiness && readiness.overall !== null) readiness.band = bandOf(readiness.overall);

  const scoredDims = (readiness?.dimensions ?? []).filter((d) => d.score !== null).sort((a, b) => (b.score as number) - (a.score as number));
  const detail = (d: DimensionView, kind: "best" | "worst") => {
    const f = d.findings.filter((x) => x.points !== null).sort((a, b) => (kind === "best" ? (b.points as number) - (a.points as number) : (a.points as number) - (b.points as number)))[0];
    return f ? f.question : null;
  };
  const strengths = scoredDims.slice(0, 3).map((d) => ({ title: d.title, score: d.score as number, detail: detail(d, "best") }));
  const gaps = scoredDims.slice(-3).reverse().map((d) => ({ title: d.title, score: d.score as number, detail: detail(d, "worst") }));

  const trust =
    trustSelf || trustPartner
      ? {
          hasPartner: trustPartner !== null,
          pillars: (trustSelf ?? trustPartner)!.q.scoring!.dimensions.map((d) => ({
            id: d.id,
            title: d.title[locale],
            self: trustSelf?.dims[d.id]?.score ?? null,
            partner: trustPartner?.dims[d.id]?.score ?? null,
          })),
        }
      : null;

  let cycle: PlanView["cycle"] = null;
  if (cycleAgg) {
    const steps = cycleAgg.q.scoring!.dimensions.map((d) => {
      const score = cycleAgg.dims[d.id].score;
      return { id: d.id, title: d.title[locale], score, done: score !== null && score >= CYCLE_DONE };
    });
    const current = steps.find((s) => !s.done)?.id ?? null;
    const checklist = current
      ? cycleAgg.q.scoring!.items.filter((i) => i.dimension === current).map((i) => ({ text: questionText(cycleAgg.q, i.id, locale), done: (cycleAgg.items[i.id] ?? 0) >= 75 }))
      : [];
    cycle = { steps, current, checklist };
  }

  const versions: PlanView["versions"] = [];
  for (const a of [readinessAgg, trustSelf, trustPartner, cycleAgg]) {
    if (!a) continue;
    const same = versions.find((v) => v.key === a.q.key && v.contentVersion === a.q.version);
    if (same) same.count += a.list.length;
    else versions.push({ key: a.q.key, title: a.q.title[locale], contentVersion: a.q.version, scoringVersion: a.list[0].snapshot?.scoringVersion ?? "–", count: a.list.length });
  }

  return {
    locale,
    generatedAt,
    toolVersion: exp.tool.version,
    company: { name: exp.company.name, industry: exp.company.industry, sizeBand: exp.company.sizeBand, region: exp.company.region },
    respondents: [...new Set(exp.assessments.filter((a) => a.status === "submitted").map((a) => a.respondent))],
    versions,
    catalogVersion: catalogue.version,
    readiness,
    strengths,
    gaps,
    nextSteps: roadmapItems.slice(0, 3).map((r) => ({ title: r.title, action: r.firstActions[0], ownerRole: r.ownerRole })),
    trust,
    cycle,
    matrix: planned.map((p) => ({ measureId: p.measureId, title: byId.get(p.measureId)!.title[locale], effort: p.effort, benefit: p.benefit, quadrant: p.quadrant, rank: p.inRoadmap ? p.rank : null })),
    roadmap: PHASES.map((ph) => ({ phase: ph.id, startMonth: ph.startMonth, endMonth: ph.endMonth, items: roadmapItems.filter((r) => r.phase === ph.id) })),
    reassess: { date: addMonths(generatedAt, REASSESS_MONTHS), months: REASSESS_MONTHS },
  };
}
