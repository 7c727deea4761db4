import type { Measure } from "../content/schema";
import { round1 } from "../scoring/numbers";
import { contextValues, type CompanyContextProfile } from "./context";
import type { ItemInput } from "./inputs";

/**
 * Priority matrix on a 1-5 scale for both axes. Benefit is "high" from 3.5, effort is "high" from 3.5
 * (so efforts 1-3 are low): quick wins = high benefit + low effort + shorter than QUICK_WIN_MAX_MONTHS,
 * strategic = high benefit and high effort or long, fill-ins = low benefit + low effort,
 * later = low benefit + high effort.
 */
export const HIGH_BENEFIT = 3.5;
export const HIGH_EFFORT = 3.5;
/** a measure that may run this many months or more is never a quick win */
export const QUICK_WIN_MAX_MONTHS = 12;
export type Quadrant = "quick-win" | "strategic" | "fill-in" | "later";

/** An item at or below this many points shows a gap; at or above STRONG_POINTS it is a strength. */
export const GAP_POINTS = 50;
export const STRONG_POINTS = 75;
/** the least need (0-1) a measure must meet to be recommended: a single half-done item among done ones is not enough */
export const MIN_NEED = 0.3;
/** readiness items that show whether the company runs projects with a standing team */
export const ROUTINE_ITEMS = ["org_central_team", "org_regular_meetings", "org_project_management"];

/** Score, relevance (1-3, null = not asked) and coverage of one dimension, keyed `<questionnaire>:<dimension>`. */
export type DimensionInput = { score: number | null; relevance: number | null; covered: boolean };
export type DimensionInputs = Record<string, DimensionInput>;

export type PlanningInputs = {
  items: ItemInput[];
  dimensions: DimensionInputs;
  /** the current step of the cooperation cycle (its items only trigger measures while it is current) */
  currentCycleStep: string | null;
};

export type ItemState = "gap" | "strength" | "partial" | "not-applicable" | "unanswered" | "not-asked";
/** one addressed item and what its answers say */
export type ItemFinding = {
  questionnaire: string;
  itemId: string;
  dimension: string;
  points: number | null;
  state: ItemState;
  /** false when the dimension is rated of low importance (relevance 1) */
  relevant: boolean;
  /** false when the dimension is not covered, or (cycle) the item belongs to a later step */
  counts: boolean;
  /** this answer calls for the measure */
  triggers: boolean;
};

export type DeferReason = "in-place" | "not-applicable" | "not-answered" | "low-relevance" | "later-cycle-step" | "capacity" | "prerequisite";
export type EffortRule =
  | { kind: "context"; field: string; values: string[]; effortDelta: number; note: Measure["contextRules"][number]["note"] }
  | { kind: "no-routines" | "routines"; effortDelta: number };

export type MatrixEntry = {
  measureId: string;
  baseEffort: number;
  baseBenefit: number;
  /** computed values (before user overrides) */
  effort: number;
  benefit: number;
  /** 0-1: mean gap × relevance of the addressed items that count; null when none was answered */
  need: number | null;
  findings: ItemFinding[];
  /** ids of the items whose answers call for the measure (empty = not triggered) */
  triggeredBy: string[];
  /** the measure is called for by the answers */
  triggered: boolean;
  /** why not, when not triggered */
  notTriggeredReason: DeferReason | null;
  effortRules: EffortRule[];
};

const clamp = (n: number) => Math.min(5, Math.max(1, n));

export function quadrantOf(effort: number, benefit: number, maxMonths = 0): Quadrant {
  const high = benefit >= HIGH_BENEFIT;
  const hard = effort >= HIGH_EFFORT;
  if (high) return hard || maxMonths >= QUICK_WIN_MAX_MONTHS ? "strategic" : "quick-win";
  return hard ? "later" : "fill-in";
}

/** The items a measure addresses; catalogues before 1.1.0 have none: then the items of the dimension it mainly improves (weight 1). */
export function addressedItems(m: Measure, items: ItemInput[]): { questionnaire: string; itemId: string }[] {
  if (m.addresses.length) {
    return m.addresses.map((id) => ({ questionnaire: items.find((i) => i.itemId === id)?.questionnaire ?? m.improves[0].questionnaire, itemId: id }));
  }
  const main = m.improves.filter((i) => i.weight >= 1);
  return items.filter((i) => main.some((x) => x.questionnaire === i.questionnaire && x.dimension === i.dimension)).map((i) => ({ questionnaire: i.questionnaire, itemId: i.itemId }));
}

/** "none" | "some" | "established" project routines from the organisation answers; null when not answered */
export function projectRoutines(items: ItemInput[]): "none" | "some" | "established" | null {
  const pts = items.filter((i) => ROUTINE_ITEMS.includes(i.itemId) && i.points !== null).map((i) => i.points as number);
  if (!pts.length) return null;
  const avg = pts.reduce((a, b) => a + b, 0) / pts.length;
  return avg <= 25 ? "none" : avg >= STRONG_POINTS ? "established" : "some";
}

