import type { Measure } from "../content/schema";
import { quadrantOf, scoreMeasure, type DimensionInputs, type MatrixEntry, type Quadrant } from "./matrix";
import type { CompanyContextProfile } from "./context";

export const PHASES = [
  { id: "0-3", startMonth: 0, endMonth: 3 },
  { id: "3-12", startMonth: 3, endMonth: 12 },
  { id: "12-24", startMonth: 12, endMonth: 24 },
] as const;
/** at most this many measures start in the first three months (one fewer for companies with 1-9 people) */
export const FIRST_PHASE_CAPACITY = 4;
export type PhaseId = (typeof PHASES)[number]["id"];
export const PLAN_STATUSES = ["open", "in_progress", "done"] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** What the user changed for one measure (PlanItem); null/undefined = keep the computed value. */
export type PlanOverride = {
  measureId: string;
  effort?: number | null;
  benefit?: number | null;
  phase?: PhaseId | null;
  ownerRole?: string | null;
  dueDate?: Date | null;
  status?: PlanStatus;
};

export type PlannedMeasure = MatrixEntry & {
  /** values after overrides */
  finalEffort: number;
  finalBenefit: number;
  quadrant: Quadrant;
  phase: PhaseId;
  /** the phase the computation chose (before a phase override) */
  computedPhase: PhaseId;
  enabler: boolean;
  prerequisites: string[];
  ownerRole: string | null;
  reviewDate: Date;
  status: PlanStatus;
  overridden: { effort: boolean; benefit: boolean; phase: boolean; ownerRole: boolean; dueDate: boolean };
  /** an overridden phase puts the measure before one of its prerequisites */
  prerequisiteConflict: boolean;
  rank: number;
};

const phaseIndex = (p: PhaseId) => PHASES.findIndex((x) => x.id === p);

function addMonths(d: Date, months: number): Date {
  const r = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
  r.setUTCMonth(r.getUTCMonth() + Math.round(months));
  return r;
}

/**
 * Quick wins first, then enablers, strategic projects, fill-ins, later; within a group by
 * priority = benefit − 0.5 × effort (benefit counts double: a clearly more useful measure may cost a bit more).
 */
const groupOrder: Record<Quadrant, number> = { "quick-win": 0, strategic: 2, "fill-in": 3, later: 4 };
function sortKey(p: { quadrant: Quadrant; enabler: boolean }) {
  return p.quadrant === "quick-win" ? 0 : p.enabler ? 1 : groupOrder[p.quadrant];
}

/**
 * The phased roadmap: quick wins and enablers start in 0-3 months (an enabler with high effort in
 * 3-12), strategic projects and fill-ins in 3-12, "later" in 12-24; the first phase is capped at
 * FIRST_PHASE_CAPACITY measures. A measure never starts before its prerequisites: not in the first
 * phase together with them (three months are too short for one after the other), and in the longer
 * phases at the earliest in the same phase, ordered after them. User overrides are
 * applied on top; the review date is the start of the phase + the measure's maximum duration.
 */
