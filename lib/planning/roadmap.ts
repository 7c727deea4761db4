import type { Measure } from "../content/schema";
import { quadrantOf, scoreMeasure, type DeferReason, type MatrixEntry, type PlanningInputs, type Quadrant } from "./matrix";
import type { CompanyContextProfile } from "./context";
import { capacityOf, type Capacity } from "./capacity";

/**
 * Version of the planning rules (trigger, capacity, effort, quadrants, schedule). Shown with every
 * plan next to the scoring version. 1.0.0: every catalogue measure, ranked by dimension gaps.
 * 2.0.0: only measures whose addressed items show a relevant gap, scheduled within the company's capacity.
 */
export const PLANNING_VERSION = "2.0.0";

export const PHASES = [
  { id: "0-3", startMonth: 0, endMonth: 3 },
  { id: "3-12", startMonth: 3, endMonth: 12 },
  { id: "12-24", startMonth: 12, endMonth: 24 },
] as const;
/** the plan covers 24 months; a measure that cannot start before then is "later / optional" */
export const HORIZON_MONTHS = 24;
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
  /** the user put the measure into the plan themselves ("In den Plan aufnehmen") */
  chosen?: boolean;
};

export type PlannedMeasure = MatrixEntry & {
  /** values after overrides */
  finalEffort: number;
  finalBenefit: number;
  quadrant: Quadrant;
  phase: PhaseId;
  /** the phase the computation chose (before a phase override) */
  computedPhase: PhaseId;
  /** months from the plan start (after a phase override: the phase's start) and the planned end */
  startMonth: number;
  endMonth: number;
  enabler: boolean;
  prerequisites: string[];
  ownerRole: string | null;
  reviewDate: Date;
  status: PlanStatus;
  overridden: { effort: boolean; benefit: boolean; phase: boolean; ownerRole: boolean; dueDate: boolean };
  /** an overridden phase puts the measure before one of its prerequisites ends */
  prerequisiteConflict: boolean;
  /** not recommended by the answers, but kept because the user changed it (PlanItem) */
  kept: boolean;
  /** the user put it into the plan ("In den Plan aufnehmen") */
  chosen: boolean;
  rank: number;
};

export type DeferredMeasure = { measureId: string; reason: DeferReason; entry: MatrixEntry };

export type Plan = {
  /** "insufficient": no dimension of any questionnaire is covered; no plan is made */
  status: "ok" | "insufficient";
  capacity: Capacity;
  /** recommended measures, then the ones kept by the user's overrides; in rank order */
  items: PlannedMeasure[];
  deferred: DeferredMeasure[];
};

const phaseIndex = (p: PhaseId) => PHASES.findIndex((x) => x.id === p);
export const phaseOfMonth = (month: number): PhaseId => (month < 3 ? "0-3" : month < 12 ? "3-12" : "12-24");
/** the running time the plan reserves for a measure: the middle of its typical duration, rounded up */
export const plannedMonths = (m: Measure) => Math.ceil((m.durationMonths.min + m.durationMonths.max) / 2);

function addMonths(d: Date, months: number): Date {
  const r = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
  r.setUTCMonth(r.getUTCMonth() + Math.round(months));
  return r;
}

/**
 * Order of priority: quick wins first, then enablers, strategic projects, fill-ins, later; within a
 * group by priority = benefit − 0.5 × effort (benefit counts double), then by id.
 */
const groupOrder: Record<Quadrant, number> = { "quick-win": 0, strategic: 2, "fill-in": 3, later: 4 };
const sortKey = (quadrant: Quadrant, enabler: boolean) => (quadrant === "quick-win" ? 0 : enabler ? 1 : groupOrder[quadrant]);

/** Whether the user's override keeps the measure in the plan whatever the answers say (chosen, or any field changed). */
export const hasOverride = (o: PlanOverride | undefined) =>
  Boolean(o && (o.chosen || o.effort != null || o.benefit != null || o.phase != null || o.ownerRole != null || o.dueDate != null || (o.status && o.status !== "open")));

type Candidate = { m: Measure; e: MatrixEntry; o: PlanOverride | undefined; finalEffort: number; finalBenefit: number; quadrant: Quadrant; priority: number };

/**
 * Schedules the triggered measures month by month in priority order: a measure starts at the
 * earliest month at which (a) all its prerequisites that are in the plan have ended and (b) fewer
 * than `capacity.concurrent` measures are running during its whole planned time. At most
 * `capacity.maxRecommended` are recommended; a measure that cannot start within HORIZON_MONTHS, or
 * exceeds that number, is deferred ("capacity"), one whose prerequisite was deferred as well ("prerequisite").
 */
function schedule(cands: Candidate[], capacity: Capacity) {
  const placed = new Map<string, { start: number; end: number }>();
  const deferred = new Map<string, DeferReason>();
  const pending = [...cands];
  const inPlan = new Set(cands.map((c) => c.m.id));
  while (pending.length) {
    const i = pending.findIndex((c) => c.m.prerequisites.every((p) => !inPlan.has(p) || placed.has(p) || deferred.has(p)));
    const c = pending.splice(i === -1 ? 0 : i, 1)[0];
    const pre = c.m.prerequisites.filter((p) => inPlan.has(p));
    if (pre.some((p) => deferred.has(p))) {
      deferred.set(c.m.id, "prerequisite");
      continue;
    }
    if (placed.size >= capacity.maxRecommended) {
      deferred.set(c.m.id, "capacity");
      continue;
    }
    const d = plannedMonths(c.m);
    const earliest = Math.max(0, ...pre.map((p) => placed.get(p)?.end ?? 0));
    const running = (month: number) => [...placed.values()].filter((x) => x.start <= month && month < x.end).length;
    let start = -1;
    for (let t = earliest; t < HORIZON_MONTHS && start < 0; t++) {
      let free = true;
      for (let k = t; k < t + d && free; k++) free = running(k) < capacity.concurrent;
      if (free) start = t;
    }
    if (start < 0) deferred.set(c.m.id, "capacity");
    else placed.set(c.m.id, { start, end: start + d });
  }
  return { placed, deferred };
}

