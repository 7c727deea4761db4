import type { Measure } from "../content/schema";
import type { ExportPlanItem } from "../export/schema";

/**
 * Priority matrix and phased roadmap for the PDF, from dimension scores, the company profile and
 * the user's overrides (PlanItem). Pure. To be replaced by lib/planning (issue 4) once it lands, so
 * that dashboard and PDF share one rule set.
 */
export const PHASES = [
  { id: "0-3", startMonth: 0, endMonth: 3 },
  { id: "3-12", startMonth: 3, endMonth: 12 },
  { id: "12-24", startMonth: 12, endMonth: 24 },
] as const;
export type PhaseId = (typeof PHASES)[number]["id"];
export type Quadrant = "quick-win" | "strategic" | "fill-in" | "later";
export const HIGH = 3.5;

export type Planned = {
  measureId: string;
  effort: number;
  benefit: number;
  quadrant: Quadrant;
  phase: PhaseId;
  rank: number | null;
  inRoadmap: boolean;
  ownerRole: string | null;
  dueDate: string | null;
  status: string;
  overridden: { phase: boolean; ownerRole: boolean; dueDate: boolean; effort: boolean; benefit: boolean };
  rules: Measure["contextRules"];
};

const clamp = (n: number) => Math.min(5, Math.max(1, n));
const r1 = (n: number) => Math.round(n * 10) / 10;

export function quadrantOf(effort: number, benefit: number): Quadrant {
  if (benefit >= HIGH) return effort < HIGH ? "quick-win" : "strategic";
  return effort < HIGH ? "fill-in" : "later";
}

function values(profile: Record<string, unknown>, field: string): string[] {
  const v = profile[field];
  return Array.isArray(v) ? v.map(String) : v === undefined || v === null ? [] : [String(v)];
}

export function planMeasures(
  measures: Measure[],
  dims: Record<string, { score: number | null; relevance: number | null }>,
  profile: Record<string, unknown>,
  overrides: ExportPlanItem[],
): Planned[] {
  const entries = measures.map((m) => {
    let gapSum = 0;
    let wSum = 0;
    for (const imp of m.improves) {
      const d = dims[`${imp.questionnaire}/${imp.dimension}`];
      if (!d || d.score === null) continue;
      const w = imp.weight * ((d.relevance ?? 2) / 2);
      gapSum += ((100 - d.score) / 100) * w;
      wSum += w;
    }
    const gap = wSum > 0 ? gapSum / wSum : 0.5;
    const rules = m.contextRules.filter((r) => values(profile, r.field).some((v) => r.values.includes(v)));
    const o = overrides.find((x) => x.measureId === m.id);
    const effort = o?.effort ?? clamp(m.baseEffort + rules.reduce((a, r) => a + r.effortDelta, 0));
    const benefit = o?.benefit ?? r1(clamp(m.baseBenefit * (0.4 + 1.2 * gap)));
    const quadrant = quadrantOf(effort, benefit);
    const computed: PhaseId = quadrant === "quick-win" || (m.enabler && effort < HIGH) ? "0-3" : quadrant === "later" ? "12-24" : "3-12";
    const phase = (PHASES.some((p) => p.id === o?.phase) ? o!.phase : computed) as PhaseId;
    return {
      m,
      gap,
      planned: {
        measureId: m.id,
        effort,
        benefit,
        quadrant,
        phase,
        rank: null,
        inRoadmap: (gap >= 0.25 || !!o) && o?.status !== "dropped",
        ownerRole: o?.ownerRole ?? null,
        dueDate: o?.dueDate ?? null,
        status: o?.status ?? "open",
        overridden: { phase: !!o?.phase, ownerRole: !!o?.ownerRole, dueDate: !!o?.dueDate, effort: o?.effort != null, benefit: o?.benefit != null },
        rules,
      } as Planned,
    };
  });
  // a measure never starts before its prerequisites
  const idx = (p: PhaseId) => PHASES.findIndex((x) => x.id === p);
  for (let pass = 0; pass < measures.length; pass++) {
    for (const e of entries) {
      for (const pre of e.m.prerequisites) {
        const p = entries.find((x) => x.m.id === pre);
        if (p && p.planned.inRoadmap && idx(p.planned.phase) > idx(e.planned.phase) && !e.planned.overridden.phase) e.planned.phase = p.planned.phase;
      }
    }
  }
  const group = (e: (typeof entries)[number]) => (e.planned.quadrant === "quick-win" ? 0 : e.m.enabler ? 1 : { strategic: 2, "fill-in": 3, later: 4, "quick-win": 0 }[e.planned.quadrant]);
  const ordered = entries
    .filter((e) => e.planned.inRoadmap)
    .sort((a, b) => idx(a.planned.phase) - idx(b.planned.phase) || group(a) - group(b) || b.planned.benefit / b.planned.effort - a.planned.benefit / a.planned.effort || a.m.id.localeCompare(b.m.id));
  // prerequisites first within the order
  const out: typeof ordered = [];
  const place = (e: (typeof ordered)[number], seen: Set<string>) => {
    if (out.includes(e) || seen.has(e.m.id)) return;
    seen.add(e.m.id);
    for (const pre of e.m.prerequisites) {
      const p = ordered.find((x) => x.m.id === pre);
      if (p && idx(p.planned.phase) <= idx(e.planned.phase)) place(p, seen);
    }
    out.push(e);
  };
  for (const e of ordered) place(e, new Set());
  out.forEach((e, i) => (e.planned.rank = i + 1));
  return [...out, ...entries.filter((e) => !e.planned.inRoadmap)].map((e) => e.planned);
}