export function buildPlan(input: {
  measures: Measure[];
  dimensions: DimensionInputs;
  context: CompanyContextProfile;
  overrides: PlanOverride[];
  start: Date;
}): PlannedMeasure[] {
  const byId = new Map(input.measures.map((m) => [m.id, m]));
  const ov = new Map(input.overrides.map((o) => [o.measureId, o]));
  const base = input.measures.map((m) => {
    const e = scoreMeasure(m, input.dimensions, input.context);
    const o = ov.get(m.id);
    const finalEffort = o?.effort ?? e.effort;
    const finalBenefit = o?.benefit ?? e.benefit;
    const quadrant = quadrantOf(finalEffort, finalBenefit);
    const priority = finalBenefit - 0.5 * finalEffort;
    return { m, e, o, finalEffort, finalBenefit, quadrant, priority };
  });
  base.sort((a, b) => sortKey({ quadrant: a.quadrant, enabler: a.m.enabler }) - sortKey({ quadrant: b.quadrant, enabler: b.m.enabler }) || b.priority - a.priority || b.finalBenefit - a.finalBenefit || a.m.id.localeCompare(b.m.id));

  // computed phase, resolving prerequisites (they form a DAG; iterate until stable)
  const phase = new Map<string, number>();
  for (const b of base) {
    const q = b.quadrant;
    phase.set(b.m.id, q === "quick-win" ? 0 : b.m.enabler ? (b.finalEffort >= 4 ? 1 : 0) : q === "later" ? 2 : 1);
  }
  // the first three months hold at most FIRST_PHASE_CAPACITY measures (one fewer for 1-9 people);
  // enablers other measures depend on get a place first, then the priority order; the rest moves on
  const capacity = input.context.sizeBand === "1-9" ? FIRST_PHASE_CAPACITY - 1 : FIRST_PHASE_CAPACITY;
  const unlocks = (id: string) => input.measures.some((m) => m.prerequisites.includes(id));
  const firstCandidates = base.filter((b) => phase.get(b.m.id) === 0);
  firstCandidates.sort((a, b) => Number(b.m.enabler && unlocks(b.m.id)) - Number(a.m.enabler && unlocks(a.m.id)));
  firstCandidates.slice(capacity).forEach((b) => phase.set(b.m.id, 1));
  const effective = (id: string) => {
    const o = ov.get(id)?.phase;
    return o ? phaseIndex(o) : (phase.get(id) ?? 0);
  };
  for (let pass = 0; pass < input.measures.length; pass++) {
    let changed = false;
    for (const b of base) {
      const need = Math.max(-1, ...b.m.prerequisites.filter((p) => byId.has(p)).map(effective));
      const p = Math.max(phase.get(b.m.id) as number, need === 0 ? 1 : need);
      if (p !== phase.get(b.m.id)) {
        phase.set(b.m.id, p);
        changed = true;
      }
    }
    if (!changed) break;
  }

  const result = base.map((b): PlannedMeasure => {
    const computedPhase = PHASES[phase.get(b.m.id) as number].id;
    const finalPhase = b.o?.phase ?? computedPhase;
    const ph = PHASES[phaseIndex(finalPhase)];
    const conflict = b.m.prerequisites.some((p) => byId.has(p) && (effective(p) > phaseIndex(finalPhase) || (effective(p) === 0 && phaseIndex(finalPhase) === 0)));
    return {
      ...b.e,
      finalEffort: b.finalEffort,
      finalBenefit: b.finalBenefit,
      quadrant: b.quadrant,
      phase: finalPhase,
      computedPhase,
      enabler: b.m.enabler,
      prerequisites: b.m.prerequisites,
      ownerRole: b.o?.ownerRole ?? null,
      reviewDate: b.o?.dueDate ?? addMonths(input.start, ph.startMonth + b.m.durationMonths.max),
      status: b.o?.status ?? "open",
      overridden: {
        effort: b.o?.effort != null,
        benefit: b.o?.benefit != null,
        phase: b.o?.phase != null,
        ownerRole: b.o?.ownerRole != null,
        dueDate: b.o?.dueDate != null,
      },
      prerequisiteConflict: b.o?.phase != null && conflict,
      rank: 0,
    };
  });
  // final order: by phase, then the priority order above, prerequisites before dependants
  const order = new Map(base.map((b, i) => [b.m.id, i]));
  result.sort((a, b) => phaseIndex(a.phase) - phaseIndex(b.phase) || (order.get(a.measureId) as number) - (order.get(b.measureId) as number));
  const placed: PlannedMeasure[] = [];
  const pending = [...result];
  while (pending.length) {
    const waiting = (p: PlannedMeasure) => p.prerequisites.some((q) => pending.some((x) => x.measureId === q && x !== p));
    const i = pending.findIndex((p) => !waiting(p));
    placed.push(...pending.splice(i === -1 ? 0 : i, 1));
  }
  placed.forEach((p, i) => (p.rank = i + 1));
  return placed;
}