/**
 * Every questionnaire that calls for measures gets its best one first (digital readiness, trust,
 * cooperation cycle: a weak pillar or the current cycle step always leads to a measure as long as
 * capacity allows), then the rest in priority order. The source of a measure is the questionnaire
 * of its first triggering answer.
 */
function leadsFirst(cands: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  const lead: Candidate[] = [];
  for (const c of cands) {
    const source = c.e.findings.find((f) => f.triggers)?.questionnaire;
    if (source && !seen.has(source)) {
      seen.add(source);
      lead.push(c);
    }
  }
  return [...lead, ...cands.filter((c) => !lead.includes(c))];
}

/**
 * The plan of one company: which measures the answers call for (lib/planning/matrix.ts), when each
 * starts within the capacity rule (lib/planning/capacity.ts), and what is "later / optional" and why.
 * User overrides (PlanItem) are applied on top: effort/benefit move the measure in the matrix, a
 * phase moves its start to that phase's first month (the capacity rule binds the computed plan, not
 * the user), owner role and due date replace the computed ones. A measure the user changed that the
 * answers no longer call for stays in the plan, marked `kept` (in its overridden phase, else 3-12).
 */
export function buildPlan(input: {
  measures: Measure[];
  inputs: PlanningInputs;
  context: CompanyContextProfile;
  overrides: PlanOverride[];
  start: Date;
}): Plan {
  const capacity = capacityOf(input.context);
  const covered = Object.values(input.inputs.dimensions).some((d) => d.covered);
  const ov = new Map(input.overrides.map((o) => [o.measureId, o]));
  const all: Candidate[] = input.measures.map((m) => {
    const e = scoreMeasure(m, input.inputs, input.context);
    const o = ov.get(m.id);
    const finalEffort = o?.effort ?? e.effort;
    const finalBenefit = o?.benefit ?? e.benefit;
    return { m, e, o, finalEffort, finalBenefit, quadrant: quadrantOf(finalEffort, finalBenefit, m.durationMonths.max), priority: finalBenefit - 0.5 * finalEffort };
  });
  all.sort((a, b) => sortKey(a.quadrant, a.m.enabler) - sortKey(b.quadrant, b.m.enabler) || b.priority - a.priority || b.finalBenefit - a.finalBenefit || a.m.id.localeCompare(b.m.id));
  const triggered = covered ? all.filter((c) => c.e.triggered) : [];
  const { placed, deferred } = schedule(leadsFirst(triggered), capacity);
  const kept = all.filter((c) => !placed.has(c.m.id) && hasOverride(c.o));
  const order = new Map(all.map((c, i) => [c.m.id, i]));

  const effectiveStart = (c: Candidate) => (c.o?.phase ? PHASES[phaseIndex(c.o.phase)].startMonth : (placed.get(c.m.id)?.start ?? 3));
  const members = [...all.filter((c) => placed.has(c.m.id)), ...kept];
  const ends = new Map(members.map((c) => [c.m.id, effectiveStart(c) + plannedMonths(c.m)]));
  const items = members.map((c): PlannedMeasure => {
    const computedStart = placed.get(c.m.id)?.start ?? 3;
    const startMonth = effectiveStart(c);
    const endMonth = startMonth + plannedMonths(c.m);
    return {
      ...c.e,
      finalEffort: c.finalEffort,
      finalBenefit: c.finalBenefit,
      quadrant: c.quadrant,
      phase: phaseOfMonth(startMonth),
      computedPhase: phaseOfMonth(computedStart),
      startMonth,
      endMonth,
      enabler: c.m.enabler,
      prerequisites: c.m.prerequisites,
      ownerRole: c.o?.ownerRole ?? null,
      reviewDate: c.o?.dueDate ?? addMonths(input.start, endMonth),
      status: c.o?.status ?? "open",
      overridden: { effort: c.o?.effort != null, benefit: c.o?.benefit != null, phase: c.o?.phase != null, ownerRole: c.o?.ownerRole != null, dueDate: c.o?.dueDate != null },
      prerequisiteConflict: c.o?.phase != null && c.m.prerequisites.some((p) => ends.has(p) && (ends.get(p) as number) > startMonth),
      kept: !placed.has(c.m.id),
      chosen: c.o?.chosen === true,
      rank: 0,
    };
  });
  items.sort((a, b) => Number(a.kept) - Number(b.kept) || a.startMonth - b.startMonth || (order.get(a.measureId) as number) - (order.get(b.measureId) as number));
  items.forEach((p, i) => (p.rank = i + 1));
  const keptIds = new Set(kept.map((c) => c.m.id));
  const deferredList: DeferredMeasure[] = all
    .filter((c) => !placed.has(c.m.id) && !keptIds.has(c.m.id))
    .map((c) => ({ measureId: c.m.id, reason: deferred.get(c.m.id) ?? c.e.notTriggeredReason ?? "not-answered", entry: c.e }));
  return { status: covered ? "ok" : "insufficient", capacity, items, deferred: deferredList };
}
