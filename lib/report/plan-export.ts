import type { CompanyView, RoadmapItem } from "./company-view";

/**
 * The computed plan as data (docs/export-format.md, "Plan as data"): built from the same CompanyView
 * the dashboard and the PDF render, so the three never disagree. Pure.
 */
export const PLAN_FORMAT = "kmu-kompass-plan";
export const PLAN_FORMAT_VERSION = 1;

export type PlanMeasureJson = {
  measureId: string;
  rank: number;
  title: string;
  phase: RoadmapItem["phase"];
  quadrant: RoadmapItem["quadrant"];
  effort: number;
  benefit: number;
  /** ids of the items whose answers called for the measure */
  triggeredBy: string[];
  answers: { itemId: string; question: string; answer: string }[];
  ownerRole: string;
  /** YYYY-MM-DD */
  reviewDate: string;
  startMonth: number;
  endMonth: number;
  status: RoadmapItem["status"];
  firstSteps: string[];
  kpi: string;
  why: string[];
};

export type PlanJson = {
  format: typeof PLAN_FORMAT;
  formatVersion: typeof PLAN_FORMAT_VERSION;
  generatedAt: string;
  locale: CompanyView["locale"];
  company: { name: string };
  versions: { scoring: string; planning: string; catalogue: string | null };
  /** none: nothing scored yet · insufficient: too few answers, no plan · ok */
  status: CompanyView["planStatus"];
  standing: string | null;
  capacity: CompanyView["capacity"];
  missingAreas: CompanyView["missingAreas"];
  recommended: PlanMeasureJson[];
  /** measures the answers no longer call for, kept in the plan because the user changed them */
  kept: PlanMeasureJson[];
  deferred: { measureId: string; title: string; reason: CompanyView["deferred"][number]["reason"]; reasonText: string }[];
};

function measureJson(i: RoadmapItem): PlanMeasureJson {
  return {
    measureId: i.measureId,
    rank: i.rank,
    title: i.title,
    phase: i.phase,
    quadrant: i.quadrant,
    effort: i.effort,
    benefit: i.benefit,
    triggeredBy: i.triggeredBy.map((t) => t.itemId),
    answers: i.triggeredBy.map((t) => ({ itemId: t.itemId, question: t.question, answer: t.answer })),
    ownerRole: i.ownerRole,
    reviewDate: i.reviewDate.slice(0, 10),
    startMonth: i.startMonth,
    endMonth: i.endMonth,
    status: i.status,
    firstSteps: i.firstSteps,
    kpi: i.kpi,
    why: i.why,
  };
}

export function planJson(view: CompanyView): PlanJson {
  const items = view.roadmap.flatMap((p) => p.items).sort((a, b) => a.rank - b.rank);
  return {
    format: PLAN_FORMAT,
    formatVersion: PLAN_FORMAT_VERSION,
    generatedAt: view.generatedAt,
    locale: view.locale,
    company: { name: view.company.name },
    versions: { scoring: view.scoringVersion, planning: view.planningVersion, catalogue: view.catalogueVersion },
    status: view.planStatus,
    standing: view.standing,
    capacity: view.capacity,
    missingAreas: view.missingAreas,
    recommended: items.filter((i) => !i.kept).map(measureJson),
    kept: items.filter((i) => i.kept).map(measureJson),
    deferred: view.deferred.map((d) => ({ measureId: d.measureId, title: d.title, reason: d.reason, reasonText: d.reasonText })),
  };
}

/** CSV columns, in this order (docs/export-format.md). */
export const PLAN_CSV_COLUMNS = ["rank", "measureId", "title", "recommendation", "phase", "quadrant", "effort", "benefit", "ownerRole", "reviewDate", "status", "triggeredBy", "firstStep", "kpi", "reason"] as const;

const cell = (v: string | number) => {
  const s = String(v);
  return /[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * The plan as CSV for advisors' own lists: one row per recommended, kept and deferred measure,
 * separated by ";" (what German spreadsheet programs expect), UTF-8 with a byte order mark, CRLF.
 * `recommendation` is recommended | kept | deferred; deferred rows carry the reason instead of a phase.
 */
export function planCsv(view: CompanyView): string {
  const j = planJson(view);
  const row = (m: PlanMeasureJson, kind: "recommended" | "kept") =>
    [m.rank, m.measureId, m.title, kind, m.phase, m.quadrant, m.effort, m.benefit, m.ownerRole, m.reviewDate, m.status, m.triggeredBy.join(" "), m.firstSteps[0] ?? "", m.kpi, ""];
  const rows: (string | number)[][] = [
    [...PLAN_CSV_COLUMNS],
    ...j.recommended.map((m) => row(m, "recommended")),
    ...j.kept.map((m) => row(m, "kept")),
    ...j.deferred.map((d) => ["", d.measureId, d.title, "deferred", "", "", "", "", "", "", "", "", "", "", d.reasonText]),
  ];
  return "\uFEFF" + rows.map((r) => r.map(cell).join(";")).join("\r\n") + "\r\n";
}