function findingsOf(m: Measure, input: PlanningInputs): ItemFinding[] {
  return addressedItems(m, input.items).map(({ questionnaire, itemId }) => {
    const it = input.items.find((i) => i.itemId === itemId && i.questionnaire === questionnaire);
    if (!it) return { questionnaire, itemId, dimension: "", points: null, state: "not-asked", relevant: true, counts: false, triggers: false };
    const dim = input.dimensions[`${questionnaire}:${it.dimension}`];
    const relevant = dim?.relevance !== 1;
    const laterStep = questionnaire === "cooperation-cycle" && it.dimension !== input.currentCycleStep;
    const counts = Boolean(dim?.covered) && !laterStep;
    const state: ItemState = it.notApplicable ? "not-applicable" : it.points === null ? "unanswered" : it.points <= GAP_POINTS ? "gap" : it.points >= STRONG_POINTS ? "strength" : "partial";
    return { questionnaire, itemId, dimension: it.dimension, points: it.points, state, relevant, counts, triggers: counts && relevant && state === "gap" };
  });
}

function reasonFor(findings: ItemFinding[]): DeferReason {
  const answered = findings.filter((f) => f.state !== "unanswered" && f.state !== "not-asked");
  if (!answered.length) return "not-answered";
  if (answered.every((f) => f.state === "not-applicable")) return "not-applicable";
  const gaps = findings.filter((f) => f.state === "gap");
  if (!gaps.length) return "in-place";
  if (gaps.every((f) => !f.relevant)) return "low-relevance";
  if (gaps.every((f) => !f.counts)) return gaps.some((f) => f.questionnaire === "cooperation-cycle") ? "later-cycle-step" : "not-answered";
  // gaps exist, but most of what the measure addresses is in place (need below MIN_NEED)
  return "in-place";
}

/**
 * One measure for one company.
 * - Trigger: the measure's core item (its first addressed item) is not a strength, and at least one addressed item that counts (its dimension is covered, for the cycle: it
 *   belongs to the current step) and matters (relevance not "gering") shows a gap (≤ GAP_POINTS), and
 *   the need is at least MIN_NEED. Strengths and "trifft nicht zu" never trigger.
 * - need = mean over the addressed, answered, applicable items that count of
 *   min(1, (100 − points)/100 × relevance/2) (relevance 2 when the questionnaire does not ask).
 * - benefit = 0.4 × baseBenefit + 0.6 × (1 + 4 × need); without any counted answer the base benefit.
 * - effort = baseEffort + Σ matching context rules + starting point: +1 for a measure that needs a
 *   standing team when the company has no project routines (ROUTINE_ITEMS at 25 points or less on
 *   average), −1 when it has established ones (75 or more).
 * Both are clamped to 1-5.
 */
export function scoreMeasure(m: Measure, input: PlanningInputs, ctx: CompanyContextProfile): MatrixEntry {
  const findings = findingsOf(m, input);
  const counted = findings.filter((f) => f.counts && f.points !== null);
  const relOf = (f: ItemFinding) => input.dimensions[`${f.questionnaire}:${f.dimension}`]?.relevance ?? 2;
  const need = counted.length ? counted.reduce((a, f) => a + Math.min(1, ((100 - (f.points as number)) / 100) * (relOf(f) / 2)), 0) / counted.length : null;
  // the first addressed item is the measure's core (ERP: "we use an ERP"): answered as a strength, the measure is in place
  const coreInPlace = m.addresses.length > 0 && findings[0]?.state === "strength";
  const triggeredBy = coreInPlace ? [] : findings.filter((f) => f.triggers).map((f) => f.itemId);
  const triggered = triggeredBy.length > 0 && need !== null && need >= MIN_NEED;
  const benefit = need === null ? m.baseBenefit : round1(clamp(0.4 * m.baseBenefit + 0.6 * (1 + 4 * need)));

  const rules: EffortRule[] = m.contextRules
    .filter((r) => contextValues(ctx, r.field).some((v) => r.values.includes(v)))
    .map((r) => ({ kind: "context", field: r.field, values: r.values, effortDelta: r.effortDelta, note: r.note }));
  const routines = projectRoutines(input.items);
  if (m.needsTeam && routines === "none") rules.push({ kind: "no-routines", effortDelta: 1 });
  if (m.needsTeam && routines === "established") rules.push({ kind: "routines", effortDelta: -1 });
  const effort = clamp(m.baseEffort + rules.reduce((a, r) => a + r.effortDelta, 0));
  return {
    measureId: m.id,
    baseEffort: m.baseEffort,
    baseBenefit: m.baseBenefit,
    effort,
    benefit,
    need: need === null ? null : Math.round(need * 1000) / 1000,
    findings,
    triggeredBy,
    triggered,
    notTriggeredReason: triggered ? null : coreInPlace ? "in-place" : reasonFor(findings),
    effortRules: rules,
  };
}
